"""Reading loosely typed JSON: text where text belongs, problems with a line, and values set aside.

Why a module of its own: JSON Resumes are typed by hand and exported by many tools, so a number
where text belongs, a lone string where a list belongs or an unknown key must not stop an
import. `JsonValues` turns what it can into text (with an INFO problem), sets aside what it
cannot (with a WARNING) under its RFC 6901 JSON Pointer for the next JSON export, and gives each
problem the line of the innermost JSON object it is in.
"""

from __future__ import annotations

import json
import json.decoder
import json.scanner
import re

from editor.formats.dates import parse_date
from editor.formats.errors import FormatError
from editor.model import PartialDate, Problem, Severity

Path = tuple[str | int, ...]

PRESENT = "present"
MAX_KEPT_DEPTH = 64
_ISO_DATE = re.compile(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?")
_PRESENT_WORDS = {"present", "current", "now", "today", "ongoing"}
_SURROGATE = re.compile("[\ud800-\udfff]")


def parse_json(text: str) -> object:
    """The JSON value of a text, or a one-line FormatError saying where it is broken."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise FormatError(f"not valid JSON: line {error.lineno}, column {error.colno}: {error.msg}") from error
    except RecursionError as error:
        raise FormatError("not a JSON Resume: values are nested too deeply") from error
    except ValueError as error:  # e.g. a number with more digits than Python converts
        raise FormatError(f"not valid JSON: {str(error).splitlines()[0]}") from error


def describe(value: object) -> str:
    """What a JSON value is, for a message: 'a list', 'a text', 'the value 3'."""
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a text"
    return "nothing (null)" if value is None else f"the value {json.dumps(value)}"


def pointer(path: Path) -> str:
    """An RFC 6901 JSON Pointer, e.g. /work/0/x-logo."""
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in path)


def depth(value: object) -> int:
    """How deeply a value nests (counted without recursion, up to just past MAX_KEPT_DEPTH)."""
    found, level = 0, [value]
    while level and found <= MAX_KEPT_DEPTH:
        found += 1
        level = [child for item in level if isinstance(item, (list, dict))
                 for child in (item.values() if isinstance(item, dict) else item)]  # fmt: skip
    return found


class JsonValues:
    """Coercions of one JSON document, collecting problems and the values set aside (`extra`)."""

    def __init__(self, text: str, data: dict) -> None:
        self.text = text
        self.data = data
        self.extra: dict[str, object] = {}
        self.problems: list[tuple[Path, str, Severity]] = []

    def problem(self, path: Path, message: str, severity: Severity = Severity.WARNING) -> None:
        self.problems.append((path, f"{_display(path)} {message}", severity))

    def keep(self, path: Path, value: object, why: str, severity: Severity = Severity.WARNING) -> None:
        """Set a value aside for the next JSON export, unless it is absurdly deep."""
        if depth(value) > MAX_KEPT_DEPTH:
            self.problem(path, f"{why} and is nested too deeply; it was dropped")
            return
        self.extra[pointer(path)] = value
        self.problem(path, f"{why}; it is kept for JSON export but not shown", severity)

    def string(self, value: object, path: Path) -> str:
        """Text where the schema wants a string: numbers become text, lists and objects are kept aside."""
        if value is None:
            return ""
        if isinstance(value, str):
            return _SURROGATE.sub("\ufffd", value)
        if isinstance(value, (int, float)):  # bool is an int: true/false become 'true'/'false'
            self.problem(path, "is not text; it was read as text", Severity.INFO)
            return json.dumps(value)
        self.keep(path, value, "should be text")
        return ""

    def strings(self, value: object, path: Path) -> list[str]:
        if value is None:
            return []
        if not isinstance(value, list):
            if isinstance(value, dict):
                self.keep(path, value, "should be a list of texts")
                return []
            self.problem(path, "should be a list; it was read as a list of one", Severity.INFO)
            value = [value]
        return [text for index, item in enumerate(value) if (text := self.string(item, (*path, index)))]

    def object(self, value: object, path: Path) -> dict | None:
        if value is None or isinstance(value, dict):
            return value
        self.keep(path, value, "should be an object")
        return None

    def items(self, key: str, primary: str) -> list[tuple[Path, dict]]:
        """The objects of a top-level array; a plain text item becomes {primary: text}."""
        value = self.data.get(key)
        if isinstance(value, (str, int, float)):
            value = [value]
        if isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, (str, int, float)):
                    self.problem((key, index), f'is not an object; it was read as its "{primary}"', Severity.INFO)
                    value[index] = {primary: item}
        return self.objects(value, (key,))

    def objects(self, value: object, path: Path) -> list[tuple[Path, dict]]:
        """The objects of a list with their paths; anything else is set aside."""
        if value is None:
            return []
        if not isinstance(value, list):
            self.keep(path, value, "should be a list")
            return []
        found = []
        for index, item in enumerate(value):
            if (item := self.object(item, (*path, index))) is not None:
                found.append(((*path, index), item))
        return found

    def unknown_keys(self, item: dict, known: set[str] | tuple[str, ...], path: Path) -> None:
        for key, value in item.items():
            if key not in known:
                self.keep((*path, key), value, "is not part of JSON Resume", Severity.INFO)

    def date(self, item: dict, key: str, path: Path) -> PartialDate | str | None:
        """A JSON Resume date as year and month ('2021-03-15' → March 2021), or 'present'."""
        value = self.string(item.get(key), (*path, key)).strip()
        if not value:
            return None
        if value.casefold() in _PRESENT_WORDS:
            return PRESENT
        date = as_date(value)
        if date is None:
            self.keep((*path, key), value, "is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        return date

    def fields(self, item: dict, keys: tuple[str, ...], path: Path) -> dict[str, str]:
        """The non-empty text fields of a small object (a location, a profile)."""
        self.unknown_keys(item, keys, path)
        return {key: text for key in keys if (text := self.string(item.get(key), (*path, key)).strip())}

    def located_problems(self) -> tuple[Problem, ...]:
        """Problems with the line of the innermost JSON object each one is in."""
        if not self.problems:
            return ()
        root = _parse_located(self.text.removeprefix("\ufeff"))
        return tuple(Problem(_line(self.text, root, path), message, severity)
                     for path, message, severity in self.problems)  # fmt: skip


def as_date(value: str) -> PartialDate | None:
    """An ISO date (the schema's form) or one a person typed, e.g. 'Mar 2021'; the day is not kept."""
    match = _ISO_DATE.fullmatch(value)
    if match is None:
        return parse_date(value)
    month = int(match[2]) if match[2] else None
    return PartialDate(int(match[1]), month) if month is None or 1 <= month <= 12 else None


def _display(path: Path) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


class _LocatedDict(dict):
    """A JSON object that remembers where it starts in the text."""

    offset = 0


def _parse_located(text: str) -> object:
    """The JSON again, through the pure-Python scanner, with each object's offset (only for problems)."""

    def parse_object(state: tuple[str, int], *args: object) -> tuple[object, int]:
        value, end = json.decoder.JSONObject(state, *args)  # type: ignore[arg-type]
        value.offset = state[1] - 1
        return value, end

    decoder = json.JSONDecoder(object_pairs_hook=_LocatedDict)
    decoder.parse_object = parse_object  # type: ignore[assignment]
    decoder.scan_once = json.scanner.py_make_scanner(decoder)
    try:
        return decoder.decode(text)
    except (RecursionError, ValueError):
        return None


def _line(text: str, root: object, path: Path) -> int:
    offset, node = 0, root
    for part in path:
        if isinstance(node, _LocatedDict):
            offset = node.offset
        try:
            node = node[part]  # type: ignore[index]
        except (KeyError, IndexError, TypeError):
            break
    else:
        if isinstance(node, _LocatedDict):
            offset = node.offset
    return text.count("\n", 0, offset) + 1
