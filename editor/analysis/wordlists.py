"""Foldline's bundled word lists (resources/wordlists/): one entry a line; a line starting with '#' is a comment."""

from __future__ import annotations

from functools import cache

from editor.resources import resource_path


@cache
def word_list(*parts: str) -> tuple[str, ...]:
    """The entries of a bundled list, e.g. word_list("rules", "opinion-words.txt"), in file order."""
    entries = []
    for raw in resource_path("wordlists", *parts).read_text(encoding="utf-8").splitlines():
        entry = raw.strip()
        if entry and not entry.startswith("#"):
            entries.append(entry)
    return tuple(entries)
