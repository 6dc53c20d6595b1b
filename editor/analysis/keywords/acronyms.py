"""Acronyms a posting defines itself: "electronic health record (EHR)", "IABP (intra-aortic balloon pump)".

Why: a posting that spells a term out once and abbreviates it after means one requirement, and
a resume that writes either form answers it. No word list can know every field's acronyms, but
the posting says which pairs it means; these pairs join the alias lists for that posting.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from editor.analysis.keywords.text import phrase_key

_ACRONYM = r"[A-Z][A-Za-z&]{1,8}"
_SHORT_AFTER = re.compile(rf"\((?P<short>{_ACRONYM})s?\)")
_LONG_AFTER = re.compile(rf"\b(?P<short>{_ACRONYM})s?\s+\((?P<long>[A-Za-z][A-Za-z' -]{{3,60}})\)")
_WORD = re.compile(r"[A-Za-z]+")
_SKIPPED = frozenset({"of", "and", "for", "the", "in", "to", "&"})


def posting_acronyms(lines: Iterable[str]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Each acronym and its expansion, by the key of either, as the other's wording."""
    pairs: dict[tuple[str, ...], tuple[str, ...]] = {}
    for line in lines:
        for match in _SHORT_AFTER.finditer(line):
            expansion = _expansion(line[: match.start()], match["short"])
            if expansion:
                _pair(pairs, match["short"], expansion)
        for match in _LONG_AFTER.finditer(line):
            words = _WORD.findall(match["long"])
            if _initials(words) == _letters(match["short"]):
                _pair(pairs, match["short"], " ".join(words))
    return pairs


def _expansion(before: str, short: str) -> str | None:
    """The words right before "(EHR)" whose initials spell it, or None."""
    letters = _letters(short)
    words = list(_WORD.finditer(before))
    for count in range(len(letters), min(len(words), 2 * len(letters)) + 1):
        chosen = words[-count:]
        if _initials([word.group() for word in chosen]) == letters:
            return " ".join(before[chosen[0].start() : chosen[-1].end()].split())
    return None


def _letters(short: str) -> str:
    return "".join(ch for ch in short if ch.isupper()).casefold() or short.casefold()


def _initials(words: list[str]) -> str:
    """First letters of the content words ("Intra-Aortic" gives "ia")."""
    parts = [part for word in words for part in word.split("-") if part.casefold() not in _SKIPPED]
    return "".join(part[0] for part in parts if part).casefold()


def _pair(pairs: dict[tuple[str, ...], tuple[str, ...]], short: str, long: str) -> None:
    for key, other in ((phrase_key(short), long), (phrase_key(long), short)):
        pairs[key] = tuple(dict.fromkeys((*pairs.get(key, ()), other)))
