"""An application's metadata file, `application.json`: company, role, date, status, notes and the two scores.

Why JSON a person may edit: the folder is theirs, and a hand-edited file must never be lost.
Reading checks each field and raises `FormatError` with one line naming the file and the field;
writing changes only the keys it was asked to change and keeps every other key as it was.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from editor.formats.atomic import write_atomic
from editor.formats.errors import FormatError
from editor.formats.registry import read_text_file

METADATA_FILE = "application.json"
STATUSES = ("draft", "sent", "interview", "rejected", "offer")
_TEXT_FIELDS = ("company", "role", "notes", "posting", "resume", "letter", "master")
_SCORES = ("match_score", "first_screen_score")


@dataclass(frozen=True)
class ApplicationRecord:
    """What `application.json` says about one application; file names are relative to its folder."""

    company: str
    role: str
    date: date
    status: str = "draft"
    notes: str = ""
    match_score: int | None = None
    first_screen_score: int | None = None
    posting: str = ""
    resume: str = "resume.md"
    letter: str = "cover-letter.md"
    master: str = ""

    def as_dict(self) -> dict[str, Any]:
        """The record as `application.json` and `foldline applications --json` hold it."""
        return {
            "company": self.company,
            "role": self.role,
            "date": self.date.isoformat(),
            "status": self.status,
            "notes": self.notes,
            "match_score": self.match_score,
            "first_screen_score": self.first_screen_score,
            "posting": self.posting,
            "resume": self.resume,
            "letter": self.letter,
            "master": self.master,
        }


def read_record(folder: str | Path) -> ApplicationRecord:
    """The application in `folder`; FormatError with one line when its metadata is missing or wrong."""
    path = Path(folder) / METADATA_FILE
    return _record(path, _read_object(path))


def _record(path: Path, fields: dict[str, Any]) -> ApplicationRecord:
    """`fields` as a record after checking each one; `path` names the file in the message."""
    for key in _TEXT_FIELDS:
        if not isinstance(fields.get(key, ""), str):
            raise FormatError(f"{path}: '{key}' must be text")
    status = fields.get("status", "draft")
    if status not in STATUSES:
        raise FormatError(f"{path}: status {status!r} is not one of {', '.join(STATUSES)}")
    for key in _SCORES:
        score = fields.get(key)
        if score is not None and (isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= 100):
            raise FormatError(f"{path}: '{key}' must be a whole number from 0 to 100, not {score!r}")
    try:
        when = date.fromisoformat(str(fields.get("date", "")))
    except ValueError:
        raise FormatError(f"{path}: 'date' must be a date like 2026-11-26, not {fields.get('date')!r}") from None
    known = {key: fields[key] for key in (*_TEXT_FIELDS, *_SCORES) if key in fields}
    return ApplicationRecord(date=when, status=status, **known)


def write_record(folder: str | Path, record: ApplicationRecord) -> None:
    """Write a new application's metadata (atomically)."""
    _write(Path(folder) / METADATA_FILE, record.as_dict())


def update_record(folder: str | Path, **changes: Any) -> ApplicationRecord:
    """Change some fields (status, scores, notes) and keep every other key of the file as it was.

    The result is checked before anything is written: a bad value leaves the file untouched.
    """
    path = Path(folder) / METADATA_FILE
    changes = {key: value.isoformat() if isinstance(value, date) else value for key, value in changes.items()}
    fields = _read_object(path) | changes
    record = _record(path, fields)
    _write(path, fields)
    return record


def _read_object(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise FormatError(f"{path.parent}: no {METADATA_FILE} (not an application folder)")
    try:
        fields = json.loads(read_text_file(path))
    except json.JSONDecodeError as error:
        raise FormatError(f"{path}: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})") from None
    if not isinstance(fields, dict):
        raise FormatError(f"{path}: must hold one JSON object with company, role, date and status")
    return fields


def _write(path: Path, fields: dict[str, Any]) -> None:
    write_atomic(path, (json.dumps(fields, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
