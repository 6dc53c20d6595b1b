"""The work the live pipeline runs off the UI thread: analyse, then rasterise the pages.

Everything here runs on the worker thread and returns plain results; the UI thread only
swaps them in. Rasterising here (QtPdf and QImage need no widgets) keeps painting cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PySide6.QtGui import QImage

from editor.analysis.attention.heatmap import heat_rgba
from editor.analysis.keywords import keywords_above_fold
from editor.analysis.letter.analysis import analyse_letter
from editor.analysis.proofing.spelling import Speller
from editor.analysis.snapshot import Analysis, AnalysisRequest, Superseded, analyse
from editor.formats.errors import FormatError
from editor.formats.letter.lines import is_letter
from editor.formats.registry import MAX_TEXT_BYTES
from editor.ui.page_raster import rasterize_pages
from editor.ui.recruiter_screen import Fixation

HEAT_PIXELS_PER_POINT = 0.5  # the overlay is smooth by nature; the painter scales it up


@dataclass(frozen=True)
class LiveRequest:
    """A snapshot for the worker: what to analyse and how sharp the page images must be."""

    analysis: AnalysisRequest
    pixels_per_point: float = 1.5
    all_pages: bool = False


@dataclass(frozen=True)
class LiveResult:
    analysis: Analysis
    pages: list[QImage]
    heat: QImage | None
    all_pages: bool = False


def run_live_analysis(
    request: LiveRequest, speller: Speller | None = None, superseded: Callable[[], bool] | None = None
) -> LiveResult:
    """Analyse, then rasterise page 1 (every page for the all-pages view) at the displayed scale.

    Raises `Superseded` between steps once `superseded()` says a newer request is waiting, and
    FormatError at once for a text larger than any file Foldline would open (a runaway paste).
    """
    size = len(request.analysis.text)
    if size > MAX_TEXT_BYTES:
        raise FormatError(f"the text is {size / 1e6:.1f} million characters, too long to analyse; is it a resume?")
    analysis = _analyse(request.analysis, speller, superseded)
    if superseded is not None and superseded():
        raise Superseded("rasterise")
    heat = heat_image(analysis)
    pages = range(analysis.pdf.layout.page_count if request.all_pages else 1)
    return LiveResult(
        analysis, rasterize_pages(analysis.pdf.data, request.pixels_per_point, pages), heat, request.all_pages
    )


def _analyse(request: AnalysisRequest, speller: Speller | None, superseded: Callable[[], bool] | None) -> Analysis:
    """A resume analysis, or a cover letter's in the same shape so the window shows either."""
    if request.resume is not None or not is_letter(request.text):
        return analyse(request, speller, superseded)
    letter = analyse_letter(
        request.text,
        request.jd_text,
        request.screen_id,
        request.template,
        request.paper,
        speller=speller,
        budget_s=request.budget_s,
    )
    placement = keywords_above_fold(letter.keywords, letter.pdf.layout, letter.fold.fold_y_pt)
    return Analysis(
        request,
        letter.resume,
        letter.pdf,
        letter.fold,
        letter.fold_summary,
        letter.keywords,
        placement,
        letter.attention,
        letter.findings,
        letter.misspellings,
        letter.timings_ms,
        letter.facts,
    )


def heat_image(analysis: Analysis) -> QImage | None:
    """Page 1's dwell grid as a small transparent overlay image, or None."""
    grid = analysis.attention.grid(1)
    if grid is None:
        return None
    width, height = round(grid.width_pt * HEAT_PIXELS_PER_POINT), round(grid.height_pt * HEAT_PIXELS_PER_POINT)
    rgba = np.ascontiguousarray(heat_rgba(grid, width, height))
    return QImage(rgba.data, width, height, width * 4, QImage.Format.Format_RGBA8888).copy()


def scanpath_fixations(analysis: Analysis) -> list[Fixation]:
    """The sample scanpath of the attention model, for the skim replay."""
    return [Fixation(f.page, f.x_pt, f.y_pt, f.start_ms, f.duration_ms) for f in analysis.attention.scanpath]
