"""What every recruiter rule reads: the resume, its text, the layout, and a few shared questions.

A rule is a `RuleInfo` (stable id, title, severity, the one-line why) plus a function from a
`RuleContext` to findings. Rules live in this package's modules by theme (`header`, `writing`,
`history`, `layout`); `rules/__init__.py` gathers them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache, cached_property

from editor.analysis.findings import Finding, QuickFix
from editor.analysis.proofing.prose import ProseText, prose_texts
from editor.model import Entry, PartialDate, Resume, Section, SectionKind, Severity
from editor.render.layout import LayoutMap

_SECTION_HEADING = re.compile(r"##(?!#)\s")


@dataclass(frozen=True)
class RuleInfo:
    """A rule as the checks panel lists it."""

    id: str
    title: str
    severity: Severity
    why: str

    def finding(
        self, message: str, line: int, column: int = 0, end_column: int | None = None, fix: QuickFix | None = None
    ) -> Finding:
        return Finding(self.id, self.severity, message, line, column, end_column, self.why, fix)


@dataclass(frozen=True)
class Rule:
    info: RuleInfo
    check: Callable[[RuleContext], Iterable[Finding]]


@dataclass(frozen=True)
class Job:
    """An experience entry with its place in the model and its dates as month numbers."""

    section_index: int
    entry_index: int
    entry: Entry
    start: int | None  # months since year 0 (year * 12 + month - 1)
    end: int | None  # the last month worked; today's month for a current job

    @property
    def line(self) -> int:
        span = self.entry.span or self.entry.field_spans.get("title")
        return span.line if span is not None else 0

    @property
    def label(self) -> str:
        return " at ".join(part for part in (self.entry.title, self.entry.organization) if part) or "this job"


@dataclass
class RuleContext:
    """Everything the rules look at; derived views are computed once, on first use."""

    resume: Resume
    text: str
    layout: LayoutMap | None = None
    fold_y_pt: float | None = None
    keywords: tuple[str, ...] = ()
    today: date = field(default_factory=date.today)

    @cached_property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    @cached_property
    def prose(self) -> list[ProseText]:
        return prose_texts(self.resume, self.text)

    @cached_property
    def body_start(self) -> int:
        """The first line after the front matter (1-based)."""
        if not self.lines or self.lines[0].strip() != "---":
            return 1
        closing = next(
            (number for number, line in enumerate(self.lines[1:], 2) if line.strip() in ("---", "...")), None
        )
        return closing + 1 if closing is not None else 1

    @cached_property
    def header_lines(self) -> range:
        """Lines of the name, headline and contact block."""
        span = self.resume.header.span
        if span is not None:
            return range(span.line, span.end_line + 1)
        end = next(
            (
                number
                for number in range(self.body_start, len(self.lines) + 1)
                if _SECTION_HEADING.match(self.lines[number - 1])
            ),
            len(self.lines) + 1,
        )
        return range(self.body_start, end)

    @cached_property
    def name_line(self) -> int:
        span = self.resume.header.name_span
        return span.line if span is not None else self.body_start

    @cached_property
    def jobs(self) -> list[Job]:
        """Experience entries in document order."""
        this_month = month_number(PartialDate(self.today.year, self.today.month), last=True)
        found = []
        for section_index, section in enumerate(self.resume.sections):
            if section.kind is not SectionKind.EXPERIENCE:
                continue
            for entry_index, entry in enumerate(section.entries):
                start = end = None
                if entry.dates is not None and entry.dates.start is not None:
                    start = month_number(entry.dates.start, last=False)
                    if entry.dates.present:
                        end = this_month
                    else:
                        end = month_number(entry.dates.end or entry.dates.start, last=True)
                found.append(Job(section_index, entry_index, entry, start, end))
        return found

    def line_text(self, number: int) -> str:
        return self.lines[number - 1] if 1 <= number <= len(self.lines) else ""

    def body_lines(self) -> Iterator[tuple[int, str]]:
        """Numbered lines after the front matter."""
        for number in range(self.body_start, len(self.lines) + 1):
            yield number, self.lines[number - 1]

    def sections_of(self, kind: SectionKind) -> list[Section]:
        return [section for section in self.resume.sections if section.kind is kind]


def month_number(value: PartialDate, last: bool) -> int:
    """Months since year 0; a date without a month counts as January, or December when `last`."""
    month = value.month if value.month is not None else (12 if last else 1)
    return value.year * 12 + month - 1


def month_name(number: int) -> str:
    year, month = divmod(number, 12)
    return f"{date(year or 1, month + 1, 1):%b} {year}"


def experience_months(jobs: Iterable[Job]) -> int:
    """Months covered by at least one dated job (overlapping jobs count once)."""
    spans = sorted((job.start, job.end) for job in jobs if job.start is not None and job.end is not None)
    total, covered_until = 0, -1
    for start, end in spans:
        if end > covered_until:
            total += end - max(start, covered_until + 1) + 1
            covered_until = end
    return total


@cache
def keyword_pattern(term: str) -> re.Pattern[str]:
    """A job keyword as a whole-word, any-case pattern that also works for "C++" and "CI/CD"."""
    body = r"\s+".join(re.escape(part) for part in term.split())
    return re.compile(rf"(?<![\w+#]){body}(?![\w+#])", re.IGNORECASE)
