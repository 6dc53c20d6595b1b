"""The app's side of applications: the workspace folder (remembered), "New Application…", the export bundle.

Why a controller: the panel lists, the dialog collects, the core creates and exports; this
object connects them to the window's files and prompts and keeps the workspace in QSettings,
so the list is there again after a restart.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from editor.analysis.applications.bundle import export_bundle
from editor.analysis.applications.create import create_application
from editor.analysis.applications.record import METADATA_FILE, ApplicationRecord, read_record
from editor.analysis.applications.scores import rescore_application
from editor.analysis.letter.placeholders import placeholder_warnings
from editor.analysis.letter.posting import posting_facts
from editor.formats.errors import FormatError
from editor.formats.importing.job_description import read_job_description
from editor.formats.registry import read_text_file
from editor.ui.applications_dialog import NewApplication, NewApplicationDialog, folder_name_for
from editor.ui.applications_panel import ApplicationsPanel
from editor.ui.file_controller import FileController
from editor.ui.prompts import Prompts

WORKSPACE_KEY = "applications/workspace"
MASTER_KEY = "applications/master"


def letter_ready_or_confirmed(prompts: Prompts, letter_text: str) -> bool:
    """True when the letter has no placeholder left, or the user says to export it anyway."""
    warnings = placeholder_warnings(letter_text)
    return not warnings or prompts.ask_yes_no(
        "The letter is not finished",
        f"{len(warnings)} placeholder(s) are still in the letter, e.g. {warnings[0]}.\n\nExport anyway?",
    )


class ApplicationsController(QObject):
    """Keeps the applications panel on the remembered workspace and carries out what it asks for."""

    status_message = Signal(str)

    def __init__(
        self, panel: ApplicationsPanel, files: FileController, prompts: Prompts, settings: QSettings, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.panel, self.files, self.prompts, self.settings = panel, files, prompts, settings
        saved = str(settings.value(WORKSPACE_KEY, "") or "")
        panel.set_workspace(Path(saved) if saved else None)
        panel.open_requested.connect(files.open_path)
        panel.new_requested.connect(self.new_application_dialog)
        panel.workspace_requested.connect(self.choose_workspace)
        panel.export_requested.connect(lambda folder: self.export(Path(folder)))
        panel.message.connect(self.status_message)
        files.saved.connect(self.rescore_saved)

    def set_workspace(self, folder: Path) -> None:
        """List the applications in `folder` from now on, also after a restart."""
        self.settings.setValue(WORKSPACE_KEY, str(folder))
        self.panel.set_workspace(folder)

    def choose_workspace(self) -> None:
        start = str(self.panel.workspace or Path.home())
        folder = QFileDialog.getExistingDirectory(self.parent(), "Workspace folder for applications", start)
        if folder:
            self.set_workspace(Path(folder))

    def new_application_dialog(self) -> None:
        """Ask for the posting, the master and the folder, then create the application."""
        dialog = NewApplicationDialog(self._master_guess(), str(self.panel.workspace or ""), self.parent())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.create(dialog.request())

    def create(self, request: NewApplication) -> Path | None:
        """Create the folder, list it and open its tailored resume; an error is one message, nothing made."""
        try:
            if request.posting_path is not None:
                request, record = self._create(request, request.posting_path)
            else:
                with tempfile.TemporaryDirectory(prefix="foldline-posting-") as temporary:
                    pasted = Path(temporary) / "posting.txt"
                    pasted.write_text(request.posting_text, encoding="utf-8")
                    request, record = self._create(request, pasted)
        except (FormatError, OSError) as error:
            self.prompts.error("The application was not created", str(error))
            return None
        self.settings.setValue(MASTER_KEY, str(request.master))
        self.set_workspace(request.workspace)
        self.panel.select_folder(request.folder)
        self.files.open_path(str(request.folder / record.resume))
        self.status_message.emit(f"New application: {record.role or 'the role'} at {record.company or 'the company'}")
        return request.folder

    def current_folder(self) -> Path | None:
        """The application the open file belongs to, else the one selected in the panel."""
        if self.files.path and (Path(self.files.path).parent / METADATA_FILE).is_file():
            return Path(self.files.path).parent
        return self.panel.selected_folder()

    def export(self, folder: Path | None) -> bool:
        """Write the application's PDF and Word pair, asking first while the letter has placeholders."""
        if folder is None:
            self.status_message.emit("Open or select an application first")
            return False
        try:
            if not letter_ready_or_confirmed(self.prompts, read_text_file(folder / read_record(folder).letter)):
                return False
            bundle = export_bundle(folder)
        except FormatError as error:
            self.prompts.error("The application was not exported", str(error))
            return False
        self.panel.refresh()
        self.panel.select_folder(folder)
        self.status_message.emit(f"Exported {', '.join(path.name for path in bundle.paths)}")
        return True

    def rescore_saved(self, path: str, text: str) -> None:
        """A saved application resume gets fresh scores in its row (and its `application.json`)."""
        folder = Path(path).parent
        if not (folder / METADATA_FILE).is_file():
            return
        try:
            if read_record(folder).resume != Path(path).name or rescore_application(folder, text) is None:
                return
        except FormatError as error:
            self.status_message.emit(f"Scores not updated: {error}")
            return
        self.panel.refresh()
        self.panel.select_folder(folder)

    def _create(self, request: NewApplication, posting: Path) -> tuple[NewApplication, ApplicationRecord]:
        """Create the folder; without a folder name, one from the posting's company and role, not yet taken."""
        if not request.folder_name:
            facts = posting_facts(read_job_description(posting))
            base = folder_name_for(request.company or facts.company, request.role or facts.title)
            taken = (path.name for path in request.workspace.iterdir()) if request.workspace.is_dir() else ()
            names = set(taken)
            number = next(number for number in range(1, len(names) + 2) if _numbered(base, number) not in names)
            request = replace(request, folder_name=_numbered(base, number))
        record = create_application(request.master, posting, request.folder, company=request.company, role=request.role)
        return request, record

    def _master_guess(self) -> str:
        """The open resume if it is not itself a tailored copy, else the last master used."""
        path = self.files.path
        if (
            path
            and Path(path).suffix.lower() in (".md", ".markdown")
            and not (Path(path).parent / METADATA_FILE).exists()
        ):
            return str(path)
        return str(self.settings.value(MASTER_KEY, "") or "")


def _numbered(name: str, number: int) -> str:
    """ "acme-sre", then "acme-sre-2": a second application to the same job gets its own folder."""
    return name if number == 1 else f"{name}-{number}"
