"""Run a reader in a child process with a deadline and a memory cap, and kill it past either.

Why a process: a loop inside a library (pdfminer, lxml, zlib) cannot be interrupted from
another thread, and the memory a hostile file makes a parser take cannot be capped inside
one process. A child started with 'spawn' (a fresh interpreter, safe beside Qt's threads)
caps its own address space with RLIMIT_AS and sends back the result or the error's one line;
the parent kills it at the deadline or on Cancel. The parent never blocks: `poll()` lets the
app keep its event loop, `wait()` serves the command line.
"""

from __future__ import annotations

import contextlib
import importlib
import multiprocessing
import time
from multiprocessing.connection import Connection
from typing import Any

from editor.formats.errors import FormatError

_POLL_SECONDS = 0.05


class Overrun(FormatError):
    """The child was stopped: `kind` is "time", "memory", "crash" or "cancelled"."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(detail or kind)
        self.kind = kind


class BoundedCall:
    """`module.function(*args)` running in a child process until `result()` is asked for."""

    def __init__(
        self,
        module: str,
        function: str,
        args: tuple[Any, ...],
        seconds: float,
        memory_bytes: int,
        preload: tuple[str, ...] = (),
    ) -> None:
        context = _context((module, *preload))
        self._receive, send = context.Pipe(duplex=False)
        self._process = context.Process(
            target=_run_child, args=(send, module, function, args, memory_bytes), daemon=True, name="foldline-import"
        )
        self._process.start()
        send.close()  # the child holds the only writing end: its death ends the pipe
        self.seconds = seconds
        self.memory_bytes = memory_bytes
        self._deadline = time.monotonic() + seconds
        self._outcome: tuple[str, Any] | None = None

    def poll(self) -> bool:
        """True once there is an answer: a result, an error, or the deadline passed."""
        if self._outcome is None:
            try:
                if self._receive.poll():
                    self._outcome = self._receive.recv()
            except (EOFError, OSError):
                self._outcome = _death(self._process)
            if self._outcome is None and time.monotonic() > self._deadline:
                self._outcome = ("time", "")
            if self._outcome is not None:
                self._stop()
        return self._outcome is not None

    def wait(self) -> None:
        """Block until `poll()` is true (the command line; the app polls from its event loop)."""
        while not self.poll():
            self._receive.poll(_POLL_SECONDS)

    def result(self) -> Any:
        """The function's return value; FormatError as the child raised it; Overrun when stopped."""
        if self._outcome is None:
            raise RuntimeError("result() before poll() answered")
        kind, value = self._outcome
        if kind == "ok":
            return value
        if kind == "error":
            raise FormatError(value)
        raise Overrun(kind, value)

    def cancel(self) -> None:
        """Stop the child now; `result()` then raises Overrun("cancelled")."""
        if self._outcome is None:
            self._outcome = ("cancelled", "")
        self._stop()

    @property
    def pid(self) -> int | None:
        return self._process.pid

    def _stop(self) -> None:
        if self._process.is_alive():
            self._process.kill()
        self._process.join(timeout=5)
        self._receive.close()


def _context(preload: tuple[str, ...]) -> multiprocessing.context.BaseContext:
    """'forkserver' where there is one: a clean server process imports the readers once and
    forks a child per call in milliseconds; 'spawn' (a fresh interpreter per call) elsewhere."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["__main__", *preload])  # read when the server starts: the first call
    return context


def _death(process: multiprocessing.process.BaseProcess) -> tuple[str, str]:
    """Why a child ended without answering: killed for memory (SIGKILL, SIGSEGV from a failed
    allocation under RLIMIT_AS) or anything else."""
    process.join(timeout=1)
    return ("memory", "") if process.exitcode in (-9, -11) else ("crash", f"exit status {process.exitcode}")


def _run_child(send: Connection, module: str, function: str, args: tuple[Any, ...], memory_bytes: int) -> None:
    """In the child: cap memory, run, send ("ok", value) or ("error", one line) or ("memory", "")."""
    import resource

    with contextlib.suppress(ValueError, OSError):  # a lower hard limit already bounds the child as well
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    try:
        outcome: tuple[str, Any] = ("ok", getattr(importlib.import_module(module), function)(*args))
    except FormatError as error:
        outcome = ("error", str(error))
    except MemoryError:
        outcome = ("memory", "")
    except Exception as error:  # any other failure is reported, never a traceback
        outcome = ("crash", f"{type(error).__name__}: {error}")
    try:
        send.send(outcome)
    except MemoryError:
        send.send(("memory", ""))
    send.close()
