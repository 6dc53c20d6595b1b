"""The find and replace bar shown under the resume editor (Ctrl+F, Ctrl+H).

Why a bar and not a dialog: the user keeps reading the resume while searching, and Escape puts
them straight back into the text. Replace All is one undo step, so one Ctrl+Z takes it back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)


class FindReplaceBar(QWidget):
    """Searches an editor's text: next/previous, match case, whole words, replace, replace all.

    The bar starts hidden; `find_action` (Ctrl+F) and `replace_action` (Ctrl+H) show it and work
    while the editor has focus; `find_next_action` (F3) and `find_previous_action` (Shift+F3)
    repeat the search. `closed` fires when Escape or the close button hides it.
    """

    closed = Signal()

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self.find_field = QLineEdit(placeholderText="Find", clearButtonEnabled=True)
        self.replace_field = QLineEdit(placeholderText="Replace with", clearButtonEnabled=True)
        self.match_case_box = QCheckBox("Match case")
        self.whole_words_box = QCheckBox("Whole words")
        self.status_label = QLabel()
        self.status_label.setMinimumWidth(self.status_label.fontMetrics().horizontalAdvance("999 of 999"))
        self._replace_widgets: list[QWidget] = []
        self._build_layout()
        self.find_action = self._action("&Find…", QKeySequence.StandardKey.Find, self.show_find)
        self.replace_action = self._action("&Replace…", QKeySequence("Ctrl+H"), self.show_replace)
        self.find_next_action = self._action("Find &Next", QKeySequence.StandardKey.FindNext, self.find_next)
        self.find_previous_action = self._action(
            "Find Pre&vious", QKeySequence.StandardKey.FindPrevious, self.find_previous
        )
        self.find_field.textChanged.connect(self._on_search_changed)
        self.match_case_box.toggled.connect(self._on_search_changed)
        self.whole_words_box.toggled.connect(self._on_search_changed)
        self.find_field.returnPressed.connect(self.find_next)
        self.replace_field.returnPressed.connect(self.replace)
        self.hide()

    def _build_layout(self) -> None:
        layout = QGridLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(4)
        previous = self._button("↑", "Previous match (Shift+F3)", self.find_previous)
        following = self._button("↓", "Next match (F3)", self.find_next)
        close = self._button("✕", "Close (Esc)", self.close_bar)
        replace = self._button("Replace", "Replace this match and find the next", self.replace)
        replace_all = self._button("Replace All", "Replace every match (one undo step)", self.replace_all)
        for column, widget in enumerate(
            (self.find_field, previous, following, self.status_label, self.match_case_box, self.whole_words_box, close)
        ):
            layout.addWidget(widget, 0, column)
        layout.addWidget(self.replace_field, 1, 0)
        layout.addWidget(replace, 1, 1, 1, 3)
        layout.addWidget(replace_all, 1, 4, 1, 2)
        layout.setColumnStretch(0, 1)
        self._replace_widgets = [self.replace_field, replace, replace_all]

    def _button(self, text: str, tip: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton(text=text, toolTip=tip, autoRaise=True)
        button.clicked.connect(slot)
        return button

    def _action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self._editor.addAction(action)
        self.addAction(action)
        return action

    # -- showing ---------------------------------------------------------------------------

    def show_find(self) -> None:
        """Show the bar without the replace row, seeded with the selected text."""
        self._open(with_replace=False)

    def show_replace(self) -> None:
        """Show the bar with the replace row."""
        self._open(with_replace=True)

    def close_bar(self) -> None:
        """Hide the bar and give the keyboard back to the editor."""
        self.hide()
        self._editor.setFocus()
        self.closed.emit()

    def _open(self, with_replace: bool) -> None:
        selected = self._editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_field.setText(selected)
        for widget in self._replace_widgets:
            widget.setVisible(with_replace)
        self.show()
        self.find_field.setFocus()
        self.find_field.selectAll()
        self._update_status()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.find_previous()
            return
        super().keyPressEvent(event)

    # -- searching -------------------------------------------------------------------------

    def find_next(self) -> bool:
        """Select the next match after the caret, wrapping at the end; False when there is none."""
        return self._find(backward=False)

    def find_previous(self) -> bool:
        """Select the match before the caret, wrapping at the start; False when there is none."""
        return self._find(backward=True)

    def replace(self) -> bool:
        """Replace the selected match (if the selection is one) and select the next match."""
        cursor = self._editor.textCursor()
        if self._is_match(cursor):
            cursor.insertText(self.replace_field.text())
            self._editor.setTextCursor(cursor)
        return self.find_next()

    def replace_all(self) -> int:
        """Replace every match as one undo step; returns how many were replaced."""
        needle = self.find_field.text()
        if not needle:
            return 0
        document = self._editor.document()
        editing = QTextCursor(document)
        count = 0
        editing.beginEditBlock()
        found = document.find(needle, 0, self._flags())
        while not found.isNull():
            found.insertText(self.replace_field.text())
            count += 1
            found = document.find(needle, found.position(), self._flags())
        editing.endEditBlock()
        self.status_label.setText(f"{count} replaced" if count else "No results")
        return count

    def _find(self, backward: bool) -> bool:
        needle = self.find_field.text()
        if not needle:
            return False
        document = self._editor.document()
        flags = self._flags(backward)
        found = document.find(needle, self._editor.textCursor(), flags)
        if found.isNull():
            wrap = QTextCursor(document)
            wrap.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
            found = document.find(needle, wrap, flags)
        if found.isNull():
            self._update_status()
            return False
        self._editor.setTextCursor(found)
        self._editor.centerCursor()
        self._update_status()
        return True

    def _is_match(self, cursor: QTextCursor) -> bool:
        if not cursor.hasSelection():
            return False
        found = self._editor.document().find(self.find_field.text(), cursor.selectionStart(), self._flags())
        return found.selectionStart() == cursor.selectionStart() and found.selectionEnd() == cursor.selectionEnd()

    def _flags(self, backward: bool = False) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if self.match_case_box.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if self.whole_words_box.isChecked():
            flags |= QTextDocument.FindFlag.FindWholeWords
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        return flags

    def _on_search_changed(self) -> None:
        """Search as the user types, from the start of the current selection."""
        cursor = self._editor.textCursor()
        cursor.setPosition(cursor.selectionStart())
        self._editor.setTextCursor(cursor)
        if not self.find_next():
            self._update_status()

    def _update_status(self) -> None:
        needle = self.find_field.text()
        if not needle:
            self.status_label.clear()
            return
        document = self._editor.document()
        current = self._editor.textCursor()
        total, index = 0, 0
        found = document.find(needle, 0, self._flags())
        while not found.isNull():
            total += 1
            if found.selectionStart() == current.selectionStart() and found.selectionEnd() == current.selectionEnd():
                index = total
            found = document.find(needle, found, self._flags())
        self.status_label.setText(f"{index} of {total}" if index else (f"{total} found" if total else "No results"))
