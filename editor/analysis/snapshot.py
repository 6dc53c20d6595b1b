"""One pass of every analysis over a snapshot of the resume text: what the app and CLI show.

Why one function: the live preview, `foldline analyze` and `foldline heatmap` must agree, so
they all call `analyse` and differ only in how they display its result. It is pure (no Qt,
no files) and safe to run on a worker thread; caches are keyed by their inputs.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from editor.analysis.fold import Fold, FoldSummary, compute_fold, fold_summary
from editor.analysis.screens import get_screen
from editor.formats.markdown_reader import read_markdown
from editor.formats.pdf_writer import RenderedPdf, build_pdf
from editor.model import Resume

DEFAULT_BUDGET_S = 7.4


@dataclass(frozen=True)
class AnalysisRequest:
    """The inputs of one analysis: a snapshot, never a live document."""

    text: str
    jd_text: str = ""
    screen_id: str | None = None
    template: str | None = None
    paper: str | None = None
    budget_s: float = DEFAULT_BUDGET_S
    resume: Resume | None = None  # when the caller already has a model (e.g. an imported file)


@dataclass(frozen=True)
class Analysis:
    request: AnalysisRequest
    resume: Resume
    pdf: RenderedPdf
    fold: Fold
    fold_summary: FoldSummary
    timings_ms: dict[str, float] = field(default_factory=dict)


def analyse(request: AnalysisRequest) -> Analysis:
    """Parse, render and analyse; raises FormatError/KeyError for unknown template or screen."""
    timings: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[name] = round((now - clock) * 1000, 2)
        clock = now

    resume = request.resume or read_markdown(request.text)
    lap("parse")
    pdf = build_pdf(resume, request.template, request.paper)
    lap("pdf")
    fold = compute_fold(get_screen(request.screen_id), pdf.layout.page_width, pdf.layout.page_height)
    summary = fold_summary(pdf.layout, fold, resume)
    lap("fold")
    return Analysis(request, resume, pdf, fold, summary, timings)
