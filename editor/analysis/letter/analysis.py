"""One pass of every analysis over a cover letter: what `foldline analyze letter.md` and the app show.

Why the resume's analyses: a letter is rendered to the same kind of PDF and layout map, so the
fold, the attention model, spelling, grammar and keyword matching run on it unchanged. They
read the letter as a resume whose sections are its date, its recipient and the letter itself
(`letter_sections`), which names the parts a reader skims ("date", "recipient", "letter").
Keywords are matched in the body only: the job title in a "Re:" line answers nothing.

The report has the resume report's keys (`keywords`, `match_score`, `spelling`, `grammar`,
`findings`, `fold`, `attention`) plus the letter's own (`word_count`, `reading_time_s`,
`quantified_claims`, `body_font_size`, `pages`), under `"kind": "letter"`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from editor.analysis.attention.model import AttentionResult, predict_attention
from editor.analysis.findings import Finding, LetterFacts
from editor.analysis.keywords import KeywordReport
from editor.analysis.letter.checks import check_letter, letter_facts, match_letter_keywords
from editor.analysis.proofing.grammar import GrammarChecker, GrammarResult
from editor.analysis.proofing.spelling import Misspelling, Speller, words_in
from editor.analysis.report import GRAMMAR_NOT_SET_UP
from editor.analysis.screen.fold import Fold, FoldSummary, compute_fold, fold_summary
from editor.analysis.screen.presets import get_screen
from editor.analysis.snapshot import DEFAULT_BUDGET_S, default_speller, posting_keywords, stopwatch
from editor.formats.export.pdf_writer import RenderedPdf
from editor.formats.letter.markdown import read_letter
from editor.formats.letter.pdf_writer import build_letter_pdf
from editor.model import Header, Resume, plain
from editor.model.letter import Letter, letter_sections, missing_parts

ATTENTION_TERMS = 25  # the heaviest matched terms the attention model looks for on the page
_MARKUP = re.compile(r"[*_`]+")


@dataclass(frozen=True)
class LetterAnalysis:
    """Everything Foldline knows about a letter against a job description."""

    text: str
    letter: Letter
    resume: Resume  # the letter as the resume analyses read it
    pdf: RenderedPdf
    fold: Fold
    fold_summary: FoldSummary
    keywords: KeywordReport
    attention: AttentionResult
    findings: list[Finding]
    misspellings: list[Misspelling]
    facts: LetterFacts
    grammar: GrammarResult = GRAMMAR_NOT_SET_UP
    timings_ms: dict[str, float] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """The report `foldline analyze letter.md --json` prints."""
        keywords = self.keywords.as_dict()
        covered = {message for _, message in missing_parts(self.letter)}
        problems = [p for p in self.letter.problems if p.message.split(": ", 1)[-1] not in covered]
        return {
            "kind": "letter",
            "name": self.letter.header.name,
            "problems": [{"line": p.line, "severity": p.severity.value, "message": p.message} for p in problems],
            "keywords": keywords["keywords"],
            "match_score": keywords["match_score"] if self.keywords.terms else None,
            "spelling": [misspelling.as_dict() for misspelling in self.misspellings],
            "grammar": self.grammar.as_dict(),
            "findings": [finding.as_dict() for finding in self.findings],
            "fold": self.fold_summary.as_dict(),
            "attention": self.attention.as_dict(),
            **self.facts.as_dict(),
        }


def analyse_letter(
    text: str,
    jd_text: str = "",
    screen_id: str | None = None,
    template: str | None = None,
    paper: str | None = None,
    *,
    sender: Header | None = None,
    speller: Speller | None = None,
    grammar: GrammarChecker | None = None,
    budget_s: float = DEFAULT_BUDGET_S,
) -> LetterAnalysis:
    """Read, render and analyse a letter; `sender` is the letterhead to use when the letter has none
    (the resume's header, from the front matter's `resume:`). Raises FormatError/KeyError for an
    unknown template, paper or screen."""
    timings: dict[str, float] = {}
    lap = stopwatch(timings)
    letter = read_letter(text)
    if sender is not None and not letter.header.name.strip():
        letter = replace(letter, header=sender)
    resume = Resume(letter.header, letter_sections(letter), letter.settings)
    lap("parse")
    pdf = build_letter_pdf(letter, template, paper)
    lap("pdf")
    fold = compute_fold(get_screen(screen_id), pdf.layout.page_width, pdf.layout.page_height)
    summary = fold_summary(pdf.layout, fold, resume)
    lap("fold")
    keywords = match_letter_keywords(letter, text, posting_keywords(jd_text))
    lap("keywords")
    terms = _terms_as_written(keywords, text)
    attention = predict_attention(pdf.layout, fold, resume, keywords=terms, budget_ms=budget_s * 1000)
    lap("attention")
    findings = check_letter(letter, text, pdf.layout, keywords)
    lap("rules")
    known = words_in(jd_text) | words_in(" ".join(plain(line.text) for line in letter.recipient))
    misspellings = (speller or default_speller()).check(text, resume, known)
    lap("spelling")
    checked = grammar.check(resume, text) if grammar is not None else GRAMMAR_NOT_SET_UP
    lap("grammar")
    facts = letter_facts(letter, pdf.layout)
    return LetterAnalysis(
        text, letter, resume, pdf, fold, summary, keywords, attention, findings, misspellings, facts, checked, timings
    )


def _terms_as_written(report: KeywordReport, text: str) -> list[str]:
    """The matched terms in the letter's own wording (what the attention model finds on the page)."""
    lines = text.split("\n")
    heaviest = {result.keyword.term for result in report.terms[:ATTENTION_TERMS]}
    written: dict[str, str] = {}
    for highlight in report.resume_highlights:
        if highlight.term in heaviest and 1 <= highlight.line <= len(lines):
            word = _MARKUP.sub("", lines[highlight.line - 1][highlight.start_column : highlight.end_column]).strip()
            written.setdefault(word.casefold(), word)
    return list(written.values())


def letter_report(
    text: str,
    jd_text: str = "",
    *,
    screen_id: str | None = None,
    template: str | None = None,
    paper: str | None = None,
    sender: Header | None = None,
    languagetool_url: str | None = None,
) -> dict[str, Any]:
    """The `analyze --json` object for a letter (grammar only with a LanguageTool server)."""
    checker = GrammarChecker(server_url=languagetool_url) if languagetool_url else None
    try:
        analysis = analyse_letter(text, jd_text, screen_id, template, paper, sender=sender, grammar=checker)
    finally:
        if checker is not None:
            checker.close()
    return analysis.as_dict()


def format_letter_report(report: dict[str, Any]) -> str:
    """The letter report as text a person reads in a terminal."""
    minutes, seconds = divmod(round(report["reading_time_s"]), 60)
    lines = [
        f"Cover letter: {report['name'] or '(no name)'} · {report['pages']} page(s) · {report['word_count']} words "
        f"(~{minutes} min {seconds:02d} s to read) · {report['quantified_claims']} sentence(s) with numbers",
        "",
        report["fold"]["text"],
        "",
        report["attention"]["summary"],
        "",
    ]
    if report["match_score"] is not None:
        used = [k["term"] for k in report["keywords"] if k["matched"]]
        lines.append(f"Job terms used in the letter: {', '.join(used) if used else 'none'}")
        lines.append("")
    findings = report["findings"] + report["problems"]
    lines.append(f"Checks: {len(findings)} finding(s), {len(report['spelling'])} possible misspelling(s)")
    for finding in sorted(findings, key=lambda f: f["line"]):
        where = f"line {finding['line']}: " if finding["line"] else ""
        message = finding["message"].split(": ", 1)[-1] if finding.get("rule") is None else finding["message"]
        lines.append(f"  [{finding['severity']}] {where}{message}")
    for word in report["spelling"]:
        suggestions = ", ".join(word["suggestions"][:3])
        lines.append(f"  [spelling] line {word['line']}: {word['word']}" + (f" → {suggestions}" if suggestions else ""))
    lines.append(f"Grammar: {report['grammar']['status']}")
    return "\n".join(lines) + "\n"
