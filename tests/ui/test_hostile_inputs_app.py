"""Hostile input in the app: opening, the job description and export stay safe; pasting never stalls.

The command-line side is tests/test_hostile_inputs.py; the files come from the same generators.
The stall test runs the real worker thread and measures the UI thread with a 10 ms heartbeat.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import time
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QProgressDialog, QPushButton

from bench.bench_pathological import data_url_bullet
from tests.conftest import SAMPLES
from tests.formats.test_bounded_import import no_op_pdf
from tests.formats.test_hostile_files import good_docx
from tests.test_hostile_inputs import JD_BOMBS

STALL_LIMIT_S = 0.1


def resume_naming(folder: Path, jd: str) -> Path:
    text = (SAMPLES / "resume.md").read_text(encoding="utf-8")
    path = folder / "resume.md"
    path.write_text(f"---\njd: {jd}\n---\n{text}", encoding="utf-8")
    return path


@pytest.mark.parametrize("case", [*JD_BOMBS, "pipe", "/dev/zero"])
def test_a_resume_naming_a_hostile_job_description_opens_and_says_so(window, tmp_path, case) -> None:
    if case == "pipe":
        os.mkfifo(tmp_path / "posting.txt")
        name = "posting.txt"
    elif case == "/dev/zero":
        name = "/dev/zero"
    else:
        (tmp_path / "posting.docx").write_bytes(JD_BOMBS[case]())
        name = "posting.docx"
    messages: list[str] = []
    window.jobs.status_message.connect(messages.append)
    assert window.files.open_path(str(resume_naming(tmp_path, name)))
    assert "# Maria Delgado" in window.editor.toPlainText()
    assert len(messages) == 1 and "could not be read" in messages[0] and Path(name).name in messages[0]
    assert window.job_panel.text() == ""


def test_a_pipe_opened_as_a_resume_or_a_job_description_is_refused_at_once(window, prompts, tmp_path) -> None:
    os.mkfifo(tmp_path / "resume.md")
    os.mkfifo(tmp_path / "posting.txt")
    assert not window.files.open_path(str(tmp_path / "resume.md"))
    prompts.open_paths.append(str(tmp_path / "posting.txt"))
    window.jobs.open_dialog()
    assert [title for title, _ in prompts.errors] == ["Cannot open the resume", "Cannot open the job description"]
    assert all("pipe" in message and "\n" not in message for _, message in prompts.errors)


def test_export_asks_before_replacing_a_file_foldline_did_not_write(window, prompts, tmp_path) -> None:
    shutil.copy(SAMPLES / "resume.md", tmp_path / "resume.md")
    window.files.open_path(str(tmp_path / "resume.md"))
    theirs, original = tmp_path / "original.docx", good_docx()
    theirs.write_bytes(original)
    prompts.save_paths.append(str(theirs))
    prompts.yes_no.append(False)
    assert not window.files.export(".docx")
    assert theirs.read_bytes() == original
    assert len(prompts.questions) == 1 and "original.docx" in prompts.questions[0]
    prompts.save_paths += [str(tmp_path / "mine.docx"), str(tmp_path / "mine.docx")]
    assert window.files.export(".docx") and window.files.export(".docx")  # Foldline's own export: no question
    assert len(prompts.questions) == 1


TOKEN = "a 200,000-character token"
PASTES = {
    TOKEN: lambda: "abcdefghij" * 20_000,
    "a 60 KB base64 image": data_url_bullet,
    "50,000 unclosed bold markers": lambda: "**a " * 50_000,
    "50,000 unclosed links": lambda: "[a](" * 50_000,
}


def test_pasting_pathological_text_never_stalls_the_ui_thread_and_autosave_keeps_its_schedule(
    threaded_window, data_folder, qtbot, tmp_path
) -> None:
    shutil.copy(SAMPLES / "resume.md", tmp_path / "resume.md")
    threaded_window.files.open_path(str(tmp_path / "resume.md"))
    threaded_window.pipeline.wait_idle()
    targets = [(threaded_window.editor, name, make) for name, make in PASTES.items()]
    targets.append((threaded_window.job_panel.editor, "a 200,000-character token in the posting", PASTES[TOKEN]))
    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    heartbeat.start()
    for editor, name, make in targets:
        editor.moveCursor(QTextCursor.MoveOperation.End)
        paste = QMimeData()
        paste.setText("\n- " + make())
        start = time.perf_counter()
        editor.insertFromMimeData(paste)
        assert time.perf_counter() - start < 1.0, f"{name}: the paste itself took too long"
        beats.clear()
        qtbot.wait(1500)
        qtbot.waitUntil(lambda: not threaded_window.pipeline.is_busy(), timeout=15_000)
        gaps = [later - earlier for earlier, later in pairwise(beats)]
        assert max(gaps) < STALL_LIMIT_S, f"{name}: the UI thread stalled {max(gaps) * 1000:.0f} ms"
    heartbeat.stop()
    saved = [path.read_text(encoding="utf-8") for path in (data_folder / "autosave").glob("*.md")]
    assert any("abcdefghij" * 20_000 in text for text in saved)


def test_a_slow_pdf_posting_keeps_the_window_live_and_cancel_stops_it(window, prompts, qtbot, tmp_path) -> None:
    """A posting is read in a worker process as an import is: the window keeps processing events
    while pdfminer grinds, a busy dialog offers Cancel, and the pane keeps what it had."""
    slow = tmp_path / "posting.pdf"
    slow.write_bytes(no_op_pdf(megabytes=8))
    window.job_panel.set_text("Support lead at Acme")
    prompts.open_paths.append(str(slow))
    ticks: list[float] = []
    ticker = QTimer(interval=20)
    ticker.timeout.connect(lambda: ticks.append(time.monotonic()))
    ticker.start()

    def press_cancel() -> None:
        dialog = window.findChild(QProgressDialog, "importProgress")
        assert dialog is not None and dialog.isVisible()
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)

    QTimer.singleShot(1500, press_cancel)
    started = time.monotonic()
    window.jobs.open_dialog()
    ticker.stop()
    assert time.monotonic() - started < 3.5
    assert len(ticks) > 40 and max(b - a for a, b in pairwise(ticks)) < 0.3
    assert multiprocessing.active_children() == []
    assert window.job_panel.text() == "Support lead at Acme"
    assert prompts.errors and "cancelled" in prompts.errors[-1][1]
