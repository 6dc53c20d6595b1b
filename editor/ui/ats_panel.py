"""What an applicant tracking system reads: the exported PDF's text as a parser extracts it.

The read-back runs in its own slower background pipeline after each preview update (the
extractor takes tens of milliseconds, too slow for the typing loop).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from editor.analysis.ats import AtsReport, check_ats
from editor.analysis.snapshot import Analysis
from editor.ui.pipeline import LivePipeline

ATS_DELAY_MS = 1500  # after a longer pause, so the read-back never competes with typing


def _read_back(analysis: Analysis) -> AtsReport:
    return check_ats(analysis.resume, analysis.pdf.data, quick=True)


class AtsPanel(QWidget):
    """Shows the extracted text and whether anything was lost, garbled or out of order."""

    checked = Signal(object)  # the AtsReport

    def __init__(self, inline: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verdict = QLabel("The text an applicant tracking system extracts from your PDF appears here.")
        self.verdict.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName("Text an ATS reads")
        self.text.setFont(QFont("DejaVu Sans Mono", 9))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.verdict)
        layout.addWidget(self.text, 1)
        self._pipeline = LivePipeline(_read_back, delay_ms=ATS_DELAY_MS, parent=self, inline=inline)
        self._pipeline.result_ready.connect(self._on_report)
        self._pipeline.failed.connect(lambda message: self.verdict.setText(f"Could not read the PDF back: {message}"))

    def request(self, analysis: Analysis) -> None:
        self._pipeline.request(analysis)

    def wait_idle(self) -> None:
        self._pipeline.wait_idle(3000)

    def _on_report(self, report: AtsReport) -> None:
        if report.ok:
            self.verdict.setText("✓ A parser reads every word of your PDF, in order, with your name first.")
        else:
            problems = "; ".join(finding.message for finding in report.findings[:4])
            self.verdict.setText(f"⚠ {problems}")
        self.text.setPlainText(report.plain_text)
        self.checked.emit(report)
