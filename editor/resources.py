"""Finding bundled resources (fonts, samples, word lists) in every way Foldline is run.

Why one function: a source checkout keeps `resources/` beside the package, an installed wheel
carries it inside the package, and a PyInstaller bundle unpacks it under `sys._MEIPASS`.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    """The folder holding Foldline's bundled resources."""
    package = Path(__file__).resolve().parent
    candidates = [package / "resources", package.parent / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "resources")
    for candidate in candidates:
        if (candidate / "samples").is_dir():
            return candidate
    raise FileNotFoundError("Foldline's resources folder is missing; reinstall Foldline.")


def resource_path(*parts: str) -> Path:
    """The path of one bundled resource, e.g. resource_path("samples", "resume.md")."""
    return resources_root().joinpath(*parts)


@cache
def word_list(*parts: str) -> tuple[str, ...]:
    """The entries of a bundled list under resources/wordlists/, e.g. word_list("rules", "opinion-words.txt").

    One entry a line, in file order; blank lines and lines starting with '#' are left out.
    """
    entries = []
    for raw in resource_path("wordlists", *parts).read_text(encoding="utf-8").splitlines():
        entry = raw.strip()
        if entry and not entry.startswith("#"):
            entries.append(entry)
    return tuple(entries)
