"""Autosave of unsaved work and recovery after a crash.

Why: "the app never loses a keystroke" (issue 5). Every few seconds the text of a modified
document is written (atomically) to the user data folder with the process id that owns it.
A clean close removes it; a copy whose process is gone is offered for recovery at start.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from editor.formats.atomic import write_atomic
from editor.formats.errors import FormatError


@dataclass(frozen=True)
class Recovery:
    """An autosaved copy left behind by a process that did not close cleanly."""

    key: str
    text: str
    source_path: str | None
    saved_at: float


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


class AutosaveStore:
    """Autosaved copies in one folder: `<key>.md` plus `<key>.json` describing it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @staticmethod
    def key_for(source_path: str | None, untitled_id: str) -> str:
        name = source_path or f"untitled:{untitled_id}"
        return hashlib.sha1(name.encode("utf-8")).hexdigest()[:16]

    def save(self, key: str, text: str, source_path: str | None) -> None:
        """Write the copy; raises FormatError (e.g. disk full) without touching older copies."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise FormatError(f"cannot create the autosave folder {self.folder}: {error.strerror}") from error
        write_atomic(self.folder / f"{key}.md", text.encode("utf-8"))
        meta = {"source_path": source_path, "pid": os.getpid(), "saved_at": time.time()}
        write_atomic(self.folder / f"{key}.json", json.dumps(meta).encode("utf-8"))

    def discard(self, key: str) -> None:
        for suffix in (".md", ".json"):
            with contextlib.suppress(OSError):
                (self.folder / f"{key}{suffix}").unlink()

    def recoverable(self) -> list[Recovery]:
        """Copies whose owning process has gone, newest first."""
        found = []
        if not self.folder.is_dir():
            return found
        for meta_path in self.folder.glob("*.json"):
            try:
                meta = json.loads(meta_path.read_text(encoding="utf-8"))
                text = meta_path.with_suffix(".md").read_text(encoding="utf-8")
            except (OSError, ValueError):
                continue
            if _process_alive(int(meta.get("pid", 0))):
                continue
            found.append(Recovery(meta_path.stem, text, meta.get("source_path"), float(meta.get("saved_at", 0))))
        return sorted(found, key=lambda recovery: recovery.saved_at, reverse=True)
