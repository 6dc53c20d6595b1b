"""The resume editor: formatting commands, structure keys, overlays, navigation and the context menu."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtTest import QTest

from editor.analysis.keywords.report import Highlight
from editor.model.resume import Problem
from editor.ui.source_editor import SourceEditor


@dataclass(frozen=True)
class Finding:
    line: int
    column: int
    end_column: int | None
    message: str


@dataclass(frozen=True)
class Misspelling:
    line: int
    column: int
    end_column: int | None
    word: str
    suggestions: tuple[str, ...]


@dataclass(frozen=True)
class KeywordMatch:
    line: int
    column: int
    end_column: int | None
    term: str


def select(editor: SourceEditor, line: int, column: int, end_column: int | None = None) -> None:
    """Put the caret (or a selection) on 1-based `line`, ASCII columns."""
    block = editor.document().findBlockByNumber(line - 1)
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + column)
    if end_column is not None:
        cursor.setPosition(block.position() + end_column, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def marks(editor: SourceEditor, predicate) -> list[str]:
    """The texts under the extra selections whose format `predicate` accepts."""
    return [selection.cursor.selectedText() for selection in editor.extraSelections() if predicate(selection.format)]


def is_wavy(char_format: QTextCharFormat) -> bool:
    return char_format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline


def is_tint(char_format: QTextCharFormat) -> bool:
    return char_format.hasProperty(QTextFormat.Property.BackgroundBrush) and not char_format.property(
        QTextFormat.Property.FullWidthSelection
    )


def is_full_width(char_format: QTextCharFormat) -> bool:
    return bool(char_format.property(QTextFormat.Property.FullWidthSelection))


def point_on(editor: SourceEditor, line: int, column: int) -> QPoint:
    """A viewport point over the character at ASCII `column` of `line`."""
    block = editor.document().findBlockByNumber(line - 1)
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + column)
    rectangle = editor.cursorRect(cursor)
    return QPoint(rectangle.x() + 3, rectangle.center().y())


def assert_one_undo_step(editor: SourceEditor, original: str) -> None:
    editor.undo()
    assert editor.toPlainText() == original


# -- formatting commands ------------------------------------------------------------------


def test_bold_wraps_the_word_at_the_caret_in_one_undo_step(editor: SourceEditor) -> None:
    original = "- Raised CSAT from 86% to 94%"
    editor.setPlainText(original)
    select(editor, 1, 11)
    editor.bold_action.trigger()
    assert editor.toPlainText() == "- Raised **CSAT** from 86% to 94%"
    assert editor.textCursor().selectedText() == "CSAT"
    assert_one_undo_step(editor, original)


def test_ctrl_b_and_ctrl_i_toggle_the_markers_from_the_keyboard(editor: SourceEditor, qtbot) -> None:
    editor.setPlainText("Zendesk")
    editor.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    select(editor, 1, 0, 7)
    QTest.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "**Zendesk**"
    QTest.keyClick(editor, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "***Zendesk***"
    QTest.keyClick(editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == "*Zendesk*"


def test_italic_removes_markers_from_an_italic_selection(editor: SourceEditor) -> None:
    editor.setPlainText("Fluent in *Spanish*")
    select(editor, 1, 10, 19)
    editor.italic_action.trigger()
    assert editor.toPlainText() == "Fluent in Spanish"
    assert editor.textCursor().selectedText() == "Spanish"


def test_section_heading_turns_a_line_into_a_section_and_back(editor: SourceEditor) -> None:
    editor.setPlainText("Experience\nnext")
    select(editor, 1, 4)
    editor.section_heading_action.trigger()
    assert editor.toPlainText() == "## Experience\nnext"
    assert editor.textCursor().positionInBlock() == 7
    editor.section_heading_action.trigger()
    assert editor.toPlainText() == "Experience\nnext"


def test_entry_heading_is_one_undo_step(editor: SourceEditor) -> None:
    original = "Agent | Northwind | 2018 – 2021"
    editor.setPlainText(original)
    editor.entry_heading_action.trigger()
    assert editor.toPlainText() == f"### {original}"
    assert_one_undo_step(editor, original)


def test_bullet_toggle_on_selected_lines_is_one_undo_step(editor: SourceEditor) -> None:
    original = "Zendesk\nJira\nSlack"
    editor.setPlainText(original)
    select(editor, 1, 0)
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.bullet_action.trigger()
    assert editor.toPlainText() == "- Zendesk\n- Jira\n- Slack"
    assert_one_undo_step(editor, original)


def test_insert_entry_adds_the_template_after_the_paragraph_with_the_title_selected(editor: SourceEditor) -> None:
    original = "## Experience\n### Agent | Northwind | Tacoma, WA | 2018 – 2021\n- Resolved 45 contacts\n\n## Skills"
    editor.setPlainText(original)
    select(editor, 2, 5)
    editor.insert_entry_action.trigger()
    lines = editor.toPlainText().split("\n")
    assert lines[3:7] == ["", "### Title | Organization | City, ST | Mon YYYY – Present", "- ", ""]
    assert editor.textCursor().selectedText() == "Title"
    assert_one_undo_step(editor, original)


def test_alt_down_and_alt_up_move_the_line_and_keep_the_caret_on_it(editor: SourceEditor) -> None:
    original = "- first\n- second\n- third"
    editor.setPlainText(original)
    select(editor, 1, 3)
    editor.move_line_down_action.trigger()
    assert editor.toPlainText() == "- second\n- first\n- third"
    assert editor.textCursor().blockNumber() == 1
    assert editor.textCursor().positionInBlock() == 3
    assert_one_undo_step(editor, original)
    select(editor, 1, 0)
    editor.move_line_up_action.trigger()
    assert editor.toPlainText() == original


def test_every_command_is_offered_as_an_action_with_its_shortcut(editor: SourceEditor) -> None:
    shortcuts = {
        action.text(): [key.toString() for key in action.shortcuts()] for action in editor.formatting_actions()
    }
    assert shortcuts["&Bold"] == ["Ctrl+B"]
    assert shortcuts["&Italic"] == ["Ctrl+I"]
    assert shortcuts["&Section Heading"] == ["Ctrl+2"]
    assert shortcuts["&Entry Heading"] == ["Ctrl+3"]
    assert "Ctrl+." in shortcuts["B&ullet List"]
    assert shortcuts["Move Line &Up"] == ["Alt+Up"]
    assert shortcuts["Move Line &Down"] == ["Alt+Down"]


@pytest.mark.parametrize(
    ("key", "modifiers", "expected"),
    [
        (Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier, "## Zendesk admin\n- second"),
        (Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier, "### Zendesk admin\n- second"),
        (Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier, "- Zendesk admin\n- second"),
        (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier, "- second\nZendesk admin"),
        (
            Qt.Key.Key_Return,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            "Zendesk admin\n- second\n\n### Title | Organization | City, ST | Mon YYYY – Present\n- ",
        ),
    ],
)
def test_command_shortcuts_work_from_the_keyboard(editor: SourceEditor, qtbot, key, modifiers, expected) -> None:
    editor.setPlainText("Zendesk admin\n- second")
    editor.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    select(editor, 1, 3)
    QTest.keyClick(editor, key, modifiers)
    assert editor.toPlainText() == expected


# -- structure keys -----------------------------------------------------------------------


def test_enter_continues_a_bullet_and_enter_on_an_empty_bullet_ends_the_list(editor: SourceEditor) -> None:
    editor.setPlainText("- Raised CSAT")
    select(editor, 1, 13)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert editor.toPlainText() == "- Raised CSAT\n- "
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert editor.toPlainText() == "- Raised CSAT\n"


def test_shift_enter_breaks_the_line_without_continuing_the_bullet(editor: SourceEditor) -> None:
    editor.setPlainText("- Raised CSAT")
    select(editor, 1, 13)
    QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert editor.toPlainText() == "- Raised CSAT\n"
    assert editor.document().blockCount() == 2


def test_tab_nests_a_bullet_and_shift_tab_brings_it_back(editor: SourceEditor) -> None:
    editor.setPlainText("- Zendesk")
    select(editor, 1, 5)
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.toPlainText() == "  - Zendesk"
    assert editor.textCursor().positionInBlock() == 7
    QTest.keyClick(editor, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert editor.toPlainText() == "- Zendesk"


def test_tab_in_an_inserted_entry_selects_the_next_placeholder(editor: SourceEditor) -> None:
    editor.setPlainText("")
    editor.insert_entry()
    editor.textCursor()
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.textCursor().selectedText() == "Organization"
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.textCursor().selectedText() == "City, ST"


def test_tab_on_a_plain_line_still_types_a_tab(editor: SourceEditor) -> None:
    editor.setPlainText("Skills")
    select(editor, 1, 0)
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    assert editor.toPlainText() == "\tSkills"


# -- overlays -----------------------------------------------------------------------------


def test_an_emoji_before_a_misspelled_word_does_not_shift_its_underline(editor: SourceEditor) -> None:
    text = "🚀 Shipped Zendsk macros"
    editor.setPlainText(text)
    column = text.index("Zendsk")
    editor.set_misspellings([Misspelling(1, column, column + 6, "Zendsk", ("Zendesk",))])
    assert marks(editor, is_wavy) == ["Zendsk"]


def test_keyword_tints_land_on_their_terms_after_emoji_and_cjk(editor: SourceEditor) -> None:
    lines = ["東京 office: 🎧🎧 first contact resolution", "𠀋 rare ideograph then CSAT"]
    editor.setPlainText("\n".join(lines))
    first = lines[0].index("first contact resolution")
    csat = lines[1].index("CSAT")
    editor.set_keyword_matches(
        [KeywordMatch(1, first, first + 24, "first contact resolution"), KeywordMatch(2, csat, csat + 4, "CSAT")]
    )
    assert marks(editor, is_tint) == ["first contact resolution", "CSAT"]


def test_keyword_report_highlights_with_start_columns_are_tinted_on_their_terms(editor: SourceEditor) -> None:
    text = "🎧 Raised CSAT to 94%"
    editor.setPlainText(text)
    column = text.index("CSAT")
    editor.set_keyword_matches([Highlight(1, column, column + 4, "CSAT", "exact")])
    assert marks(editor, is_tint) == ["CSAT"]


def test_a_problem_without_an_end_column_underlines_the_whole_line(editor: SourceEditor) -> None:
    editor.setPlainText("Summary\n🙂 Responsible for phones")
    editor.set_problems([Finding(2, 0, None, "Start with an action verb")])
    assert marks(editor, is_wavy) == ["🙂 Responsible for phones"]


def test_a_readers_line_level_problem_underlines_its_line(editor: SourceEditor) -> None:
    editor.setPlainText("# Maria\n### Agent | 13/2021 – now")
    editor.set_problems([Problem(2, "The start date 13/2021 has no month 13")])
    assert marks(editor, is_wavy) == ["### Agent | 13/2021 – now"]


def test_setting_one_layer_keeps_the_others(editor: SourceEditor) -> None:
    editor.setPlainText("Raised CSAT wiht macros")
    editor.set_keyword_matches([KeywordMatch(1, 7, 11, "CSAT")])
    editor.set_misspellings([Misspelling(1, 12, 16, "wiht", ("with",))])
    editor.set_problems([])
    assert marks(editor, is_tint) == ["CSAT"]
    assert marks(editor, is_wavy) == ["wiht"]


def test_marks_follow_the_text_while_the_user_types_before_them(editor: SourceEditor) -> None:
    editor.setPlainText("Raised CSAT wiht macros")
    editor.set_misspellings([Misspelling(1, 12, 16, "wiht", ("with",))])
    select(editor, 1, 0)
    QTest.keyClicks(editor, "Proudly ")
    assert marks(editor, is_wavy) == ["wiht"]


def test_loading_new_text_drops_the_old_marks(editor: SourceEditor) -> None:
    editor.setPlainText("Raised CSAT")
    editor.set_keyword_matches([KeywordMatch(1, 7, 11, "CSAT")])
    editor.setPlainText("Something else entirely")
    assert editor.extraSelections() == []


def test_hovering_a_mark_shows_its_messages(editor: SourceEditor) -> None:
    text = "🙂 Handled phones wiht care"
    editor.setPlainText(text)
    editor.set_problems([Finding(1, 2, 9, "Start with a stronger verb than “Handled”")])
    editor.set_keyword_matches([KeywordMatch(1, 2, 16, "handled phones")])
    tooltip = editor.tooltip_at(point_on(editor, 1, 4))
    assert "stronger verb" in tooltip
    assert "handled phones" in tooltip
    assert editor.tooltip_at(point_on(editor, 1, text.index("care") + 1)) == ""


def test_choosing_a_suggestion_replaces_the_word_in_one_undo_step(editor: SourceEditor) -> None:
    original = "🚀 Raised CSAT wiht macros"
    editor.setPlainText(original)
    column = original.index("wiht")
    editor.set_misspellings([Misspelling(1, column, column + 4, "wiht", ("with", "whit"))])
    menu = editor.build_context_menu(point_on(editor, 1, column + 1 + 1))
    texts = [action.text() for action in menu.actions()]
    assert texts[:3] == ["with", "whit", "Add “wiht” to Dictionary"]
    assert menu.actions()[3].isSeparator()
    menu.actions()[0].trigger()
    assert editor.toPlainText() == "🚀 Raised CSAT with macros"
    assert marks(editor, is_wavy) == []
    assert_one_undo_step(editor, original)


def test_add_to_dictionary_reports_the_word_and_clears_its_underlines(editor: SourceEditor, qtbot) -> None:
    editor.setPlainText("Freshdesk and Freshdesk")
    editor.set_misspellings(
        [Misspelling(1, 0, 9, "Freshdesk", ("Fresh desk",)), Misspelling(1, 14, 23, "Freshdesk", ("Fresh desk",))]
    )
    menu = editor.build_context_menu(point_on(editor, 1, 2))
    add = next(action for action in menu.actions() if action.text().startswith("Add"))
    with qtbot.waitSignal(editor.word_added_to_dictionary) as signal:
        add.trigger()
    assert signal.args == ["Freshdesk"]
    assert marks(editor, is_wavy) == []


def test_the_context_menu_away_from_misspellings_is_the_standard_one(editor: SourceEditor) -> None:
    editor.setPlainText("Raised CSAT")
    texts = [action.text() for action in editor.build_context_menu(point_on(editor, 1, 2)).actions()]
    assert not any(text.startswith("Add") for text in texts)
    assert any("Undo" in text for text in texts)


# -- navigation ---------------------------------------------------------------------------


def test_go_to_puts_the_caret_on_the_code_point_column_and_flashes_the_line(editor: SourceEditor, qtbot) -> None:
    lines = [f"line {number}" for number in range(200)]
    lines[150] = "🚀 Zendesk admin"
    editor.setPlainText("\n".join(lines))
    with qtbot.waitSignal(editor.cursor_line_changed) as signal:
        editor.go_to(151, 2)
    assert signal.args == [151]
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "Zendesk"
    assert editor.cursorRect().top() > 0
    assert editor.cursorRect().bottom() < editor.viewport().height()
    qtbot.waitUntil(lambda: any(is_full_width(selection.format) for selection in editor.extraSelections()))
    qtbot.waitUntil(lambda: not any(is_full_width(selection.format) for selection in editor.extraSelections()))


def test_moving_the_caret_to_another_line_reports_the_line_once(editor: SourceEditor, qtbot) -> None:
    editor.setPlainText("one\ntwo\nthree")
    reported: list[int] = []
    editor.cursor_line_changed.connect(reported.append)
    select(editor, 3, 1)
    select(editor, 3, 2)
    select(editor, 2, 0)
    assert reported == [3, 2]


def test_the_current_line_highlight_spans_the_given_lines_and_clears(editor: SourceEditor) -> None:
    editor.setPlainText("## Experience\n### Agent | Northwind\n- Resolved contacts")
    editor.set_current_line_highlight(2, 3)
    highlighted = [selection for selection in editor.extraSelections() if is_full_width(selection.format)]
    assert len(highlighted) == 1
    assert highlighted[0].cursor.selectedText().startswith("### Agent")
    editor.set_current_line_highlight(None)
    assert editor.extraSelections() == []
