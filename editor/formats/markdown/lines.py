"""The line level of the resume dialect: what each line is, and the front matter block.

Why separate from the reader: the writer asks the same question ("would this line be read as
a bullet?") to know when a paragraph's first character needs a backslash.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from enum import Enum

from editor.model import Problem, Span

_HEADING = re.compile(r"[ \t]{0,3}(#{1,6})(?:[ \t\u00a0]+|(?=[^\W\d_])|$)(.*)")
_CLOSING_HASHES = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")
BULLET_MARKERS = "-*+•–·▪◦‣●○■□►➢✓✔→"
_BULLET = re.compile(rf"([ \t]*)([{re.escape(BULLET_MARKERS)}]|\d{{1,2}}[.)])(?:[ \t]+|$)")
_RULE = re.compile(r"[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*")
_SETEXT_NAME = re.compile(r"[ \t]{0,3}=+[ \t]*")
_SETEXT_SECTION = re.compile(r"[ \t]{0,3}-{3,}[ \t]*")
_SETTING = re.compile(r"([A-Za-z_][\w.-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*")
FRONT_MATTER_FENCE = "---"
TAB_WIDTH = 4


class LineKind(Enum):
    BLANK = "blank"
    HEADING = "heading"
    BULLET = "bullet"
    RULE = "rule"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class Line:
    """One source line: `start`/`end` are the columns of its content (after a marker, before
    trailing spaces or closing hashes); `level` is a heading's level or a bullet's indent."""

    number: int
    text: str
    kind: LineKind
    start: int = 0
    end: int = 0
    level: int = 0

    @property
    def content(self) -> str:
        return self.text[self.start : self.end]

    @property
    def indent(self) -> int:
        prefix = self.text[: len(self.text) - len(self.text.lstrip(" \t"))]
        return sum(TAB_WIDTH if character == "\t" else 1 for character in prefix)


def split_lines(text: str) -> list[str]:
    """Lines without their endings (CRLF, CR and LF all end a line); a leading BOM is dropped."""
    if text.startswith("\ufeff"):
        text = " " + text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _skip_spaces(text: str, start: int) -> int:
    while start < len(text) and text[start].isspace():
        start += 1
    return start


def _trimmed_end(text: str, start: int) -> int:
    end = len(text)
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def classify(number: int, text: str) -> Line:
    """What one line is, by itself (setext underlines are decided by the reader, in context)."""
    if not text.strip():
        return Line(number, text, LineKind.BLANK)
    if (match := _HEADING.fullmatch(text)) is not None:
        start = _skip_spaces(text, match.start(2))
        end = _trimmed_end(text, start)
        closing = _CLOSING_HASHES.search(text, start, end)
        if closing is not None:
            end = _trimmed_end(text[: closing.start()], start)
        return Line(number, text, LineKind.HEADING, start, end, len(match.group(1)))
    if _RULE.fullmatch(text):
        return Line(number, text, LineKind.RULE)
    if (match := _BULLET.match(text)) is not None:
        start = _skip_spaces(text, match.end())
        line = Line(number, text, LineKind.BULLET, start, _trimmed_end(text, start))
        return Line(number, text, LineKind.BULLET, line.start, line.end, line.indent)
    start = len(text) - len(text.lstrip())
    return Line(number, text, LineKind.TEXT, start, _trimmed_end(text, start))


def is_setext_name_underline(line: Line) -> bool:
    return line.kind is LineKind.TEXT and _SETEXT_NAME.fullmatch(line.text) is not None


def is_setext_section_underline(line: Line) -> bool:
    return line.kind is LineKind.RULE and _SETEXT_SECTION.fullmatch(line.text) is not None


def needs_line_escape(text: str) -> bool:
    """True when a line of plain text would be read as something else (a heading, bullet, rule)."""
    line = classify(1, text)
    return line.kind is not LineKind.TEXT or line.start != 0 or _SETEXT_NAME.fullmatch(text) is not None


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def read_front_matter(lines: list[str]) -> tuple[dict[str, str], int, list[Problem]]:
    """Settings from a `---` block of `key: value` lines at the very top, and the index after it.

    Why all-or-nothing: a block with a line that is not `key: value` (or a repeated key) is
    probably not front matter; reading it as text loses nothing, reading it as settings would.
    """
    if not lines or lines[0].strip() != FRONT_MATTER_FENCE:
        return {}, 0, []
    settings: dict[str, str] = {}
    for index in range(1, len(lines)):
        text = lines[index].rstrip()
        if text in (FRONT_MATTER_FENCE, "..."):
            return settings, index + 1, []
        if not text.strip():
            continue
        match = _SETTING.fullmatch(text)
        if match is None or match.group(1) in settings:
            break
        settings[match.group(1)] = _unquote(match.group(2) or "")
    message = (
        "line 1: the block under the first '---' is not front matter ('key: value' lines closed by '---'); read as text"
    )
    return {}, 0, [Problem(1, message)]


def format_setting(key: str, value: str) -> str:
    """A `key: value` line that reads back as the same pair."""
    value = " ".join(value.split("\n"))
    if value != value.strip() or (len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'"):
        value = f'"{value}"' if '"' not in value[:1] else f"'{value}'"
    return f"{key}: {value}".rstrip()


class Segments:
    """Source lines joined with "\\n" into one string, with the way back to lines and columns.

    Why: a paragraph's soft-wrapped lines are parsed as one string (emphasis may span a line
    break), but every run must still point at the line and column it was typed on.
    """

    def __init__(self, parts: list[tuple[int, int, str]]) -> None:
        self.parts = parts
        self.text = "\n".join(text for _, _, text in parts)
        self.starts: list[int] = []
        offset = 0
        for _, _, text in parts:
            self.starts.append(offset)
            offset += len(text) + 1

    @classmethod
    def of_line(cls, line: Line) -> Segments:
        return cls([(line.number, line.start, line.content)])

    def _position(self, offset: int) -> tuple[int, int]:
        index = max(bisect_right(self.starts, offset) - 1, 0)
        number, column, text = self.parts[index]
        return number, column + min(offset - self.starts[index], len(text))

    def span(self, start: int, end: int) -> Span:
        line, column = self._position(start)
        if end <= start:
            return Span(line, column, line, column)
        end_line, end_column = self._position(end - 1)
        index = bisect_right(self.starts, end - 1) - 1
        if end - 1 - self.starts[index] < len(self.parts[index][2]):
            end_column += 1
        return Span(line, column, end_line, end_column)

    def whole(self) -> Span:
        return self.span(0, len(self.text))
