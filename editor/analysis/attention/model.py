"""The recruiter-attention model: where a 7.4-second skim of page 1 puts the recruiter's eyes.

Inputs are the layout map (what is where), the fold (what the first screen shows), the resume
model (which job is current, which section is education) and the job description's keywords.
The model (docs/attention-model.md §2, with its sources and validation; every parameter in
params.py) gives every visible line a priority, simulates many scanpaths in lockstep and
averages them: an expected dwell grid, per-line and per-element dwell, first-fixation times,
the share of time on TheLadders' six key fields, word coverage, and the keywords seen or missed.
The same seed gives the same result.

Modes: first-screen (a fold is given: nothing below it is seen), full page (no fold: all of
page 1), scroll (a fold and scroll=True: a quarter of the runs scroll one screen, into page 2
if there is one).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from editor.analysis.attention import params
from editor.analysis.attention.dwell_grid import DwellGrid, FixationPoints, build_grid
from editor.analysis.attention.priors import build_priors
from editor.analysis.attention.scanpath import FixationTable, ScrollPlan, simulate
from editor.analysis.attention.summary import (
    ElementDwell,
    KeywordSighting,
    ScanStatistics,
    Skim,
    element_rollup,
    key_field_dwell,
    keyword_sightings,
    saw_missed_text,
    scan_statistics,
    word_coverage,
)
from editor.analysis.screen.fold import PX_PER_PT, Fold
from editor.analysis.screen.line_fields import label_lines
from editor.model import Resume
from editor.render.layout import LayoutMap


@dataclass(frozen=True)
class Fixation:
    """One fixation of the sample scanpath (for replay): a point of a page, when and how long."""

    x_pt: float
    y_pt: float
    page: int
    start_ms: float
    duration_ms: float
    line: int  # index into layout.lines


@dataclass(frozen=True)
class AttentionResult:
    """The expected outcome of a recruiter's skim; the line arrays are indexed like layout.lines."""

    budget_ms: float
    runs: int
    seed: int
    mode: str  # "first-screen", "full-page" or "scroll"
    grids: tuple[DwellGrid, ...]  # one per page the recruiter can see
    line_dwell_ms: np.ndarray  # expected ms on each line
    line_first_fixation_ms: np.ndarray  # median time of the first fixation; NaN if never fixated
    line_seen_share: np.ndarray  # share of runs that fixate each line at least once
    elements: tuple[ElementDwell, ...]  # in document order
    key_field_dwell_ms: dict[str, float]  # the six Ladders fields, keyed by KeyField value
    key_field_share: float  # their share of all dwell (Ladders 2012: "almost 80 %")
    word_coverage: float  # share of all the resume's words seen
    visible_word_coverage: float  # share of the words on the screen seen
    keywords: tuple[KeywordSighting, ...]  # in the order given
    scanpath: tuple[Fixation, ...]  # one sample run, for replay
    statistics: ScanStatistics
    summary: str  # "Saw: name 1.7 s, … Missed: your education (below the fold), Kubernetes (…)."

    @property
    def total_dwell_ms(self) -> float:
        return float(self.line_dwell_ms.sum())

    @property
    def keywords_seen(self) -> tuple[KeywordSighting, ...]:
        return tuple(sighting for sighting in self.keywords if sighting.seen)

    @property
    def keywords_missed(self) -> tuple[KeywordSighting, ...]:
        return tuple(sighting for sighting in self.keywords if not sighting.seen)

    def grid(self, page: int = 1) -> DwellGrid | None:
        return next((grid for grid in self.grids if grid.page == page), None)

    def as_dict(self) -> dict[str, object]:
        """JSON-able; the keys are part of `foldline analyze --json` (docs/architecture.md: stable contracts)."""
        total = self.total_dwell_ms or 1.0
        return {
            "budget_ms": self.budget_ms,
            "mode": self.mode,
            "runs": self.runs,
            "seed": self.seed,
            "total_dwell_ms": round(self.total_dwell_ms, 1),
            "key_field_share": round(self.key_field_share, 4),
            "key_fields": {
                name: {"dwell_ms": round(ms, 1), "share": round(ms / total, 4)}
                for name, ms in self.key_field_dwell_ms.items()
            },
            "elements": [element.as_dict() for element in self.elements],
            "word_coverage": round(self.word_coverage, 4),
            "visible_word_coverage": round(self.visible_word_coverage, 4),
            "keywords_seen": [sighting.as_dict() for sighting in self.keywords_seen],
            "keywords_missed": [sighting.as_dict() for sighting in self.keywords_missed],
            "statistics": self.statistics.as_dict(),
            "grid": {"cell_pt": params.CELL_PT, "pages": [grid.page for grid in self.grids]},
            "summary": self.summary,
        }


def predict_attention(
    layout: LayoutMap,
    fold: Fold | None = None,
    resume: Resume | None = None,
    *,
    keywords: Sequence[str] = (),
    budget_ms: float = params.BUDGET_MS,
    seed: int = params.DEFAULT_SEED,
    runs: int = params.RUNS,
    scroll: bool = False,
) -> AttentionResult:
    """Where a recruiter's eyes go in `budget_ms` on this layout (see the module docstring for modes).

    `keywords` are job-description terms, matched whole-word and case-insensitively.
    """
    if scroll and fold is None:
        raise ValueError("scroll mode needs a fold: the screen decides how far one scroll goes")
    if budget_ms <= 0 or runs <= 0:
        raise ValueError("the time budget and the number of runs must be positive")
    labels = label_lines(layout, resume)
    centres = np.array(
        [
            (line.page - 1) * (layout.page_height + params.PAGE_GAP_PT) + (line.top + line.bottom) / 2
            for line in layout.lines
        ]
    )
    candidates = _candidates(layout, fold, centres, scroll=scroll)
    lines = [layout.lines[index] for index in candidates]
    rng = np.random.default_rng(seed)
    table, hits = FixationTable.empty(runs), ()
    if lines:
        content_top, content_height = _page_one_content(layout)
        priors = build_priors(
            lines,
            [labels[index] for index in candidates],
            centres[candidates],
            content_top=content_top,
            content_height=content_height,
            keywords=keywords,
        )
        plan = ScrollPlan(centres[candidates], fold.viewer_height_pt) if scroll and fold is not None else None
        table, hits = simulate(priors, budget_ms, runs, rng, plan), priors.keyword_hits
    skim = Skim(layout, labels, fold, candidates, hits, table, runs)
    mode = "scroll" if scroll else ("first-screen" if fold is not None else "full-page")
    return _result(skim, keywords, budget_ms=budget_ms, seed=seed, mode=mode)


def _result(skim: Skim, keywords: Sequence[str], *, budget_ms: float, seed: int, mode: str) -> AttentionResult:
    layout, table, runs = skim.layout, skim.table, skim.runs
    count = len(layout.lines)
    dwell = np.bincount(skim.line_index, weights=table.duration_ms, minlength=count) / runs
    first_by_run = np.full((runs, count), np.inf)
    np.minimum.at(first_by_run, (table.run, skim.line_index), table.start_ms)
    reached = np.isfinite(first_by_run)
    seen = reached.mean(axis=0)
    first = np.full(count, np.nan)
    fixated = reached.any(axis=0)
    first[fixated] = np.nanmedian(np.where(reached, first_by_run, np.nan)[:, fixated], axis=0)
    x, y, pages = _fixation_points(skim)
    key_dwell = key_field_dwell(skim.labels, dwell)
    total = dwell.sum()
    sightings = keyword_sightings(skim, keywords)
    words, visible_words = word_coverage(skim)
    sample = np.flatnonzero(table.run == 0)
    scanpath = tuple(
        Fixation(
            float(x[i]),
            float(y[i]),
            int(pages[i]),
            float(table.start_ms[i]),
            float(table.duration_ms[i]),
            int(skim.line_index[i]),
        )
        for i in sample
    )
    return AttentionResult(
        budget_ms=budget_ms,
        runs=runs,
        seed=seed,
        mode=mode,
        grids=_grids(skim, FixationPoints(x, y, table.duration_ms / runs), pages, mode),
        line_dwell_ms=dwell,
        line_first_fixation_ms=first,
        line_seen_share=seen,
        elements=element_rollup(skim, dwell, first_by_run),
        key_field_dwell_ms=key_dwell,
        key_field_share=sum(key_dwell.values()) / total if total > 0 else 0.0,
        word_coverage=words,
        visible_word_coverage=visible_words,
        keywords=sightings,
        scanpath=scanpath,
        statistics=scan_statistics(skim, x),
        summary=saw_missed_text(skim, key_dwell, seen, sightings),
    )


def _candidates(layout: LayoutMap, fold: Fold | None, centres: np.ndarray, *, scroll: bool) -> np.ndarray:
    """Indices of the lines the recruiter can see at all."""
    if fold is None:
        visible = [line.page == 1 for line in layout.lines]
    elif scroll:
        reach = fold.fold_y_pt + fold.viewer_height_pt
        visible = [fold.shows(line) or centre < reach for line, centre in zip(layout.lines, centres, strict=True)]
    else:
        visible = [fold.shows(line) for line in layout.lines]
    return np.flatnonzero(np.array(visible, bool).reshape(-1))


def _page_one_content(layout: LayoutMap) -> tuple[float, float]:
    """Top and height of the text on page 1 (the vertical prior is relative to it)."""
    first_page = layout.on_page(1) or layout.lines
    top = min(line.top for line in first_page)
    return top, max(max(line.bottom for line in first_page) - top, 1.0)


def _fixation_points(skim: Skim) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Page coordinates of the fixations from their line and character position."""
    lines = [skim.layout.lines[index] for index in skim.candidates]
    geometry = np.array(
        [(line.x0, line.x1, max(len(line.text), 1), (line.top + line.bottom) / 2, line.page) for line in lines]
    ).reshape(-1, 5)[skim.table.line]
    x0, x1, length, middle, page = geometry.T
    position = np.clip(skim.table.char, 0, length - 0.5)
    return x0 + (x1 - x0) * position / length, middle, page.astype(int)


def _grids(skim: Skim, points: FixationPoints, pages: np.ndarray, mode: str) -> tuple[DwellGrid, ...]:
    layout, fold = skim.layout, skim.fold
    sigma_pt = params.KERNEL_PX / ((fold.zoom if fold is not None else 1.0) * PX_PER_PT)
    grids = []
    for page in sorted({layout.lines[index].page for index in skim.candidates}) or [1]:
        visible_to = layout.page_height
        if fold is not None and mode == "first-screen":
            visible_to = fold.fold_y_pt
        elif fold is not None:  # scroll: as far as the second screen reaches
            visible_to = fold.fold_y_pt + fold.viewer_height_pt - (page - 1) * (layout.page_height + params.PAGE_GAP_PT)
        mask = pages == page
        page_points = FixationPoints(points.x_pt[mask], points.y_pt[mask], points.weight_ms[mask])
        grids.append(
            build_grid(
                page,
                page_points,
                page_size_pt=(layout.page_width, layout.page_height),
                cell_pt=params.CELL_PT,
                sigma_pt=sigma_pt,
                visible_to_pt=visible_to,
            )
        )
    return tuple(grids)
