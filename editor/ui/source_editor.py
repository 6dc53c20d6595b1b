"""The resume editor: plain resume Markdown, styled to read like the document it becomes.

Constraints: typing must stay instant on a 10-page CV, so a keystroke only re-highlights its own
block, and the overlays (problems, spelling, keywords) are rebuilt only when new analysis
results arrive, never per keystroke. Every position crossing the public API is a 1-based line
and a code-point column; conversion to Qt's UTF-16 happens inside.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEasingCurve, QEvent, QPoint, Qt, QVariantAnimation, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QMenu, QToolTip, QWidget

from editor.ui import markdown_commands as commands
from editor.ui.editor_colours import editor_colours
from editor.ui.editor_overlays import (
    KeywordMatch,
    Misspelling,
    Overlay,
    OverlayKind,
    OverlayLayers,
    Problem,
    build_overlays,
    lines_cursor,
    make_overlay,
    overlay_format,
    tooltip_html,
)
from editor.ui.long_lines import LongLineSafeEdit
from editor.ui.markdown_edits import indented_bullets, toggled_bullets, toggled_headings
from editor.ui.markdown_highlighter import ResumeHighlighter
from editor.ui.qt_fonts import EDITOR_FONT_FAMILY, register_app_fonts
from editor.ui.text_positions import utf16_offset

EDITOR_POINT_SIZE = 12.0
DOCUMENT_MARGIN = 28
MAX_LINE_CHARACTERS = 92  # about a Letter page's line at body size, so the source wraps like the page
FLASH_MS = 900
FLASH_STEPS = 8
MAX_SUGGESTIONS = 6


class SourceEditor(LongLineSafeEdit):
    """Edits resume Markdown with document-like styling, formatting commands and analysis marks.

    Signals: `cursor_line_changed(int)` carries the caret's 1-based line when it moves to another
    line; `word_added_to_dictionary(str)` fires when the user picks "Add to Dictionary".
    The formatting commands are QActions (`bold_action`, …, listed by `formatting_actions()`)
    whose shortcuts work while the editor has focus.
    """

    cursor_line_changed = Signal(int)
    word_added_to_dictionary = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        register_app_fonts()
        font = QFont(EDITOR_FONT_FAMILY)
        font.setPointSizeF(EDITOR_POINT_SIZE)
        self._colours = editor_colours(self.palette())
        self._highlighter = ResumeHighlighter(self.document(), self._colours, font)
        self._overlays = OverlayLayers(self)
        self._cursor_line = 1
        self._flash_cursor: QTextCursor | None = None
        self._flash_alpha = 0.0
        self._flash = QVariantAnimation(self, startValue=1.0, endValue=0.0, duration=FLASH_MS)
        self._flash.setEasingCurve(QEasingCurve.Type.InQuad)
        self._flash.valueChanged.connect(self._on_flash_step)
        self.bold_action = self._action("&Bold", ["Ctrl+B"], self.toggle_bold)
        self.italic_action = self._action("&Italic", ["Ctrl+I"], self.toggle_italic)
        self.section_heading_action = self._action("&Section Heading", ["Ctrl+2"], lambda: self.toggle_heading(2))
        self.entry_heading_action = self._action("&Entry Heading", ["Ctrl+3"], lambda: self.toggle_heading(3))
        self.bullet_action = self._action("B&ullet List", ["Ctrl+.", "Ctrl+Shift+8"], self.toggle_bullets)
        self.insert_entry_action = self._action("Insert E&ntry", ["Ctrl+Shift+Return"], self.insert_entry)
        self.move_line_up_action = self._action("Move Line &Up", ["Alt+Up"], lambda: self.move_lines(up=True))
        self.move_line_down_action = self._action("Move Line &Down", ["Alt+Down"], lambda: self.move_lines(up=False))
        self.cursorPositionChanged.connect(self._on_cursor_position_changed)
        # Last: palette and font changes restyle through changeEvent, which needs the members above.
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self.setCursorWidth(2)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setPlaceholderText("# Your Name\nHeadline\nCity · phone · email\n\n## Experience\n### Title | Company | …")
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
        self.setFont(font)
        self.document().setModified(False)  # Qt marks a document modified when its font or margin changes

    def _action(self, text: str, shortcuts: list[str], slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(shortcut) for shortcut in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def formatting_actions(self) -> list[QAction]:
        """The formatting commands in menu order, for the main window's Format menu and toolbar."""
        return [
            self.bold_action,
            self.italic_action,
            self.section_heading_action,
            self.entry_heading_action,
            self.bullet_action,
            self.insert_entry_action,
            self.move_line_up_action,
            self.move_line_down_action,
        ]

    # -- formatting commands, each one undo step -------------------------------------------

    def toggle_bold(self) -> None:
        """Wrap the selection (or the word at the caret) in `**`, or unwrap it."""
        self._run(lambda cursor: commands.toggle_emphasis(cursor, 2))

    def toggle_italic(self) -> None:
        """Wrap the selection (or the word at the caret) in `*`, or unwrap it."""
        self._run(lambda cursor: commands.toggle_emphasis(cursor, 1))

    def toggle_heading(self, level: int) -> None:
        """Make the selected lines headings of `level` (2 section, 3 entry), or plain again."""
        self._run(lambda cursor: commands.edit_selected_lines(cursor, lambda lines: toggled_headings(lines, level)))

    def toggle_bullets(self) -> None:
        """Make the selected lines `- ` bullets, or plain lines if they all are bullets."""
        self._run(lambda cursor: commands.edit_selected_lines(cursor, toggled_bullets))

    def indent_bullets(self, outdent: bool = False) -> bool:
        """Nest the selected bullets a level deeper (or shallower); False if they are not all bullets."""
        return self._run(lambda cursor: commands.edit_selected_lines(cursor, lambda ls: indented_bullets(ls, outdent)))

    def insert_entry(self) -> None:
        """Insert `### Title | Organization | City, ST | Mon YYYY – Present` and a bullet, Title selected."""
        self._run(commands.insert_entry)

    def move_lines(self, up: bool) -> None:
        """Move the selected lines one line up or down, keeping them selected."""
        self._run(lambda cursor: commands.move_lines(cursor, up))

    def _run(self, command: Callable[[QTextCursor], bool | None]) -> bool:
        cursor = self.textCursor()
        done = command(cursor) is not False
        if done:
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
        return done

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._handle_structure_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _handle_structure_key(self, event: QKeyEvent) -> bool:
        """Enter continues bullets; Tab nests bullets or walks an entry heading's fields."""
        key, modifiers = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if modifiers & Qt.KeyboardModifier.ShiftModifier:
                self.textCursor().insertText("\n")  # not Qt's U+2028, which would hide inside a line
                return True
            return not modifiers & ~Qt.KeyboardModifier.KeypadModifier and self._run(commands.continue_bullet)
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not modifiers & Qt.KeyboardModifier.ControlModifier:
            backwards = key == Qt.Key.Key_Backtab or bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
            return self.indent_bullets(outdent=backwards) or self._run(
                lambda cursor: commands.select_entry_field(cursor, forward=not backwards)
            )
        return False

    # -- navigation ------------------------------------------------------------------------

    def go_to(self, line: int, column: int = 0) -> None:
        """Put the caret at 1-based `line`, code-point `column`, centre it and flash the line."""
        block = self.document().findBlockByNumber(max(line, 1) - 1)
        if not block.isValid():
            block = self.document().lastBlock()
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + utf16_offset(block.text(), column))
        self.setTextCursor(cursor)
        self.centerCursor()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self._flash_cursor = QTextCursor(block)
        self._flash.stop()
        self._flash_alpha = -1.0
        self._flash.start()

    def replace_text(self, line: int, column: int, end_column: int, replacement: str) -> bool:
        """Replace code-point columns [column, end_column) of 1-based `line` as one undo step."""
        block = self.document().findBlockByNumber(line - 1)
        if not block.isValid() or end_column > len(block.text()):
            return False
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + utf16_offset(block.text(), column))
        cursor.setPosition(block.position() + utf16_offset(block.text(), end_column), QTextCursor.MoveMode.KeepAnchor)
        cursor.beginEditBlock()
        cursor.insertText(replacement)
        cursor.endEditBlock()
        return True

    def _on_flash_step(self, value: float) -> None:
        alpha = round(value * FLASH_STEPS) / FLASH_STEPS
        if alpha == self._flash_alpha or self._flash_cursor is None:
            return
        self._flash_alpha = alpha
        flash_format = overlay_format(OverlayKind.FLASH, self._colours, alpha)
        overlays = [make_overlay(self._flash_cursor, flash_format)] if alpha > 0 else []
        self._overlays.set_layer(OverlayKind.FLASH, overlays)

    def _on_cursor_position_changed(self) -> None:
        line = self.textCursor().blockNumber() + 1
        if line != self._cursor_line:
            self._cursor_line = line
            self.cursor_line_changed.emit(line)

    # -- overlays --------------------------------------------------------------------------

    def set_problems(self, items: Iterable[Problem]) -> None:
        """Underline check findings with a wavy amber line; hovering shows their messages."""
        self._set_layer(OverlayKind.PROBLEMS, items, lambda item: item.message)

    def set_misspellings(self, items: Iterable[Misspelling]) -> None:
        """Underline unknown words with a wavy red line; right-click offers their suggestions."""
        self._set_layer(OverlayKind.SPELLING, items, lambda item: f"“{item.word}” is not in the dictionary.")

    def set_keyword_matches(self, items: Iterable[KeywordMatch]) -> None:
        """Tint the job description's terms where they occur in the resume."""
        self._set_layer(OverlayKind.KEYWORDS, items, lambda item: f"In the job description: {item.term}")

    def set_current_line_highlight(self, line: int | None, end_line: int | None = None) -> None:
        """Tint source lines `line`..`end_line` (1-based), e.g. those behind a clicked page line; None clears."""
        cursor = None if line is None else lines_cursor(self.document(), line, end_line or line)
        source_format = overlay_format(OverlayKind.SOURCE_LINE, self._colours)
        self._overlays.set_layer(
            OverlayKind.SOURCE_LINE, [] if cursor is None else [make_overlay(cursor, source_format)]
        )

    def clear_overlays(self) -> None:
        """Remove every mark, e.g. before the first results for a newly opened file arrive."""
        self._flash.stop()
        self._overlays.clear()

    def setPlainText(self, text: str) -> None:
        """Replace the text; marks made for the old text are dropped rather than left misplaced."""
        self.clear_overlays()
        super().setPlainText(text)

    def _set_layer(self, kind: OverlayKind, items: Iterable, message: Callable) -> None:
        overlays = build_overlays(self.document(), items, overlay_format(kind, self._colours), message)
        self._overlays.set_layer(kind, overlays)

    def tooltip_at(self, point: QPoint) -> str:
        """Tooltip rich text for the marks under viewport point `point` ('' when there are none)."""
        kinds = (OverlayKind.SPELLING, OverlayKind.PROBLEMS, OverlayKind.KEYWORDS)
        return tooltip_html(overlay.message for overlay in self._overlays.at(self._character_at(point), kinds))

    def _character_at(self, point: QPoint) -> int:
        """The document position of the character under `point`, not the caret gap nearest it."""
        cursor = self.cursorForPosition(point)
        if point.x() < self.cursorRect(cursor).x() and cursor.positionInBlock() > 0:
            return cursor.position() - 1
        return cursor.position()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    # -- context menu ----------------------------------------------------------------------

    def build_context_menu(self, point: QPoint) -> QMenu:
        """The context menu for viewport point `point`: spelling suggestions first, then the usual."""
        menu = self.createStandardContextMenu()
        misspelled = self._overlays.at(self._character_at(point), (OverlayKind.SPELLING,))
        if not misspelled:
            return menu
        overlay = misspelled[0]
        first_standard = menu.actions()[0] if menu.actions() else None
        suggestions = list(overlay.item.suggestions)[:MAX_SUGGESTIONS]
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            bold = action.font()
            bold.setBold(True)
            action.setFont(bold)
            action.triggered.connect(lambda _checked=False, text=suggestion: self._replace_misspelling(overlay, text))
            menu.insertAction(first_standard, action)
        if not suggestions:
            no_suggestions = QAction("No Suggestions", menu)
            no_suggestions.setEnabled(False)
            menu.insertAction(first_standard, no_suggestions)
        add = QAction(f"Add “{overlay.item.word}” to Dictionary", menu)
        add.triggered.connect(lambda: self._add_to_dictionary(overlay.item.word))
        menu.insertAction(first_standard, add)
        menu.insertSeparator(first_standard)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.build_context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def _replace_misspelling(self, overlay: Overlay, replacement: str) -> None:
        cursor = QTextCursor(overlay.selection.cursor)
        if cursor.selectedText() != overlay.item.word:
            return
        cursor.beginEditBlock()
        cursor.insertText(replacement)
        cursor.endEditBlock()
        self._overlays.remove(OverlayKind.SPELLING, lambda candidate: candidate is overlay)

    def _add_to_dictionary(self, word: str) -> None:
        self._overlays.remove(OverlayKind.SPELLING, lambda overlay: overlay.item.word.casefold() == word.casefold())
        self.word_added_to_dictionary.emit(word)

    # -- look ------------------------------------------------------------------------------

    def zoomIn(self, steps: int = 1) -> None:
        """Zoom the text without marking the resume as changed (Qt would, via setFont)."""
        modified = self.document().isModified()
        super().zoomIn(steps)
        self.document().setModified(modified)

    def zoomOut(self, steps: int = 1) -> None:
        modified = self.document().isModified()
        super().zoomOut(steps)
        self.document().setModified(modified)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._restyle()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._update_text_column(self.width())  # the event may be the viewport's, which the margins resize
        super().resizeEvent(event)

    def _restyle(self) -> None:
        """Follow a theme or font change: new colours for the styling and the marks."""
        self._colours = editor_colours(self.palette())
        self._highlighter.set_appearance(self._colours, self.font())
        for kind in (OverlayKind.PROBLEMS, OverlayKind.SPELLING, OverlayKind.KEYWORDS, OverlayKind.SOURCE_LINE):
            self._overlays.restyle(kind, overlay_format(kind, self._colours))
        if self._update_text_column(self.width()):
            self.resizeEvent(QResizeEvent(self.size(), self.size()))  # lays the text out in the new column

    def _update_text_column(self, width: int) -> bool:
        """Centre a text column no wider than a page's line, like a page on a desk; True if it moved."""
        widest = self.fontMetrics().averageCharWidth() * MAX_LINE_CHARACTERS + 2 * DOCUMENT_MARGIN
        available = width - 2 * self.frameWidth() - self.verticalScrollBar().sizeHint().width()
        side = max(0, (available - widest) // 2)
        if self.viewportMargins().left() == side:
            return False
        self.setViewportMargins(side, 0, side, 0)
        return True
