"""Fit to the fold, in the app: the proposal found off the UI thread, shown before/after side by side.

Nothing changes until the user clicks Apply; then the window replaces the text in one undoable
edit. If the text changed while the dialog was open, Apply refuses and says why (the proposal
was made for the old text).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from editor.analysis.fit import FitProposal, FitState, propose_fit
from editor.ui.page_raster import rasterize_pages
from editor.ui.pipeline import LivePipeline

PIXELS_PER_POINT = 0.45  # a page about 275 px wide: two fit side by side in a dialog
CHANGES_HEIGHT = 140


@dataclass(frozen=True)
class FitRequest:
    text: str
    jd_text: str
    screen_id: str | None


@dataclass(frozen=True)
class FitOutcome:
    proposal: FitProposal
    before: QImage | None
    after: QImage | None


def run_fit(request: FitRequest) -> FitOutcome:
    """The proposal and page 1 of both versions with the fold marked (runs on the worker thread)."""
    proposal = propose_fit(request.text, request.jd_text, request.screen_id)
    before, after = (
        _page_with_fold(data, proposal.fold_fraction) for data in (proposal.before_pdf, proposal.after_pdf)
    )
    return FitOutcome(proposal, before, after)


def _page_with_fold(pdf: bytes, fold_fraction: float) -> QImage | None:
    pages = rasterize_pages(pdf, PIXELS_PER_POINT, range(1))
    if not pages:
        return None
    image = pages[0]
    fold = round(image.height() * fold_fraction)
    painter = QPainter(image)
    painter.fillRect(0, fold, image.width(), image.height() - fold, QColor(60, 60, 60, 110))
    painter.setPen(QPen(QColor("#d0312d"), 2))
    painter.drawLine(0, fold, image.width(), fold)
    painter.end()
    return image


class FitDialog(QDialog):
    """Shows a fit proposal beside the current state; `apply_requested(text)` on Apply."""

    apply_requested = Signal(str)

    def __init__(
        self, request: FitRequest, current_text: Callable[[], str], parent: QWidget | None = None, inline: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Fit to the fold")
        self._request, self._current_text = request, current_text
        self.proposal: FitProposal | None = None
        self.status = QLabel("Looking for the smallest readable change…")
        self.status.setWordWrap(True)
        self.columns = QHBoxLayout()
        self.figures = QGridLayout()
        self.changes = QPlainTextEdit()  # a trimmed summary's dropped sentences can be long: it scrolls
        self.changes.setReadOnly(True)
        self.changes.setAccessibleName("Proposed changes")
        self.changes.setMaximumHeight(CHANGES_HEIGHT)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Close)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self._on_apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(self.figures)
        layout.addLayout(self.columns)
        layout.addWidget(self.changes)
        layout.addWidget(self.buttons)
        self.pipeline = LivePipeline(run_fit, delay_ms=0, parent=self, inline=inline)
        self.pipeline.result_ready.connect(self._on_outcome)
        self.pipeline.failed.connect(lambda message: self.status.setText(f"Could not fit: {message}"))
        self.pipeline.request(request, immediately=True)

    def _on_outcome(self, outcome: FitOutcome) -> None:
        proposal = self.proposal = outcome.proposal
        self.status.setText(
            f"{proposal.screen_label}: the first screen shows {round(proposal.fold_fraction * 100)} % of page 1."
        )
        self._show_figures(proposal)
        for title, state, image in (
            ("Now", proposal.before, outcome.before),
            ("Proposed", proposal.after, outcome.after),
        ):
            self.columns.addWidget(self._column(title, state, image, proposal))
        self.changes.setPlainText(self._changes_text(proposal))
        self.apply_button.setEnabled(proposal.changed)

    def _show_figures(self, proposal: FitProposal) -> None:
        for column, heading in enumerate(("", "Now", "Proposed")):
            self.figures.addWidget(QLabel(f"<b>{heading}</b>"), 0, column)
        for row, cells in enumerate(proposal.figures(), start=1):
            for column, text in enumerate(cells):
                self.figures.addWidget(QLabel(text[0].upper() + text[1:]), row, column)

    def _column(self, title: str, state: FitState, image: QImage | None, proposal: FitProposal) -> QWidget:
        """One side: page 1 with the fold marked, then each key fact with ✓ above or ✗ below the fold."""
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.addWidget(QLabel(f"<b>{title}</b>"))
        if image is not None:
            picture = QLabel()
            picture.setPixmap(QPixmap.fromImage(image))
            layout.addWidget(picture)
        marks = [f"{'✓' if fact.id in state.visible else '✗'} {fact.label}" for fact in proposal.facts]
        facts = QLabel("\n".join(marks))
        facts.setAccessibleName(f"Key facts {title.lower()}")
        layout.addWidget(facts)
        layout.addStretch(1)
        return column

    @staticmethod
    def _changes_text(proposal: FitProposal) -> str:
        if not proposal.changed:
            below = ", ".join(fact.label for fact in proposal.still_below)
            return f"Nothing to change: no readable style lifts {below}." if below else "Every key fact shows."
        lines = ["Apply sets, in the front matter:"] if proposal.settings else []
        lines += [f"    {key}: {value}" for key, value in proposal.settings.items()]
        for move in proposal.moves:
            lines.append(move.description[0].upper() + move.description[1:])
            if move.kind == "trim-summary":
                lines += [f"    keeps: {move.kept}", f"    drops: {move.dropped}"]
        return "\n".join(lines)

    def _on_apply(self) -> None:
        if self.proposal is None:
            return
        if self._current_text() != self._request.text:
            self.status.setText("The resume changed since this proposal was made; run Fit to the fold again.")
            self.apply_button.setEnabled(False)
            return
        self.apply_requested.emit(self.proposal.text)
        self.accept()
