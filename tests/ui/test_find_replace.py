"""The find and replace bar under the editor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QVBoxLayout, QWidget

from editor.ui.find_replace import FindReplaceBar
from editor.ui.source_editor import SourceEditor

TEXT = "Raised CSAT.\nCoached agents; csat rose.\nCSATs tracked weekly in CSAT dashboards."


@pytest.fixture
def window(qtbot) -> QWidget:
    """The editor with the bar under it, as the main window lays them out."""
    window = QWidget()
    editor = SourceEditor()
    bar = FindReplaceBar(editor)
    layout = QVBoxLayout(window)
    layout.addWidget(editor)
    layout.addWidget(bar)
    qtbot.addWidget(window)
    window.resize(900, 500)
    window.show()
    qtbot.waitExposed(window)
    editor.setPlainText(TEXT)
    window.bar, window.editor = bar, editor
    return window


@pytest.fixture
def bar_and_editor(window: QWidget) -> tuple[FindReplaceBar, SourceEditor]:
    return window.bar, window.editor


def caret_to_start(editor: SourceEditor) -> None:
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    editor.setTextCursor(cursor)


def test_typing_a_search_selects_the_first_match_and_counts_them(bar_and_editor) -> None:
    bar, editor = bar_and_editor
    bar.show_find()
    bar.find_field.setText("csat")
    assert editor.textCursor().selectedText() == "CSAT"
    assert editor.textCursor().blockNumber() == 0
    assert bar.status_label.text() == "1 of 4"


def test_next_and_previous_walk_the_matches_and_wrap_around(bar_and_editor) -> None:
    bar, _editor = bar_and_editor
    bar.show_find()
    bar.match_case_box.setChecked(True)
    bar.find_field.setText("CSAT")
    statuses = [bar.status_label.text()]
    for _ in range(3):
        assert bar.find_next()
        statuses.append(bar.status_label.text())
    assert bar.find_previous()
    statuses.append(bar.status_label.text())
    assert statuses == ["1 of 3", "2 of 3", "3 of 3", "1 of 3", "3 of 3"]


def test_match_case_and_whole_words_narrow_the_search(bar_and_editor) -> None:
    bar, _editor = bar_and_editor
    bar.show_find()
    bar.find_field.setText("CSAT")
    assert bar.status_label.text() == "1 of 4"
    bar.match_case_box.setChecked(True)
    assert bar.status_label.text() == "1 of 3"
    bar.whole_words_box.setChecked(True)
    assert bar.status_label.text() == "1 of 2"


def test_replace_changes_the_selected_match_and_moves_to_the_next(bar_and_editor) -> None:
    bar, editor = bar_and_editor
    bar.show_replace()
    bar.whole_words_box.setChecked(True)
    bar.find_field.setText("CSAT")
    bar.replace_field.setText("customer satisfaction")
    caret_to_start(editor)
    bar.find_next()
    bar.replace()
    assert editor.toPlainText().startswith("Raised customer satisfaction.")
    assert editor.textCursor().selectedText().casefold() == "csat"
    assert editor.textCursor().blockNumber() == 1


def test_replace_all_is_a_single_undo_step(bar_and_editor) -> None:
    bar, editor = bar_and_editor
    bar.show_replace()
    bar.match_case_box.setChecked(True)
    bar.whole_words_box.setChecked(True)
    bar.find_field.setText("CSAT")
    bar.replace_field.setText("CSAT score")
    assert bar.replace_all() == 2
    assert editor.toPlainText().count("CSAT score") == 2
    assert "CSATs" in editor.toPlainText()
    editor.undo()
    assert editor.toPlainText() == TEXT


def test_ctrl_f_opens_the_bar_with_the_selection_and_escape_returns_to_the_editor(bar_and_editor, qtbot) -> None:
    bar, editor = bar_and_editor
    editor.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    cursor = editor.textCursor()
    cursor.setPosition(7)
    cursor.setPosition(11, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    QTest.keyClick(editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.isVisible()
    assert not bar.replace_field.isVisible()
    assert bar.find_field.text() == "CSAT"
    qtbot.waitUntil(bar.find_field.hasFocus)
    QTest.keyClick(bar.find_field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    qtbot.waitUntil(editor.hasFocus)


def test_ctrl_h_shows_the_replace_row(bar_and_editor, qtbot) -> None:
    bar, editor = bar_and_editor
    editor.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    QTest.keyClick(editor, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert bar.isVisible()
    assert bar.replace_field.isVisible()


def test_searching_for_something_absent_says_so(bar_and_editor) -> None:
    bar, _editor = bar_and_editor
    bar.show_find()
    bar.find_field.setText("Kubernetes")
    assert not bar.find_next()
    assert bar.status_label.text() == "No results"
