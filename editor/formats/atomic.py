"""Atomic file writes: a save either completes or leaves the old file exactly as it was."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from editor.formats.errors import FormatError


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write `data` to `path` via a temporary file in the same folder, fsync, then rename.

    Why: a crash, a full disk or a permission problem mid-write must never leave a truncated
    resume behind. Raises FormatError with a one-line reason; the target is untouched then.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise FormatError(f"cannot write {target}: folder {folder} does not exist")
    if target.is_dir():
        raise FormatError(f"cannot write {target}: it is a folder")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise FormatError(f"cannot write {target}: {error.strerror or error}") from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(temp_name, target.stat().st_mode & 0o7777)
        else:
            with contextlib.suppress(OSError):
                os.chmod(temp_name, 0o644)
        os.replace(temp_name, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise FormatError(f"cannot write {target}: {error.strerror or error}") from error
