"""The work the live pipeline runs off the UI thread: analyse, then rasterise the pages.

Everything here runs on the worker thread and returns plain results; the UI thread only
swaps them in. Rasterising here (QtPdf and QImage need no widgets) keeps painting cheap.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtGui import QImage

from editor.analysis.heatmap import heat_rgba
from editor.analysis.snapshot import Analysis, AnalysisRequest, analyse
from editor.analysis.spelling import Speller
from editor.ui.page_raster import rasterize_pages
from editor.ui.recruiter_screen import Fixation

PIXELS_PER_POINT = 2.0  # page 1: sharp on HiDPI in the screen view and in the all-pages view
OTHER_PAGES_PIXELS_PER_POINT = 1.25  # later pages appear only in the all-pages view, smaller


@dataclass(frozen=True)
class LiveResult:
    analysis: Analysis
    pages: list[QImage]
    heat: QImage | None


def run_live_analysis(request: AnalysisRequest, speller: Speller | None = None) -> LiveResult:
    analysis = analyse(request, speller)
    heat = heat_image(analysis)
    first = rasterize_pages(analysis.pdf.data, PIXELS_PER_POINT, range(1))
    rest = rasterize_pages(analysis.pdf.data, OTHER_PAGES_PIXELS_PER_POINT, range(1, analysis.pdf.layout.page_count))
    return LiveResult(analysis, first + rest, heat)


def heat_image(analysis: Analysis) -> QImage | None:
    """Page 1's dwell grid as a transparent overlay image (one pixel per point), or None."""
    grid = analysis.attention.grid(1)
    if grid is None:
        return None
    width, height = round(grid.width_pt), round(grid.height_pt)
    rgba = np.ascontiguousarray(heat_rgba(grid, width, height))
    return QImage(rgba.data, width, height, width * 4, QImage.Format.Format_RGBA8888).copy()


def scanpath_fixations(analysis: Analysis) -> list[Fixation]:
    """The sample scanpath of the attention model, for the skim replay."""
    return [Fixation(f.page, f.x_pt, f.y_pt, f.start_ms, f.duration_ms) for f in analysis.attention.scanpath]
