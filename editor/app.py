"""Starting the desktop app (kept apart from the CLI so `foldline export` never loads Qt)."""

from __future__ import annotations

import sys


def run_app(path: str | None = None) -> int:
    """Open the main window, optionally on a file; returns the process exit code."""
    from editor.ui.application import start

    return start(path, sys.argv[:1])
