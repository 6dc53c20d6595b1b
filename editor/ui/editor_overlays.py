"""Marks drawn over the editor text: problems, misspellings, keyword matches, linked lines.

Why extra selections and not the highlighter: analysis results arrive for the whole document
at once, and re-running the highlighter over every block to show them would stall typing.
Extra selections are drawn on top of the highlighter's formats, and their cursors follow edits,
so a mark stays on its word while the user types until the next results replace it.

Constraint: items carry 1-based lines and code-point columns from the headless core; they are
converted to UTF-16 document positions here, once, when a layer is set.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, Protocol

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from editor.ui.editor_colours import EditorColours
from editor.ui.long_lines import LONG_LINE
from editor.ui.text_positions import utf16_range

MARKS_PER_LONG_LINE = 50  # of one kind; about 10 ms a repaint on a 1,000,000-character line


class LinePositioned(Protocol):
    """Anything with a 1-based source line; it may also carry code-point `column` and `end_column`.

    Missing columns mean the whole line (column 0, end_column None), so a reader's line-level
    `editor.model.Problem` can be shown as it is; `start_column` is accepted for `column`, as
    the keyword report's `Highlight` names it.
    """

    @property
    def line(self) -> int: ...


class Problem(LinePositioned, Protocol):
    """A finding of a check (grammar, recruiter rule) to underline, with the message to show."""

    @property
    def message(self) -> str: ...


class Misspelling(LinePositioned, Protocol):
    """A word the spellchecker does not know, with its replacement suggestions, best first."""

    @property
    def word(self) -> str: ...

    @property
    def suggestions(self) -> Sequence[str]: ...


class KeywordMatch(LinePositioned, Protocol):
    """Where a job-description term occurs in the resume."""

    @property
    def term(self) -> str: ...


class OverlayKind(IntEnum):
    """The overlay layers, in the order they are painted (later ones on top)."""

    SOURCE_LINE = 0
    KEYWORDS = 1
    FIND = 2
    PROBLEMS = 3
    SPELLING = 4
    FLASH = 5


@dataclass(frozen=True)
class Overlay:
    """One mark: the extra selection Qt paints, its tooltip text and the item it came from."""

    selection: QTextEdit.ExtraSelection
    message: str
    item: Any = None

    def covers(self, position: int) -> bool:
        cursor = self.selection.cursor
        return cursor.selectionStart() <= position < cursor.selectionEnd()


def underline_format(colour: QColor) -> QTextCharFormat:
    """A wavy underline in `colour`, the way writing apps mark spelling and grammar."""
    char_format = QTextCharFormat()
    char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    char_format.setUnderlineColor(colour)
    return char_format


def background_format(colour: QColor, full_width: bool = False) -> QTextCharFormat:
    """A background tint; `full_width` paints the whole line, margin to margin."""
    char_format = QTextCharFormat()
    char_format.setBackground(colour)
    if full_width:
        char_format.setProperty(QTextFormat.Property.FullWidthSelection, True)
    return char_format


def build_overlays(
    document: QTextDocument,
    items: Iterable[LinePositioned],
    char_format: QTextCharFormat,
    message: Callable[[Any], str],
) -> list[Overlay]:
    """Overlays for `items`, skipping any whose line no longer exists or whose range is empty.

    A line over LONG_LINE characters (a pasted blob) gets at most MARKS_PER_LONG_LINE of them:
    Qt paints each mark by walking every wrapped line of its block, so 500 marks on a
    1,000,000-character line cost 100 ms a repaint, and each line's text is copied once, not
    once a mark (5,000 marks took 2 s to set).
    """
    overlays = []
    texts: dict[int, str] = {}
    marks: Counter[int] = Counter()
    for item in items:
        block = document.findBlockByNumber(item.line - 1)
        if item.line < 1 or not block.isValid():
            continue
        marks[item.line] += 1
        if marks[item.line] > MARKS_PER_LONG_LINE and block.length() > LONG_LINE:
            continue
        text = texts.get(item.line)
        if text is None:
            text = texts[item.line] = block.text()
        column = getattr(item, "column", getattr(item, "start_column", 0))
        cursor = _range_cursor(document, block.position(), text, column, getattr(item, "end_column", None))
        if cursor.hasSelection():
            overlays.append(make_overlay(cursor, char_format, message(item), item))
    return overlays


def make_overlay(cursor: QTextCursor, char_format: QTextCharFormat, message: str = "", item: Any = None) -> Overlay:
    """One overlay over `cursor`'s selection (or, for a full-width format, its lines)."""
    selection = QTextEdit.ExtraSelection()
    selection.cursor = cursor
    selection.format = char_format
    return Overlay(selection, message, item)


def overlay_format(kind: OverlayKind, colours: EditorColours, alpha: float = 1.0) -> QTextCharFormat:
    """How overlays of `kind` look: wavy underlines for findings, tints for matches and lines."""
    if kind is OverlayKind.PROBLEMS:
        return underline_format(colours.problem)
    if kind is OverlayKind.SPELLING:
        return underline_format(colours.misspelling)
    if kind is OverlayKind.KEYWORDS:
        return background_format(colours.keyword_background)
    if kind is OverlayKind.FIND:
        return background_format(colours.find_background)
    colour = QColor(colours.source_line_background if kind is OverlayKind.SOURCE_LINE else colours.flash_background)
    colour.setAlphaF(alpha)
    return background_format(colour, full_width=True)


def _range_cursor(document: QTextDocument, position: int, text: str, column: int, end: int | None) -> QTextCursor:
    """A cursor over code-point columns `column`..`end` of the line `text` that starts at `position`."""
    start, stop = utf16_range(text, column, end)
    cursor = QTextCursor(document)
    cursor.setPosition(position + start)
    cursor.setPosition(position + stop, QTextCursor.MoveMode.KeepAnchor)
    return cursor


def lines_cursor(document: QTextDocument, first_line: int, last_line: int) -> QTextCursor | None:
    """A cursor spanning 1-based lines `first_line`..`last_line`, for full-width marks."""
    first = document.findBlockByNumber(max(first_line, 1) - 1)
    last = document.findBlockByNumber(max(last_line, first_line) - 1)
    if not first.isValid():
        return None
    if not last.isValid():
        last = document.lastBlock()
    cursor = QTextCursor(document)
    cursor.setPosition(first.position())
    if last.blockNumber() > first.blockNumber():
        cursor.setPosition(last.position(), QTextCursor.MoveMode.KeepAnchor)
    return cursor


class OverlayLayers:
    """The editor's overlays by kind, combined into one list of extra selections in paint order.

    Why layers: setting the spelling marks must not drop the keyword tints, and each layer is
    replaced as a whole when its analysis reports, without touching the others.
    """

    def __init__(self, editor: QPlainTextEdit) -> None:
        self._editor = editor
        self._layers: dict[OverlayKind, list[Overlay]] = {kind: [] for kind in OverlayKind}

    def set_layer(self, kind: OverlayKind, overlays: Sequence[Overlay]) -> None:
        """Replace one layer and repaint."""
        self._layers[kind] = list(overlays)
        self._apply()

    def clear(self) -> None:
        """Drop every overlay, e.g. when a new document is loaded."""
        for kind in OverlayKind:
            self._layers[kind] = []
        self._apply()

    def restyle(self, kind: OverlayKind, char_format: QTextCharFormat) -> None:
        """Give one layer's overlays a new format (a theme change) without moving them."""
        for overlay in self._layers[kind]:
            overlay.selection.format = char_format
        self._apply()

    def layer(self, kind: OverlayKind) -> list[Overlay]:
        return list(self._layers[kind])

    def remove(self, kind: OverlayKind, predicate: Callable[[Overlay], bool]) -> None:
        """Remove the overlays of one layer that `predicate` picks, e.g. a word just corrected."""
        kept = [overlay for overlay in self._layers[kind] if not predicate(overlay)]
        if len(kept) != len(self._layers[kind]):
            self.set_layer(kind, kept)

    def at(self, position: int, kinds: Iterable[OverlayKind]) -> list[Overlay]:
        """The overlays of `kinds` covering document position `position` (UTF-16)."""
        return [overlay for kind in kinds for overlay in self._layers[kind] if overlay.covers(position)]

    def _apply(self) -> None:
        self._editor.setExtraSelections([overlay.selection for kind in OverlayKind for overlay in self._layers[kind]])


def tooltip_html(messages: Iterable[str]) -> str:
    """Tooltip rich text for the messages under the mouse, one paragraph each, duplicates dropped."""
    unique = list(dict.fromkeys(message for message in messages if message))
    return "".join(f"<p style='margin:2px 0'>{html.escape(message)}</p>" for message in unique)
