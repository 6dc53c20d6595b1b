"""A guard against shiboken6 6.12.0 dropping a reference to None on every void Qt call.

Why: with PySide6/shiboken6 6.12.0 on CPython 3.11, each call of a Qt method that returns void
(`setFormat`, `setTextCursor`, `QTextBlock.setUserState`, …) decrements None's reference count
once more than it increments it (measured: exactly -1 per call; 0 with 6.11.3). None starts with
about 5,000 references, so after a few thousand such calls (seconds of typing in the editor)
CPython aborts with "Fatal Python error: none_dealloc". From Python 3.12 None is immortal and the
leak is harmless. Remove this module once the pinned PySide6 no longer leaks.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 40  # decrements it would take to free None: centuries of calls


def protect_none_refcount() -> None:
    """Give None enough spare references that the leak can never free it; a no-op on 3.12+."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    reference_count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is a PyObject's first field
    if reference_count.value < HEADROOM:
        reference_count.value += HEADROOM
