"""Autosave of unsaved work and recovery after a crash.

Why: "the app never loses a keystroke" (issue 5). Every few seconds the text of a modified
document is written (atomically, readable by the user only) to the user data folder under a key
that belongs to one running window, not to a path: two windows on one file keep two copies.
A clean close removes the window's copy. A copy is recoverable when its owner is gone.

Constraints: ownership is a `flock` on `<key>.lock`, held from the window's first autosave until
its copy is discarded. The kernel releases it when the process dies however it dies, and a new
process that happens to get the crashed one's PID (PID 1 in every container) holds no lock, so
process ids are never trusted (issue 21). A copy being offered is locked by the process offering
it, so two starting windows never offer the same copy. Damaged metadata never stops the app:
the copy's text is offered with a note saying what is unknown.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import math
import os
import secrets
import stat
import time
from dataclasses import dataclass
from pathlib import Path

from editor.formats.atomic import make_private_folder, remove_stale_temporaries, write_atomic
from editor.formats.errors import FormatError

MAX_COPY_BYTES = 64 * 1024 * 1024  # far above any resume; a bigger file is not ours to load at start
MAX_META_BYTES = 64 * 1024
_DAMAGED = "the details saved with it are damaged, so its file name and time are unknown"


@dataclass(frozen=True)
class Recovery:
    """An autosaved copy left behind by a window that did not close cleanly."""

    key: str
    text: str
    source_path: str | None
    saved_at: float
    note: str = ""  # what could not be read about the copy, for the person choosing


class AutosaveStore:
    """Autosaved copies in one folder: `<key>.md`, `<key>.json` describing it, `<key>.lock` its owner's lock."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._locks: dict[str, int] = {}  # key -> descriptor of the lock this process holds

    @staticmethod
    def new_key() -> str:
        """A key for one window's copy, never shared with another window or process."""
        return secrets.token_hex(8)

    def save(self, key: str, text: str, source_path: str | None) -> None:
        """Write the copy; raises FormatError (e.g. disk full) without touching older copies."""
        make_private_folder(self.folder)
        if not self._lock(key):
            raise FormatError(f"another Foldline window owns the autosave copy {key}")
        write_atomic(self.folder / f"{key}.md", text.encode("utf-8"), private=True)
        meta = {"source_path": source_path, "pid": os.getpid(), "saved_at": time.time()}
        write_atomic(self.folder / f"{key}.json", json.dumps(meta).encode("utf-8"), private=True)

    def discard(self, key: str) -> None:
        """Delete a copy this window owns or the user chose to drop, and give up its lock."""
        for suffix in (".md", ".json", ".lock"):
            with contextlib.suppress(OSError):
                (self.folder / f"{key}{suffix}").unlink()
        self.release(key)

    def release(self, key: str) -> None:
        """Keep the copy on disk but stop holding it: it is offered again at the next start."""
        descriptor = self._locks.pop(key, None)
        if descriptor is not None:
            os.close(descriptor)

    def recoverable(self) -> list[Recovery]:
        """Copies whose owner has gone, newest first; each is held by this process until discarded or released."""
        if not self.folder.is_dir():
            return []
        remove_stale_temporaries(self.folder)
        keys = {path.stem for pattern in ("*.md", "*.json") for path in self.folder.glob(pattern)}
        found = []
        for key in sorted(keys - self._locks.keys()):
            try:
                if not self._lock(key):
                    continue  # its window is still open
            except FormatError:
                continue  # a folder that cannot be written: its copies stay as they are
            try:
                recovery = self._read(key)
            except OSError:
                self.release(key)
                continue
            if recovery is None:
                self.discard(key)
            else:
                found.append(recovery)
        return sorted(found, key=lambda recovery: recovery.saved_at, reverse=True)

    def _read(self, key: str) -> Recovery | None:
        """The copy under `key`; None when it has no text (its metadata alone is nothing to recover).

        Raises OSError for text that exists but cannot be read now (permissions, not a regular
        file, too large): it stays where it is.
        """
        text_path = self.folder / f"{key}.md"
        if not os.path.lexists(text_path):
            return None
        text = _read_regular(text_path, MAX_COPY_BYTES).decode("utf-8", errors="replace")
        modified = text_path.stat().st_mtime
        try:
            meta = json.loads(_read_regular(self.folder / f"{key}.json", MAX_META_BYTES))
        except (OSError, ValueError, RecursionError):
            meta = None
        if not isinstance(meta, dict):
            return Recovery(key, text, None, modified, _DAMAGED)
        source, saved_at = meta.get("source_path"), meta.get("saved_at")
        if not isinstance(source, str | None) or not isinstance(saved_at, int | float) or not math.isfinite(saved_at):
            return Recovery(key, text, source if isinstance(source, str) else None, modified, _DAMAGED)
        return Recovery(key, text, source, float(saved_at))

    def _lock(self, key: str) -> bool:
        """Hold `key`'s lock (True), or find it held by a live window (False)."""
        if key in self._locks:
            return True
        path = self.folder / f"{key}.lock"
        try:
            descriptor = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        except OSError as error:
            raise FormatError(f"cannot lock the autosave copy in {self.folder}: {error.strerror}") from error
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            if os.fstat(descriptor).st_ino != os.stat(path).st_ino:
                raise OSError("the lock file was replaced")  # its owner discarded it meanwhile
        except OSError:
            os.close(descriptor)
            return False
        self._locks[key] = descriptor
        return True


def _read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; OSError for anything else (a FIFO never blocks)."""
    status = path.lstat()
    if not stat.S_ISREG(status.st_mode) or status.st_size > limit:
        raise OSError(f"{path.name} is not a regular file of at most {limit} bytes")
    return path.read_bytes()
