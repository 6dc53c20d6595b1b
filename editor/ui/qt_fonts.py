"""Registering Foldline's bundled fonts with Qt.

Why: PySide6 ships no fonts and a bare machine may have none Qt can find (text then draws as
boxes), so the UI uses the TTFs under `resources/fonts` and never depends on system fonts.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFontDatabase

from editor.resources import resource_path

EDITOR_FONT_FAMILY = "Source Sans 3"


def register_app_fonts() -> None:
    """Register every bundled TTF with Qt's font database; later calls do nothing.

    Needs a QGuiApplication to exist, as QFontDatabase does.
    """
    registered_font_families()


@cache
def registered_font_families() -> frozenset[str]:
    """The font families the bundled TTFs provide, registering them on the first call."""
    families: set[str] = set()
    for font_file in sorted(resource_path("fonts").rglob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(font_file))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    return frozenset(families)
