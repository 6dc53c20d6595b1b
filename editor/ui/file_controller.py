"""Open, save, import, export, recent files, autosave and outside changes for one document.

Constraints: saves and exports are atomic (a failure leaves the old file as it was and says
why); the text the user typed is written back exactly, with the line endings it had; unsaved
work is autosaved every few seconds and offered back after a crash.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from editor.formats.atomic import remove_stale_temporaries, write_atomic
from editor.formats.errors import FormatError
from editor.formats.provenance import marked, needs_consent, refuse_source
from editor.formats.registry import (
    MAX_TEXT_BYTES,
    decode_text,
    read_bytes,
    render_resume,
    start_reading,
)
from editor.model import Resume
from editor.ui.autosave import AutosaveStore, Recovery
from editor.ui.long_lines import refuse_overlong_lines
from editor.ui.prompts import IMPORT_FILTER, RESUME_FILTER, Prompts, SaveChoice
from editor.ui.recovery_dialog import RecoveryChoice

AUTOSAVE_INTERVAL_MS = 4000
MAX_RECENT = 10
EXPORT_UNCHANGED = "Nothing was written: your resume and any older export are as they were."


class FileController(QObject):
    """The file side of the main window; widgets call its slots, it reports with signals."""

    document_changed = Signal(object)  # the new path (str) or None for an untitled document
    status_message = Signal(str)
    recent_changed = Signal(list)
    imported = Signal(str, list)  # the imported file's name and what the user should check
    saved = Signal(str, str)  # the path written and the text it now holds

    def __init__(
        self,
        editor: QPlainTextEdit,
        prompts: Prompts,
        autosave: AutosaveStore,
        settings: QSettings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._editor = editor
        self._prompts = prompts
        self._autosave = autosave
        self._settings = settings
        self.path: str | None = None
        self._newline = "\n"
        self._bom = False
        self._autosave_key = autosave.new_key()  # this window's, whatever it opens (issue 21)
        self._last_autosaved = ""
        self._disk_text: str | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_file_changed_on_disk)
        self._timer = QTimer(self)
        self._timer.setInterval(AUTOSAVE_INTERVAL_MS)
        self._timer.timeout.connect(self.autosave_now)
        self._timer.start()

    # --- state -------------------------------------------------------------------------
    @property
    def is_modified(self) -> bool:
        return self._editor.document().isModified()

    @property
    def display_name(self) -> str:
        return Path(self.path).name if self.path else "Untitled"

    def _set_text(self, text: str, path: str | None) -> None:
        self._autosave.discard(self._autosave_key)
        self._watch(None)
        self.path = path
        self._newline = "\r\n" if "\r\n" in text else "\n"
        self._bom = text.startswith("\ufeff")
        clean = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
        self._editor.setPlainText(clean)
        self._editor.document().setModified(False)
        self._last_autosaved = clean
        self._disk_text = clean if path else None
        self._watch(path)
        self.document_changed.emit(path)

    def _watch(self, path: str | None) -> None:
        if self._watcher.files():
            self._watcher.removePaths(self._watcher.files())
        if path:
            self._watcher.addPath(path)

    # --- opening -----------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False means the user cancelled what they were doing."""
        if not self.is_modified:
            return True
        choice = self._prompts.ask_save_changes(self.display_name)
        if choice is SaveChoice.SAVE:
            return self.save()
        return choice is SaveChoice.DISCARD

    def new_document(self, text: str = "") -> bool:
        if not self.maybe_save():
            return False
        self._set_text(text, None)
        if text:
            self._editor.document().setModified(True)
        return True

    def open_dialog(self) -> bool:
        path = self._prompts.open_path("Open resume", self._last_folder(), RESUME_FILTER + ";;" + IMPORT_FILTER)
        return self.open_path(path) if path else False

    def open_path(self, path: str) -> bool:
        """Open resume Markdown for editing; other formats are imported into a new document."""
        if Path(path).suffix.lower() not in (".md", ".markdown", ".txt"):
            return self.import_path(path)
        if not self.maybe_save():
            return False
        try:
            text = decode_text(read_bytes(Path(path), MAX_TEXT_BYTES), Path(path).name)
            refuse_overlong_lines(text, Path(path).name)
        except FormatError as error:
            self._prompts.error("Cannot open the resume", str(error))
            return False
        self._set_text(text, str(Path(path).resolve()))
        remove_stale_temporaries(Path(self.path).parent, Path(self.path).name)  # left by a save killed midway
        self._add_recent(self.path)
        self.status_message.emit(f"Opened {self.display_name}")
        return True

    def import_dialog(self) -> bool:
        path = self._prompts.open_path("Import a resume", self._last_folder(), IMPORT_FILTER)
        return self.import_path(path) if path else False

    def import_path(self, path: str) -> bool:
        """Convert a Word, PDF or JSON Resume file into a new, unsaved resume Markdown document."""
        from editor.formats.bounded import Overrun
        from editor.formats.markdown.writer import write_markdown

        try:
            resume = self._read_in_worker(path)
        except Overrun:  # the user pressed Cancel (other overruns arrive as one-line FormatErrors)
            self.status_message.emit(f"Import of {Path(path).name} cancelled; nothing was changed")
            return False
        except FormatError as error:
            self._prompts.error("Cannot import the file", str(error))
            return False
        if not self.maybe_save():
            return False
        self._set_text(write_markdown(resume), None)
        self._editor.document().setModified(True)
        self.status_message.emit(f"Imported {Path(path).name}: check the result, then save it as resume Markdown")
        self.imported.emit(Path(path).name, [problem.message for problem in resume.problems])
        return True

    def _read_in_worker(self, path: str) -> Resume:
        """The file read in a worker process with a deadline; the window stays live and can cancel."""
        from editor.ui.import_progress import read_in_worker

        return read_in_worker(start_reading(path), path, self._editor.window())

    # --- saving ------------------------------------------------------------------------
    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self._write(self.path)

    def save_as(self) -> bool:
        suggested = self.path or str(Path(self._last_folder()) / "resume.md")
        path = self._prompts.save_path("Save resume as", suggested, RESUME_FILTER)
        if not path:
            return False
        if not Path(path).suffix:
            path += ".md"
        if not self._write(path):
            return False
        self.path = str(Path(path).resolve())
        self._watch(self.path)
        self._add_recent(self.path)
        self.document_changed.emit(self.path)
        return True

    def _write(self, path: str) -> bool:
        text = self._editor.toPlainText()
        data = ("\ufeff" if self._bom else "") + text.replace("\n", self._newline)
        self._watch(None)
        try:
            write_atomic(path, data.encode("utf-8"))
        except FormatError as error:
            self._prompts.error("The resume was not saved", f"{error}\n\nYour text is still here and autosaved.")
            self._watch(self.path)
            return False
        self._disk_text = text
        self._editor.document().setModified(False)
        self._autosave.discard(self._autosave_key)
        self._last_autosaved = text
        self._watch(path)
        self.status_message.emit(f"Saved {Path(path).name}")
        self.saved.emit(str(Path(path).resolve()), text)
        return True

    def export(self, suffix: str, template: str | None = None, paper: str | None = None) -> bool:
        """Export the current resume or letter as PDF or DOCX to a file the user picks."""
        from editor.formats.letter.export import render_letter
        from editor.formats.letter.lines import is_letter
        from editor.formats.markdown.reader import read_markdown

        base = Path(self.path).with_suffix(suffix) if self.path else Path(self._last_folder()) / f"resume{suffix}"
        label = {".pdf": "PDF (*.pdf)", ".docx": "Word document (*.docx)"}[suffix]
        target = self._prompts.save_path("Export", str(base), label)
        if not target:
            return False
        if Path(target).suffix.lower() != suffix:
            target += suffix
        if not self._may_replace(target):
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the first Word export makes font subsets: ~0.5 s
        failure = ""
        try:
            text = self._editor.toPlainText()
            if is_letter(text):
                folder = Path(self.path).parent if self.path else None
                data = render_letter(text, Path(target).suffix, template, paper, folder)
            else:
                data = render_resume(read_markdown(text), target, template, paper)
            write_atomic(target, marked(data, suffix))
        except (FormatError, KeyError) as error:
            failure = f"{error}\n\n{EXPORT_UNCHANGED}"
        except Exception as error:  # a writer's bug must still say so, never fail silently
            failure = (
                f"Foldline could not make the {label.split(' (')[0]} file: {type(error).__name__}: {error}\n\n"
                f"{EXPORT_UNCHANGED} Try the other format, and please report this with the resume attached."
            )
        finally:
            QApplication.restoreOverrideCursor()
        if failure:
            self._prompts.error("Export failed", failure)
            return False
        self.status_message.emit(f"Exported {Path(target).name}")
        return True

    def _may_replace(self, target: str) -> bool:
        """Never the resume itself; another existing file only if Foldline wrote it or the user agrees."""
        try:
            refuse_source(target, self.path)
        except FormatError as error:
            self._prompts.error("Export failed", str(error))
            return False
        question = (
            f"{Path(target).name} already exists and was not written by Foldline: it may be your original. "
            "Replace it with this export?"
        )
        return not needs_consent(target) or self._prompts.ask_yes_no("Replace a file?", question)

    # --- autosave, recovery, outside changes --------------------------------------------
    def autosave_now(self) -> None:
        text = self._editor.toPlainText()
        if not self.is_modified or text == self._last_autosaved:
            return
        try:
            self._autosave.save(self._autosave_key, text, self.path)
        except FormatError as error:
            self.status_message.emit(f"Autosave failed: {error}")
            return
        self._last_autosaved = text

    def offer_recovery(self) -> bool:
        """At start: list every copy crashed windows left, each with its own choice; True if one was restored.

        Only the user's choice for a copy touches it: a copy not restored or discarded stays for
        the next start (a second window started then offers it).
        """
        copies = self._autosave.recoverable()
        if not copies:
            return False
        choices = self._prompts.choose_recoveries(copies)
        restored: Recovery | None = None
        for copy in copies:
            choice = choices.get(copy.key, RecoveryChoice.LATER)
            if choice is RecoveryChoice.RESTORE and restored is None:
                restored = copy
            elif choice is RecoveryChoice.DISCARD:
                self._autosave.discard(copy.key)
            else:
                self._autosave.release(copy.key)
        return restored is not None and self._restore(restored)

    def _restore(self, copy: Recovery) -> bool:
        """Make a crash copy this window's document; the old copy goes once this window's own is written."""
        self._set_text(copy.text, copy.source_path)
        self._editor.document().setModified(True)
        self._last_autosaved = ""
        self.autosave_now()
        if self._last_autosaved:
            self._autosave.discard(copy.key)
        else:
            self._autosave.release(copy.key)
        self.status_message.emit("Recovered unsaved work; save it to keep it")
        return True

    def close_cleanly(self) -> None:
        """On a clean exit nothing is left to recover."""
        self._timer.stop()
        self._autosave.discard(self._autosave_key)

    def _on_file_changed_on_disk(self, path: str) -> None:
        try:
            disk = decode_text(read_bytes(Path(path), MAX_TEXT_BYTES), Path(path).name).replace("\r\n", "\n")
        except FormatError:
            self.status_message.emit(f"{Path(path).name} was removed or is unreadable; save to write it again")
            return
        finally:
            if Path(path).exists():
                self._watch(path)
        if disk == self._disk_text:
            return
        if self.is_modified:
            question = (
                f"{Path(path).name} was changed by another program, and you have unsaved changes. "
                "Load the version on disk and lose your changes?"
            )
        else:
            question = f"{Path(path).name} was changed by another program. Load the new version?"
        if self._prompts.ask_yes_no("File changed on disk", question):
            self._set_text(disk, path)
        else:
            self._disk_text = disk

    # --- recent files ------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self._settings.value("recent_files", [])
        files = [value] if isinstance(value, str) else list(value or [])
        return [path for path in files if Path(path).exists()]

    def _add_recent(self, path: str | None) -> None:
        if not path:
            return
        files = [path] + [p for p in self.recent_files() if p != path]
        self._settings.setValue("recent_files", files[:MAX_RECENT])
        self._settings.setValue("last_folder", str(Path(path).parent))
        self.recent_changed.emit(files[:MAX_RECENT])

    def _last_folder(self) -> str:
        return str(self._settings.value("last_folder", str(Path.home())))
