"""Import… in the app: a Word or PDF resume becomes a new, unsaved resume, and what the import
was unsure of is listed over the editor until the user closes it or opens another document."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from editor.formats.markdown.reader import read_markdown
from editor.ui.prompts import SaveChoice

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
    assert imported.startswith("# Jordan Rivera\n")
    damaged = tmp_path / "cv.docx"
    damaged.write_bytes(WORD_FILE.read_bytes()[:2000])
    assert not window.files.import_path(str(damaged))
    assert prompts.errors and prompts.errors[-1][0] == "Cannot import the file"
    assert "cv.docx" in prompts.errors[-1][1]
    assert window.editor.toPlainText() == imported
