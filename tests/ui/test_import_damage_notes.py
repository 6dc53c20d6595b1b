"""A damaged PDF imported in the app: its text, and over the editor a plain note on what was
damaged; the app writes nothing to the terminal while it reads either."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.formats.damaged_files import broken_font_box, junk_before_header, write


def test_a_damaged_pdf_imports_with_a_note_over_the_editor_and_a_quiet_terminal(
    window, prompts, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    assert window.files.import_path(str(write(tmp_path, "downloaded.pdf", junk_before_header())))
    assert "# Maria Delgado" in window.editor.toPlainText()
    assert window.import_notes.isVisible()
    shown = window.import_notes.label.text()
    assert "downloaded.pdf" in shown and "the PDF&#x27;s header is damaged" in shown
    assert prompts.errors == []
    assert capfd.readouterr().err == ""


def test_a_damaged_pdf_job_description_is_read_with_a_quiet_terminal(
    window, prompts, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    prompts.open_paths.append(str(write(tmp_path, "posting.pdf", broken_font_box())))
    window.jobs.open_dialog()
    assert prompts.errors == []
    assert "a n a" in window.job_panel.text()  # the broken widths set every letter apart
    assert capfd.readouterr().err == ""
