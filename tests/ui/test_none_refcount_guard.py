"""Thousands of void Qt calls cannot free None once the guard is on (shiboken6 6.12.0 on Python 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QTextCharFormat

from editor.ui.none_refcount_guard import protect_none_refcount


def test_none_keeps_its_references_through_many_void_qt_calls() -> None:
    protect_none_refcount()
    protect_none_refcount()
    char_format = QTextCharFormat()
    for _ in range(20_000):
        char_format.setFontItalic(True)
    assert sys.getrefcount(None) > 1 << 30


def test_true_and_false_survive_many_bool_signal_emissions() -> None:
    from PySide6.QtCore import QObject, Signal

    class Toggle(QObject):
        toggled = Signal(bool)

    protect_none_refcount()
    toggle = Toggle()
    toggle.toggled.connect(lambda _value: None)
    for _ in range(20_000):
        toggle.toggled.emit(False)
        toggle.toggled.emit(True)
    assert sys.getrefcount(False) > 1 << 30 and sys.getrefcount(True) > 1 << 30
