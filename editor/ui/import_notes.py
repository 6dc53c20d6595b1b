"""The bar over the editor that says what to check after an import.

Why a bar and not a dialog: the user fixes what it lists in the text right under it, so it
stays while they work and goes when they close it (or open another document). An import is
best effort; these notes are where it says which parts it was unsure of.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

MAX_SHOWN = 6  # notes listed in the bar; the rest are counted, and all are in the tooltip


class ImportNotesBar(QFrame):
    """Lists an import's notes ("page 1: read as two columns, left then right; check the order")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("importNotes")
        self.setStyleSheet("#importNotes { background: palette(tooltip-base); }")
        self.label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton(text="×", autoRaise=True, toolTip="Close (Esc)")
        close.setAccessibleName("Close the import notes")
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_notes(self, file_name: str, notes: list[str]) -> None:
        """Show what to check in the document imported from `file_name`; nothing to say hides the bar."""
        if not notes:
            self.hide()
            return
        shown = "".join(f"<li>{html.escape(note)}</li>" for note in notes[:MAX_SHOWN])
        more = f"<li>and {len(notes) - MAX_SHOWN} more (hover to see them all)</li>" if len(notes) > MAX_SHOWN else ""
        heading = f"Imported <b>{html.escape(file_name)}</b>. Check these before you save:"
        self.label.setText(f"{heading}<ul style='margin: 2px 0 0 -20px'>{shown}{more}</ul>")
        self.setToolTip("\n".join(notes))
        self.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)
