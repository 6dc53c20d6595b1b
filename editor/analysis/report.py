"""The analysis report: one JSON-able object gathering every check (`foldline analyze`).

The key names are a stable contract (docs/architecture.md, "Budgets and stable contracts"): scripts read them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from editor.analysis.excerpt import excerpt
from editor.analysis.proofing.grammar import GrammarChecker, GrammarResult
from editor.analysis.rules.priority import fix_first, group_findings
from editor.analysis.snapshot import Analysis, AnalysisRequest, analyse
from editor.formats.markdown.lines import split_lines
from editor.model import Problem, Resume

# pdfplumber costs about 0.2 ms a character (ats.py); past this many pages only pypdf reads the PDF back.
FULL_ATS_PAGES = 10
GRAMMAR_NOT_SET_UP = GrammarResult(False, "LanguageTool is not set up (pass --languagetool URL to use a server)", ())


def build_report(
    resume: Resume,
    text: str,
    jd_text: str = "",
    *,
    screen_id: str | None = None,
    template: str | None = None,
    paper: str | None = None,
    languagetool_url: str | None = None,
    import_notes: Sequence[Problem] = (),
) -> dict[str, Any]:
    """Everything Foldline knows about a resume against a job description; `import_notes` are what
    the import of a PDF, Word or JSON file had to guess or repair (the converted `text` hides them)."""
    analysis = analyse(
        AnalysisRequest(text=text, jd_text=jd_text, screen_id=screen_id, template=template, paper=paper, resume=resume)
    )
    grammar = GRAMMAR_NOT_SET_UP
    if languagetool_url:
        checker = GrammarChecker(server_url=languagetool_url)
        try:
            grammar = checker.check(resume, text)
        finally:
            checker.close()
    return report_from(analysis, grammar, import_notes)


def report_from(
    analysis: Analysis, grammar: GrammarResult = GRAMMAR_NOT_SET_UP, import_notes: Sequence[Problem] = ()
) -> dict[str, Any]:
    """The report of an analysis that has already run (the app's live one, for instance)."""
    from editor.analysis.ats import check_ats

    resume = analysis.resume
    keywords = analysis.keywords.as_dict()
    ats = check_ats(resume, analysis.pdf.data, quick=analysis.pdf.layout.page_count > FULL_ATS_PAGES)
    groups = group_findings(analysis.findings)
    lines = split_lines(analysis.request.text)
    return {
        "name": resume.header.name,
        "pages": analysis.pdf.layout.page_count,
        "problems": _entries(resume.problems),
        "keywords": keywords["keywords"],
        "match_score": keywords["match_score"] if analysis.keywords.terms else None,
        "keywords_above_fold": analysis.placement.as_dict(),
        "spelling": [misspelling.as_dict() for misspelling in analysis.misspellings],
        "language": analysis.language.as_dict(),
        "grammar": grammar.as_dict(),
        "findings": [{**finding.as_dict(), "excerpt": excerpt(lines, finding)} for finding in analysis.findings],
        "finding_groups": [group.as_dict() for group in groups],
        "fix_first": [group.rule for group in fix_first(groups)],
        "fold": analysis.fold_summary.as_dict(),
        "attention": analysis.attention.as_dict(),
        "ats": ats.as_dict(),
        "import_notes": _entries(import_notes),
    }


def _entries(problems: Sequence[Problem]) -> list[dict[str, Any]]:
    return [{"line": p.line, "severity": p.severity.value, "message": p.message} for p in problems]


def format_report(report: dict[str, Any]) -> str:
    """The report as text a person reads in a terminal."""
    lines = [f"Resume: {report['name'] or '(no name)'} · {report['pages']} page(s)", ""]
    lines += [report["fold"]["text"], "", report["attention"]["summary"], ""]
    if report["match_score"] is not None:
        matched = [k for k in report["keywords"] if k["matched"]]
        lines.append(f"Keyword match {report['match_score']}/100 ({len(matched)} of {len(report['keywords'])} terms)")
        for keyword in report["keywords"]:
            mark = "✓" if keyword["matched"] else "✗"
            suggestion = f"  — {keyword['suggestion']}" if keyword.get("suggestion") else ""
            lines.append(f"  {mark} {keyword['term']} ({keyword['weight']:.1f}){suggestion}")
        lines.append("")
    lines += _format_checks(report)
    for word in report["spelling"]:
        suggestions = ", ".join(word["suggestions"][:3])
        lines.append(f"  [spelling] line {word['line']}: {word['word']}" + (f" → {suggestions}" if suggestions else ""))
    lines.append(f"Grammar: {report['grammar']['status']}")
    ats = report["ats"]
    if ats:
        lines.append(f"ATS read-back: {'ok' if ats.get('ok') else 'problems found'}")
        lines += [f"  [{f['severity']}] {f['message']}" for f in ats.get("findings", [])]
    return "\n".join(lines) + "\n"


def _format_checks(report: dict[str, Any]) -> list[str]:
    """The findings grouped by rule, costliest first: the three to fix first, then the rest."""
    groups = report["finding_groups"]
    problems = report["problems"]
    total = sum(group["count"] for group in groups) + len(problems)
    lines = [f"Checks: {total} finding(s), {len(report['spelling'])} possible misspelling(s)"]
    if not report["language"]["spelling_checked"]:
        lines.append(f"  spelling not checked: no dictionary for language {report['language']['code']}")
    by_rule: dict[str, list[dict[str, Any]]] = {}
    for finding in report["findings"]:
        by_rule.setdefault(finding["rule"], []).append(finding)
    first = [group for group in groups if group["rule"] in report["fix_first"]]
    rest = [group for group in groups if group["rule"] not in report["fix_first"]]
    for heading, part in (("Fix these first:", first), ("Then, by what costs most in a skim:", rest)):
        if part:
            lines.append(f"  {heading}")
        for rank, group in enumerate(part, 1):
            mark = f"{rank}." if part is first else "-"
            lines.append(f"    {mark} [{group['severity']}] {group['summary']}{_where(group['lines'])}")
            findings = by_rule.get(group["rule"], [])
            if len(findings) > 1:
                lines += [f"         {_row(finding)}" for finding in findings]
    for problem in problems:
        where = f"line {problem['line']}: " if problem["line"] else ""
        lines.append(f"  [{problem['severity']}] {where}{problem['message']}")
    return lines


def _row(finding: dict[str, Any]) -> str:
    """A finding under its rule's group: its line and words (the group already says the message)."""
    if finding["excerpt"]:
        return f"line {finding['line']}: “{finding['excerpt']}”"
    return f"line {finding['line']}: {finding['message']}" if finding["line"] else finding["message"]


def _where(numbers: list[int]) -> str:
    """ " (line 12)" or " (lines 12, 14, 19, …)" for a group's lines."""
    shown = [str(number) for number in sorted(set(numbers)) if number > 0]
    if not shown:
        return ""
    if len(shown) == 1:
        return f" (line {shown[0]})"
    return f" (lines {', '.join(shown[:8])}{', …' if len(shown) > 8 else ''})"
