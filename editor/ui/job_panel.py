"""The job-description pane: paste or open a posting, see its terms matched or missing.

The posting's text is highlighted (blue: your resume has it; orange dotted: missing), a table
lists each term with its weight, how it matched and what to do, and the score sits on top.
Clicking a term jumps to where the resume uses it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from editor.analysis.keywords import KeywordReport, MatchKind
from editor.ui.long_lines import LongLineSafeEdit
from editor.ui.text_positions import utf16_offset

MATCHED_COLOUR = QColor(9, 105, 218, 60)  # blue tint; paired with orange for colour-blind readers
MISSING_COLOUR = QColor("#d9730d")
KIND_LABELS = {
    MatchKind.EXACT: "✓ exact",
    MatchKind.VARIANT: "≈ variant",
    MatchKind.ALIAS: "≈ alias",
    MatchKind.MISSING: "✗ missing",
}
TERM_ROLE = Qt.ItemDataRole.UserRole


class JobPanel(QWidget):
    """Holds the job description text and shows how the resume answers it."""

    text_changed = Signal()
    go_to_requested = Signal(int, int)  # resume line, column
    open_requested = Signal()
    bold_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = LongLineSafeEdit()
        self.editor.setPlaceholderText("Paste the job description here, or open it from a file.")
        self.editor.setAccessibleName("Job description")
        self.score = QLabel("Paste a job description to see how your resume matches it.")
        self.score.setWordWrap(True)
        open_button = QPushButton("Open…")
        open_button.setToolTip("Open a job description (.txt, .md, .docx, .pdf)")
        open_button.clicked.connect(self.open_requested)
        self.bold_button = QPushButton("Bold matched keywords")
        self.bold_button.setToolTip("Put the heaviest matched term of each bullet in bold (one undo step)")
        self.bold_button.clicked.connect(self.bold_requested)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(["Term", "Weight", "In your resume", "First screen", "What to do"])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.cellClicked.connect(self._on_cell_clicked)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self._on_text_settled)
        self._text = ""
        self.editor.textChanged.connect(self._debounce.start)

        buttons = QHBoxLayout()
        buttons.addWidget(self.score, 1)
        buttons.addWidget(open_button)
        buttons.addWidget(self.bold_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.editor)
        split.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)

    def text(self) -> str:
        """The posting as of the last pause in editing it (cheap: no copy of a long paste per keystroke)."""
        return self._text

    def set_text(self, text: str) -> None:
        """Replace the posting without triggering an extra analysis round for each block."""
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        self._on_text_settled()

    def _on_text_settled(self) -> None:
        self._text = self.editor.toPlainText()
        self.text_changed.emit()

    def show_report(self, report: KeywordReport, jd_text: str, above_fold: frozenset[str] = frozenset()) -> None:
        """Show a report, unless the posting changed since the snapshot it was made from."""
        if jd_text != self.text():
            return
        if not report.terms:
            self.score.setText("Paste a job description to see how your resume matches it.")
        else:
            matched = sum(1 for term in report.terms if term.matched)
            self.score.setText(f"<b>Keyword match {report.score}/100</b> · {matched} of {len(report.terms)} terms")
            self.score.setToolTip(report.breakdown())
        self._fill_table(report, above_fold)
        self._highlight(report)

    def _fill_table(self, report: KeywordReport, above_fold: frozenset[str]) -> None:
        self.table.setRowCount(len(report.terms))
        for row, result in enumerate(report.terms):
            keyword = result.keyword
            cells = [
                keyword.term + (" (required)" if keyword.required else ""),
                f"{keyword.weight:.1f}",
                KIND_LABELS[result.kind] + (f" ×{len(result.occurrences)}" if result.occurrences else ""),
                ("✓ seen" if keyword.term in above_fold else "below the fold") if result.matched else "",
                result.suggestion or "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(TERM_ROLE, result)
                if column == 2 and not result.matched:
                    item.setForeground(MISSING_COLOUR)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

    def _highlight(self, report: KeywordReport) -> None:
        document = self.editor.document()
        selections = []
        for highlight in report.jd_highlights():
            block = document.findBlockByNumber(highlight.line - 1)
            if not block.isValid():
                continue
            cursor = QTextCursor(block)
            cursor.setPosition(block.position() + utf16_offset(block.text(), highlight.start_column))
            cursor.setPosition(
                block.position() + utf16_offset(block.text(), highlight.end_column), QTextCursor.MoveMode.KeepAnchor
            )
            char_format = QTextCharFormat()
            if highlight.kind == "matched":
                char_format.setBackground(MATCHED_COLOUR)
            else:
                char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                char_format.setUnderlineColor(MISSING_COLOUR)
                char_format.setForeground(MISSING_COLOUR)
            char_format.setToolTip(
                f"{highlight.term}: {'in your resume' if highlight.kind == 'matched' else 'missing'}"
            )
            char_format.setProperty(QTextFormat.Property.FullWidthSelection, False)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = char_format
            selections.append(selection)
        self.editor.setExtraSelections(selections)

    def _on_cell_clicked(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        result = item.data(TERM_ROLE) if item is not None else None
        if result is not None and result.occurrences:
            location = result.occurrences[0].location
            self.go_to_requested.emit(location.line, location.column)
        elif result is not None and result.fit is not None and result.fit.line:
            self.go_to_requested.emit(result.fit.line, 0)
