"""Describing a recruiter's screen that is not among the presets: resolution, scaling, viewer."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from editor.analysis.screen.presets import VIEWERS, Screen, custom_screen


class CustomScreenDialog(QDialog):
    """Asks for a screen; `screen()` builds it (raises ValueError for an impossible one)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Custom screen — Foldline")
        self.width_box = self._spin(320, 16384, 1920, " px")
        self.height_box = self._spin(240, 16384, 1080, " px")
        self.scaling_box = self._spin(50, 400, 100, " %")
        self.scaling_box.setSingleStep(25)
        self.viewer_box = QComboBox()
        for viewer in VIEWERS.values():
            self.viewer_box.addItem(viewer.label, viewer.id)
        self.mac_box = QCheckBox("macOS (menu bar and Dock instead of the Windows taskbar)")
        note = QLabel(
            "Width and height are the monitor's resolution; scaling is the display setting "
            "(Windows: Settings ▸ Display ▸ Scale). For an ATS panel, give the panel's size at 100 %."
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Width", self.width_box)
        form.addRow("Height", self.height_box)
        form.addRow("Scaling", self.scaling_box)
        form.addRow("Viewer", self.viewer_box)
        form.addRow("", self.mac_box)
        form.addRow(note)
        form.addRow(buttons)

    @staticmethod
    def _spin(low: int, high: int, value: int, suffix: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(low, high)
        box.setValue(value)
        box.setSuffix(suffix)
        return box

    def screen(self) -> Screen:
        return custom_screen(
            self.width_box.value(),
            self.height_box.value(),
            self.scaling_box.value() / 100,
            str(self.viewer_box.currentData()),
            mac=self.mac_box.isChecked(),
        )
