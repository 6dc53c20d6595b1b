"""Recruiter screens: a monitor, its operating-system bars and the PDF viewer that opens the resume.

Why: how much of page 1 a recruiter sees before scrolling depends on the screen's size in CSS
pixels, the bars the OS and the browser take, and the viewer's default zoom. Each preset
combines the three; docs/attention-model.md §1 explains the numbers and names their sources:
Chromium's chrome/browser/ui/layout_constants.cc (bar heights) and
chrome/browser/resources/pdf/viewport.ts (default zoom, page shadow), pdf.js's web/ui_utils.js
and web/viewer.css. Tags: [V-code] read in that source, [R] recalled, [A] our assumption.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import MappingProxyType


@dataclass(frozen=True)
class ViewerProfile:
    """How a PDF viewer fits page 1 into the area left for it (all lengths in CSS px).

    The default zoom is min(max_zoom, fit-width) where fit-width =
    (area width − width_reserve_px) / (page width + page_border_px).
    """

    id: str
    label: str
    browser_ui_px: float  # tab strip + toolbar above the viewer
    toolbar_px: float  # the viewer's own toolbar
    max_zoom: float
    width_reserve_px: float  # scrollbar or padding not available to the page
    page_border_px: float  # shadow/border added to the page width when fitting
    top_inset_px: float  # gap between the toolbar and the top of page 1
    reserve_is_scrollbar: bool = True  # False: the reserve is padding on both sides


CHROME = ViewerProfile(
    id="chrome",
    label="Chrome PDF viewer",
    browser_ui_px=87,  # tab strip 41 + toolbar 46 DIP, layout_constants.cc [V-code]
    toolbar_px=56,  # --viewer-pdf-toolbar-height [V-code]
    max_zoom=1.0,  # setZoomInternal_(min(defaultZoom_, fit-width)) in viewport.ts [V-code]
    width_reserve_px=15,  # classic scrollbar [A]
    page_border_px=10,  # PAGE_SHADOW left 5 + right 5 [V-code]
    top_inset_px=3,  # PAGE_SHADOW top [V-code]
)
FIREFOX = ViewerProfile(
    id="firefox",
    label="Firefox (pdf.js)",
    browser_ui_px=85,  # tab strip + navigation bar, 80–90 px [R/A]
    toolbar_px=32,  # --toolbar-height in viewer.css [V-code]
    max_zoom=1.25,  # MAX_AUTO_SCALE for "auto" on portrait pages [V-code]
    width_reserve_px=40,  # SCROLLBAR_PADDING [V-code]
    page_border_px=0,
    top_inset_px=6,  # VERTICAL_PADDING 5 + page border 1 [V-code/A]
)
ATS_PANEL = ViewerProfile(
    id="ats-panel",
    label="ATS document panel",
    browser_ui_px=0,  # the screen *is* the panel
    toolbar_px=0,
    max_zoom=float("inf"),  # fit-width inside the panel [A] (ATS help pages, docs/attention-model.md source [19])
    width_reserve_px=20,  # panel padding [A]
    page_border_px=0,
    top_inset_px=0,
    reserve_is_scrollbar=False,
)
VIEWERS = MappingProxyType({viewer.id: viewer for viewer in (CHROME, FIREFOX, ATS_PANEL)})

WINDOWS_TASKBAR_PX = 48  # Windows 11 taskbar at any scaling, in CSS px [R]
MAC_MENU_BAR_PX = 24  # pre-notch MacBooks [R]
MAC_NOTCH_MENU_BAR_PX = 37  # notched MacBooks [R]
MAC_DOCK_PX = 70  # Dock at its default size, 60–80 [R/A]
BOOKMARKS_BAR_PX = 34  # Chrome bookmarks bar 28 + 6 DIP [V-code]


@dataclass(frozen=True)
class Screen:
    """A recruiter's screen: size in CSS (logical) pixels, OS bars, and the viewer in use."""

    id: str
    label: str
    width_px: float
    height_px: float
    viewer: ViewerProfile
    scaling: float = 1.0  # OS display scaling: device pixels = CSS px × scaling
    os_top_px: float = 0  # macOS menu bar
    os_bottom_px: float = WINDOWS_TASKBAR_PX  # Windows taskbar or macOS Dock
    bookmarks_bar: bool = False

    @property
    def device_size_px(self) -> tuple[int, int]:
        """The panel's resolution in device pixels, e.g. (1920, 1080) for 1536×864 at 125 %."""
        return round(self.width_px * self.scaling), round(self.height_px * self.scaling)

    @property
    def viewer_top_px(self) -> float:
        """Where the viewer's page area starts, from the top of the screen."""
        bookmarks = BOOKMARKS_BAR_PX if self.bookmarks_bar else 0
        return self.os_top_px + self.viewer.browser_ui_px + bookmarks + self.viewer.toolbar_px

    @property
    def viewer_height_px(self) -> float:
        """Height of the area the viewer shows pages in."""
        return self.height_px - self.viewer_top_px - self.os_bottom_px

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "label": self.label,
            "width_px": self.width_px,
            "height_px": self.height_px,
            "scaling": self.scaling,
            "viewer": self.viewer.id,
        }


def _windows(screen_id: str, label: str, width: int, height: int, scaling: float, viewer: ViewerProfile) -> Screen:
    return Screen(screen_id, label, width, height, viewer, scaling=scaling)


def _mac(screen_id: str, label: str, width: int, height: int, menu_bar_px: float) -> Screen:
    return Screen(screen_id, label, width, height, CHROME, scaling=2.0, os_top_px=menu_bar_px, os_bottom_px=MAC_DOCK_PX)


ATS_PANEL_SIZE_PX = (700, 700)  # a typical in-app document panel [A]

_PRESETS = (
    _windows("chrome-1920x1080", "Chrome · 1920×1080 desktop monitor", 1920, 1080, 1.0, CHROME),
    _windows("chrome-1536x864", "Chrome · 15.6″ 1080p laptop at 125 % (1536×864)", 1536, 864, 1.25, CHROME),
    _windows("chrome-1366x768", "Chrome · 1366×768 laptop", 1366, 768, 1.0, CHROME),
    _windows("chrome-1280x720", "Chrome · 13–14″ 1080p laptop at 150 % (1280×720)", 1280, 720, 1.5, CHROME),
    _mac("chrome-macbook-air", "Chrome · MacBook Air 13.6″ (1470×956)", 1470, 956, MAC_NOTCH_MENU_BAR_PX),
    _mac("chrome-macbook-pro-14", "Chrome · MacBook Pro 14″ (1512×982)", 1512, 982, MAC_NOTCH_MENU_BAR_PX),
    _windows("chrome-2560x1440", "Chrome · 2560×1440 monitor (or 4K at 150 %)", 2560, 1440, 1.0, CHROME),
    _windows("firefox-1920x1080", "Firefox · 1920×1080 desktop monitor", 1920, 1080, 1.0, FIREFOX),
    _windows("firefox-1536x864", "Firefox · 15.6″ 1080p laptop at 125 % (1536×864)", 1536, 864, 1.25, FIREFOX),
    Screen("ats-panel", "ATS document panel (700×700)", *ATS_PANEL_SIZE_PX, ATS_PANEL, os_bottom_px=0),
)

SCREENS: MappingProxyType[str, Screen] = MappingProxyType({screen.id: screen for screen in _PRESETS})

# Why 1536×864 and not 1920×1080: 1536×864 is what a 1080p laptop panel reports at Windows'
# usual 125 % scaling [R], the laptop many recruiters screen on; its fold (≈ 502 pt of a
# Letter page) is the stricter one, so whatever is above it is also above the fold on a
# 1920×1080 desktop (≈ 664 pt). 1920×1080 is the most common single CSS size (StatCounter, US
# desktops 2018 [V]), but advising for the roomier screen would hide the risk the app exists to
# show. It is also the fixture screen of the validation targets (docs/attention-model.md §3).
DEFAULT_SCREEN_ID = "chrome-1536x864"


_CUSTOM_ID = re.compile(r"custom-(?P<viewer>[a-z-]+?)-(?P<w>\d+)x(?P<h>\d+)@(?P<percent>\d+)(?P<mac>-mac)?")
_PANEL_ID = re.compile(r"ats-panel-(?P<w>\d+)x(?P<h>\d+)")


def get_screen(screen_id: str | None) -> Screen:
    """A preset by id (the default when None), or a custom screen from the id `custom_screen` gives it.

    Custom ids read like `custom-chrome-1920x1200@125` (add `-mac` for macOS bars) or
    `ats-panel-900x800`. Raises KeyError naming the choices, ValueError for an impossible size.
    """
    key = (screen_id or DEFAULT_SCREEN_ID).strip().lower()
    if key in SCREENS:
        return SCREENS[key]
    if custom := _CUSTOM_ID.fullmatch(key):
        return custom_screen(
            int(custom["w"]), int(custom["h"]), int(custom["percent"]) / 100, custom["viewer"], mac=bool(custom["mac"])
        )
    if panel := _PANEL_ID.fullmatch(key):
        return ats_panel_screen(int(panel["w"]), int(panel["h"]))
    raise KeyError(
        f"unknown screen {screen_id!r}; choose one of: {', '.join(SCREENS)}, "
        "or describe one like custom-chrome-1920x1200@125 or ats-panel-900x800"
    )


def custom_screen(
    width_px: int,
    height_px: int,
    scaling: float = 1.0,
    viewer: str = "chrome",
    *,
    mac: bool = False,
    bookmarks_bar: bool = False,
    label: str | None = None,
) -> Screen:
    """A screen the user describes: device resolution, OS scaling (1.25 = 125 %) and viewer id.

    Raises ValueError for sizes or scaling no screen has, KeyError for an unknown viewer.
    """
    if not 0.5 <= scaling <= 4.0:
        raise ValueError(f"display scaling must be between 50 % and 400 %, not {scaling * 100:g} %")
    if not (320 <= width_px <= 16384 and 240 <= height_px <= 16384):
        raise ValueError(f"a screen of {width_px}×{height_px} pixels is outside 320×240 … 16384×16384")
    if viewer not in VIEWERS:
        raise KeyError(f"unknown viewer {viewer!r}; choose one of: {', '.join(VIEWERS)}")
    profile = VIEWERS[viewer]
    css_width, css_height = width_px / scaling, height_px / scaling
    if profile is ATS_PANEL:
        return ats_panel_screen(round(css_width), round(css_height), label=label)
    percent = round(scaling * 100)
    screen_id = f"custom-{viewer}-{width_px}x{height_px}@{percent}{'-mac' if mac else ''}"
    text = label or f"{profile.label} · {width_px}×{height_px} at {percent} %"
    if mac:
        return Screen(
            screen_id,
            text,
            css_width,
            css_height,
            profile,
            scaling=scaling,
            os_top_px=MAC_NOTCH_MENU_BAR_PX,
            os_bottom_px=MAC_DOCK_PX,
            bookmarks_bar=bookmarks_bar,
        )
    return Screen(screen_id, text, css_width, css_height, profile, scaling=scaling, bookmarks_bar=bookmarks_bar)


def ats_panel_screen(width_px: int, height_px: int, *, label: str | None = None) -> Screen:
    """An applicant-tracking system's document panel of a given size (CSS px), page fitted to its width."""
    if not (200 <= width_px <= 8192 and 200 <= height_px <= 8192):
        raise ValueError(f"an ATS panel of {width_px}×{height_px} pixels is outside 200×200 … 8192×8192")
    screen_id = "ats-panel" if (width_px, height_px) == ATS_PANEL_SIZE_PX else f"ats-panel-{width_px}x{height_px}"
    text = label or f"ATS document panel ({width_px}×{height_px})"
    return Screen(screen_id, text, width_px, height_px, ATS_PANEL, os_bottom_px=0)
