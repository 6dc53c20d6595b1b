"""A pasted or opened giant line (a base64 image, a minified file): kept exactly, editable, and
cheap to show once it has landed, in the editor alone and in the real window with its worker;
a line too long to lay out within a frame is refused with a message, nothing changed.

The timing ceilings here are ten times what the line costs now and well under what it cost before
(a repaint that re-analysed the line, a paste that laid it out word by word): regression guards,
not budgets; bench/bench_paste.py measures the budget.
"""

from __future__ import annotations

import time
from itertools import pairwise

import pytest
from PySide6.QtCore import QMimeData, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from editor.ui.editor_overlays import MARKS_PER_LONG_LINE
from editor.ui.long_lines import MAX_LINE
from editor.ui.source_editor import SourceEditor
from tests.conftest import SAMPLES
from tests.ui.test_source_editor import Misspelling

WORD = "x" * (MAX_LINE - 10_000)  # the longest lines the editor takes
BLOB = "x" * 1_000_000  # a line it refuses
REPAINTS = 10


@pytest.fixture
def sample_editor(editor) -> SourceEditor:
    editor.setPlainText((SAMPLES / "resume.md").read_text(encoding="utf-8"))
    return editor


def paste_after_first_bullet(editor, text: str) -> int:
    """Paste `text` at the end of the first bullet, as Ctrl+V does; the bullet's 1-based line."""
    block = editor.document().find("- ").block()
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    paste = QMimeData()
    paste.setText(text)
    editor.insertFromMimeData(paste)
    return block.blockNumber() + 1


def test_a_pasted_giant_word_is_kept_exactly_and_its_line_stays_editable(sample_editor) -> None:
    editor = sample_editor
    before = editor.toPlainText()
    line = paste_after_first_bullet(editor, " " + WORD)
    lines = before.split("\n")
    lines[line - 1] += " " + WORD
    assert editor.toPlainText() == "\n".join(lines)
    QTest.keyClicks(editor, "!")
    assert editor.document().findBlockByNumber(line - 1).text().endswith(WORD + "!")
    editor.undo()
    editor.undo()
    assert editor.toPlainText() == before


def test_the_caret_in_a_giant_line_repaints_without_laying_the_line_out_again(sample_editor) -> None:
    """Each caret blink repaints the caret; it used to analyse the whole line again, 100 ms a blink
    on a 1,000,000-character line (set here as a program may; a paste of it is refused)."""
    sample_editor.setPlainText(sample_editor.toPlainText().replace("\n- ", f"\n- {BLOB} ", 1))
    cursor = sample_editor.textCursor()
    cursor.setPosition(sample_editor.toPlainText().index(BLOB) + len(BLOB) // 2)
    sample_editor.setTextCursor(cursor)
    sample_editor.viewport().repaint()
    start = time.perf_counter()
    for _ in range(REPAINTS):
        sample_editor.viewport().repaint()
    assert (time.perf_counter() - start) / REPAINTS < 0.05


def test_a_giant_line_gets_a_bounded_number_of_marks_and_ordinary_lines_all_of_theirs(sample_editor) -> None:
    """Qt paints each mark by walking every wrapped line of its block: 5,000 marks on a pasted
    1,000,000-character line made each repaint take a second."""
    line = paste_after_first_bullet(sample_editor, " " + "qz " * 95_000)
    start = len(sample_editor.document().findBlockByNumber(line - 1).text()) - 3 * 95_000
    on_blob = [Misspelling(line, start + 3 * index, start + 3 * index + 2, "qz", ()) for index in range(5000)]
    elsewhere = [Misspelling(1, 2, 4, "ar", ()), Misspelling(line + 1, 2, 4, "Co", ())]
    sample_editor.set_misspellings([*on_blob, *elsewhere])
    selections = sample_editor.extraSelections()
    marked = [(selection.cursor.blockNumber() + 1, selection.cursor.selectedText()) for selection in selections]
    assert marked.count((line, "qz")) == MARKS_PER_LONG_LINE
    assert [number for number, _ in marked if number != line] == [1, line + 1]


def gaps_while(qtbot, action, settle_ms: int) -> list[float]:
    """Seconds between the beats of a 10 ms timer while `action` runs and `settle_ms` after it."""
    beats: list[float] = []
    heartbeat = QTimer(interval=10)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    heartbeat.start()
    qtbot.wait(50)
    QTimer.singleShot(0, action)
    qtbot.wait(settle_ms)
    heartbeat.stop()
    return [later - earlier for earlier, later in pairwise(beats)]


def test_pasting_a_giant_word_in_the_window_is_one_short_turn_and_autosaved(
    threaded_window, data_folder, qtbot
) -> None:
    threaded_window.files.open_path(str(SAMPLES / "resume.md"))  # only read: the paste is autosaved, never saved
    threaded_window.pipeline.wait_idle()
    gaps = gaps_while(qtbot, lambda: paste_after_first_bullet(threaded_window.editor, " " + WORD), 5000)
    qtbot.waitUntil(lambda: not threaded_window.pipeline.is_busy(), timeout=20_000)
    assert max(gaps) < 1.0, f"the UI thread stalled {max(gaps) * 1000:.0f} ms"
    saved = [path.read_text(encoding="utf-8") for path in (data_folder / "autosave").glob("*.md")]
    assert any(WORD in text for text in saved)


def test_opening_a_file_with_a_giant_word_is_one_short_turn(threaded_window, qtbot, tmp_path) -> None:
    text = (SAMPLES / "resume.md").read_text(encoding="utf-8").replace("\n- ", f"\n- {WORD} ", 1)
    (tmp_path / "resume.md").write_text(text, encoding="utf-8")
    gaps = gaps_while(qtbot, lambda: threaded_window.files.open_path(str(tmp_path / "resume.md")), 2000)
    qtbot.waitUntil(lambda: not threaded_window.pipeline.is_busy(), timeout=20_000)
    assert max(gaps) < 1.0, f"the UI thread stalled {max(gaps) * 1000:.0f} ms"
    assert threaded_window.editor.toPlainText() == text


def test_a_paste_with_a_line_too_long_to_lay_out_is_refused_with_the_reason(window, prompts) -> None:
    """Qt lays a 1,000,000-character line out in one turn of 0.15-0.2 s: past MAX_LINE the paste
    is refused, in the resume and the job description alike; the clipboard still holds it."""
    window.files.open_path(str(SAMPLES / "resume.md"))
    before = window.editor.toPlainText()
    paste_after_first_bullet(window.editor, " " + BLOB)
    pasted = QMimeData()
    pasted.setText("Requirements: " + BLOB)
    window.job_panel.editor.insertFromMimeData(pasted)
    assert window.editor.toPlainText() == before
    assert BLOB not in window.job_panel.text()
    assert [title for title, _message in prompts.errors] == ["Nothing was pasted", "Nothing was pasted"]
    assert prompts.errors[0][1].startswith("Nothing was pasted: the clipboard holds a line of 1,000,001 characters")


def test_a_file_with_a_line_too_long_to_lay_out_is_not_opened_and_the_open_one_stays(window, prompts, tmp_path) -> None:
    window.files.open_path(str(SAMPLES / "resume.md"))
    before = window.editor.toPlainText()
    (tmp_path / "blob.md").write_text(f"# Ada\n\n{BLOB}\n", encoding="utf-8")
    (tmp_path / "posting.txt").write_text(f"Engineer\n{BLOB}\n", encoding="utf-8")
    assert not window.files.open_path(str(tmp_path / "blob.md"))
    prompts.open_paths.append(str(tmp_path / "posting.txt"))
    window.jobs.open_dialog()
    assert window.editor.toPlainText() == before and window.files.path == str((SAMPLES / "resume.md").resolve())
    assert [title for title, _ in prompts.errors] == ["Cannot open the resume", "Cannot open the job description"]
    assert prompts.errors[0][1].startswith("blob.md: line 3 holds 1,000,000 characters")
    assert BLOB not in window.job_panel.text()
