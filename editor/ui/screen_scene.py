"""Where each part of a simulated recruiter screen goes, in the screen's CSS pixels.

The OS bars and the browser and viewer bars, stacked the way they appear, around the viewer
area and page rectangle that `compute_fold` reports. The widget only scales and paints this,
so the picture agrees with the numbers `foldline analyze` prints.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF

from editor.analysis.screen.fold import Fold
from editor.analysis.screen.presets import ATS_PANEL, BOOKMARKS_BAR_PX, CHROME, Screen

CSS_PX_PER_POINT = 96 / 72


@dataclass(frozen=True)
class Bar:
    """A horizontal strip of chrome: what it is (for colour and label) and where it is."""

    kind: str  # "os-top", "tabs", "toolbar", "bookmarks", "viewer", "taskbar", "dock"
    rect: QRectF


@dataclass(frozen=True)
class ScreenScene:
    screen: Screen
    bars: tuple[Bar, ...]
    viewport: QRectF  # the viewer's page area
    page: QRectF  # page 1 at the viewer's zoom; may extend below the viewport
    zoom: float
    page_gap_px: float  # space between pages when scrolling

    @property
    def size(self) -> tuple[float, float]:
        return self.screen.width_px, self.screen.height_px

    def point_to_screen(self, page_index: int, x_pt: float, y_pt: float) -> tuple[float, float]:
        """A point on a page (points, top-left origin) in screen CSS px (pages stacked below page 1)."""
        scale = self.zoom * CSS_PX_PER_POINT
        top = self.page.top() + page_index * (self.page.height() + self.page_gap_px)
        return self.page.left() + x_pt * scale, top + y_pt * scale


def build_scene(fold: Fold) -> ScreenScene:
    """Lay out the screen top to bottom the way the OS, browser and viewer stack their bars."""
    screen = fold.screen
    width = screen.width_px
    bars: list[Bar] = []
    y = 0.0

    def add(kind: str, height: float) -> None:
        nonlocal y
        if height > 0:
            bars.append(Bar(kind, QRectF(0, y, width, height)))
            y += height

    add("os-top", screen.os_top_px)
    viewer = screen.viewer
    if viewer is not ATS_PANEL:
        tabs = min(41.0 if viewer is CHROME else 40.0, viewer.browser_ui_px)
        add("tabs", tabs)
        add("toolbar", viewer.browser_ui_px - tabs)
        if screen.bookmarks_bar:
            add("bookmarks", BOOKMARKS_BAR_PX)
        add("viewer", viewer.toolbar_px)
    if screen.os_bottom_px > 0:
        kind = "dock" if screen.os_top_px > 0 else "taskbar"
        bars.append(Bar(kind, QRectF(0, screen.height_px - screen.os_bottom_px, width, screen.os_bottom_px)))
    viewport, page = fold.viewer_px, fold.page_px
    return ScreenScene(
        screen,
        tuple(bars),
        QRectF(viewport.x, viewport.y, viewport.width, viewport.height),
        QRectF(page.x, page.y, page.width, page.height),
        fold.zoom,
        page_gap_px=8.0 * fold.zoom + 4.0,
    )
