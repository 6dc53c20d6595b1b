"""The layout map: every rendered line of the PDF with where it sits and where it came from.

Why: the fold, the attention model, click-to-source and the ATS self-check all need to know
what is where on the page; recording it while the PDF is built means they all read the very
layout the user will export, not an estimate.

Coordinates are PDF points with the origin at the top-left corner of the page (like
pdfplumber's `top`/`bottom`), so "the fold at 502 pt" means 502 pt down from the page top.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import cached_property

from editor.model import Span


class Role(Enum):
    """What a rendered line is, as a recruiter would name it."""

    NAME = "name"
    HEADLINE = "headline"
    CONTACT = "contact"
    SECTION_HEADING = "section_heading"
    JOB_TITLE = "job_title"
    ORGANIZATION = "organization"
    DATES = "dates"
    LOCATION = "location"
    BULLET = "bullet"
    PARAGRAPH = "paragraph"
    SKILL = "skill"


@dataclass(frozen=True)
class StyleRange:
    """Characters [start, end) of a line's text that are bold and/or italic."""

    start: int
    end: int
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class LayoutLine:
    """One rendered line of text.

    `source` is the span of the source element the line belongs to; `source_offset` is where
    this line's text starts within that element's plain text (non-zero for the second and
    later lines of a wrapped bullet). `section`, `entry` and `item` index the model:
    the n-th section, the n-th entry within that section, the n-th bullet/paragraph.
    """

    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    baseline: float
    text: str
    role: Role
    font_size: float
    font_name: str
    styles: tuple[StyleRange, ...] = ()
    source: Span | None = None
    source_offset: int = 0
    section: int | None = None
    entry: int | None = None
    item: int | None = None

    @property
    def is_bold(self) -> bool:
        """True when most of the line's characters are bold."""
        bold = sum(r.end - r.start for r in self.styles if r.bold)
        return bold * 2 > len(self.text) > 0


@dataclass(frozen=True)
class LayoutMap:
    """All lines of a rendered document plus its page geometry (points)."""

    page_width: float
    page_height: float
    page_count: int
    lines: tuple[LayoutLine, ...]

    def on_page(self, page: int) -> tuple[LayoutLine, ...]:
        return tuple(line for line in self.lines if line.page == page)

    def at_point(self, page: int, x: float, y: float, slack: float = 2.0) -> LayoutLine | None:
        """The line under a point (top-left origin), for click-to-source."""
        for line in self.lines:
            if (
                line.page == page
                and line.x0 - slack <= x <= line.x1 + slack
                and line.top - slack <= y <= line.bottom + slack
            ):
                return line
        return None

    def for_source_line(self, source_line: int) -> tuple[LayoutLine, ...]:
        """The rendered lines that came from a given line of the resume text."""
        return self._by_source_line.get(source_line, ())

    @cached_property
    def _by_source_line(self) -> dict[int, tuple[LayoutLine, ...]]:
        """Every source line's rendered lines, built once: keyword placement asks for hundreds."""
        found: dict[int, list[LayoutLine]] = {}
        for line in self.lines:
            if line.source is not None:
                for number in range(line.source.line, line.source.end_line + 1):
                    found.setdefault(number, []).append(line)
        return {number: tuple(lines) for number, lines in found.items()}
