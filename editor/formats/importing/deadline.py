"""A time limit that holds inside library loops (pdfminer parsing a page of no-op operators).

Why a timer signal: counting in our own callbacks misses work a library does without calling
back (pdfminer reads `q Q q Q …` without drawing anything), while SIGALRM interrupts any Python
code. Signals reach only the main thread, which is where an import runs: in the import worker
process (`formats.bounded`), the command line and the tests. Elsewhere the callbacks' own
clock checks remain, and the worker's hard deadline covers the rest.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from editor.formats.errors import FormatError

_REPEAT = 0.25  # seconds: if a library swallows the first interruption, the next one follows


@contextmanager
def time_limit(seconds: float, message: str) -> Iterator[None]:
    """Raise FormatError(message) in the block once `seconds` have passed (main thread only);
    an outer timer (pytest-timeout, an enclosing limit) is restored afterwards."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(_signum: int, _frame: object) -> None:
        raise FormatError(message)

    started = time.monotonic()
    previous = signal.signal(signal.SIGALRM, expire)
    outer, _ = signal.setitimer(signal.ITIMER_REAL, seconds, _REPEAT)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer:
            signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - started), 0.001))
