"""The recruiter-attention model: where a 7.4-second skim of page 1 puts the recruiter's eyes.

Inputs are the layout map (what is where), the fold (what the first screen shows), the resume
model (which job is current, which section is education) and the job description's keywords.
The model (research notes §5; parameters in attention_params.py, explained in
docs/attention-model.md) gives every line a priority, simulates many scanpaths in lockstep and
averages them into an expected dwell grid, per-line and per-element dwell, first-fixation times,
the share of time on TheLadders' six key fields, word coverage and the keywords seen or missed.

Modes: first-screen (a fold is given: nothing below it is seen), full page (no fold: all of
page 1), scroll (a fold and scroll=True: some runs scroll one screen, into page 2 if it is there).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from editor.analysis import attention_params as params
from editor.analysis.attention_priors import LinePriors, build_priors
from editor.analysis.attention_summary import (
    ElementDwell,
    KeywordSighting,
    ScanStatistics,
    element_rollup,
    key_field_dwell,
    keyword_sightings,
    saw_missed_text,
    scan_statistics,
    word_coverage,
)
from editor.analysis.dwell_grid import DwellGrid, build_grid, grid_shape
from editor.analysis.fold import PX_PER_PT, Fold
from editor.analysis.line_fields import LineLabel, label_lines
from editor.analysis.scanpath import FixationTable, ScrollPlan, simulate
from editor.model import Resume
from editor.render.layout import LayoutLine, LayoutMap


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
    """The expected outcome of a recruiter's skim; arrays are indexed like layout.lines."""

    budget_ms: float
    runs: int
    seed: int
    mode: str  # "first-screen", "full-page" or "scroll"
    grids: tuple[DwellGrid, ...]  # one per page the recruiter can see
    line_dwell_ms: np.ndarray  # expected ms on each line
    line_first_fixation_ms: np.ndarray  # median time of the first fixation, NaN if never fixated
    line_seen_share: np.ndarray  # share of runs that fixate each line at least once
    elements: tuple[ElementDwell, ...]  # in document order
    key_field_dwell_ms: dict[str, float]  # the six Ladders fields by KeyField value
    key_field_share: float  # their share of all dwell (Ladders 2012: "almost 80 %")
    word_coverage: float  # share of the resume's words seen
    visible_word_coverage: float  # share of the words on the screen seen
    keywords: tuple[KeywordSighting, ...]
    scanpath: tuple[Fixation, ...]  # one sample run, for replay
    statistics: ScanStatistics
    summary: str = field(default="")  # "Saw: name 0.9 s, … Missed: …"

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
        total = self.total_dwell_ms or 1.0
        return {
            "budget_ms": self.budget_ms,
            "mode": self.mode,
            "runs": self.runs,
            "seed": self.seed,
            "total_dwell_ms": round(self.total_dwell_ms, 1),
            "key_field_share": round(self.key_field_share, 4),
            "key_fields": {name: {"dwell_ms": round(ms, 1), "share": round(ms / total, 4)}
                           for name, ms in self.key_field_dwell_ms.items()},
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
    """Where a recruiter's eyes go in `budget_ms` on this layout (see the module docstring for modes)."""
    if scroll and fold is None:
        raise ValueError("scroll mode needs a fold: the screen decides how far one scroll goes")
    if budget_ms <= 0 or runs <= 0:
        raise ValueError("the time budget and the number of runs must be positive")
    mode = "scroll" if scroll else ("first-screen" if fold is not None else "full-page")
    labels = label_lines(layout, resume)
    centres = _document_centres(layout)
    candidates = _candidates(layout, fold, scroll, centres)
    lines = [layout.lines[index] for index in candidates]
    content_top, content_height = _page_one_content(layout)
    priors = build_priors(lines, [labels[index] for index in candidates], centres[candidates], content_top,
                          content_height, keywords)
    rng = np.random.default_rng(seed)
    plan = ScrollPlan(centres[candidates], fold.viewer_height_pt) if scroll and fold is not None else None
    table = simulate(priors, budget_ms, runs, rng, plan) if lines else None
    return _result(layout, labels, fold, candidates, priors, table, keywords, budget_ms, runs, seed, mode)


def _result(layout: LayoutMap, labels: Sequence[LineLabel], fold: Fold | None, candidates: np.ndarray,
            priors: LinePriors, table: FixationTable | None, keywords: Sequence[str], budget_ms: float, runs: int,
            seed: int, mode: str) -> AttentionResult:
    count = len(layout.lines)
    dwell, first, seen = np.zeros(count), np.full(count, np.nan), np.zeros(count)
    if table is None:
        table = FixationTable(*(np.zeros(0, int) for _ in range(3)), *(np.zeros(0) for _ in range(3)),
                              np.zeros(runs, int))
    line_index = candidates[table.line]
    dwell[candidates] = np.bincount(table.line, weights=table.duration_ms, minlength=len(candidates)) / runs
    first_by_run = np.full((runs, count), np.inf)
    np.minimum.at(first_by_run, (table.run, line_index), table.start_ms)
    seen[:] = np.isfinite(first_by_run).mean(axis=0)
    fixated = np.isfinite(first_by_run).any(axis=0)
    first[fixated] = np.nanmedian(np.where(np.isfinite(first_by_run), first_by_run, np.nan)[:, fixated], axis=0)
    x, y, pages = _fixation_points(layout, line_index, table.char)
    grids = _grids(layout, fold, mode, x, y, pages, table.duration_ms / runs, candidates)
    words, visible_words = word_coverage(layout, candidates, line_index, table, runs)
    key_dwell = key_field_dwell(labels, dwell)
    total = dwell.sum()
    sightings = keyword_sightings(layout, candidates, priors, table, keywords, runs, fold)
    elements = element_rollup(layout, labels, dwell, first_by_run)
    statistics = scan_statistics(layout, labels, line_index, table, x, runs)
    sample = table.run == 0
    scanpath = tuple(Fixation(float(x[i]), float(y[i]), int(pages[i]), float(table.start_ms[i]),
                              float(table.duration_ms[i]), int(line_index[i])) for i in np.flatnonzero(sample))
    key_share = sum(key_dwell.values()) / total if total > 0 else 0.0
    summary = saw_missed_text(labels, key_dwell, seen, sightings)
    return AttentionResult(budget_ms, runs, seed, mode, grids, dwell, first, seen, elements, key_dwell, key_share,
                           words, visible_words, sightings, scanpath, statistics, summary)


def _document_centres(layout: LayoutMap) -> np.ndarray:
    """Each line's centre down the whole document, pages stacked as the viewer shows them (pt)."""
    return np.array([(line.page - 1) * (layout.page_height + params.PAGE_GAP_PT) + (line.top + line.bottom) / 2
                     for line in layout.lines]).reshape(-1)


def _candidates(layout: LayoutMap, fold: Fold | None, scroll: bool, centres: np.ndarray) -> np.ndarray:
    """Indices of the lines the recruiter can see at all."""
    if fold is None:
        visible = [line.page == 1 for line in layout.lines]
    elif scroll:
        reach = fold.fold_y_pt + fold.viewer_height_pt
        visible = [line.page == 1 and fold.shows(line) or centre < reach
                   for line, centre in zip(layout.lines, centres, strict=True)]
    else:
        visible = [fold.shows(line) for line in layout.lines]
    return np.flatnonzero(np.array(visible, bool)) if layout.lines else np.zeros(0, int)


def _page_one_content(layout: LayoutMap) -> tuple[float, float]:
    first_page = layout.on_page(1) or layout.lines
    if not first_page:
        return 0.0, layout.page_height
    top = min(line.top for line in first_page)
    return top, max(max(line.bottom for line in first_page) - top, 1.0)


def _fixation_points(layout: LayoutMap, line_index: np.ndarray,
                     chars: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Page coordinates of fixations from their line and character position."""
    lines: list[LayoutLine] = list(layout.lines)
    x0 = np.array([line.x0 for line in lines])[line_index] if lines else np.zeros(0)
    x1 = np.array([line.x1 for line in lines])[line_index] if lines else np.zeros(0)
    length = np.array([max(len(line.text), 1) for line in lines])[line_index] if lines else np.ones(0)
    middle = np.array([(line.top + line.bottom) / 2 for line in lines])[line_index] if lines else np.zeros(0)
    page = np.array([line.page for line in lines])[line_index] if lines else np.zeros(0, int)
    position = np.clip(chars, 0, length - 0.5)
    return x0 + (x1 - x0) * position / length, middle, page


def _grids(layout: LayoutMap, fold: Fold | None, mode: str, x: np.ndarray, y: np.ndarray, pages: np.ndarray,
           weight: np.ndarray, candidates: np.ndarray) -> tuple[DwellGrid, ...]:
    zoom = fold.zoom if fold is not None else 1.0
    sigma_pt = params.KERNEL_PX / (zoom * PX_PER_PT)
    shape = grid_shape(layout.page_width, layout.page_height, params.CELL_PT)
    visible_pages = sorted({layout.lines[index].page for index in candidates}) or [1]
    grids = []
    for page in visible_pages:
        mask = pages == page
        visible_to = fold.fold_y_pt if mode == "first-screen" and fold is not None else layout.page_height
        if mode == "scroll":
            visible_to = _scroll_reach(layout, fold, page)
        grids.append(build_grid(page, x[mask], y[mask], weight[mask], shape, params.CELL_PT, sigma_pt, visible_to))
    return tuple(grids)


def _scroll_reach(layout: LayoutMap, fold: Fold | None, page: int) -> float:
    """How far down a page the scrolled screen reaches (pt)."""
    assert fold is not None
    reach = fold.fold_y_pt + fold.viewer_height_pt - (page - 1) * (layout.page_height + params.PAGE_GAP_PT)
    return min(max(reach, 0.0), layout.page_height)
