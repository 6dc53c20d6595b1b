"""The editor's formatting commands applied to a document, each as one undo step.

Why one path for every command: `markdown_edits` decides the new text of a few lines, and
`apply_line_edit` writes only the characters that changed inside a single edit block, so undo
reverts a command in one step and marks on the untouched rest of a line stay where they were.
Every function takes the editor's cursor and leaves it holding the selection to show.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextCursor

from editor.ui.markdown_edits import (
    BULLET,
    ENTRY_PLACEHOLDER,
    ENTRY_TEMPLATE,
    HEADING,
    continued_bullet,
    entry_field,
    toggled_emphasis,
)
from editor.ui.text_positions import code_point_offset, utf16_offset

LineColumn = tuple[int, int]


@dataclass(frozen=True)
class LineEdit:
    """New text for the lines from 0-based `first` on, and the selection to show afterwards.

    `anchor` and `position` are (0-based line, code-point column) after the edit. A new text may
    contain newlines: the line is then split, and the lines after it renumber.
    """

    first: int
    lines: tuple[str, ...]
    anchor: LineColumn
    position: LineColumn


def toggle_emphasis(cursor: QTextCursor, marker_count: int) -> None:
    """Toggle `**` (2) or `*` (1) around the selection, clipped to its first line, or the caret's word."""
    (anchor_line, anchor_column), (line, column) = cursor_columns(cursor)
    row = min(line, anchor_line)
    text = cursor.document().findBlockByNumber(row).text()
    if anchor_line == line:
        start, end = sorted((anchor_column, column))
    else:
        start, end = (anchor_column if anchor_line < line else column), len(text)
    new_text, new_start, new_end = toggled_emphasis(text, start, end, marker_count)
    apply_line_edit(cursor, LineEdit(row, (new_text,), (row, new_start), (row, new_end)))


def edit_selected_lines(cursor: QTextCursor, transform: Callable[[list[str]], list[str] | None]) -> bool:
    """Rewrite the selected lines with `transform`; False (nothing done) when it returns None.

    On one line the caret keeps its distance from the line end, so it stays on the same word
    when a prefix like `## ` is added or removed; several lines end up selected whole.
    """
    first, last = selected_lines(cursor)
    row, last_row = first.blockNumber(), last.blockNumber()
    texts = line_texts(first, last_row - row + 1)
    new_texts = transform(texts)
    if new_texts is None:
        return False
    if row != last_row:
        apply_line_edit(cursor, LineEdit(row, tuple(new_texts), (row, 0), (last_row, len(new_texts[-1]))))
        return True
    growth = len(new_texts[0]) - len(texts[0])
    (_, anchor_column), (_, column) = cursor_columns(cursor)
    anchor, caret = (max(0, value + growth) for value in (anchor_column, column))
    apply_line_edit(cursor, LineEdit(row, tuple(new_texts), (row, anchor), (row, caret)))
    return True


def insert_entry(cursor: QTextCursor) -> None:
    """Insert an entry heading and a bullet after the caret's paragraph, with `Title` selected."""
    block = cursor.block()
    while block.text().strip() and block.next().isValid():
        following = block.next().text()
        if not following.strip() or HEADING.match(following):
            break
        block = block.next()
    row, text = block.blockNumber(), block.text()
    template = "\n".join(ENTRY_TEMPLATE)
    new_text, entry_row = (f"{text}\n\n{template}", row + 2) if text.strip() else (template, row)
    if block.next().isValid() and block.next().text().strip():
        new_text += "\n"
    start = ENTRY_TEMPLATE[0].index(ENTRY_PLACEHOLDER)
    end = start + len(ENTRY_PLACEHOLDER)
    apply_line_edit(cursor, LineEdit(row, (new_text,), (entry_row, start), (entry_row, end)))


def move_lines(cursor: QTextCursor, up: bool) -> None:
    """Swap the selected lines with the line above (or below), keeping them selected."""
    first, last = selected_lines(cursor)
    neighbour = first.previous() if up else last.next()
    if not neighbour.isValid():
        return
    texts = line_texts(first, last.blockNumber() - first.blockNumber() + 1)
    rewritten = (*texts, neighbour.text()) if up else (neighbour.text(), *texts)
    shift = -1 if up else 1
    (anchor_line, anchor_column), (line, column) = cursor_columns(cursor)
    row = min(first.blockNumber(), neighbour.blockNumber())
    apply_line_edit(cursor, LineEdit(row, rewritten, (anchor_line + shift, anchor_column), (line + shift, column)))


def continue_bullet(cursor: QTextCursor) -> bool:
    """Enter in a bullet: a new bullet, or the end of the list on an empty one; False otherwise."""
    if cursor.hasSelection():
        return False
    block = cursor.block()
    text, row = block.text(), block.blockNumber()
    result = continued_bullet(text, code_point_offset(text, cursor.positionInBlock()))
    if result is None:
        return False
    this_line, new_line = result
    if new_line is None:
        apply_line_edit(cursor, LineEdit(row, (this_line,), (row, len(this_line)), (row, len(this_line))))
        return True
    marker = BULLET.match(new_line)
    caret = (row + 1, marker.end() if marker else 0)
    apply_line_edit(cursor, LineEdit(row, (f"{this_line}\n{new_line}",), caret, caret))
    return True


def select_entry_field(cursor: QTextCursor, forward: bool) -> bool:
    """Select the next (previous) `|` field of an entry heading; False on other lines."""
    text = cursor.block().text()
    field = entry_field(text, code_point_offset(text, cursor.positionInBlock()), forward)
    if field is None:
        return False
    row = cursor.blockNumber()
    apply_line_edit(cursor, LineEdit(row, (text,), (row, field[0]), (row, field[1])))
    return True


def selected_lines(cursor: QTextCursor) -> tuple[QTextBlock, QTextBlock]:
    """The first and last blocks of a selection; one ending at the start of a line excludes that line."""
    document = cursor.document()
    first = document.findBlock(cursor.selectionStart())
    last = document.findBlock(cursor.selectionEnd())
    if last.blockNumber() > first.blockNumber() and cursor.selectionEnd() == last.position():
        last = last.previous()
    return first, last


def line_texts(first: QTextBlock, count: int) -> list[str]:
    """The texts of `count` lines from block `first` on."""
    texts = []
    block = first
    for _ in range(count):
        texts.append(block.text())
        block = block.next()
    return texts


def cursor_columns(cursor: QTextCursor) -> tuple[LineColumn, LineColumn]:
    """The cursor's anchor and position as (0-based line, code-point column)."""
    document = cursor.document()

    def line_column(position: int) -> LineColumn:
        block = document.findBlock(position)
        return block.blockNumber(), code_point_offset(block.text(), position - block.position())

    return line_column(cursor.anchor()), line_column(cursor.position())


def apply_line_edit(cursor: QTextCursor, edit: LineEdit) -> None:
    """Apply `edit` as one undo step and leave `cursor` holding the edit's selection."""
    document = cursor.document()
    row = edit.first
    cursor.beginEditBlock()
    for new_text in edit.lines:
        _replace_changed_part(cursor, document.findBlockByNumber(row), new_text)
        row += new_text.count("\n") + 1
    cursor.endEditBlock()
    cursor.setPosition(_document_position(cursor, edit.anchor))
    cursor.setPosition(_document_position(cursor, edit.position), QTextCursor.MoveMode.KeepAnchor)


def _replace_changed_part(cursor: QTextCursor, block: QTextBlock, new_text: str) -> None:
    old_text = block.text()
    if old_text == new_text:
        return
    limit = min(len(old_text), len(new_text))
    prefix = 0
    while prefix < limit and old_text[prefix] == new_text[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old_text[-1 - suffix] == new_text[-1 - suffix]:
        suffix += 1
    start, end = utf16_offset(old_text, prefix), utf16_offset(old_text, len(old_text) - suffix)
    cursor.setPosition(block.position() + start)
    cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(new_text[prefix : len(new_text) - suffix])


def _document_position(cursor: QTextCursor, line_column: LineColumn) -> int:
    block = cursor.document().findBlockByNumber(line_column[0])
    return block.position() + utf16_offset(block.text(), line_column[1])
