"""Finding a set of terms in lines of text: exact, as a variant, or under another name.

Used on the posting (to count and locate its own terms) and on the resume. Rules:
* whole terms only: tokens, never substrings ("go" is not in "going");
* exact means the posting's words, ignoring sentence case but not brand case
  ("python" = "Python", but "Postgresql" is a variant of "PostgreSQL");
* a variant shares the word stems (managed/managing, CI-CD/CI/CD, de-escalation/deescalation);
* an alias is another name from the alias list (k8s for Kubernetes, RN for Registered Nurse);
* everyday-word terms (Go, R, Excel, Word, Epic) count only written as the term and where the
  line shows that meaning (see keywords/ambiguous.txt); terms of two letters or less and
  all-capital aliases of three or less ("RN") are case-sensitive.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from editor.analysis.keywords.lexicon import Category, Lexicon
from editor.analysis.keywords.report import Keyword, Location, MatchKind
from editor.analysis.keywords.text import PhraseIndex, Token, compact_key, phrase_key, tokenize

_CREDENTIAL_WORD = re.compile(r"\s+(?:certification|certificate|certified|license|licence)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Found:
    """Term number `term` found on a line, as written there, with how it matched."""

    term: int
    location: Location
    text: str
    kind: MatchKind


@dataclass(frozen=True, slots=True)
class _Target:
    term: int
    alias: bool
    case_sensitive_forms: frozenset[str]


def _form(tokens: Sequence[Token]) -> tuple[tuple[str, str | None], ...]:
    """What "exact" compares: words (with their case when it is a brand's, e.g. PostgreSQL) and joiners."""
    last = len(tokens) - 1
    return tuple(
        (token.text if any(ch.isupper() for ch in token.text[1:]) else token.lower, token.gap if index < last else None)
        for index, token in enumerate(tokens)
    )


def _is_short_caps(name: str) -> bool:
    letters = name.replace(".", "")
    return len(letters) <= 2 or (len(letters) <= 3 and letters.isupper())


def _case_forms(name: str, forms: frozenset[str]) -> frozenset[str]:
    """The exact writings a short name must match ("RN", not "rn"); empty when case does not matter."""
    return forms if _is_short_caps(name) else frozenset()


class TermIndex:
    """The keys of some terms and their aliases, ready to scan lines."""

    def __init__(self, keywords: Sequence[Keyword], words: Lexicon) -> None:
        self._words = words
        self._exact: list[set[tuple[tuple[str, str | None], ...]]] = []
        targets: dict[tuple[str, ...], list[_Target]] = {}
        spelled = {phrase_key(spelling) for keyword in keywords for spelling in keyword.spellings}
        for number, keyword in enumerate(keywords):
            self._exact.append({_form(tokenize(spelling)) for spelling in keyword.spellings})
            short_forms = frozenset(s for s in keyword.spellings if _is_short_caps(s))
            for spelling in keyword.spellings:
                self._add(targets, spelling, _Target(number, False, _case_forms(spelling, short_forms)))
                bare = _CREDENTIAL_WORD.sub("", spelling)  # "HDI certification" -> "HDI"
                if keyword.category is Category.CERTIFICATION and bare != spelling and phrase_key(bare) not in spelled:
                    self._add(targets, bare, _Target(number, False, _case_forms(bare, frozenset({bare}))))
            for alias in keyword.aliases:
                self._add(targets, alias, _Target(number, True, _case_forms(alias, frozenset({alias}))))
        self._index: PhraseIndex[list[_Target]] = PhraseIndex()
        for key, found in targets.items():
            self._index.add(key, found)

    @staticmethod
    def _add(targets: dict[tuple[str, ...], list[_Target]], name: str, target: _Target) -> None:
        for key in (phrase_key(name), compact_key(name) if "-" in name or "/" in name else None):
            if not key:
                continue
            bucket = targets.setdefault(key, [])
            if all(existing.term != target.term for existing in bucket):
                bucket.append(target)

    def find(
        self, line_number: int, text: str, tokens: Sequence[Token] | None = None, *, in_skills_list: bool = False
    ) -> list[Found]:
        """Every term on one line; a term nested in a longer match of itself is dropped."""
        tokens = tokenize(text) if tokens is None else tokens
        found: list[Found] = []
        line_words: set[str] | None = None
        for hit in self._index.find(tokens):
            span = tokens[hit.first : hit.stop]
            surface = text[span[0].start : span[-1].end]
            for target in hit.value:
                if target.case_sensitive_forms and surface not in target.case_sensitive_forms:
                    continue
                if len(span) == 1 and span[0].lower in self._words.ambiguous:
                    if line_words is None:
                        line_words = {token.lower for token in tokens}
                    if not self._means_term(span[0], line_words, in_skills_list):
                        continue
                if target.alias:
                    kind = MatchKind.ALIAS
                elif not hit.compact and _form(span) in self._exact[target.term]:
                    kind = MatchKind.EXACT
                else:
                    kind = MatchKind.VARIANT
                location = Location(line_number, span[0].start, span[-1].end)
                found.append(Found(target.term, location, surface, kind))
        return _outermost(found)

    def _means_term(self, token: Token, line_words: set[str], in_skills_list: bool) -> bool:
        """Whether an everyday-word term ("Go", "Excel") is meant as the term on this line."""
        rule = self._words.ambiguous[token.lower]
        if token.text != rule.term:
            return False
        if in_skills_list or any(word in rule.context for word in line_words if word != token.lower):
            return True
        return not rule.needs_context and not token.sentence_start


def _outermost(found: list[Found]) -> list[Found]:
    """Drop a term's match that repeats or sits inside a longer match of the same term."""
    result: list[Found] = []
    for item in found:
        start, end = item.location.column, item.location.end_column
        inside = any(
            other.term == item.term
            and other.location.column <= start
            and end <= other.location.end_column
            and (other.location.end_column - other.location.column > end - start or (other in result))
            for other in found
            if other is not item
        )
        if not inside:
            result.append(item)
    return result
