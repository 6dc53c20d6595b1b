"""Import… in the app: a Word or PDF resume becomes a new, unsaved resume, and what the import
was unsure of is listed over the editor until the user closes it or opens another document."""

from __future__ import annotations

import itertools
import multiprocessing
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton

from editor.formats.markdown.reader import read_markdown
from editor.ui.prompts import SaveChoice
from tests.formats.test_bounded_import import no_op_pdf

FIXTURES = Path(__file__).resolve().parent.parent / "formats"
SIDEBAR_PDF = FIXTURES / "engine_pdfs" / "sidebar-chromium-es.pdf"
TYPST_PDF = FIXTURES / "engine_pdfs" / "basic-typst.pdf"
WORD_FILE = FIXTURES / "engine_docx" / "html-plain-en.docx"


def test_import_makes_a_new_unsaved_resume_from_a_pdf(window, prompts) -> None:
    prompts.open_paths = [str(TYPST_PDF)]
    assert window.files.import_dialog()
    resume = read_markdown(window.editor.toPlainText())
    assert resume.header.name == "Jordan Rivera"
    assert [section.title for section in resume.sections][:2] == ["Professional Summary", "Work Experience"]
    assert window.files.path is None and window.isWindowModified()
    assert not window.import_notes.isVisible()  # nothing to check: no bar
    assert "Imported basic-typst.pdf" in window.statusBar().currentMessage()


def test_what_to_check_after_an_import_is_listed_over_the_editor(window, prompts) -> None:
    assert window.files.import_path(str(SIDEBAR_PDF))
    assert window.import_notes.isVisible()
    text = window.import_notes.label.text()
    assert "sidebar-chromium-es.pdf" in text and "read as two columns" in text
    assert window.import_notes.geometry().bottom() <= window.editor.geometry().top()


def test_the_notes_close_with_escape_and_go_when_another_document_opens(window, prompts, qtbot, tmp_path) -> None:
    window.files.import_path(str(SIDEBAR_PDF))
    window.import_notes.setFocus()
    qtbot.keyClick(window.import_notes, Qt.Key.Key_Escape)
    assert not window.import_notes.isVisible()
    prompts.save_choices = [SaveChoice.DISCARD]  # the first import is unsaved: the user lets it go
    assert window.files.import_path(str(SIDEBAR_PDF))
    assert window.import_notes.isVisible()
    window.editor.document().setModified(False)
    other = tmp_path / "other.md"
    other.write_text("# Dana Kim\n", encoding="utf-8")
    assert window.files.open_path(str(other))
    assert not window.import_notes.isVisible()


def test_a_word_file_imports_and_a_damaged_one_changes_nothing(window, prompts, tmp_path) -> None:
    assert window.files.import_path(str(WORD_FILE))
    imported = window.editor.toPlainText()
    assert imported.startswith("---\npaper: a4\n---\n\n# Jordan Rivera\n")  # LibreOffice laid it on A4
    damaged = tmp_path / "cv.docx"
    damaged.write_bytes(WORD_FILE.read_bytes()[:2000])
    assert not window.files.import_path(str(damaged))
    assert prompts.errors and prompts.errors[-1][0] == "Cannot import the file"
    assert "cv.docx" in prompts.errors[-1][1]
    assert window.editor.toPlainText() == imported


def test_a_slow_import_keeps_the_window_live_and_cancel_stops_it(window, prompts, qtbot, tmp_path) -> None:
    """A PDF that takes pdfminer many seconds: the window keeps processing events, a busy dialog
    appears, and its Cancel kills the worker at once and leaves the document as it was."""
    slow = tmp_path / "slow.pdf"
    slow.write_bytes(no_op_pdf(megabytes=8))
    before = window.editor.toPlainText()
    ticks: list[float] = []
    ticker = QTimer(interval=20)
    ticker.timeout.connect(lambda: ticks.append(time.monotonic()))
    ticker.start()
    seen: list[bool] = []

    def press_cancel() -> None:
        dialog = window.findChild(QProgressDialog, "importProgress")
        seen.append(dialog is not None and dialog.isVisible())
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)

    QTimer.singleShot(1500, press_cancel)
    started = time.monotonic()
    assert not window.files.import_path(str(slow))
    ticker.stop()
    assert seen == [True]
    assert time.monotonic() - started < 3.5
    assert len(ticks) > 40 and max(b - a for a, b in itertools.pairwise(ticks)) < 0.3
    assert multiprocessing.active_children() == []
    assert window.editor.toPlainText() == before and not prompts.errors
    assert "cancelled" in window.statusBar().currentMessage()
