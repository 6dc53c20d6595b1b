"""Export ▸ Word/PDF from the app: real resumes are written, and any failure is a dialog saying what to do."""

from __future__ import annotations

import os
import time

import docx
import pytest
from pypdf import PdfReader

from editor.formats.atomic import STALE_TEMPORARY_SECONDS
from tests.conftest import SAMPLES
from tests.formats.test_long_metadata import SKILLS_25, ZALGO_NAME


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_a_resume_with_a_long_name_and_25_skills_exports_from_the_app(window, tmp_path, prompts, suffix) -> None:
    text = (SAMPLES / "resume.md").read_text(encoding="utf-8")
    text = text.replace("# Maria Delgado", f"# {ZALGO_NAME}").replace("Slack, Jira", SKILLS_25)
    window.editor.setPlainText(text)
    target = tmp_path / f"out{suffix}"
    prompts.save_paths = [str(target)]
    assert window.files.export(suffix)
    assert prompts.errors == []
    if suffix == ".docx":
        assert "Evergreen Telecom" in "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    else:
        assert "Evergreen Telecom" in PdfReader(str(target)).pages[0].extract_text()


def test_an_unexpected_writer_error_is_a_dialog_and_writes_nothing(window, tmp_path, prompts, monkeypatch) -> None:
    def broken_writer(*_args: object) -> bytes:
        raise ValueError("exceeded 255 char limit for property")

    monkeypatch.setattr("editor.ui.file_controller.render_resume", broken_writer)
    window.editor.setPlainText((SAMPLES / "resume.md").read_text(encoding="utf-8"))
    target = tmp_path / "out.docx"
    prompts.save_paths = [str(target)]
    assert not window.files.export(".docx")
    assert not target.exists()
    [(title, message)] = prompts.errors
    assert title == "Export failed"
    assert "exceeded 255 char limit" in message and "Nothing was written" in message
    assert "Try the other format" in message


def test_exporting_to_a_symlink_writes_its_target(window, tmp_path, prompts) -> None:
    (tmp_path / "synced").mkdir()
    target = tmp_path / "synced" / "resume.pdf"
    target.write_bytes(b"old export")
    link = tmp_path / "resume.pdf"
    link.symlink_to(target)
    window.editor.setPlainText((SAMPLES / "resume.md").read_text(encoding="utf-8"))
    prompts.save_paths = [str(link)]
    prompts.yes_no = [True]  # "old export" carries no Foldline mark, so the app asks before replacing it
    assert window.files.export(".pdf")
    assert link.is_symlink()
    assert "Evergreen Telecom" in PdfReader(str(target)).pages[0].extract_text()


def test_opening_a_resume_removes_an_old_temporary_file_a_killed_save_left(window, tmp_path) -> None:
    resume = tmp_path / "resume.md"
    resume.write_text("# Ana Ruiz\n", encoding="utf-8")
    left = tmp_path / ".resume.md.k3j4h5g6.tmp"
    left.write_text("# Ana Ruiz\nhalf a save")
    os.utime(left, (time.time() - STALE_TEMPORARY_SECONDS - 60,) * 2)
    assert window.files.open_path(str(resume))
    assert not left.exists()


def test_the_pointer_shows_busy_while_exporting_and_never_over_a_dialog(window, tmp_path, prompts, monkeypatch) -> None:
    """The first Word export makes font subsets (~0.5 s): the pointer says so, and is back for any dialog."""
    from PySide6.QtWidgets import QApplication

    from editor.ui import file_controller

    seen: list[object] = []
    real_writer = file_controller.render_resume

    def writer_noting_the_pointer(*args: object) -> bytes:
        seen.append(QApplication.overrideCursor() and QApplication.overrideCursor().shape())
        return real_writer(*args)

    monkeypatch.setattr(file_controller, "render_resume", writer_noting_the_pointer)
    window.editor.setPlainText((SAMPLES / "resume.md").read_text(encoding="utf-8"))
    prompts.save_paths = [str(tmp_path / "out.docx"), str(tmp_path / "missing" / "out.docx")]
    assert window.files.export(".docx")
    failed_under: list[object] = []
    monkeypatch.setattr(prompts, "error", lambda *_args: failed_under.append(QApplication.overrideCursor()))
    assert not window.files.export(".docx")  # the folder does not exist
    assert [str(shape) for shape in seen] == ["CursorShape.WaitCursor"] * 2
    assert failed_under == [None] and QApplication.overrideCursor() is None
