"""Rules about the rendered page: what fits on the recruiter's first screen, and how it reads there."""

from __future__ import annotations

from collections.abc import Iterator

from editor.analysis.findings import Finding
from editor.analysis.rules.context import Job, Rule, RuleContext, RuleInfo, experience_months, keyword_pattern
from editor.analysis.screen.fold import VISIBLE_LINE_SHARE
from editor.model import SectionKind, Severity
from editor.render.layout import LayoutLine, Role

SMALLEST_FONT_PT = 9.0
JUNIOR_YEARS = 5
TOP_KEYWORDS = 5

SMALL_FONT = RuleInfo(
    "small-font",
    "Text smaller than 9 pt",
    Severity.WARNING,
    "Recruiters read resumes on screens, often zoomed out to fit the page; under 9 pt text blurs and looks crammed.",
)
TOO_LONG = RuleInfo(
    "too-long",
    "More pages than the experience warrants",
    Severity.WARNING,
    "Recruiters expect one page under about five years of experience and two at most after that (academic CVs "
    "aside); later pages are rarely read.",
)
BELOW_FOLD = RuleInfo(
    "key-facts-below-fold",
    "Key facts below the fold",
    Severity.WARNING,
    "A recruiter decides from the first screen: your current title, its dates and the job's top keywords must show "
    "before they scroll.",
)


def check_small_font(context: RuleContext) -> Iterator[Finding]:
    if context.layout is None:
        return
    smallest: dict[int, float] = {}
    for line in context.layout.lines:
        if line.text.strip() and line.font_size < SMALLEST_FONT_PT - 0.05:
            number = line.source.line if line.source is not None else 0
            smallest[number] = min(line.font_size, smallest.get(number, line.font_size))
    for number, size in sorted(smallest.items()):
        yield SMALL_FONT.finding(f"Set in {size:g} pt; keep all text at {SMALLEST_FONT_PT:g} pt or larger", number)


def check_too_long(context: RuleContext) -> Iterator[Finding]:
    if context.layout is None:
        return
    pages = context.layout.page_count
    years = experience_months(context.jobs) / 12
    if pages > 2 and not context.sections_of(SectionKind.PUBLICATIONS):
        yield TOO_LONG.finding(
            f"{pages} pages; keep a resume to two pages unless it is an academic CV", context.name_line
        )
    elif pages > 1 and years < JUNIOR_YEARS:
        yield TOO_LONG.finding(
            f"{pages} pages for {years:.0f} years of experience; under {JUNIOR_YEARS} years recruiters expect one page",
            context.name_line,
        )


def check_below_fold(context: RuleContext) -> Iterator[Finding]:
    if context.layout is None or context.fold_y_pt is None:
        return
    fold = context.fold_y_pt
    current = _current_job(context.jobs)
    if current is not None:
        for role, what in ((Role.JOB_TITLE, "current job title"), (Role.DATES, "current job's dates")):
            lines = [line for line in context.layout.lines if line.role is role and _belongs(line, current)]
            if lines and not any(_shows(line, fold) for line in lines):
                yield BELOW_FOLD.finding(
                    f"Your {what} ({lines[0].text.strip()}) is below the fold: the recruiter must scroll to see it",
                    current.line,
                )
    for term in context.keywords[:TOP_KEYWORDS]:
        pattern = keyword_pattern(term)
        lines = [line for line in context.layout.lines if pattern.search(line.text)]
        if lines and not any(_shows(line, fold) for line in lines):
            source = next((line.source.line for line in lines if line.source is not None), 0)
            yield BELOW_FOLD.finding(
                f"“{term}”, one of the job's top keywords, first shows below the fold; mention it higher up", source
            )


def _current_job(jobs: list[Job]) -> Job | None:
    """The job marked "Present", else the one that ended last."""
    dated = [job for job in jobs if job.end is not None]
    current = [job for job in jobs if job.entry.dates is not None and job.entry.dates.present]
    if current:
        return current[0]
    return max(dated, key=lambda job: job.end or 0) if dated else (jobs[0] if jobs else None)


def _belongs(line: LayoutLine, job: Job) -> bool:
    if line.section is not None and line.entry is not None:
        return (line.section, line.entry) == (job.section_index, job.entry_index)
    return line.source is not None and line.source.line == job.line


def _shows(line: LayoutLine, fold_y_pt: float) -> bool:
    """Most of the line is on page 1 above the fold (the same test as the fold summary)."""
    height = line.bottom - line.top
    return line.page == 1 and line.bottom - (1 - VISIBLE_LINE_SHARE) * height <= fold_y_pt


RULES = (
    Rule(SMALL_FONT, check_small_font),
    Rule(TOO_LONG, check_too_long),
    Rule(BELOW_FOLD, check_below_fold),
)
