"""The editor's colours stay readable on light and dark themes alike."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from editor.ui.editor_colours import BODY_TEXT_CONTRAST, MARK_CONTRAST, contrast_ratio, editor_colours

THEMES = {
    "light": ("#1a1a1a", "#ffffff"),
    "dark": ("#dcdcdc", "#1e1f22"),
    "sepia": ("#3b2f25", "#f4ecd8"),
    "high-contrast dark": ("#ffffff", "#000000"),
}


def palette(text: str, base: str) -> QPalette:
    result = QPalette()
    result.setColor(QPalette.ColorRole.Text, QColor(text))
    result.setColor(QPalette.ColorRole.Base, QColor(base))
    return result


def test_contrast_ratio_of_black_on_white_is_21() -> None:
    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21.0)


@pytest.mark.parametrize("theme", THEMES)
def test_styled_text_is_readable_on_the_editor_background(qapp, theme: str) -> None:
    colours = editor_colours(palette(*THEMES[theme]))
    for name in ("accent", "link"):
        assert contrast_ratio(getattr(colours, name), colours.base) >= BODY_TEXT_CONTRAST, name
    for name in ("muted", "problem", "misspelling"):
        assert contrast_ratio(getattr(colours, name), colours.base) >= MARK_CONTRAST, name


@pytest.mark.parametrize("theme", THEMES)
def test_text_stays_readable_on_keyword_and_line_tints(qapp, theme: str) -> None:
    colours = editor_colours(palette(*THEMES[theme]))
    for name in ("keyword_background", "source_line_background", "flash_background", "find_background"):
        assert contrast_ratio(colours.text, getattr(colours, name)) >= BODY_TEXT_CONTRAST, name


def test_the_keyword_tint_is_visibly_different_from_the_background_in_both_themes(qapp) -> None:
    for theme in ("light", "dark"):
        colours = editor_colours(palette(*THEMES[theme]))
        assert colours.keyword_background.name() != colours.base.name()
        assert contrast_ratio(colours.keyword_background, colours.base) > 1.1


def test_a_dark_palette_is_recognised_as_dark(qapp) -> None:
    assert editor_colours(palette(*THEMES["dark"])).is_dark
    assert not editor_colours(palette(*THEMES["light"])).is_dark
