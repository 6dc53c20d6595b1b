"""One pass of every analysis over a snapshot of the resume text: what the app and CLI show.

Why one function: the live preview, `foldline analyze` and `foldline heatmap` must agree, so
they all call `analyse` and differ only in how they display its result. It is pure (no Qt,
no files) and safe to run on a worker thread; caches are keyed by their inputs.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from editor.analysis.attention.model import AttentionResult, predict_attention
from editor.analysis.findings import Finding, LetterFacts
from editor.analysis.keywords import (
    FoldPlacement,
    Keyword,
    KeywordReport,
    extract_keywords,
    keywords_above_fold,
    match_keywords,
)
from editor.analysis.proofing.spelling import Misspelling, Speller, words_in
from editor.analysis.rules import check_resume
from editor.analysis.screen.fold import Fold, FoldSummary, compute_fold, fold_summary
from editor.analysis.screen.presets import get_screen
from editor.formats.export.pdf_writer import RenderedPdf, build_pdf
from editor.formats.markdown.language import ENGLISH, DocumentLanguage, document_language
from editor.formats.markdown.reader import read_markdown
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
    keywords: KeywordReport
    placement: FoldPlacement
    attention: AttentionResult
    findings: list[Finding]
    misspellings: list[Misspelling]
    timings_ms: dict[str, float] = field(default_factory=dict)
    letter_facts: LetterFacts | None = None  # set when the text is a cover letter
    language: DocumentLanguage = ENGLISH  # the text's language, which spelling was checked in


@lru_cache(maxsize=4)
def posting_keywords(jd_text: str) -> tuple[Keyword, ...]:
    """The posting's terms; cached because the job description rarely changes while typing."""
    return tuple(extract_keywords(jd_text))


def _terms_as_written(report: KeywordReport, limit: int = 25) -> list[str]:
    """The heaviest matched terms in the resume's own wording (what the eye meets on the page)."""
    seen: dict[str, str] = {}
    for result in report.terms[:limit]:
        for occurrence in result.occurrences:
            written = occurrence.text.replace("**", "").replace("__", "").strip("*_ ")
            seen.setdefault(written.casefold(), written)
    return list(seen.values())


class Superseded(Exception):
    """Raised between the steps of an analysis nobody will look at any more (a newer one is waiting)."""


def stopwatch(timings: dict[str, float], superseded: Callable[[], bool] | None = None) -> Callable[[str], None]:
    """`lap(name)` records the ms since the previous lap (or since this call) under `name`,
    then raises `Superseded` if `superseded()` says the work is no longer wanted."""
    clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[name] = round((now - clock) * 1000, 2)
        clock = now
        if superseded is not None and superseded():
            raise Superseded(name)

    return lap


_default_speller: Speller | None = None


def default_speller() -> Speller:
    """A speller without a personal dictionary, for the command line."""
    global _default_speller  # noqa: PLW0603 - one lazily built dictionary per process
    if _default_speller is None:
        _default_speller = Speller()
    return _default_speller


def analyse(
    request: AnalysisRequest, speller: Speller | None = None, superseded: Callable[[], bool] | None = None
) -> Analysis:
    """Parse, render and analyse; raises FormatError/KeyError for unknown template or screen, and
    `Superseded` between steps once `superseded()` is true."""
    timings: dict[str, float] = {}
    lap = stopwatch(timings, superseded)
    resume = request.resume or read_markdown(request.text)
    lap("parse")
    pdf = build_pdf(resume, request.template, request.paper)
    lap("pdf")
    fold = compute_fold(get_screen(request.screen_id), pdf.layout.page_width, pdf.layout.page_height)
    summary = fold_summary(pdf.layout, fold, resume)
    lap("fold")
    report = match_keywords(resume, request.text, posting_keywords(request.jd_text))
    keywords = _terms_as_written(report)
    placement = keywords_above_fold(report, pdf.layout, fold.fold_y_pt)
    lap("keywords")
    attention = predict_attention(pdf.layout, fold, resume, keywords=keywords, budget_ms=request.budget_s * 1000)
    lap("attention")
    findings = check_resume(resume, request.text, pdf.layout, fold.fold_y_pt, keywords)
    lap("rules")
    language = document_language(request.text, resume.settings)
    misspellings = (speller or default_speller()).check(
        request.text, resume, words_in(request.jd_text), language=language.code
    )
    lap("spelling")
    return Analysis(
        request,
        resume,
        pdf,
        fold,
        summary,
        report,
        placement,
        attention,
        findings,
        misspellings,
        timings,
        language=language,
    )
