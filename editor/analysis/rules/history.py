"""Rules about the work history: dates a recruiter can read, in the order they expect, without holes."""

from __future__ import annotations

from collections.abc import Iterator

from editor.analysis.findings import Finding
from editor.analysis.rules.context import Job, Rule, RuleContext, RuleInfo, month_name
from editor.model import Severity

GAP_MONTHS = 6

EMPLOYMENT_GAP = RuleInfo(
    "employment-gap",
    "Gap of more than six months between jobs",
    Severity.WARNING,
    "Recruiters read the dates column in a skim and notice a gap over six months; a one-line reason (study, "
    "caregiving, a career break) answers the question before it is asked.",
)
DATES_UNRECOGNISED = RuleInfo(
    "dates-unrecognised",
    "Job dates not recognised",
    Severity.WARNING,
    "Current and previous dates are among the six things recruiters look at first, and applicant tracking "
    "systems need them in a standard form such as “Mar 2021 – Present”.",
)
NOT_REVERSE_CHRONOLOGICAL = RuleInfo(
    "not-reverse-chronological",
    "Jobs not listed most recent first",
    Severity.WARNING,
    "Recruiters expect the current job at the top of the experience section; anything else makes them hunt for it.",
)


def check_employment_gap(context: RuleContext) -> Iterator[Finding]:
    dated = sorted(
        ((job.start, job.end, job) for job in context.jobs if job.start is not None and job.end is not None),
        key=lambda item: item[:2],
    )
    covered_until: int | None = None
    for start, end, job in dated:
        if covered_until is not None and start - covered_until - 1 > GAP_MONTHS:
            yield EMPLOYMENT_GAP.finding(
                f"{start - covered_until - 1}-month gap between {month_name(covered_until)} and "
                f"{month_name(start)}, before {job.label}; add a one-line reason",
                job.line,
            )
        covered_until = end if covered_until is None else max(covered_until, end)


def check_dates_unrecognised(context: RuleContext) -> Iterator[Finding]:
    for job in context.jobs:
        if job.start is None:
            yield DATES_UNRECOGNISED.finding(
                f"No dates recognised for {job.label}; write them like “Mar 2021 – Present”", job.line
            )


def check_order(context: RuleContext) -> Iterator[Finding]:
    previous: Job | None = None
    for job in context.jobs:
        if job.start is None:
            continue
        if previous is not None and previous.section_index == job.section_index and _later(job, previous):
            yield NOT_REVERSE_CHRONOLOGICAL.finding(
                f"{job.label} is more recent than the job above it; list the most recent job first", job.line
            )
            return
        previous = job


def _later(job: Job, previous: Job) -> bool:
    """True when `job` ended after `previous` (or ended together and started later)."""
    return (job.end or 0, job.start or 0) > (previous.end or 0, previous.start or 0)


RULES = (
    Rule(EMPLOYMENT_GAP, check_employment_gap),
    Rule(DATES_UNRECOGNISED, check_dates_unrecognised),
    Rule(NOT_REVERSE_CHRONOLOGICAL, check_order),
)
