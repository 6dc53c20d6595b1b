"""A guard against shiboken6 6.12.0 dropping references to None, True and False.

Why: with PySide6/shiboken6 6.12.0 on CPython 3.11, each call of a Qt method that returns void
(`setFormat`, `setTextCursor`, `QTextBlock.setUserState`, …) decrements None's reference count
once more than it increments it (measured: exactly -1 per call; 0 with 6.11.3). None starts with
about 5,000 references, so after a few thousand such calls (seconds of typing in the editor)
CPython aborts with "Fatal Python error: none_dealloc". Emitting a `Signal(bool)` leaks True or
False the same way ("bool_dealloc"). From Python 3.12 these objects are immortal and the leaks
are harmless. Remove this module once the pinned PySide6 no longer leaks.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 40  # decrements it would take to free one of them: centuries of calls

LEAKED_SINGLETONS = (None, True, False)  # void returns leak None; bool signal arguments leak True/False


def protect_none_refcount() -> None:
    """Give None, True and False enough spare references that the leaks can never free them.

    A no-op on Python 3.12+, where these objects are immortal.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in LEAKED_SINGLETONS:
        reference_count = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt is a PyObject's first field
        if reference_count.value < HEADROOM:
            reference_count.value += HEADROOM
