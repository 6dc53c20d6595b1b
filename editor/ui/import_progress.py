"""Waiting for an import without freezing the window: a busy dialog with Cancel.

Why an event loop here: the reader runs in a worker process (`formats.bounded`), and the
window must repaint, answer and let the user cancel while it works. The dialog is
window-modal, so nothing else can start meanwhile, and it appears only when an import takes
long enough to notice; Cancel kills the worker at once.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from editor.formats.registry import finish_reading

if TYPE_CHECKING:
    from editor.formats.bounded import BoundedCall

SHOW_AFTER_MS = 400  # a quicker import shows no dialog at all
POLL_MS = 40


def read_in_worker(call: BoundedCall, path: str | Path, parent: QWidget | None) -> Any:
    """What `call` read from `path`, waited for with the window live; FormatError (one line) when it
    failed, took too long or was cancelled."""
    _wait_for_answer(call, Path(path).name, parent)
    return finish_reading(path, call)


def _wait_for_answer(call: BoundedCall, name: str, parent: QWidget | None) -> None:
    """Run the event loop until `call` has an answer or the user cancels it."""
    dialog = QProgressDialog(f"Reading {name}…", "Cancel", 0, 0, parent)
    dialog.setWindowTitle("Importing")
    dialog.setObjectName("importProgress")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setMinimumDuration(0)
    dialog.canceled.connect(call.cancel)
    dialog.hide()  # QProgressDialog shows itself on construction's timer; SHOW_AFTER_MS decides instead
    started = time.monotonic()
    loop = QEventLoop()

    def check() -> None:
        if call.poll():
            loop.quit()
            return
        elapsed = time.monotonic() - started
        if elapsed * 1000 >= SHOW_AFTER_MS and not dialog.isVisible():
            dialog.show()
        dialog.setLabelText(f"Reading {name}… {elapsed:.0f} s (a resume takes a second or two)")

    timer = QTimer(interval=POLL_MS)
    timer.timeout.connect(check)
    timer.start()
    check()
    if not call.poll():
        loop.exec()
    timer.stop()
    dialog.canceled.disconnect(call.cancel)
    dialog.close()
    dialog.deleteLater()
