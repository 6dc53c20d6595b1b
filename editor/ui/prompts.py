"""Every question and message box the app shows, behind one object tests can replace.

Why: modal dialogs block a test run; novelWriter and Dangerzone patch `exec` globally. One
small seam with named questions keeps tests honest about what the user was asked.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from editor.ui.autosave import Recovery
from editor.ui.recovery_dialog import RecoveryChoice, RecoveryDialog

RESUME_FILTER = "Resume Markdown (*.md *.markdown *.txt)"
IMPORT_FILTER = "Resumes (*.docx *.pdf *.json *.md *.markdown *.txt);;Word (*.docx);;PDF (*.pdf);;JSON Resume (*.json)"
JD_FILTER = "Job descriptions (*.txt *.md *.docx *.pdf *.html *.htm);;All files (*)"


class SaveChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Prompts:
    """The real dialogs. Methods return the user's answer; None means cancelled."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def open_path(self, title: str, folder: str, file_filter: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, title, folder, file_filter)
        return path or None

    def save_path(self, title: str, suggested: str, file_filter: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, file_filter)
        return path or None

    def ask_save_changes(self, name: str) -> SaveChoice:
        answer = QMessageBox.question(
            self.parent,
            "Unsaved changes",
            f"Save the changes to {name} before closing it?",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        return {
            QMessageBox.StandardButton.Save: SaveChoice.SAVE,
            QMessageBox.StandardButton.Discard: SaveChoice.DISCARD,
        }.get(answer, SaveChoice.CANCEL)

    def ask_yes_no(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(
            self.parent, title, question, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        )
        return answer == QMessageBox.StandardButton.Yes

    def choose_recoveries(self, copies: list[Recovery]) -> dict[str, RecoveryChoice]:
        """What to do with each crash copy; a cancelled dialog keeps them all for later."""
        dialog = RecoveryDialog(copies, self.parent)
        dialog.exec()
        return dialog.choices()

    def error(self, title: str, message: str) -> None:
        QMessageBox.warning(self.parent, title, message)

    def info(self, title: str, message: str) -> None:
        QMessageBox.information(self.parent, title, message)
