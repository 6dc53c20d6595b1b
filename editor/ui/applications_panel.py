"""The applications dashboard: every application in the workspace folder, its scores and status.

Why a table that only lists and forwards: the core (`editor.analysis.applications`) reads and
writes the folders; this widget shows them, lets the status be changed in place, and asks the
window to open a resume or letter or to export the bundle. An application whose metadata
cannot be read gets a row with the reason, and the others are listed as usual.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.analysis.applications.listing import ApplicationEntry, list_applications
from editor.analysis.applications.record import STATUSES, update_record
from editor.formats.errors import FormatError

COLUMNS = ("Company", "Role", "Match", "First screen", "Status", "Date")
STATUS_COLUMN = COLUMNS.index("Status")
_PROBLEM_COLOUR = QColor("#b3261e")


class ApplicationsPanel(QWidget):
    """Lists the workspace's applications; double-click opens the tailored resume."""

    open_requested = Signal(str)  # a file to open in the editor
    new_requested = Signal()
    export_requested = Signal(str)  # an application folder
    workspace_requested = Signal()
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Path | None = None
        self.entries: list[ApplicationEntry] = []
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(lambda row, _column: self._open(row, "resume"))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.new_button = QPushButton("New Application…")
        self.folder_button = QPushButton("Workspace…")
        self.refresh_button = QPushButton("Refresh")
        self.refresh_button.setToolTip("Read the folder again (after you edited or added files by hand)")
        self.refresh_button.clicked.connect(self.refresh)
        self.resume_button = QPushButton("Open Resume")
        self.letter_button = QPushButton("Open Letter")
        self.export_button = QPushButton("Export PDF + Word")
        self.new_button.clicked.connect(self.new_requested)
        self.folder_button.clicked.connect(self.workspace_requested)
        self.resume_button.clicked.connect(lambda: self._open(self.table.currentRow(), "resume"))
        self.letter_button.clicked.connect(lambda: self._open(self.table.currentRow(), "letter"))
        self.export_button.clicked.connect(self._export)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.resume_button, self.letter_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.folder_label, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.folder_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.set_workspace(None)

    def set_workspace(self, folder: Path | None) -> None:
        """Show the applications in `folder` (None: ask for one)."""
        self.workspace = folder
        self.refresh()

    def refresh(self) -> None:
        """Read the workspace again (after a change on disk or a new application)."""
        self.entries = []
        if self.workspace is None:
            self.folder_label.setText("Choose a workspace folder to keep your applications in.")
        else:
            try:
                self.entries = list_applications(self.workspace)
                self.folder_label.setText(f"{self.workspace} · {len(self.entries)} application(s)")
            except FormatError as error:
                self.folder_label.setText(str(error))
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            self._fill_row(row, entry)
        self._update_buttons()

    def select_folder(self, folder: Path) -> None:
        """Select the row of an application folder (a new one, for instance)."""
        for row, entry in enumerate(self.entries):
            if entry.folder.resolve() == folder.resolve():
                self.table.selectRow(row)

    def selected_folder(self) -> Path | None:
        row = self.table.currentRow()
        return self.entries[row].folder if 0 <= row < len(self.entries) else None

    def _fill_row(self, row: int, entry: ApplicationEntry) -> None:
        record = entry.record
        if record is None:
            cells = [entry.folder.name, entry.problem, "", "", "", ""]
        else:
            scores = [
                str(score) if score is not None else "–" for score in (record.match_score, record.first_screen_score)
            ]
            cells = [record.company or "?", record.role or "?", *scores, record.status, record.date.isoformat()]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(entry.problem or str(entry.folder))
            if column in (2, 3):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if record is None:
                item.setForeground(QBrush(_PROBLEM_COLOUR))
            self.table.setItem(row, column, item)
        self.table.removeCellWidget(row, STATUS_COLUMN)
        if record is not None:
            self.table.setCellWidget(row, STATUS_COLUMN, self._status_box(entry.folder, record.status))

    def _status_box(self, folder: Path, status: str) -> QComboBox:
        box = QComboBox()
        box.addItems(STATUSES)
        box.setCurrentText(status)
        box.currentTextChanged.connect(lambda value, box=box: self._set_status(folder, value, box))
        return box

    def _set_status(self, folder: Path, status: str, box: QComboBox) -> None:
        try:
            update_record(folder, status=status)
        except FormatError as error:
            self.message.emit(f"The status was not changed: {error}")
            self.refresh()
            return
        self.message.emit(f"{folder.name}: {status}")

    def _open(self, row: int, which: str) -> None:
        record = self.entries[row].record if 0 <= row < len(self.entries) else None
        if record is not None:
            name = record.resume if which == "resume" else record.letter
            self.open_requested.emit(str(self.entries[row].folder / name))

    def _export(self) -> None:
        folder = self.selected_folder()
        if folder is not None:
            self.export_requested.emit(str(folder))

    def _update_buttons(self) -> None:
        row = self.table.currentRow()
        readable = 0 <= row < len(self.entries) and self.entries[row].record is not None
        for button in (self.resume_button, self.letter_button, self.export_button):
            button.setEnabled(readable)
        self.new_button.setEnabled(True)
