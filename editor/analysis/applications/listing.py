"""`foldline applications FOLDER`: every application in a workspace folder, newest first.

Why a listing that never stops at a bad folder: a person edits these files by hand; one broken
`application.json` gets a one-line message in its row, and every other application is listed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from editor.analysis.applications.record import METADATA_FILE, ApplicationRecord, read_record
from editor.formats.errors import FormatError


@dataclass(frozen=True)
class ApplicationEntry:
    """One application folder: its record, or the message saying why it cannot be read."""

    folder: Path
    record: ApplicationRecord | None
    problem: str = ""

    def as_dict(self) -> dict[str, Any]:
        """The row `foldline applications --json` prints."""
        fields = self.record.as_dict() if self.record is not None else {}
        return {"folder": str(self.folder), **fields, "problem": self.problem or None}


def list_applications(workspace: str | Path) -> list[ApplicationEntry]:
    """The applications in `workspace` (its sub-folders holding `application.json`, or itself).

    Raises FormatError only when the workspace itself is not a readable folder.
    """
    workspace = Path(workspace)
    if not workspace.is_dir():
        raise FormatError(f"{workspace} is not a folder")
    if (workspace / METADATA_FILE).exists():
        folders = [workspace]
    else:
        try:
            folders = sorted(path for path in workspace.iterdir() if (path / METADATA_FILE).exists())
        except OSError as error:
            raise FormatError(f"cannot read {workspace}: {error.strerror or error}") from error
    entries = [_entry(folder) for folder in folders]
    return sorted(entries, key=_newest_first)


def _newest_first(entry: ApplicationEntry) -> tuple[bool, int]:
    """Readable applications by date, newest first; unreadable ones after them."""
    return (entry.record is None, -entry.record.date.toordinal() if entry.record is not None else 0)


def _entry(folder: Path) -> ApplicationEntry:
    try:
        return ApplicationEntry(folder, read_record(folder))
    except FormatError as error:
        return ApplicationEntry(folder, None, str(error))


def format_applications(entries: list[ApplicationEntry]) -> str:
    """The listing as a table a person reads in a terminal."""
    if not entries:
        return "No applications here yet (create one with `foldline apply MASTER --jd POSTING -o FOLDER`).\n"
    rows = [("DATE", "STATUS", "MATCH", "SCREEN", "COMPANY", "ROLE", "FOLDER")]
    problems = []
    for entry in entries:
        record = entry.record
        if record is None:
            problems.append(entry.problem)
            continue
        rows.append(
            (
                record.date.isoformat(),
                record.status,
                _score(record.match_score),
                _score(record.first_screen_score),
                record.company or "?",
                record.role or "?",
                entry.folder.name,
            )
        )
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]) - 1)]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)) + "  " + row[-1] for row in rows
    ]
    return "\n".join([*lines, *(f"cannot read: {problem}" for problem in problems)]) + "\n"


def _score(score: int | None) -> str:
    return "-" if score is None else str(score)
