"""The cover-letter commands behind `foldline analyze letter.md` and `foldline letter RESUME --jd JD -o OUT`.

Why functions and not argparse code: the command line (editor/cli.py) and the app call the same
steps; each takes paths, does the file work, and raises FormatError with one line on bad input.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

from editor.analysis.letter.analysis import letter_report
from editor.analysis.letter.starter import draft_letter
from editor.formats.atomic import write_atomic
from editor.formats.errors import FormatError
from editor.formats.importing.job_description import read_job_description
from editor.formats.letter.export import load_letter, sender_from_resume
from editor.formats.registry import ImportNotesSink, read_resume_and_text, read_text_file


def analyze_letter_file(
    path: str | Path,
    jd_path: str | Path | None = None,
    *,
    screen_id: str | None = None,
    template: str | None = None,
    paper: str | None = None,
    languagetool_url: str | None = None,
) -> dict[str, Any]:
    """The `analyze --json` report of a letter file against a job description file."""
    path = Path(path)
    text = read_text_file(path)
    sender = sender_from_resume(load_letter(text), path.parent)
    jd_text = read_job_description(jd_path) if jd_path else ""
    return letter_report(
        text,
        jd_text,
        screen_id=screen_id,
        template=template,
        paper=paper,
        sender=sender,
        languagetool_url=languagetool_url,
    )


def write_draft_letter(
    resume_path: str | Path,
    jd_path: str | Path,
    output: str | Path,
    *,
    today: date | None = None,
    overwrite: bool = False,
    on_import_notes: ImportNotesSink | None = None,
) -> str:
    """Write a starter letter for a resume and a posting to `output` (letter Markdown) and return it.

    An existing file is kept unless `overwrite`: a draft must never replace a letter someone wrote.
    `on_import_notes` hears what reading a PDF, Word or JSON resume had to guess or repair.
    """
    output = Path(output)
    if output.exists() and not overwrite:
        raise FormatError(f"{output} already exists; choose another name (a draft never replaces a letter)")
    resume, _text, notes = read_resume_and_text(resume_path)
    if on_import_notes is not None:
        on_import_notes(notes)
    folder = output.parent if str(output.parent) else Path(".")
    links = {"jd": relative_to_folder(jd_path, folder), "resume": relative_to_folder(resume_path, folder)}
    text = draft_letter(resume, read_job_description(jd_path), today or date.today(), links=links)
    write_atomic(output, text.encode("utf-8"))
    return text


def relative_to_folder(path: str | Path, folder: Path) -> str:
    """`path` as a front matter in `folder` names it: relative where possible ("../master.md")."""
    try:
        return Path(os.path.relpath(Path(path).resolve(), folder.resolve())).as_posix()
    except ValueError:  # another drive on Windows
        return Path(path).resolve().as_posix()
