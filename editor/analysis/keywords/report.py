"""The values keyword analysis hands out: terms of a posting, where a resume has them, the score.

`KeywordReport.as_dict()` is the `keywords` / `match_score` part of `foldline analyze --json`
(docs/architecture.md, "Budgets and stable contracts"); its key names are an interface people script against.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Any, NamedTuple

from editor.analysis.keywords.lexicon import Category


class MatchKind(Enum):
    """How a resume has a term: in the posting's words, a variant, another name, or not at all."""

    EXACT = "exact"
    VARIANT = "variant"
    ALIAS = "alias"
    MISSING = "missing"


_MARKUP = re.compile(r"[*`]+|(?<!\w)_+|_+(?!\w)")

# Share of a term's weight a match earns. Why less than full for variants and aliases: an
# ATS keyword search and a recruiter's Ctrl+F look for the posting's exact words.
CREDIT = {MatchKind.EXACT: 1.0, MatchKind.VARIANT: 0.8, MatchKind.ALIAS: 0.6, MatchKind.MISSING: 0.0}


class Location(NamedTuple):
    """Where a term occurs: 1-based line, 0-based code-point columns [column, end_column)."""

    line: int
    column: int
    end_column: int


class Highlight(NamedTuple):
    """One stretch for the editor to highlight; `kind` is a MatchKind value for the resume,
    "matched" or "missing" for the posting."""

    line: int
    start_column: int
    end_column: int
    term: str
    kind: str


@dataclass(frozen=True, slots=True)
class Keyword:
    """A term a recruiter or ATS screens on, in the posting's wording.

    `key` is the internal look-up key (word stems); `spellings` every way the posting wrote
    it; `aliases` other names that count as the same thing; `related` stems of the words
    around it in the posting, used to say where a missing term would fit; `posting_title`
    marks the job title the posting is for.
    """

    term: str
    category: Category
    weight: float
    required: bool
    key: tuple[str, ...]
    spellings: tuple[str, ...]
    aliases: tuple[str, ...]
    jd_locations: tuple[Location, ...]
    related: frozenset[str] = frozenset()
    posting_title: bool = False

    @property
    def jd_count(self) -> int:
        return len(self.jd_locations)


@dataclass(frozen=True, slots=True)
class Occurrence:
    """A term found in the resume text, as the resume wrote it."""

    location: Location
    text: str
    kind: MatchKind


@dataclass(frozen=True, slots=True)
class Fit:
    """Where a missing term would fit best in the resume (section, entry and its line)."""

    section: str
    entry: str | None
    line: int | None
    because: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"section": self.section, "entry": self.entry, "line": self.line, "because": list(self.because)}


@dataclass(frozen=True, slots=True)
class TermResult:
    """One posting term against the resume."""

    keyword: Keyword
    kind: MatchKind
    occurrences: tuple[Occurrence, ...]
    fit: Fit | None = None

    @property
    def matched(self) -> bool:
        return self.kind is not MatchKind.MISSING

    @property
    def variants(self) -> tuple[str, ...]:
        """The resume's wordings that differ from the posting's."""
        spellings = set(self.keyword.spellings)
        wordings = (
            " ".join(_MARKUP.sub("", o.text).split()) for o in self.occurrences if o.kind is not MatchKind.EXACT
        )
        return tuple(dict.fromkeys(wording for wording in wordings if wording not in spellings))

    @property
    def suggestion(self) -> str | None:
        """One sentence a job seeker can act on, or None when the posting's words are there."""
        term = self.keyword.term
        if self.kind in (MatchKind.VARIANT, MatchKind.ALIAS) and self.variants:
            return f"The posting says '{term}'; you wrote '{self.variants[0]}'. Use the posting's words."
        if self.kind is not MatchKind.MISSING:
            return None
        if self.fit is None:
            return f"Missing. If you have it, add '{term}'."
        if self.fit.section == "headline":
            return f"Missing. If it is the job you do, put '{term}' in your headline."
        where = f"'{self.fit.entry}'" if self.fit.entry else f"the {self.fit.section} section"
        because = f", which has {', '.join(self.fit.because)}" if self.fit.because else ""
        return f"Missing. If you have it, add '{term}' to {where}{because}."

    def as_dict(self) -> dict[str, Any]:
        keyword = self.keyword
        return {
            "term": keyword.term,
            "weight": keyword.weight,
            "matched": self.matched,
            "count": len(self.occurrences),
            "variants": list(self.variants),
            "kind": self.kind.value,
            "category": keyword.category.value,
            "required": keyword.required,
            "locations": [{"line": o.location.line, "column": o.location.column} for o in self.occurrences],
            "suggestion": self.suggestion,
            "fit": self.fit.as_dict() if self.fit else None,
            "jd_count": keyword.jd_count,
        }


@dataclass(frozen=True, slots=True)
class KeywordReport:
    """Every posting term against one resume text, heaviest first, and the 0-100 score.

    Line numbers refer to the resume text given to `match_keywords` and, for
    `jd_highlights`, to the posting text given to `extract_keywords`.
    """

    terms: tuple[TermResult, ...]
    entry_lines: frozenset[int] = frozenset()  # lines of experience, project and volunteer sections

    @property
    def score(self) -> int:
        """Weighted share of the posting's terms the resume has (variants and aliases earn less)."""
        total = sum(t.keyword.weight for t in self.terms)
        if total == 0:
            return 0
        earned = sum(t.keyword.weight * CREDIT[t.kind] for t in self.terms)
        return round(100 * earned / total)

    @property
    def missing(self) -> tuple[TermResult, ...]:
        return tuple(t for t in self.terms if not t.matched)

    @property
    def resume_highlights(self) -> tuple[Highlight, ...]:
        """Every match in the resume text, in reading order, without overlaps (longest wins)."""
        return _without_overlaps((o.location, t.keyword.term, o.kind.value) for t in self.terms for o in t.occurrences)

    def jd_highlights(self) -> tuple[Highlight, ...]:
        """Every term in the posting text, marked "matched" or "missing", without overlaps."""
        return _without_overlaps(
            (location, t.keyword.term, "matched" if t.matched else "missing")
            for t in self.terms
            for location in t.keyword.jd_locations
        )

    def as_dict(self) -> dict[str, Any]:
        """The `keywords` and `match_score` members of the `analyze --json` report."""
        return {"keywords": [t.as_dict() for t in self.terms], "match_score": self.score}

    def breakdown(self) -> str:
        """The score explained, one term a line, for a terminal or a tooltip."""
        total = sum(t.keyword.weight for t in self.terms)
        earned = sum(t.keyword.weight * CREDIT[t.kind] for t in self.terms)
        matched = sum(1 for t in self.terms if t.matched)
        lines = [
            f"Keyword match {self.score}/100: {matched} of {len(self.terms)} terms, "
            f"weight {earned:.1f} of {total:.1f} (exact 100%, variant 80%, alias 60%)."
        ]
        for result in self.terms:
            keyword = result.keyword
            need = "required" if keyword.required else "preferred"
            line = (
                f"  {result.kind.value:<8} {keyword.term} ({keyword.category.value}, {need}, weight {keyword.weight})"
            )
            if result.suggestion:
                line += f" - {result.suggestion}"
            lines.append(line)
        return "\n".join(lines)


def _without_overlaps(spans: Iterable[tuple[Location, str, str]]) -> tuple[Highlight, ...]:
    """Highlights in reading order; where two overlap, the one starting first (then the longer) wins."""
    ordered = sorted(spans, key=lambda item: (item[0].line, item[0].column, -item[0].end_column))
    result: list[Highlight] = []
    for location, term, kind in ordered:
        if result and result[-1].line == location.line and location.column < result[-1].end_column:
            continue
        result.append(Highlight(location.line, location.column, location.end_column, term, kind))
    return tuple(result)
