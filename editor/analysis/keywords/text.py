"""Tokens, light stemming and phrase look-up shared by keyword extraction and matching.

Why tokens and not one regex per keyword: whole-term matching has to treat "C++", "C#",
".NET" and "CI/CD" as terms, must not find "go" inside "going", and must see "CI-CD",
"managed" and "de-escalation" as variants of "CI/CD", "manage" and "deescalation". A token
stream with per-token stems and the gap to the next token gives all of that with plain
dictionary look-ups, fast enough for every keystroke.

Columns are 0-based code-point offsets within one line, like the model's spans.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

# A word, or ".NET" after a space, with inner "&" or apostrophe (R&D, Bachelor's) and a
# trailing "++", "+" or "#" (C++, A+, C#).
_TOKEN = re.compile(r"(?<![\w.])\.[^\W_]+|[^\W_]+(?:[&'’][^\W_]+)*(?:\+\+|\+|#)?")
# Gaps a multi-word term may span: a space or two, a hyphen, a slash, a dot (Node.js).
_JOINER = re.compile(r"[ \t\u00a0]{1,3}|[ \t]?/[ \t]?|-|\.")
_MARKUP = str.maketrans("", "", "*_`")
_SENTENCE_END = re.compile(r"[.!?:;•·|—–]|\s-\s")
_IRREGULAR = {
    "led": "lead",
    "built": "build",
    "ran": "run",
    "wrote": "write",
    "written": "write",
    "taught": "teach",
    "sold": "sell",
    "grew": "grow",
    "grown": "grow",
    "made": "make",
    "brought": "bring",
    "won": "win",
    "kept": "keep",
    "spoke": "speak",
    "spoken": "speak",
    "began": "begin",
    "begun": "begin",
    "drove": "drive",
    "driven": "drive",
    "met": "meet",
    "oversaw": "oversee",
    "overseen": "oversee",
    "chose": "choose",
    "analyses": "analysis",
}
_VOWELS = frozenset("aeiouy")
_NO_PLURAL = ("ss", "us", "is", "as", "'s", "’s")
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")


@lru_cache(maxsize=1 << 16)
def stem(lower: str) -> str:
    """A crude English stem so that manage/managed/managing/manages and nurse/nursing agree.

    Why not Porter: the same function runs on both sides of every comparison, so it only has
    to be consistent and conservative; short words, acronyms and tokens with digits or
    symbols (k8s, c++, .net) are left alone.
    """
    if lower in _IRREGULAR:
        return _IRREGULAR[lower]
    word = lower[:-2] if lower.endswith(("'s", "’s")) else lower
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith(("ies", "ied")) and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(_NO_PLURAL):
        word = word[:-1]
    elif word.endswith("ing") and len(word) >= 6 and _VOWELS.intersection(word[:-3]):
        word = _undouble(word[:-3])
    elif word.endswith("ed") and not word.endswith("eed") and len(word) >= 5 and _VOWELS.intersection(word[:-2]):
        word = _undouble(word[:-2])
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word


def _word_stem(text: str, lower: str) -> str:
    """The stem of a token as written: "KPIs" is the plural of "KPI"."""
    if _ACRONYM_PLURAL.fullmatch(text):
        return lower[:-1]
    return stem(lower)


def _undouble(word: str) -> str:
    """planned -> plan, but billing -> bill (as Porter does)."""
    if len(word) > 2 and word[-1] == word[-2] and word[-1] not in "lsz" and word[-1] not in _VOWELS:
        return word[:-1]
    return word


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a line. `gap` is the normalised joiner to the next token (" ", "-", "/",
    "."), or None where a phrase cannot continue (a comma, a full stop, the line's end).
    `is_name_like`: written like a product or an acronym - a capital mid-sentence, or inner
    capitals, digits or symbols ("Zendesk", "CSAT", "Five9", "C++")."""

    text: str
    start: int
    end: int
    lower: str
    stem: str
    gap: str | None
    sentence_start: bool
    is_name_like: bool


def _name_like(text: str, sentence_start: bool) -> bool:
    if not text[:1].isalpha() and text[:1] != ".":
        return False
    inner = text[1:]
    if inner and not (inner.isalpha() and inner.islower()):
        return True
    return text[0].isupper() and not sentence_start


@lru_cache(maxsize=4096)
def tokenize(line: str) -> tuple[Token, ...]:
    """The tokens of one line of text, with stems and joiners.

    Cached by line: between two analyses of a resume being typed, all lines but one are the same.
    """
    matches = list(_TOKEN.finditer(line))
    tokens: list[Token] = []
    previous_end = 0
    joined_to_previous = False
    for index, match in enumerate(matches):
        start, end = match.span()
        text = match.group()
        lower = text.casefold()
        gap: str | None = None
        if index + 1 < len(matches):
            between = line[end : matches[index + 1].start()]
            if between == " ":
                gap = " "
            else:
                between = between.translate(_MARKUP)
                if _JOINER.fullmatch(between):
                    gap = between.strip(" \t\u00a0") or " "
        opening = line[previous_end:start]
        sentence_start = index == 0 or (
            not joined_to_previous and opening != " " and bool(_SENTENCE_END.search(opening))
        )
        tokens.append(
            Token(
                text, start, end, lower, _word_stem(text, lower), gap, sentence_start, _name_like(text, sentence_start)
            )
        )
        previous_end = end
        joined_to_previous = gap is not None
    return tuple(tokens)


def phrase_key(text: str) -> tuple[str, ...]:
    """The look-up key of a term: the stems of its words ("CI-CD" and "CI/CD" share one)."""
    return tuple(_word_stem(match.group(), match.group().casefold()) for match in _TOKEN.finditer(text))


def compact_key(text: str) -> tuple[str, ...] | None:
    """The key of a multi-word term written as one word ("de-escalation" -> "deescalation")."""
    words = [match.group().casefold() for match in _TOKEN.finditer(text)]
    if len(words) < 2:
        return None
    return (stem("".join(words)),)


V = TypeVar("V")


@dataclass(frozen=True, slots=True)
class PhraseHit(Generic[V]):
    """Tokens [first, stop) of a line matched a key; `compact` when written as one word."""

    first: int
    stop: int
    value: V
    compact: bool = False


class PhraseIndex(Generic[V]):
    """A dictionary from word-stem tuples to values that finds keys inside token lists."""

    def __init__(self) -> None:
        self._values: dict[tuple[str, ...], V] = {}
        self._prefixes: set[tuple[str, ...]] = set()

    def __contains__(self, key: tuple[str, ...]) -> bool:
        return key in self._values

    def __len__(self) -> int:
        return len(self._values)

    def get(self, key: tuple[str, ...]) -> V | None:
        return self._values.get(key)

    def add(self, key: tuple[str, ...], value: V) -> None:
        """Add a key; the first value added for a key wins."""
        if not key or key in self._values:
            return
        self._values[key] = value
        for length in range(1, len(key)):
            self._prefixes.add(key[:length])

    def items(self) -> Iterable[tuple[tuple[str, ...], V]]:
        return self._values.items()

    def find(self, tokens: Sequence[Token]) -> list[PhraseHit[V]]:
        """Every key found in the tokens, overlapping ones included, in order of their first token."""
        hits: list[PhraseHit[V]] = []
        for position in range(len(tokens)):
            hits.extend(self._hits_at(tokens, position))
        return hits

    def _hits_at(self, tokens: Sequence[Token], first: int) -> Iterator[PhraseHit[V]]:
        key: tuple[str, ...] = ()
        for stop in range(first, len(tokens)):
            if stop > first and tokens[stop - 1].gap is None:
                break
            key = (*key, tokens[stop].stem)
            value = self._values.get(key)
            if value is not None:
                yield PhraseHit(first, stop + 1, value)
            if key not in self._prefixes:
                break
        # "e-commerce" for "ecommerce", "CICD" written "CI-CD": two or three tokens joined
        # by a hyphen, slash or dot, looked up as one word.
        joined = tokens[first].lower
        for stop in range(first + 1, min(first + 3, len(tokens))):
            if tokens[stop - 1].gap not in ("-", "/", "."):
                break
            joined += tokens[stop].lower
            value = self._values.get((stem(joined),))
            if value is not None:
                yield PhraseHit(first, stop + 1, value, compact=True)
