"""Saves and exports: modes follow the umask, links are written through, interrupted saves leave nothing behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from editor.formats.atomic import STALE_TEMPORARY_SECONDS, make_private_folder, write_atomic

REPO = Path(__file__).resolve().parents[2]


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


@pytest.fixture
def umask():
    """Run with a given umask, as the user's session would have it."""
    previous = os.umask(0o022)
    yield os.umask
    os.umask(previous)


@pytest.mark.parametrize(("mask", "expected"), [(0o077, 0o600), (0o022, 0o644), (0o002, 0o664)])
def test_a_new_file_gets_the_mode_the_umask_gives(tmp_path, umask, mask, expected) -> None:
    umask(mask)
    write_atomic(tmp_path / "resume.pdf", b"%PDF")
    assert _mode(tmp_path / "resume.pdf") == expected


def test_an_existing_file_keeps_its_mode_and_private_files_are_the_user_s_only(tmp_path, umask) -> None:
    umask(0o022)
    target = tmp_path / "resume.md"
    target.write_text("old")
    target.chmod(0o640)
    write_atomic(target, b"new")
    assert (target.read_bytes(), _mode(target)) == (b"new", 0o640)
    write_atomic(target, b"private", private=True)
    assert _mode(target) == 0o600


def test_a_private_folder_is_created_and_tightened(tmp_path, umask) -> None:
    umask(0o022)
    make_private_folder(tmp_path / "data" / "autosave")
    assert _mode(tmp_path / "data" / "autosave") == 0o700
    (tmp_path / "open").mkdir(mode=0o755)
    make_private_folder(tmp_path / "open")
    assert _mode(tmp_path / "open") == 0o700


def test_writing_to_a_symlink_writes_its_target(tmp_path) -> None:
    (tmp_path / "cloud").mkdir()
    target = tmp_path / "cloud" / "resume.pdf"
    target.write_bytes(b"old")
    link = tmp_path / "resume.pdf"
    link.symlink_to(target)
    write_atomic(link, b"new")
    assert link.is_symlink() and target.read_bytes() == b"new"
    assert [path.name for path in (tmp_path / "cloud").iterdir()] == ["resume.pdf"]


def test_an_old_temporary_file_of_an_interrupted_save_is_removed_by_the_next_save(tmp_path) -> None:
    """A real process killed inside a save leaves its temporary file; the next save removes it, once old."""
    target = tmp_path / "resume.md"
    script = textwrap.dedent(f"""
        import os, time
        from editor.formats.atomic import write_atomic
        def stuck(descriptor):
            print("writing", flush=True)
            time.sleep(600)
        os.fsync = stuck
        write_atomic({str(target)!r}, b"x" * 100_000)
    """)
    child = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(REPO)}
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "writing"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    [left] = tmp_path.glob(".resume.md.*.tmp")
    others = [tmp_path / ".resume.md.notours.tmp", tmp_path / ".other.md.abcdefgh.tmp", tmp_path / "resume.md.tmp"]
    for other in others:
        other.write_text("someone else's")
    write_atomic(target, b"saved")
    assert left.exists()  # young: it could be another process's save in progress
    old = time.time() - STALE_TEMPORARY_SECONDS - 60
    for path in (left, *others):
        os.utime(path, (old, old))
    write_atomic(target, b"saved again")
    assert not left.exists() and all(other.exists() for other in others)
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(["resume.md", *(o.name for o in others)])
