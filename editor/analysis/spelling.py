"""Offline spelling for resume Markdown that knows resume vocabulary.

Why: a plain English dictionary underlines "Kubernetes", "onboarding" and the person's own
name, and a checker that cries wolf gets switched off. This one skips markup, links, e-mail
addresses, code-ish tokens (digits, CamelCase, short acronyms, Node.js, CI/CD), the names in
the header, words of the job description, a shipped whitelist of tech, medical, business and
certification terms, and a personal dictionary; British spellings are accepted.

The dictionary is pyspellchecker's (pure Python, ships with its data); hunspell through
pyenchant is used instead when asked for and importable. A `Speller` is safe to share
between threads: its caches and personal dictionary are guarded by one lock.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Protocol

from editor.analysis.wordlists import word_list
from editor.formats.atomic import write_atomic
from editor.model import ContactKind, Entry, Resume

WHITELISTS = ("tech.txt", "business.txt", "medical.txt", "certifications.txt", "british.txt")
_CACHE_LIMIT = 50_000

_TOKEN = re.compile(r"[^\W_][\w'’.\-/+#&@]*")
_SKIPPED_SPANS = re.compile(
    r"`[^`]*`"  # inline code
    r"|\]\([^)]*\)"  # link target
    r"|<[^>\s]+>"  # autolink or HTML tag
    r"|\b(?:https?|ftp)://\S+|\bwww\.\S+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail address
    r"|\b[\w-]+(?:\.[\w-]+)+/\S*"  # bare domain with a path: linkedin.com/in/name
    r"|^\s*\[[^\]]+\]:\s*\S+"  # reference-style link definition
)
_CODE_CHARACTERS = re.compile(r"[\d_+#&@]")
_INNER_DOT = re.compile(r"\w\.\w")
_CAMEL_CASE = re.compile(r"[a-z][A-Z]|[A-Z]{2,}[a-z]{2,}")
_ACRONYM = re.compile(r"[A-Z]{1,6}s?")
_PLAIN_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")
_POSSESSIVE = re.compile(r"['’]s$")
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_PREFIX = re.compile(r"(?:re|de|co|pre|multi|inter|sub|over|under|non|cross|micro|hyper)(?=[a-z]{5})")
_BRITISH_TO_AMERICAN = (
    (re.compile(r"is(?=(?:ation|ations|ational|e|ed|es|er|ers|ing)$)"), "iz"),
    (re.compile(r"ys(?=(?:e|ed|es|er|ers|ing)$)"), "yz"),
    (re.compile(r"our"), "or"),
    (re.compile(r"tre(?=s?$)"), "ter"),
    (re.compile(r"ogue(?=s?$)"), "og"),
    (re.compile(r"ll(?=(?:ed|ing|er|ers|or|ors)$)"), "l"),
    (re.compile(r"ence(?=s?$)"), "ense"),
    (re.compile(r"(?<=[^aeiou])ae|(?<=^)ae|oe(?=[^s])"), "e"),
    (re.compile(r"dgement"), "dgment"),
)


@dataclass(frozen=True)
class Misspelling:
    """A word the dictionaries do not know, where it was typed, and likely corrections."""

    word: str
    line: int
    column: int
    end_column: int
    suggestions: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "word": self.word,
            "line": self.line,
            "column": self.column,
            "end_column": self.end_column,
            "suggestions": list(self.suggestions),
        }


class _Dictionary(Protocol):
    name: str

    def is_known(self, word: str) -> bool: ...

    def candidates(self, word: str, thorough: bool) -> list[str]: ...


class _PySpellDictionary:
    """pyspellchecker: candidates at edit distance 1 (about 1 ms); distance 2 only when thorough."""

    name = "pyspellchecker"

    def __init__(self) -> None:
        self._checker = _pyspellchecker()

    def is_known(self, word: str) -> bool:
        return word in self._checker.word_frequency.dictionary

    def candidates(self, word: str, thorough: bool) -> list[str]:
        found = self._checker.known(self._checker.edit_distance_1(word))
        if not found and thorough:
            found = self._checker.candidates(word) or set()
        frequency = self._checker.word_usage_frequency
        return sorted(found, key=lambda candidate: (-frequency(candidate), candidate))


class _HunspellDictionary:
    """hunspell via pyenchant, forced past Debian's default preference for Aspell."""

    name = "hunspell"

    def __init__(self) -> None:
        import enchant  # optional; ImportError means "not available"

        broker = enchant.Broker()
        broker.set_ordering("en_US", "hunspell")
        self._dictionary = broker.request_dict("en_US")

    def is_known(self, word: str) -> bool:
        return bool(self._dictionary.check(word))

    def candidates(self, word: str, thorough: bool) -> list[str]:
        return [suggestion for suggestion in self._dictionary.suggest(word) if " " not in suggestion]


_LOAD_LOCK = threading.Lock()


@cache
def _pyspellchecker_unlocked() -> Any:
    from spellchecker import SpellChecker

    return SpellChecker()


def _pyspellchecker() -> Any:
    """One shared pyspellchecker (loading it takes ~0.2 s and ~60 MB)."""
    with _LOAD_LOCK:
        return _pyspellchecker_unlocked()


@cache
def shipped_words() -> frozenset[str]:
    """The bundled whitelist: tech, business, medical, certification terms and British forms."""
    return frozenset(entry.lower() for name in WHITELISTS for entry in word_list("spelling", name))


def words_in(text: str) -> frozenset[str]:
    """The words of a text in lower case, e.g. a job description to accept its vocabulary."""
    return frozenset(word.lower().replace("’", "'") for word in _WORDS.findall(text))


class Speller:
    """Finds misspelt words in resume Markdown; `backend` is "pyspellchecker" or "hunspell".

    A hunspell request falls back to pyspellchecker when pyenchant or the en_US dictionary
    is missing. `personal_dictionary` is the file added words are saved to (None keeps them
    in memory only).
    """

    def __init__(self, personal_dictionary: str | Path | None = None, backend: str = "pyspellchecker") -> None:
        if backend not in ("pyspellchecker", "hunspell"):
            raise ValueError(f"unknown spelling backend {backend!r}; use 'pyspellchecker' or 'hunspell'")
        self._dictionary = _open_dictionary(backend)
        self._path = Path(personal_dictionary) if personal_dictionary is not None else None
        self._personal = _read_personal(self._path)
        self._personal_normal = {_normal(entry) for entry in self._personal}
        self._known_cache: dict[str, bool] = {}
        self._suggestion_cache: dict[tuple[str, bool], tuple[str, ...]] = {}
        self._lock = threading.Lock()

    @property
    def backend(self) -> str:
        return self._dictionary.name

    @property
    def personal_words(self) -> frozenset[str]:
        with self._lock:
            return frozenset(self._personal)

    def add_word(self, word: str) -> None:
        """Accept a word from now on and save it; raises FormatError if the file cannot be written."""
        with self._lock:
            self._personal.add(word.strip())
            self._personal_normal = self._personal_normal | {_normal(word.strip())}
            self._known_cache.pop(_normal(word.strip()), None)
            words = sorted(self._personal, key=str.casefold)
        if self._path is not None:
            write_atomic(self._path, "".join(f"{entry}\n" for entry in words).encode("utf-8"))

    def is_correct(self, word: str, known_words: Collection[str] = ()) -> bool:
        """Whether one word (no markup) is spelt correctly."""
        normal = _normal(word)
        return normal in known_words or self._is_known(normal)

    def suggestions(self, word: str, limit: int = 5) -> list[str]:
        """Corrections for a word, most frequent first, up to two edits away (slow: up to ~1 s, then cached)."""
        return list(self._suggest(word, thorough=True)[:limit])

    def check(self, text: str, resume: Resume | None = None, known_words: Collection[str] = ()) -> list[Misspelling]:
        """Misspelt words in resume Markdown, in text order.

        `known_words` are lower-case words to accept for this check (e.g. `words_in(jd_text)`);
        the resume's own name, places and employers are accepted as well.
        """
        accepted = set(known_words) | _names_in(resume, text)
        found = []
        for line_number, line in _checked_lines(text):
            for word, start in _words_to_check(line):
                normal = _normal(word)
                if normal in accepted or self._is_known(normal):
                    continue
                suggestions = self._suggest(word, thorough=False)[:5]
                found.append(Misspelling(word, line_number, start, start + len(word), suggestions))
        return found

    def _is_known(self, normal: str) -> bool:
        cached = self._known_cache.get(normal)
        if cached is not None:
            return cached
        known = normal in shipped_words() or self._in_dictionary(normal)
        with self._lock:  # the personal words are read under the lock so a word added meanwhile wins
            known = known or normal in self._personal_normal
            if len(self._known_cache) > _CACHE_LIMIT:
                self._known_cache.clear()
            self._known_cache[normal] = known
        return known

    def _in_dictionary(self, normal: str) -> bool:
        if self._dictionary.is_known(normal):
            return True
        if any(self._dictionary.is_known(form) for form in _american_forms(normal)):
            return True
        # "rebranded" = re + branded, unless one letter away from a real word ("presense", "intergrated")
        prefix = _PREFIX.match(normal)
        return (
            prefix is not None
            and self._dictionary.is_known(normal[prefix.end() :])
            and not self._dictionary.candidates(normal, thorough=False)
        )

    def _suggest(self, word: str, thorough: bool) -> tuple[str, ...]:
        key = (_normal(word), thorough)
        cached = self._suggestion_cache.get(key)
        if cached is None:
            cached = tuple(self._dictionary.candidates(key[0], thorough))
            with self._lock:
                if len(self._suggestion_cache) > _CACHE_LIMIT:
                    self._suggestion_cache.clear()
                self._suggestion_cache[key] = cached
        return tuple(_match_case(word, suggestion) for suggestion in cached)


def _open_dictionary(backend: str) -> _Dictionary:
    if backend == "hunspell":
        try:
            return _HunspellDictionary()
        except Exception:  # any failure of the optional native backend means "use the default"
            pass
    return _PySpellDictionary()


def _read_personal(path: Path | None) -> set[str]:
    if path is None:
        return set()
    try:
        return {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    except (OSError, UnicodeDecodeError):
        return set()


def _normal(word: str) -> str:
    return word.lower().replace("’", "'")


def _match_case(original: str, suggestion: str) -> str:
    if original.isupper() and len(original) > 1:
        return suggestion.upper()
    if original[:1].isupper():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


def _american_forms(word: str) -> set[str]:
    """The word with British spellings (organise, colour, centre, modelling, licence) made American."""
    forms = {word}
    for pattern, replacement in _BRITISH_TO_AMERICAN:
        forms |= {pattern.sub(replacement, form) for form in forms}
    forms.discard(word)
    return forms


def _names_in(resume: Resume | None, text: str) -> set[str]:
    """Words of the person's name, places and employers: proper names a dictionary cannot know."""
    if resume is None:
        name_line = next((line for line in text.split("\n") if line.startswith("# ")), "")
        return set(words_in(name_line))
    names = [resume.header.name]
    names += [item.text for item in resume.header.contacts if item.kind is ContactKind.LOCATION]
    for section in resume.sections:
        names += [
            part for item in section.items if isinstance(item, Entry) for part in (item.organization, item.location)
        ]
    return set(words_in(" ".join(names)))


def _checked_lines(text: str) -> Iterator[tuple[int, str]]:
    """Line numbers and text of lines that hold prose: no front matter, no fenced code."""
    lines = text.split("\n")
    skip_until = _front_matter_end(lines)
    in_fence = False
    for index, line in enumerate(lines[skip_until:], start=skip_until + 1):
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
            continue
        if not in_fence:
            yield index, line


def _front_matter_end(lines: list[str]) -> int:
    if not lines or lines[0].strip() != "---":
        return 0
    for index, line in enumerate(lines[1:], start=1):
        if line.strip() in ("---", "..."):
            return index + 1
    return 0


@lru_cache(maxsize=4096)
def _words_to_check(line: str) -> tuple[tuple[str, int], ...]:
    """Words of one line worth a dictionary look-up, with their start columns.

    Cached by line text: while someone types, all lines but one are unchanged between checks.
    """
    skipped = [match.span() for match in _SKIPPED_SPANS.finditer(line)]
    words: list[tuple[str, int]] = []
    for match in _TOKEN.finditer(line):
        if any(start < match.end() and match.start() < end for start, end in skipped):
            continue
        token = match.group().rstrip(".'’-/&")
        if _CODE_CHARACTERS.search(token) or _INNER_DOT.search(token) or _CAMEL_CASE.search(token):
            continue
        if _normal(token) not in shipped_words():
            words.extend(_parts(token, match.start()))
    return tuple(words)


def _parts(token: str, start: int) -> Iterator[tuple[str, int]]:
    """Hyphenated and slashed parts, checked one by one (CI/CD, de-escalation)."""
    for part in re.finditer(r"[^-/]+", token):
        word = _POSSESSIVE.sub("", part.group().lstrip("'’")).rstrip("'’")
        if len(word) < 2 or _ACRONYM.fullmatch(word) or not _PLAIN_WORD.fullmatch(word.replace("’", "'")):
            continue
        yield word, start + part.start() + len(part.group()) - len(part.group().lstrip("'’"))
