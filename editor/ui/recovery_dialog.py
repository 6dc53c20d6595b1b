"""The start-up question about crash copies: every copy listed, each with its own choice.

Why one list: two windows that crashed left two copies; asking about one and deleting the other
lost work (issue 21). Nothing is discarded unless its own row says so; closing the dialog keeps
every copy for the next start. One copy at most can go into this window.
"""

from __future__ import annotations

import time
from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from editor.ui.autosave import Recovery

PREVIEW_CHARS = 70
LABEL_WIDTH = 420  # pixels: a file name, a time and a first line fit on one or two lines


class RecoveryChoice(Enum):
    RESTORE = "Restore in this window"
    LATER = "Keep for later"
    DISCARD = "Discard"


class RecoveryDialog(QDialog):
    """One row per crash copy, newest first: what it is, and a choice that defaults to keeping it."""

    def __init__(self, copies: list[Recovery], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Recover unsaved work?")
        self._rows: dict[str, QComboBox] = {}
        grid = QGridLayout()
        for row, copy in enumerate(copies):
            label = QLabel(describe(copy))
            label.setWordWrap(True)
            label.setMinimumWidth(LABEL_WIDTH)
            choice = QComboBox()
            for option in RecoveryChoice:
                choice.addItem(option.value, option)
            choice.setCurrentIndex(0 if row == 0 else 1)
            choice.currentIndexChanged.connect(lambda _index, key=copy.key: self._on_choice_changed(key))
            grid.addWidget(label, row, 0)
            grid.addWidget(choice, row, 1)
            self._rows[copy.key] = choice
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = "Foldline closed without saving. Choose what to do with each unsaved copy:"
        layout.addWidget(QLabel(intro if len(copies) > 1 else intro.replace("each unsaved copy", "the unsaved copy")))
        layout.addLayout(grid)
        layout.addWidget(QLabel("Copies you keep are offered again the next time Foldline starts."))
        layout.addWidget(buttons)

    def choices(self) -> dict[str, RecoveryChoice]:
        """Each copy's key and the choice on its row (every copy kept when the dialog was cancelled)."""
        if self.result() != QDialog.DialogCode.Accepted:
            return dict.fromkeys(self._rows, RecoveryChoice.LATER)
        return {key: box.currentData() for key, box in self._rows.items()}

    def set_choice(self, key: str, choice: RecoveryChoice) -> None:
        """Choose for one copy, as the user does with its row's list."""
        box = self._rows[key]
        box.setCurrentIndex(box.findData(choice))

    def _on_choice_changed(self, key: str) -> None:
        """One copy only goes into this window: restoring another keeps the previous one for later."""
        if self._rows[key].currentData() is not RecoveryChoice.RESTORE:
            return
        for other, box in self._rows.items():
            if other != key and box.currentData() is RecoveryChoice.RESTORE:
                box.setCurrentIndex(box.findData(RecoveryChoice.LATER))


def describe(copy: Recovery) -> str:
    """'resume.md, autosaved 7 Dec 10:32 — # Ana Ruiz… (1,234 characters)', with its note if any."""
    name = Path(copy.source_path).name if copy.source_path else "Untitled resume"
    when = time.strftime("%d %b %H:%M", time.localtime(copy.saved_at))
    first = next((line.strip() for line in copy.text.splitlines() if line.strip()), "(empty)")
    first = first if len(first) <= PREVIEW_CHARS else first[: PREVIEW_CHARS - 1] + "…"
    text = f"{name}, autosaved {when}: “{first}” ({len(copy.text):,} characters)"
    return f"{text}\n{copy.note[:1].upper()}{copy.note[1:]}." if copy.note else text
