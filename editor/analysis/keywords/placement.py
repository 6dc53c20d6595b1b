"""Which matched job-description terms a recruiter sees on page 1 before scrolling.

Why: a term the recruiter's screen shows in the first seconds counts for more than the same
term on page 2 (a first skim lasts 6-7.4 s and stays mostly above the fold; see the sources of
docs/attention-model.md). The layout map says where every rendered line sits; a term is placed
on the first rendered line of its source line whose text holds it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from editor.analysis.keywords.report import KeywordReport, Occurrence
from editor.render.layout import LayoutLine, LayoutMap


@dataclass(frozen=True, slots=True)
class TermPlacement:
    """Where a term first appears on the rendered pages; `page` is None when it is not there."""

    term: str
    weight: float
    required: bool
    page: int | None
    top: float | None
    above_fold: bool


@dataclass(frozen=True, slots=True)
class FoldPlacement:
    """Matched terms above and below the fold on page 1; missing terms are not listed."""

    terms: tuple[TermPlacement, ...]
    fold_y_pt: float

    @property
    def above(self) -> tuple[str, ...]:
        return tuple(t.term for t in self.terms if t.above_fold)

    @property
    def below(self) -> tuple[str, ...]:
        return tuple(t.term for t in self.terms if not t.above_fold)

    @property
    def required_share_above(self) -> float:
        """Share of the matched required terms' weight a recruiter sees without scrolling."""
        required = [t for t in self.terms if t.required]
        total = sum(t.weight for t in required)
        return round(sum(t.weight for t in required if t.above_fold) / total, 3) if total else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "fold_y_pt": self.fold_y_pt,
            "above": list(self.above),
            "below": list(self.below),
            "required_share_above": self.required_share_above,
            "terms": [{"term": t.term, "page": t.page, "top": t.top, "above_fold": t.above_fold} for t in self.terms],
        }


def keywords_above_fold(report: KeywordReport, layout: LayoutMap, fold_y_pt: float) -> FoldPlacement:
    """The first rendered place of every matched term, and whether it is above the fold."""
    placements = []
    for result in report.terms:
        if not result.matched:
            continue
        spots = [spot for spot in (_rendered_line(layout, o) for o in result.occurrences) if spot is not None]
        first = min(spots, key=lambda line: (line.page, line.top), default=None)
        above = first is not None and first.page == 1 and first.bottom <= fold_y_pt
        placements.append(
            TermPlacement(
                result.keyword.term,
                result.keyword.weight,
                result.keyword.required,
                first.page if first else None,
                first.top if first else None,
                above,
            )
        )
    return FoldPlacement(tuple(placements), fold_y_pt)


def _rendered_line(layout: LayoutMap, occurrence: Occurrence) -> LayoutLine | None:
    """The rendered line holding an occurrence; a wrapped term is placed where it starts."""
    candidates = layout.for_source_line(occurrence.location.line)
    if not candidates:
        return None
    wanted = " ".join(occurrence.text.casefold().split())
    joined, starts = "", []
    for line in candidates:
        starts.append(len(joined))
        joined += " ".join(line.text.casefold().split()) + " "
    position = joined.find(wanted)
    if position < 0:
        return candidates[0]
    return next(line for line, start in zip(reversed(candidates), reversed(starts), strict=True) if start <= position)
