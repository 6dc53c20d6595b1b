"""The fold: how much of page 1 a recruiter's screen shows before they scroll, and what is on it.

Geometry (docs/attention-model.md §1, from Chromium's chrome/browser/resources/pdf/viewport.ts
and pdf.js's web/ui_utils.js): the viewer opens at min(max zoom, fit-width) at the top of page 1;
the part of page 1 inside the viewer's area is what the recruiter sees first. All PDF lengths are
points from the page's top-left corner; screen lengths are CSS px; at zoom 1 one point is 96/72 px.
"""

from __future__ import annotations

from dataclasses import dataclass

from editor.analysis.screen.line_fields import Field, label_lines
from editor.analysis.screen.presets import Screen
from editor.model import Resume
from editor.render.layout import LayoutLine, LayoutMap

PX_PER_PT = 96 / 72  # CSS px per PDF point at 100 % zoom (pdf.js CSS_UNITS) [V-code]
VISIBLE_LINE_SHARE = 0.75  # a line counts as above the fold when three quarters of it show [A]


@dataclass(frozen=True)
class RectPx:
    """A rectangle on the screen in CSS px from the screen's top-left corner."""

    x: float
    y: float
    width: float
    height: float

    def as_dict(self) -> dict[str, float]:
        return {
            "x": round(self.x, 1),
            "y": round(self.y, 1),
            "width": round(self.width, 1),
            "height": round(self.height, 1),
        }


@dataclass(frozen=True)
class Fold:
    """Where page 1 sits on a recruiter's screen and how much of it shows.

    `viewer_px` is the viewer's page area and `page_px` the whole of page 1 (it may extend past
    the bottom of the screen); both are on-screen rectangles the UI draws the monitor from.
    """

    screen: Screen
    page_width_pt: float
    page_height_pt: float
    zoom: float  # 1.0 = 100 %: one point is 96/72 CSS px
    fold_y_pt: float  # bottom of the first screen on page 1 (≤ page height)
    visible_fraction: float  # share of page 1's height shown on the first screen
    viewer_px: RectPx
    page_px: RectPx

    @property
    def visible_rect_pt(self) -> tuple[float, float, float, float]:
        """The part of page 1 on the first screen as (x0, top, x1, bottom) in points."""
        return (0.0, 0.0, self.page_width_pt, self.fold_y_pt)

    @property
    def viewer_height_pt(self) -> float:
        """How many points of the document one screenful shows (the length of one scroll)."""
        return (self.viewer_px.height - self.screen.viewer.top_inset_px) / (self.zoom * PX_PER_PT)

    def shows(self, line: LayoutLine) -> bool:
        """True when most of the line is on page 1 above the fold."""
        height = line.bottom - line.top
        return line.page == 1 and line.bottom - (1 - VISIBLE_LINE_SHARE) * height <= self.fold_y_pt

    def as_dict(self) -> dict[str, object]:
        return {
            "screen": self.screen.id,
            "screen_label": self.screen.label,
            "visible_fraction": round(self.visible_fraction, 4),
            "fold_y_pt": round(self.fold_y_pt, 1),
            "zoom": round(self.zoom, 4),
            "screen_px": [self.screen.width_px, self.screen.height_px],
            "viewer_px": self.viewer_px.as_dict(),
            "page_px": self.page_px.as_dict(),
        }


def compute_fold(screen: Screen, page_width_pt: float, page_height_pt: float) -> Fold:
    """The fold of page 1 of a document with pages of the given size on a screen."""
    if page_width_pt <= 0 or page_height_pt <= 0:
        raise ValueError(f"a page of {page_width_pt}×{page_height_pt} pt has no area")
    viewer = screen.viewer
    page_width_px, page_height_px = page_width_pt * PX_PER_PT, page_height_pt * PX_PER_PT
    area = RectPx(0.0, screen.viewer_top_px, screen.width_px, max(screen.viewer_height_px, 0.0))
    fit_width = (area.width - viewer.width_reserve_px) / (page_width_px + viewer.page_border_px)
    zoom = max(min(viewer.max_zoom, fit_width), 0.1)
    shown_px = max(area.height - viewer.top_inset_px, 0.0)
    visible_fraction = min(1.0, shown_px / (page_height_px * zoom))
    scrollbar = viewer.width_reserve_px if viewer.reserve_is_scrollbar else 0.0
    page_x = (area.width - scrollbar - page_width_px * zoom) / 2
    page = RectPx(page_x, area.y + viewer.top_inset_px, page_width_px * zoom, page_height_px * zoom)
    return Fold(
        screen, page_width_pt, page_height_pt, zoom, visible_fraction * page_height_pt, visible_fraction, area, page
    )


@dataclass(frozen=True)
class FoldSummary:
    """What of the resume is above the fold, in words a job seeker understands."""

    fold: Fold
    above: tuple[str, ...]  # "name", "current job", "previous job: title, dates and 1 of 4 bullets"
    below: tuple[str, ...]  # parts with nothing above the fold, e.g. "education"

    @property
    def text(self) -> str:
        percent = round(self.fold.visible_fraction * 100)
        lines = [f"{self.fold.screen.label}: the first screen shows {percent} % of page 1."]
        if self.above:
            lines.append("Above the fold: " + "; ".join(self.above) + ".")
        if self.below:
            lines.append("Below the fold: " + "; ".join(self.below) + ".")
        return "\n".join(lines)

    def as_dict(self) -> dict[str, object]:
        return {**self.fold.as_dict(), "above": list(self.above), "below": list(self.below), "text": self.text}


def fold_summary(layout: LayoutMap, fold: Fold, resume: Resume | None = None) -> FoldSummary:
    """Which parts of the resume (name, each job, education …) the first screen shows, and how much."""
    parts: dict[str, list[tuple[LayoutLine, Field, tuple[object, ...], bool]]] = {}
    for line, label in zip(layout.lines, label_lines(layout, resume), strict=True):
        if label.field is Field.HEADING:
            continue
        parts.setdefault(label.part, []).append((line, label.field, label.element, fold.shows(line)))
    above, below = [], []
    for part, members in parts.items():
        shown = [member for member in members if member[3]]
        if not shown:
            below.append(part)
        elif len(shown) == len(members):
            above.append(part)
        else:
            above.append(f"{part}: {_partial_detail(members)}")
    return FoldSummary(fold, tuple(above), tuple(below))


def _partial_detail(members: list[tuple[LayoutLine, Field, tuple[object, ...], bool]]) -> str:
    """E.g. 'title, company, dates and 2 of 5 bullets' for a job, '3 of 7 lines' otherwise."""
    heads = list(dict.fromkeys(_HEAD_WORDS[field] for _, field, _, shown in members if shown and field in _HEAD_WORDS))
    if not heads:
        return f"{sum(member[3] for member in members)} of {len(members)} lines"
    items: dict[tuple[object, ...], bool] = {}
    for _, field, element, shown in members:
        if field in (Field.BULLET, Field.PARAGRAPH):
            items.setdefault(element, shown)  # a wrapped bullet counts when its first line shows
    shown, total = sum(items.values()), len(items)
    noun = "bullet" if total == 1 else "bullets"
    if shown:
        return _and_list([*heads, f"{shown} of {total} {noun}"])
    return _and_list(heads) + (f" (none of its {total} {noun})" if total else "")


def _and_list(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


_HEAD_WORDS = {
    Field.CURRENT_TITLE: "title",
    Field.PREVIOUS_TITLE: "title",
    Field.OLDER_TITLE: "title",
    Field.CURRENT_COMPANY: "company",
    Field.PREVIOUS_COMPANY: "company",
    Field.OLDER_COMPANY: "company",
    Field.CURRENT_DATES: "dates",
    Field.PREVIOUS_DATES: "dates",
    Field.OLDER_DATES: "dates",
}
