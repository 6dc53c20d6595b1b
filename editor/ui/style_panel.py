"""The Style panel: accent, typeface, type size, margins, spacing and date position of the resume.

Each choice is written to the front matter as one undoable edit (the window does the edit); the
panel shows the document's effective values, the template's where the front matter says nothing.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QWidget

from editor.render.templates import (
    ACCENTS,
    BODY_SIZE_PT,
    FONTS,
    MARGIN_IN,
    SPACING_PRESETS,
    Template,
    get_template,
)

SPACINGS = ("tight", "normal", "relaxed")


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class StylePanel(QWidget):
    """Edits the style keys of the front matter; emits `style_chosen(key, value)` for each choice."""

    style_chosen = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accent = self._combo("Accent colour", [(name, name) for name in ACCENTS], "accent")
        for index, color in enumerate(ACCENTS.values()):
            self.accent.setItemIcon(index, _swatch(color))
        self.font = self._combo("Typeface", [(family.name, key) for key, family in FONTS.items()], "font")
        self.size = self._spin("Body text size", BODY_SIZE_PT, 0.5, " pt", "size", lambda value: f"{value:g}")
        self.margins = self._spin("Margins", MARGIN_IN, 0.125, " in", "margins", lambda value: f"{value:g}in")
        self.spacing = self._combo("Spacing", [(name.capitalize(), name) for name in SPACINGS], "spacing")
        self.dates = self._combo("Dates", [("Right of the title", "right"), ("Below the title", "below")], "dates")
        form = QFormLayout(self)
        form.setContentsMargins(8, 8, 8, 8)
        for label, widget in (
            ("Accent", self.accent),
            ("Typeface", self.font),
            ("Size", self.size),
            ("Margins", self.margins),
            ("Spacing", self.spacing),
            ("Dates", self.dates),
        ):
            form.addRow(label, widget)

    def _combo(self, name: str, items: list[tuple[str, str]], key: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        for label, value in items:
            combo.addItem(label, value)
        combo.activated.connect(lambda _index: self.style_chosen.emit(key, str(combo.currentData())))
        return combo

    def _spin(self, name: str, bounds: tuple[float, float], step: float, suffix: str, key: str, text) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setAccessibleName(name)
        spin.setRange(*bounds)
        spin.setSingleStep(step)
        spin.setDecimals(3 if step < 0.5 else 1)
        spin.setSuffix(suffix)
        spin.setKeyboardTracking(False)  # one edit when the typed value is finished, not per keystroke
        spin.valueChanged.connect(lambda value: self.style_chosen.emit(key, text(round(value, 3))))
        return spin

    def show_settings(self, settings: Mapping[str, str]) -> None:
        """Show the document's effective style without emitting a choice."""
        try:
            template = get_template(settings.get("template"), settings)
        except KeyError:
            template = get_template(None, settings)
        for widget in (self.accent, self.font, self.size, self.margins, self.spacing, self.dates):
            widget.blockSignals(True)
        self._show(template, settings.get("spacing", "").strip().lower())
        for widget in (self.accent, self.font, self.size, self.margins, self.spacing, self.dates):
            widget.blockSignals(False)

    def _show(self, template: Template, spacing: str) -> None:
        accent = next((name for name, color in ACCENTS.items() if color == template.accent), None)
        _select(self.accent, accent, template.accent)
        font = next((key for key, family in FONTS.items() if family == template.body_font), None)
        _select(self.font, font, template.body_font.name)
        self.size.setValue(template.body_size)
        self.margins.setValue(round(template.margin_top / 72, 3))
        known = spacing if spacing in SPACING_PRESETS or spacing == "normal" else None
        _select(self.spacing, known or ("normal" if not spacing else None), spacing)
        _select(self.dates, "below" if template.dates_below else "right", "")


def _select(combo: QComboBox, value: str | None, shown: str) -> None:
    """Select `value`, or show a custom one (a hex accent, '1.2, 9pt' spacing) as an extra item."""
    index = combo.findData(value) if value is not None else -1
    if index < 0:
        index = combo.findData(shown)
        if index < 0:
            combo.addItem(shown, shown)
            index = combo.count() - 1
    combo.setCurrentIndex(index)
