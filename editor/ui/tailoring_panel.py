"""The "Tailoring" tab: the tailored resume beside its master, and what the master offers for missing terms.

Why only a view with buttons: every change is the user's — insert a suggested bullet, bring a
bullet back to the master, undo that — and `TailoringController` carries it out.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from editor.analysis.applications.tailoring import BulletSuggestion, DiffRow

ROW_COLOURS = {"same": "", "changed": "#fff4cc", "removed": "#fde2e1", "added": "#dff3e4"}
CONTEXT = 1  # unchanged lines shown around each change
_MARKERS = {"same": " ", "changed": "~", "removed": "−", "added": "+"}


def diff_html(rows: Sequence[DiffRow]) -> str:
    """The side-by-side table: master on the left, tailored copy on the right, changes coloured.

    Runs of unchanged lines fold to one row with a count, keeping `CONTEXT` lines on each side.
    """
    cells = []
    for index, row in enumerate(rows):
        if row.kind == "same" and not _near_change(rows, index):
            if index == 0 or rows[index - 1].kind != "same" or _near_change(rows, index - 1):
                run = next((end for end in range(index, len(rows)) if _near_change(rows, end)), len(rows)) - index
                cells.append(f"<tr><td colspan=3 style='color:#888'>⋯ {run} unchanged line(s)</td></tr>")
            continue
        colour = ROW_COLOURS[row.kind]
        style = f' style="background-color:{colour}"' if colour else ""
        cells.append(
            f"<tr{style}><td width='49%'>{_numbered(row.master_line, row.master_text)}</td>"
            f"<td style='color:#888'>{_MARKERS[row.kind]}</td>"
            f"<td width='49%'>{_numbered(row.tailored_line, row.tailored_text)}</td></tr>"
        )
    header = "<tr><th align=left>Master</th><th></th><th align=left>This application</th></tr>"
    return f"<table width='100%' cellspacing=0 cellpadding=2>{header}{''.join(cells)}</table>"


def _numbered(line: int | None, text: str) -> str:
    """A line's text after its number in grey (nothing on the side where the line does not exist)."""
    return f"<span style='color:#888'>{line}</span>&nbsp;&nbsp;{html.escape(text)}" if line else ""


def _near_change(rows: Sequence[DiffRow], index: int) -> bool:
    """A changed row, or an unchanged one within `CONTEXT` rows of a change."""
    low, high = max(index - CONTEXT, 0), min(index + CONTEXT + 1, len(rows))
    return any(rows[other].kind != "same" for other in range(low, high))


class TailoringPanel(QWidget):
    """Shows the comparison; its buttons ask the controller to act."""

    insert_requested = Signal(object)  # a BulletSuggestion
    bring_back_requested = Signal()
    undo_requested = Signal()
    shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.diff_view = QTextBrowser()
        self.diff_view.setOpenLinks(False)
        self.suggestions = QListWidget()
        self.suggestions.setWordWrap(True)
        self.suggestions.itemDoubleClicked.connect(lambda _item: self._insert())
        self.suggestions.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.insert_button = QPushButton("Insert in This Resume")
        self.bring_back_button = QPushButton("Bring Bullet at Cursor Back to Master")
        self.undo_button = QPushButton("Undo Bring Back")
        self.insert_button.clicked.connect(self._insert)
        self.bring_back_button.clicked.connect(self.bring_back_requested)
        self.undo_button.clicked.connect(self.undo_requested)
        offered = QWidget()
        offered_layout = QVBoxLayout(offered)
        offered_layout.setContentsMargins(0, 0, 0, 0)
        offered_layout.addWidget(QLabel("The master's bullets with the posting's missing terms"))
        offered_layout.addWidget(self.suggestions, 1)
        splitter = QSplitter()
        splitter.addWidget(self.diff_view)
        splitter.addWidget(offered)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        buttons = QHBoxLayout()
        for button in (self.insert_button, self.bring_back_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._offers: list[BulletSuggestion] = []
        self.undo_button.setEnabled(False)
        self.show_message("Open an application's resume (its front matter says `master:`) to compare it.")

    def show_message(self, message: str) -> None:
        """No comparison: say why (no master, an unreadable one)."""
        self.summary.setText(message)
        self.diff_view.clear()
        self.show_suggestions([])
        self.bring_back_button.setEnabled(False)

    def show_comparison(self, master_name: str, rows: Sequence[DiffRow], offers: Sequence[BulletSuggestion]) -> None:
        changed = sum(1 for row in rows if row.kind != "same")
        self.summary.setText(
            f"Compared with {master_name}: {changed} line(s) differ · {len(offers)} master bullet(s) hold terms "
            "the posting asks for and this resume lacks"
        )
        self.diff_view.setHtml(diff_html(rows))
        self.show_suggestions(offers)
        self.bring_back_button.setEnabled(True)

    def show_suggestions(self, offers: Sequence[BulletSuggestion]) -> None:
        self._offers = list(offers)
        self.suggestions.clear()
        for offer in offers:
            where = offer.entry.lstrip("# ").split(" | ")[:2] if offer.entry else []
            job = " at ".join(where) if where else "no job"
            item = QListWidgetItem(f"{offer.term} — {offer.bullet.lstrip('-*+• ')}\n    from {job}")
            if offer.insert_after is None:
                item.setToolTip("This job is not in the tailored resume; copy the bullet by hand if you want it.")
            self.suggestions.addItem(item)
        self._update_buttons()

    def set_undo_available(self, available: bool) -> None:
        self.undo_button.setEnabled(available)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit()

    def _insert(self) -> None:
        row = self.suggestions.currentRow()
        if 0 <= row < len(self._offers) and self._offers[row].insert_after is not None:
            self.insert_requested.emit(self._offers[row])

    def _update_buttons(self) -> None:
        row = self.suggestions.currentRow()
        self.insert_button.setEnabled(0 <= row < len(self._offers) and self._offers[row].insert_after is not None)
