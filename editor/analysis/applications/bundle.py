"""`foldline export-application FOLDER`: the resume and the letter as PDF and Word, named as recruiters expect.

Why all or nothing: the four files go out together; a bundle where the letter is new and the
resume is last week's is worse than none. Everything is rendered in memory first (a bad file
stops the export before anything is written), then written to hidden files beside the targets
and renamed into place. The scores in `application.json` are brought up to date with the
resume as exported.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from editor.analysis.applications.record import read_record
from editor.analysis.applications.scores import rescore_application
from editor.analysis.letter.placeholders import placeholder_warnings
from editor.formats.errors import FormatError
from editor.formats.letter.export import render_letter
from editor.formats.markdown.reader import read_markdown
from editor.formats.registry import read_text_file, render_resume

SUFFIXES = (".pdf", ".docx")
_NOT_IN_NAME = re.compile(r"[^\w]+")


@dataclass(frozen=True)
class Bundle:
    """The files written, and what the letter still needs before it is sent (one line each)."""

    paths: tuple[Path, ...]
    warnings: tuple[str, ...]


def file_stem(name: str) -> str:
    """ "Maria Delgado" -> "Maria-Delgado": the person's name as a file name, "" without one."""
    return "-".join(part for part in _NOT_IN_NAME.split(name.replace("_", " ")) if part)


def export_bundle(folder: str | Path) -> Bundle:
    """Write `Name-Resume.pdf/.docx` and `Name-Cover-Letter.pdf/.docx` into the application folder."""
    folder = Path(folder)
    record = read_record(folder)
    resume_text = read_text_file(folder / record.resume)
    letter_text = read_text_file(folder / record.letter)
    resume = read_markdown(resume_text)
    stem = file_stem(resume.header.name)
    prefix = f"{stem}-" if stem else ""
    files: dict[Path, bytes] = {}
    for suffix in SUFFIXES:
        files[folder / f"{prefix}Resume{suffix}"] = render_resume(resume, folder / f"resume{suffix}")
        files[folder / f"{prefix}Cover-Letter{suffix}"] = render_letter(letter_text, suffix, folder=folder)
    _write_together(files)
    rescore_application(folder, resume_text)
    return Bundle(tuple(files), tuple(placeholder_warnings(letter_text)))


def _write_together(files: dict[Path, bytes]) -> None:
    """Every file written beside its target first, then all renamed; on a failure none is replaced."""
    for target in files:
        if target.is_dir():
            raise FormatError(f"cannot write {target}: it is a folder (nothing was written)")
    written: dict[Path, str] = {}
    try:
        for target, data in files.items():
            handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            written[target] = temp_name
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.chmod(temp_name, 0o644)
        for target, temp_name in written.items():
            os.replace(temp_name, target)
    except OSError as error:
        for temp_name in written.values():
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
        raise FormatError(f"cannot write the application's files: {error.strerror or error}") from error
