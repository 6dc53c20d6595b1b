"""The live pipeline: run the headless analysis off the UI thread, debounced, newest wins.

Constraints (docs/architecture.md, principle 6):
* the UI thread only takes a snapshot (the text as it was) and starts a timer;
* one job runs at a time; a request that arrives while a job runs replaces any earlier
  waiting request and starts when the job ends (ghostwriter's updateInProgress/updateAgain);
* a result is delivered only if no newer request was made since its snapshot was taken;
* with `cancellable`, the work gets a `superseded()` check and may stop early by raising
  `Superseded` once a newer request is waiting (a 10-page render is ~300 ms of stale work);
* errors come back as a signal with one line, never as an exception on the UI thread;
* with `cancellable`, a run past `deadline_s` stops at its next step with a one-line error
  (`Overdue`), so one pathological text cannot keep the worker, and the GIL, busy for minutes.
This is the one concurrency seam: tests set `inline=True` to run jobs synchronously.
"""

from __future__ import annotations

import sys
import time
import traceback
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from editor.analysis.snapshot import Superseded
from editor.formats.errors import FormatError

DEADLINE_S = 10.0

# Why: a worker thread running Python holds the GIL for up to the switch interval (5 ms by
# default); a shorter interval lets the UI thread take keystrokes while a render runs.
sys.setswitchinterval(0.001)


class Overdue(Exception):
    """A run passed the pipeline's deadline; it stops at its next step instead of holding the worker."""


class _JobSignals(QObject):
    finished = Signal(int, object, str)  # generation, result, error message


class _Job(QRunnable):
    """One run of the work function on a snapshot; reports back through a queued signal."""

    def __init__(self, generation: int, work: Callable[[Any], Any], snapshot: Any, signals: _JobSignals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._generation = generation
        self._work = work
        self._snapshot = snapshot
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work(self._snapshot)
        except Superseded:
            self._signals.finished.emit(self._generation, None, "")  # stale: dropped, the newer request runs
            return
        except (FormatError, Overdue) as error:  # expected: the input, not the code, is at fault
            self._signals.finished.emit(self._generation, None, str(error))
            return
        except Exception as error:  # reported to the UI as one line
            message = f"{type(error).__name__}: {error}"
            traceback.print_exc()
            self._signals.finished.emit(self._generation, None, message)
            return
        self._signals.finished.emit(self._generation, result, "")


class LivePipeline(QObject):
    """Debounced, newest-wins background execution of `work(snapshot) -> result`."""

    result_ready = Signal(object)
    failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(
        self,
        work: Callable[..., Any],
        delay_ms: int = 30,
        parent: QObject | None = None,
        inline: bool = False,
        cancellable: bool = False,
        deadline_s: float = DEADLINE_S,
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._cancellable = cancellable
        self._deadline_s = deadline_s
        self._inline = inline
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _JobSignals(self)
        self._signals.finished.connect(self._on_job_finished)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._on_timer)
        self._generation = 0
        self._pending: Any = None
        self._has_pending = False
        self._running = False

    def set_delay(self, delay_ms: int) -> None:
        self._timer.setInterval(delay_ms)

    def request(self, snapshot: Any, immediately: bool = False) -> None:
        """Ask for `snapshot` to be processed after the pause; replaces any waiting request."""
        self._generation += 1
        self._pending = snapshot
        self._has_pending = True
        if self._inline or immediately:
            self._timer.stop()
            self._on_timer()
        else:
            self._timer.start()

    def is_busy(self) -> bool:
        return self._running or self._has_pending

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Block until queued work is done (for tests and clean shutdown)."""
        if self._timer.isActive():
            self._timer.stop()
            self._on_timer()
        return self._pool.waitForDone(timeout_ms)

    def _on_timer(self) -> None:
        if self._running or not self._has_pending:
            return
        snapshot, generation = self._pending, self._generation
        self._pending, self._has_pending = None, False
        self._running = True
        self.busy_changed.emit(True)
        work = self._work
        if self._cancellable:
            work = partial(self._work, superseded=partial(self._superseded, generation, time.monotonic()))
        job = _Job(generation, work, snapshot, self._signals)
        if self._inline:
            job.run()
        else:
            self._pool.start(job)

    def _superseded(self, generation: int, started: float) -> bool:
        """Called by the worker between steps: True once a newer request waits; Overdue past the deadline."""
        if time.monotonic() - started > self._deadline_s:
            raise Overdue(f"stopped after {self._deadline_s:g} s, far longer than a resume takes")
        return self._generation != generation

    def _on_job_finished(self, generation: int, result: Any, error: str) -> None:
        self._running = False
        if generation == self._generation:
            if error:
                self.failed.emit(error)
            else:
                self.result_ready.emit(result)
        if self._has_pending:
            self._on_timer()
        else:
            self.busy_changed.emit(False)
