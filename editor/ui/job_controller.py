"""Which job description goes with which resume, kept between runs of the app.

A resume can name its posting in the front matter (`jd: job-description.txt`, relative to the
resume); otherwise the text the user pasted or opened is remembered in the data folder under
the resume's path. The resume text itself is never edited to record this.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from editor.formats.atomic import write_atomic
from editor.formats.errors import FormatError
from editor.formats.importing.job_description import BINARY_POSTINGS, read_job_description, start_reading_posting
from editor.formats.markdown.comments import mask_comments
from editor.formats.markdown.lines import read_front_matter, split_lines
from editor.formats.registry import read_text_file
from editor.ui.file_controller import FileController
from editor.ui.job_panel import JobPanel
from editor.ui.long_lines import refuse_overlong_lines
from editor.ui.prompts import JD_FILTER, Prompts


def front_matter_jd(text: str) -> str | None:
    """The `jd:` value of the resume text's front matter, if any.

    Why not read_markdown: this runs on the UI thread as a file opens, and parsing a whole long
    resume to find one setting at its top took 60 ms of the open.
    """
    return read_front_matter(split_lines(mask_comments(text).text))[0].get("jd") or None


class JobController(QObject):
    status_message = Signal(str)

    def __init__(
        self, panel: JobPanel, files: FileController, prompts: Prompts, folder: Path, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._panel = panel
        self._files = files
        self._prompts = prompts
        self._folder = folder
        self._resume_path: str | None = None
        panel.open_requested.connect(self.open_dialog)

    def _store_path(self, resume_path: str) -> Path:
        return self._folder / (hashlib.sha1(resume_path.encode("utf-8")).hexdigest()[:16] + ".txt")

    def load_for_resume(self, resume_path: str | None, resume_text: str) -> None:
        """Show the posting that belongs to a resume just opened (or keep the pane for a new one)."""
        self.remember()
        self._resume_path = resume_path
        named = front_matter_jd(resume_text)
        if named and resume_path:
            target = Path(resume_path).parent / named
            try:
                self._panel.set_text(self._read_posting(target))
                return
            except FormatError as error:
                self.status_message.emit(f"The job description named in the resume could not be read: {error}")
        if resume_path and self._store_path(resume_path).is_file():
            try:
                self._panel.set_text(read_text_file(self._store_path(resume_path)))
            except FormatError as error:
                self.status_message.emit(f"The remembered job description could not be read: {error}")

    def remember(self) -> None:
        """Keep the pane's text for the current resume (best effort: a failure is only reported)."""
        if not self._resume_path:
            return
        text = self._panel.text()
        store = self._store_path(self._resume_path)
        try:
            if text.strip():
                self._folder.mkdir(parents=True, exist_ok=True)
                write_atomic(store, text.encode("utf-8"))
            elif store.exists():
                store.unlink()
        except (OSError, FormatError) as error:
            self.status_message.emit(f"Could not remember the job description: {error}")

    def open_dialog(self) -> None:
        folder = str(Path(self._resume_path).parent) if self._resume_path else str(Path.home())
        path = self._prompts.open_path("Open a job description", folder, JD_FILTER)
        if not path:
            return
        try:
            self._panel.set_text(self._read_posting(path))
        except FormatError as error:
            self._prompts.error("Cannot open the job description", str(error))

    def _read_posting(self, path: str | Path) -> str:
        """A text posting is read at once; a Word or PDF one in a worker process while the window
        stays live, with a busy dialog and Cancel when it takes a while (as an import does)."""
        if Path(path).suffix.lower() not in BINARY_POSTINGS:
            text = read_job_description(path)
        else:
            from editor.ui.import_progress import read_in_worker

            text = read_in_worker(start_reading_posting(path), path, self._panel.window())
        refuse_overlong_lines(text, Path(path).name)
        return text
