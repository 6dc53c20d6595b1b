"""The work the live pipeline runs off the UI thread: analyse, then rasterise the pages.

Everything here runs on the worker thread and returns plain results; the UI thread only
swaps them in. Rasterising here (QtPdf and QImage need no widgets) keeps painting cheap.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QImage

from editor.analysis.snapshot import Analysis, AnalysisRequest, analyse
from editor.ui.page_raster import rasterize_pages

PIXELS_PER_POINT = 2.0  # sharp on HiDPI in the screen view and in the all-pages view


@dataclass(frozen=True)
class LiveResult:
    analysis: Analysis
    pages: list[QImage]


def run_live_analysis(request: AnalysisRequest) -> LiveResult:
    analysis = analyse(request)
    pages = rasterize_pages(analysis.pdf.data, PIXELS_PER_POINT)
    return LiveResult(analysis, pages)
