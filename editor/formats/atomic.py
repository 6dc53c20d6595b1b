"""Atomic file writes: a save either completes or leaves the old file exactly as it was.

Why the details: a new file gets the mode the user's other tools would give it (0666 less the
umask, applied by the kernel when the file is created), an existing file keeps its mode, and
private data (autosave copies) is 0600 in a 0700 folder. A symbolic link is written through to
its target, as editors do, instead of being replaced by a file. A temporary file an interrupted
save left behind (`.NAME.XXXXXXXX.tmp`) is removed by the next save once it is old.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat
import time
from pathlib import Path

from editor.formats.errors import FormatError

PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700
STALE_TEMPORARY_SECONDS = 600  # far longer than any save; a younger one may be another process's save
_TEMPORARY_RANDOM = r"\.[0-9a-z_]{8}\.tmp"  # what follows the name in tempfile.mkstemp's names, and ours


def write_atomic(path: str | os.PathLike[str], data: bytes, *, private: bool = False) -> None:
    """Write `data` to `path` via a temporary file in the same folder, fsync, then rename.

    Why: a crash, a full disk or a permission problem mid-write must never leave a truncated
    resume behind. Raises FormatError with a one-line reason; the target is untouched then.
    `private` makes the file readable by the user only, whatever its mode was.
    """
    target = Path(os.path.realpath(path))
    folder = target.parent
    if not folder.is_dir():
        raise FormatError(f"cannot write {path}: folder {folder} does not exist")
    if target.is_dir():
        raise FormatError(f"cannot write {path}: it is a folder")
    try:
        handle, temporary = _create_temporary(target, PRIVATE_FILE_MODE if private else 0o666)
    except OSError as error:
        raise FormatError(f"cannot write {path}: {error.strerror or error}") from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            if not private and target.exists():
                with contextlib.suppress(OSError):
                    os.fchmod(stream.fileno(), stat.S_IMODE(target.stat().st_mode))
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise FormatError(f"cannot write {path}: {error.strerror or error}") from error
    remove_stale_temporaries(folder, target.name)


def make_private_folder(folder: Path) -> None:
    """Create `folder` (and its parents) readable by the user only; tighten it if it is ours and open."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER_MODE)
        status = folder.stat()
        if status.st_uid == os.getuid() and stat.S_IMODE(status.st_mode) & 0o077:
            folder.chmod(PRIVATE_FOLDER_MODE)
    except OSError as error:
        raise FormatError(f"cannot create the folder {folder}: {error.strerror or error}") from error


def remove_stale_temporaries(folder: Path, name: str | None = None) -> None:
    """Remove our old temporary files in `folder`: those of `name`, or all of them (our own folders)."""
    pattern = re.compile(r"\." + (re.escape(name) if name is not None else ".+") + _TEMPORARY_RANDOM)
    threshold = time.time() - STALE_TEMPORARY_SECONDS
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if not pattern.fullmatch(entry.name):
                continue
            with contextlib.suppress(OSError):
                status = entry.stat(follow_symlinks=False)
                if stat.S_ISREG(status.st_mode) and status.st_mtime < threshold:
                    os.unlink(entry.path)


def _create_temporary(target: Path, mode: int) -> tuple[int, str]:
    """A new file beside `target`, created with `mode` less the umask (as the kernel applies it)."""
    for _attempt in range(100):
        name = str(target.parent / f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), mode), name
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {target.name}")
