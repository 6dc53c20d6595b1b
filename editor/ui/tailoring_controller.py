"""Tailoring actions: compare the open resume with its `master:`, insert a master bullet, bring one back.

Why each action is explicit and undoable: tailoring must never change a word the user did not
ask to change. A bullet inserted into the open resume is one edit block (Ctrl+Z takes it out);
a bullet brought back to the master is written to the master file atomically, and "Undo Bring
Back" restores the file as it was — unless the master changed since, which it then says.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from editor.analysis.applications.create import MASTER_SETTING
from editor.analysis.applications.tailoring import BulletSuggestion, bring_back, master_bullets_for, side_by_side
from editor.analysis.snapshot import Analysis
from editor.formats.atomic import write_atomic
from editor.formats.errors import FormatError
from editor.formats.registry import read_text_file
from editor.ui.file_controller import FileController
from editor.ui.tailoring_panel import TailoringPanel


class TailoringController(QObject):
    """Feeds the tailoring tab from each analysis and applies what the user picks there."""

    status_message = Signal(str)

    def __init__(self, panel: TailoringPanel, editor: QPlainTextEdit, files: FileController, parent: QWidget) -> None:
        super().__init__(parent)
        self.panel, self.editor, self.files = panel, editor, files
        self._analysis: Analysis | None = None
        self._undo: tuple[Path, str, str] | None = None  # master path, text before, text after
        panel.insert_requested.connect(self.insert)
        panel.bring_back_requested.connect(self.bring_back_at_cursor)
        panel.undo_requested.connect(self.undo_bring_back)
        panel.shown.connect(lambda: self.show_analysis(self._analysis))

    def master_path(self) -> Path | None:
        """The master the open resume names (`master: ../master.md`, relative to its folder)."""
        analysis = self._analysis
        name = analysis.resume.settings.get(MASTER_SETTING, "").strip() if analysis is not None else ""
        if not name:
            return None
        folder = Path(self.files.path).parent if self.files.path else Path.cwd()
        return folder / name

    def show_analysis(self, analysis: Analysis | None) -> None:
        """Refresh the tab from the newest analysis (only while it is on screen: it reads the master)."""
        self._analysis = analysis
        if analysis is None or not self.panel.isVisible():
            return
        path = self.master_path()
        if path is None:
            self.panel.show_message("This document names no master resume (front matter `master: ../master.md`).")
            return
        try:
            master = read_text_file(path)
        except FormatError as error:
            self.panel.show_message(f"The master resume cannot be read: {error}")
            return
        text = analysis.request.text
        missing = [result.keyword for result in analysis.keywords.terms if not result.matched]
        self.panel.show_comparison(path.name, side_by_side(master, text), master_bullets_for(master, text, missing))

    def insert(self, offer: BulletSuggestion) -> None:
        """Insert a master bullet after the last bullet of its job, as one undo step."""
        document = self.editor.document()
        if offer.insert_after is None or offer.insert_after > document.blockCount():
            return
        cursor = QTextCursor(document.findBlockByNumber(offer.insert_after - 1))
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        cursor.beginEditBlock()
        cursor.insertText("\n" + offer.bullet)
        cursor.endEditBlock()
        self.editor.setTextCursor(cursor)
        self.status_message.emit(f"Inserted a bullet with “{offer.term}” (Ctrl+Z takes it out)")

    def bring_back_at_cursor(self) -> None:
        """Add the bullet under the cursor to the same job in the master file."""
        path = self.master_path()
        if path is None:
            self.status_message.emit("This document names no master resume")
            return
        line = self.editor.textCursor().blockNumber() + 1
        try:
            before = read_text_file(path)
            after, at = bring_back(before, self.editor.toPlainText(), line)
            write_atomic(path, after.encode("utf-8"))
        except FormatError as error:
            self.status_message.emit(f"Not brought back: {error}")
            return
        self._undo = (path, before, after)
        self.panel.set_undo_available(True)
        self.status_message.emit(f"Added to {path.name}, line {at}")
        self.show_analysis(self._analysis)

    def undo_bring_back(self) -> None:
        """Put the master back as it was before the last bring-back, if nobody changed it since."""
        if self._undo is None:
            return
        path, before, after = self._undo
        try:
            if read_text_file(path) != after:
                self.status_message.emit(f"{path.name} changed since; it was left as it is")
            else:
                write_atomic(path, before.encode("utf-8"))
                self.status_message.emit(f"{path.name} is as it was")
        except FormatError as error:
            self.status_message.emit(f"Not undone: {error}")
            return
        self._undo = None
        self.panel.set_undo_available(False)
        self.show_analysis(self._analysis)
