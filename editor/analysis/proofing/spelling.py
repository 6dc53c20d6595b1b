"""Offline spelling for resume Markdown that knows resume vocabulary.

Why: a plain English dictionary underlines "Kubernetes", "onboarding" and the person's own
name, and a checker that cries wolf gets switched off. This one skips markup, links, e-mail
addresses, code-ish tokens (digits, CamelCase, short acronyms, Node.js, CI/CD), the names in
the header, entry dates, words of the job description, shipped word lists (SCOWL's larger
English vocabulary; tech, medical and drug, finance, sports and team, place and certification
terms), and a personal dictionary; British spellings are accepted.

A resume is checked in its own language (`editor.formats.markdown.language`: the `language:` setting,
else a guess from its words), with English words still accepted; a language without a
dictionary is not checked. The dictionaries are pyspellchecker's (pure Python, ship with their
data); for English, hunspell through pyenchant is used instead when asked for and importable.
A `Speller` is safe to share between threads: its caches and personal dictionary are guarded
by one lock.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from editor.analysis.proofing.dictionaries import foreign_dictionary, open_dictionary
from editor.formats.atomic import write_atomic
from editor.formats.errors import FormatError
from editor.formats.markdown.language import DEFAULT_LANGUAGE, SPELLING_LANGUAGES, document_language
from editor.formats.registry import MAX_TEXT_BYTES, read_bytes
from editor.model import ContactKind, Entry, Resume
from editor.resources import word_list

WHITELISTS = (
    "scowl-large.txt",
    "tech.txt",
    "business.txt",
    "medical.txt",
    "finance.txt",
    "sports.txt",
    "places.txt",
    "certifications.txt",
    "british.txt",
)
_CACHE_LIMIT = 50_000

_TOKEN = re.compile(r"[^\W_][\w'’.\-/+#&@]*")
_SKIPPED_SPANS = re.compile(
    r"`[^`]*`"  # inline code
    r"|\]\([^)]*\)"  # link target
    r"|<[^>\s]+>"  # autolink or HTML tag
    r"|\b(?:https?|ftp)://\S+|\bwww\.\S+"
    r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail address (from the start of a run: linear time)
    r"|\b[\w-]+(?:\.[\w-]+)+/\S*"  # bare domain with a path: linkedin.com/in/name
    r"|^\s*\[[^\]]+\]:\s*\S+"  # reference-style link definition
)
_CODE_CHARACTERS = re.compile(r"[\d_+#&@]")
_INNER_DOT = re.compile(r"\w\.\w")
_CAMEL_CASE = re.compile(r"[a-z][A-Z]|[A-Z]{2,}[a-z]{2,}")
_ACRONYM = re.compile(r"[A-Z]{1,6}s?")
_PLAIN_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")
_ANY_LETTERS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# French and Italian articles and pronouns that lose their vowel: d'expérience, l'audience, dell'azienda
_ELISION = re.compile(
    r"(?:[^\W\d_]{1,2}|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|dell|dall|nell|sull|all|coll|quest|quell|tutt)['’]"
    r"(?=[^\W\d_])",
    re.IGNORECASE,
)
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


@cache
def shipped_words() -> frozenset[str]:
    """The bundled word lists (resources/wordlists/spelling/README.md): SCOWL's larger English
    vocabulary, then tech, business, medical (drug names), finance, sports, place and
    certification terms and British forms. Loaded on first check, not at import."""
    return frozenset(entry.lower() for name in WHITELISTS for entry in word_list("spelling", name))


@cache
def _longest_shipped_word() -> int:
    return max(map(len, shipped_words()), default=0)


def words_in(text: str) -> frozenset[str]:
    """The words of a text in lower case, e.g. a job description to accept its vocabulary."""
    return frozenset(word.lower().replace("’", "'") for word in _WORDS.findall(text))


class Speller:
    """Finds misspelt words in resume Markdown; `backend` is "pyspellchecker" or "hunspell".

    The backend is the English dictionary: a hunspell request falls back to pyspellchecker
    when pyenchant or the en_US dictionary is missing. Other languages use pyspellchecker's
    list for that language (see `editor.analysis.proofing.dictionaries`), and English words are still
    accepted in them. `personal_dictionary` is the file added words are saved to (None keeps
    them in memory only).
    """

    def __init__(self, personal_dictionary: str | Path | None = None, backend: str = "pyspellchecker") -> None:
        if backend not in ("pyspellchecker", "hunspell"):
            raise ValueError(f"unknown spelling backend {backend!r}; use 'pyspellchecker' or 'hunspell'")
        self._dictionary = open_dictionary(backend)
        self._path = Path(personal_dictionary) if personal_dictionary is not None else None
        self._personal = _read_personal(self._path)
        self._personal_normal = {_normal(entry) for entry in self._personal}
        self._known_cache: dict[str, bool] = {}
        self._suggestion_cache: dict[tuple[str, str, bool], tuple[str, ...]] = {}
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
        """Whether one word (no markup) is spelt correctly in English."""
        normal = _normal(word)
        return normal in known_words or self._is_known(normal)

    def suggestions(self, word: str, limit: int = 5, language: str = DEFAULT_LANGUAGE) -> list[str]:
        """Corrections for a word, most frequent first, up to two edits away (slow: up to ~1 s, then cached)."""
        return list(self._suggest(word, thorough=True, language=language)[:limit])

    def check(
        self, text: str, resume: Resume | None = None, known_words: Collection[str] = (), language: str | None = None
    ) -> list[Misspelling]:
        """Misspelt words in resume Markdown, in text order.

        `known_words` are lower-case words to accept for this check (e.g. `words_in(jd_text)`);
        the resume's own name, places, employers and dates are accepted as well. `language`
        overrides the document's (its `language:` setting, else a guess: `document_language`);
        a language without a dictionary gives no misspellings.
        """
        code = language or document_language(text, resume.settings if resume else None).code
        if code not in SPELLING_LANGUAGES:
            return []
        accepted = set(known_words) | _names_in(resume, text)
        dates = _date_columns(resume)
        found = []
        for line_number, line in _checked_lines(text):
            in_dates = dates.get(line_number)
            for word, start in _words_to_check(line, code != DEFAULT_LANGUAGE):
                normal = _normal(word)
                if normal in accepted or (in_dates and any(begin <= start < end for begin, end in in_dates)):
                    continue
                suggestions = self._corrections(word, normal, code)
                if suggestions is not None:
                    found.append(Misspelling(word, line_number, start, start + len(word), suggestions[:5]))
        return found

    def _corrections(self, word: str, normal: str, language: str) -> tuple[str, ...] | None:
        """None when the word is fine; else its corrections (English ones may be empty)."""
        if language == DEFAULT_LANGUAGE:
            return None if self._is_known(normal) else self._suggest(word, thorough=False)
        dictionary = foreign_dictionary(language)
        if dictionary.is_known(normal) or self._is_known(normal):
            return None
        return self._suggest(word, thorough=False, language=language) or None

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

    def _suggest(self, word: str, thorough: bool, language: str = DEFAULT_LANGUAGE) -> tuple[str, ...]:
        """Corrections in the word's letter case; outside English only for a likely typo (see dictionaries)."""
        key = (language, _normal(word), thorough)
        cached = self._suggestion_cache.get(key)
        if cached is None:
            cached = tuple(self._candidates(key[1], thorough, language))
            with self._lock:
                if len(self._suggestion_cache) > _CACHE_LIMIT:
                    self._suggestion_cache.clear()
                self._suggestion_cache[key] = cached
        return tuple(_match_case(word, suggestion) for suggestion in cached)

    def _candidates(self, normal: str, thorough: bool, language: str) -> list[str]:
        if language == DEFAULT_LANGUAGE:
            found = self._dictionary.candidates(normal, thorough)
            return found + sorted(_shipped_near(normal).difference(found))
        if language not in SPELLING_LANGUAGES:
            return []
        dictionary = foreign_dictionary(language)
        if thorough:
            return dictionary.candidates(normal, thorough=True)
        return dictionary.verdict(normal, self._dictionary.is_known)


def _shipped_near(normal: str) -> set[str]:
    """Shipped words one edit away ("amiodorone" → "amiodarone"): the dictionary cannot suggest them.

    A word longer than any shipped word plus one has none; its edits would cost its length squared
    (a pasted 100,000-character token: gigabytes), so it is not edited, as pyspellchecker does.
    """
    if len(normal) > _longest_shipped_word() + 1:
        return set()
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(normal[:i], normal[i:]) for i in range(len(normal) + 1)]
    edits = {left + right[1:] for left, right in splits if right}
    edits |= {left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1}
    edits |= {left + ch + right[1:] for left, right in splits if right for ch in letters}
    edits |= {left + ch + right for left, right in splits for ch in letters}
    return edits & shipped_words()


def _read_personal(path: Path | None) -> set[str]:
    if path is None:
        return set()
    try:
        text = read_bytes(path, MAX_TEXT_BYTES).decode("utf-8")
    except (FormatError, UnicodeDecodeError):  # missing, empty, special or not Foldline's UTF-8: start empty
        return set()
    return {line.strip() for line in text.splitlines() if line.strip()}


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
def _words_to_check(line: str, any_letters: bool = False) -> tuple[tuple[str, int], ...]:
    """Words of one line worth a dictionary look-up, with their start columns.

    English checks words of ASCII letters only (a "Müller" or "café" is a name or a loan);
    other languages check words in any letters, without their elided articles (l'audience).
    Cached by line text: while someone types, all lines but one are unchanged between checks.
    """
    skipped = [match.span() for match in _SKIPPED_SPANS.finditer(line)]  # in order, not overlapping
    words: list[tuple[str, int]] = []
    next_skipped = 0  # tokens come in order too: one sweep, not tokens × spans
    for match in _TOKEN.finditer(line):
        while next_skipped < len(skipped) and skipped[next_skipped][1] <= match.start():
            next_skipped += 1
        if next_skipped < len(skipped) and skipped[next_skipped][0] < match.end():
            continue
        token = match.group().rstrip(".'’-/&")
        if _CODE_CHARACTERS.search(token) or _INNER_DOT.search(token) or _CAMEL_CASE.search(token):
            continue
        if _normal(token) not in shipped_words():
            parts = _parts(token, match.start())
            words.extend(_words_in_any_letters(parts) if any_letters else _ascii_words(parts))
    return tuple(words)


def _parts(token: str, start: int) -> Iterator[tuple[str, int]]:
    """Hyphenated and slashed parts, checked one by one (CI/CD, de-escalation)."""
    for part in re.finditer(r"[^-/]+", token):
        word = _POSSESSIVE.sub("", part.group().lstrip("'’")).rstrip("'’")
        if len(word) >= 2:
            yield word, start + part.start() + len(part.group()) - len(part.group().lstrip("'’"))


def _ascii_words(parts: Iterator[tuple[str, int]]) -> Iterator[tuple[str, int]]:
    for word, start in parts:
        if not _ACRONYM.fullmatch(word) and _PLAIN_WORD.fullmatch(word.replace("’", "'")):
            yield word, start


def _words_in_any_letters(parts: Iterator[tuple[str, int]]) -> Iterator[tuple[str, int]]:
    for part, part_start in parts:
        elided = _ELISION.match(part)
        skip = elided.end() if elided else 0
        word = part[skip:]
        acronym = word[:-1] if word.endswith("s") else word  # ООО, EWM, KPIs
        if len(word) >= 2 and not (acronym.isupper() and len(acronym) <= 6) and _ANY_LETTERS.fullmatch(word):
            yield word, part_start + skip


def _date_columns(resume: Resume | None) -> dict[int, list[tuple[int, int]]]:
    """Where each entry's dates were typed, by line: "Sep 2020 – Present" is a date, not prose."""
    found: dict[int, list[tuple[int, int]]] = {}
    for section in resume.sections if resume is not None else ():
        for item in section.items:
            span = item.field_spans.get("dates") if isinstance(item, Entry) else None
            if span is not None and span.line == span.end_line:
                found.setdefault(span.line, []).append((span.column, span.end_column))
    return found
