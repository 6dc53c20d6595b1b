""" "New Application…": the posting (pasted or opened), the master resume, and where the folder goes.

Why a dialog that only collects: `NewApplication` is what the user chose; the controller
creates the folder with the core's `create_application`, so the app and `foldline apply` build
the same thing. Company and role may stay empty: the posting's own words are used then.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.analysis.applications.bundle import file_stem
from editor.ui.prompts import JD_FILTER, RESUME_FILTER


@dataclass(frozen=True)
class NewApplication:
    """The answers of the dialog; `posting_path` wins over `posting_text` when both are given.

    An empty `folder_name` is made from the posting's company and role when the folder is created.
    """

    master: Path
    workspace: Path
    folder_name: str
    posting_text: str = ""
    posting_path: Path | None = None
    company: str = ""
    role: str = ""

    @property
    def folder(self) -> Path:
        return self.workspace / self.folder_name


def folder_name_for(company: str, role: str, fallback: str = "application") -> str:
    """ "Brightwave", "Account Executive" -> "brightwave-account-executive"."""
    return file_stem(f"{company} {role}").casefold() or fallback


class NewApplicationDialog(QDialog):
    """Collects a `NewApplication`; OK stays disabled until a master, a posting and a workspace are there."""

    def __init__(self, master: str, workspace: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New Application")
        self.master_edit = QLineEdit(master)
        self.workspace_edit = QLineEdit(workspace)
        self.posting_edit = QPlainTextEdit()
        self.posting_edit.setPlaceholderText("Paste the job posting here, or open the file you saved it in…")
        self.posting_path: Path | None = None
        self.posting_label = QLabel()
        self.company_edit = QLineEdit()
        self.company_edit.setPlaceholderText("as the posting says")
        self.role_edit = QLineEdit()
        self.role_edit.setPlaceholderText("as the posting says")
        self.folder_edit = QLineEdit()
        self.folder_edit.setPlaceholderText("a name from the company and role")
        form = QFormLayout()
        form.addRow("Master resume", self._with_button(self.master_edit, "Choose…", self._choose_master))
        form.addRow("Workspace folder", self._with_button(self.workspace_edit, "Choose…", self._choose_workspace))
        form.addRow("Company", self.company_edit)
        form.addRow("Role", self.role_edit)
        form.addRow("Folder name", self.folder_edit)
        posting_row = QHBoxLayout()
        posting_row.addWidget(QLabel("Job posting"))
        posting_row.addWidget(self.posting_label, 1)
        open_button = QPushButton("Open File…")
        open_button.clicked.connect(self._choose_posting)
        posting_row.addWidget(open_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Create")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(posting_row)
        layout.addWidget(self.posting_edit, 1)
        layout.addWidget(self.buttons)
        for edit in (self.master_edit, self.workspace_edit):
            edit.textChanged.connect(self._update_ok)
        self.posting_edit.textChanged.connect(self._update_ok)
        self.resize(640, 560)
        self._update_ok()

    def request(self) -> NewApplication:
        """What the user chose (call after the dialog was accepted)."""
        company, role = self.company_edit.text().strip(), self.role_edit.text().strip()
        named = folder_name_for(company, role, "") if company or role else ""
        return NewApplication(
            master=Path(self.master_edit.text().strip()),
            workspace=Path(self.workspace_edit.text().strip()),
            folder_name=self.folder_edit.text().strip() or named,
            posting_text=self.posting_edit.toPlainText(),
            posting_path=self.posting_path,
            company=company,
            role=role,
        )

    def set_posting_file(self, path: Path) -> None:
        """Use a saved posting (text, PDF, Word); the folder keeps it as it is."""
        self.posting_path = path
        self.posting_label.setText(path.name)
        self.posting_edit.setPlaceholderText(f"{path.name} will be copied into the application folder")
        self._update_ok()

    def _with_button(self, edit: QLineEdit, text: str, slot: object) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        button = QPushButton(text)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return row

    def _choose_master(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Master resume", self.master_edit.text(), RESUME_FILTER)
        if path:
            self.master_edit.setText(path)

    def _choose_workspace(self) -> None:
        path = QFileDialog.getExistingDirectory(self, "Workspace folder", self.workspace_edit.text())
        if path:
            self.workspace_edit.setText(path)

    def _choose_posting(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Job posting", self.workspace_edit.text(), JD_FILTER)
        if path:
            self.set_posting_file(Path(path))

    def _update_ok(self) -> None:
        ready = bool(self.master_edit.text().strip() and self.workspace_edit.text().strip())
        ready = ready and (self.posting_path is not None or bool(self.posting_edit.toPlainText().strip()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)
