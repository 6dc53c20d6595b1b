"""The editor's colours, derived from the widget palette so light and dark themes both read well.

Why derive rather than hard-code: a fixed dark grey on a dark theme disappears. Each role starts
from a hue that means something (accent blue, keyword yellow, spelling red) and is then pushed
toward the palette's text colour until it meets a WCAG contrast ratio against the base colour.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

# WCAG 2.1: 4.5:1 for body text, 3:1 for large text and non-text marks (underlines, markers).
BODY_TEXT_CONTRAST = 4.5
MARK_CONTRAST = 3.0


@dataclass(frozen=True)
class EditorColours:
    """Every colour the highlighter and the overlays paint with."""

    text: QColor
    base: QColor
    muted: QColor
    accent: QColor
    link: QColor
    problem: QColor
    misspelling: QColor
    keyword_background: QColor
    source_line_background: QColor
    flash_background: QColor
    find_background: QColor

    @property
    def is_dark(self) -> bool:
        return self.base.lightnessF() < self.text.lightnessF()


def editor_colours(palette: QPalette) -> EditorColours:
    """The editor's colours for `palette` (its Text and Base roles)."""
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    dark = base.lightnessF() < text.lightnessF()

    def readable(light_theme: str, dark_theme: str, minimum: float = BODY_TEXT_CONTRAST) -> QColor:
        return readable_on(QColor(dark_theme if dark else light_theme), base, text, minimum)

    def tint(light_theme: str, dark_theme: str) -> QColor:
        return legible_background(QColor(dark_theme if dark else light_theme), text)

    return EditorColours(
        text=text,
        base=base,
        muted=readable_on(blend(text, base, 0.55), base, text, MARK_CONTRAST),
        accent=readable("#1d5c96", "#8cbcf0"),
        link=readable("#0b62c4", "#7ab4ff"),
        problem=readable("#c26a00", "#f2a33a", MARK_CONTRAST),
        misspelling=readable("#d12c2c", "#ff6b6b", MARK_CONTRAST),
        keyword_background=tint("#fff1a8", "#5a4a10"),
        source_line_background=tint("#e6f0fb", "#1f3347"),
        flash_background=tint("#c9e0fa", "#2b4f75"),
        find_background=tint("#ffd8a8", "#6b4416"),
    )


def blend(first: QColor, second: QColor, share_of_first: float) -> QColor:
    """A mix of two colours, `share_of_first` (0..1) of the first."""
    rest = 1.0 - share_of_first
    return QColor.fromRgbF(
        first.redF() * share_of_first + second.redF() * rest,
        first.greenF() * share_of_first + second.greenF() * rest,
        first.blueF() * share_of_first + second.blueF() * rest,
    )


def readable_on(colour: QColor, background: QColor, toward: QColor, minimum: float) -> QColor:
    """`colour`, moved step by step toward `toward` until it contrasts `minimum`:1 with `background`."""
    candidate = QColor(colour)
    for step in range(1, 11):
        if contrast_ratio(candidate, background) >= minimum:
            break
        candidate = blend(toward, colour, step / 10)
    return candidate


def legible_background(colour: QColor, text: QColor) -> QColor:
    """A background tint `text` stays readable on (4.5:1), faded toward white or black if needed."""
    away = QColor("#000000") if text.lightnessF() > 0.5 else QColor("#ffffff")
    return readable_on(colour, text, away, BODY_TEXT_CONTRAST)


def contrast_ratio(first: QColor, second: QColor) -> float:
    """The WCAG 2.1 contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    lighter, darker = sorted((_relative_luminance(first), _relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _relative_luminance(colour: QColor) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())
