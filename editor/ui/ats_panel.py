"""What an applicant tracking system parses: each field read from the exported PDF beside what the
resume says (right / wrong / missing, why, click to go to the line), and the extracted text below.

The read-back runs in its own slower background pipeline after each preview update (the
extractor and the field reader take tens of milliseconds, too slow for the typing loop).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.analysis.ats import AtsReport, check_ats
from editor.analysis.ats.compare import RIGHT, WRONG, FieldCheck
from editor.analysis.snapshot import Analysis
from editor.ui.pipeline import LivePipeline

ATS_DELAY_MS = 500  # a half-second pause after the live refresh: the ~50 ms read-back (2 pages) then runs in its worker
COLUMNS = ("", "Field", "Your resume says", "An ATS parses", "Why")
_MARKS = {RIGHT: ("✓", "#2e7d32"), WRONG: ("✗", "#c62828")}
_MISSING_MARK = ("–", "#ef6c00")


def _read_back(analysis: Analysis) -> AtsReport:
    return check_ats(analysis.resume, analysis.pdf.data, quick=True)


class AtsPanel(QWidget):
    """Shows the parsed fields, then whether any text was lost, garbled or out of order."""

    checked = Signal(object)  # the AtsReport
    go_to_requested = Signal(int, int)  # resume line (1-based), column

    def __init__(self, inline: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verdict = QLabel("The fields an applicant tracking system parses from your PDF appear here.")
        self.verdict.setWordWrap(True)
        self.fields = QTableWidget(0, len(COLUMNS))
        self.fields.setAccessibleName("Fields an ATS parses")
        self.fields.setHorizontalHeaderLabels(COLUMNS)
        self.fields.verticalHeader().setVisible(False)
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fields.setWordWrap(False)
        header = self.fields.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.fields.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header.setStretchLastSection(True)
        self.fields.cellClicked.connect(self._on_cell_clicked)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName("Text an ATS reads")
        self.text.setFont(QFont("DejaVu Sans Mono", 9))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.fields)
        split.addWidget(self.text)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.verdict)
        layout.addWidget(split, 1)
        self._checks: tuple[FieldCheck, ...] = ()
        self._pipeline = LivePipeline(_read_back, delay_ms=ATS_DELAY_MS, parent=self, inline=inline)
        self._pipeline.result_ready.connect(self._on_report)
        self._pipeline.failed.connect(lambda message: self.verdict.setText(f"Could not read the PDF back: {message}"))

    def request(self, analysis: Analysis) -> None:
        self._pipeline.request(analysis)

    def wait_idle(self) -> None:
        self._pipeline.wait_idle(3000)

    def _on_report(self, report: AtsReport) -> None:
        self._checks = report.fields[0].checks if report.fields else ()
        right = sum(check.verdict == RIGHT for check in self._checks)
        counted = f"{right} of {len(self._checks)} fields parsed right"
        if report.ok:
            self.verdict.setText(f"✓ {counted}; a parser reads every word of your PDF, in order, with your name first.")
        else:
            problems = "; ".join(finding.message for finding in report.findings[:3])
            self.verdict.setText(f"⚠ {counted}. {problems}")
        self._show_checks()
        self.text.setPlainText(report.plain_text)
        self.checked.emit(report)

    def _show_checks(self) -> None:
        self.fields.setRowCount(len(self._checks))
        for row, check in enumerate(self._checks):
            mark, color = _MARKS.get(check.verdict, _MISSING_MARK)
            cells = (mark, check.label, check.expected, check.parsed or "(nothing)", check.reason)
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(f"{check.verdict}: {check.reason}" if check.reason else check.verdict)
                if column == 0:
                    item.setForeground(QBrush(QColor(color)))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.fields.setItem(row, column, item)
        self.fields.resizeColumnsToContents()

    def _on_cell_clicked(self, row: int, _column: int) -> None:
        if 0 <= row < len(self._checks) and self._checks[row].line:
            self.go_to_requested.emit(self._checks[row].line, 0)
