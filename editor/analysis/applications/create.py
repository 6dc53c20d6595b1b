"""`foldline apply`: one folder per job, with the posting, a tailored copy of the master resume and a letter.

Why a folder built aside and renamed into place: creating an application must be all or
nothing — a half-written folder would list as a broken application — and it must never touch
a folder that already holds files.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import date
from pathlib import Path

from editor.analysis.applications.record import ApplicationRecord, write_record
from editor.analysis.applications.scores import score_resume
from editor.analysis.letter.commands import relative_to_folder
from editor.analysis.letter.posting import posting_facts
from editor.analysis.letter.starter import draft_letter
from editor.formats.atomic import write_atomic
from editor.formats.errors import FormatError
from editor.formats.importing.job_description import read_job_description
from editor.formats.markdown.front_matter import with_front_matter_value
from editor.formats.markdown.reader import read_markdown
from editor.formats.registry import MAX_BINARY_BYTES, ImportNotesSink, read_bytes, read_resume_and_text

RESUME_FILE = "resume.md"
LETTER_FILE = "cover-letter.md"
POSTING_STEM = "posting"
MASTER_SETTING = "master"
POSTING_TEXT = (".txt", ".md", ".markdown", ".docx", ".pdf", ".html", ".htm")


def create_application(
    master: str | Path,
    posting: str | Path,
    folder: str | Path,
    *,
    company: str = "",
    role: str = "",
    today: date | None = None,
    on_import_notes: ImportNotesSink | None = None,
) -> ApplicationRecord:
    """Create the application folder and return its record; FormatError (nothing written) on bad input.
    `on_import_notes` hears what reading a PDF, Word or JSON master had to guess or repair."""
    master, posting, folder = Path(master), Path(posting), Path(folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise FormatError(f"{folder} already exists and is not empty; choose a new folder (nothing was changed)")
    suffix = posting.suffix.lower() if posting.suffix.lower() in POSTING_TEXT else ".txt"
    posting_name = POSTING_STEM + suffix
    jd_text = read_job_description(posting)
    if not jd_text.strip():
        raise FormatError(f"{posting}: the job posting has no text to tailor the resume to")
    _master, master_text, notes = read_resume_and_text(master)
    if on_import_notes is not None:
        on_import_notes(notes)
    resume_text = with_front_matter_value(master_text, MASTER_SETTING, relative_to_folder(master, folder))
    resume_text = with_front_matter_value(resume_text, "jd", posting_name)
    facts = posting_facts(jd_text)
    company, role = company.strip() or facts.company, role.strip() or facts.title
    letter = draft_letter(
        read_markdown(resume_text),
        jd_text,
        today or date.today(),
        links={"jd": posting_name, "resume": RESUME_FILE},
        company=company,
        role=role,
    )
    scores = score_resume(resume_text, jd_text)
    record = ApplicationRecord(
        company=company,
        role=role,
        date=today or date.today(),
        match_score=scores.match,
        first_screen_score=scores.first_screen,
        posting=posting_name,
        resume=RESUME_FILE,
        letter=LETTER_FILE,
        master=relative_to_folder(master, folder),
    )
    files = {
        posting_name: read_bytes(posting, MAX_BINARY_BYTES),
        RESUME_FILE: resume_text.encode("utf-8"),
        LETTER_FILE: letter.encode("utf-8"),
    }
    _build_in_place(folder, files, record)
    return record


def _build_in_place(folder: Path, files: dict[str, bytes], record: ApplicationRecord) -> None:
    """Write the files into a hidden sibling folder, then rename it to `folder` in one step."""
    parent = folder.parent if str(folder.parent) else Path(".")
    if not parent.is_dir():
        raise FormatError(f"cannot create {folder}: folder {parent} does not exist")
    try:
        building = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".tmp", dir=parent))
    except OSError as error:
        raise FormatError(f"cannot create {folder}: {error.strerror or error}") from error
    try:
        for name, data in files.items():
            write_atomic(building / name, data)
        write_record(building, record)
        os.chmod(building, 0o755)
        if folder.is_dir():
            folder.rmdir()  # empty, checked above
        os.rename(building, folder)
    except OSError as error:
        raise FormatError(f"cannot create {folder}: {error.strerror or error}") from error
    finally:
        if building.exists():
            shutil.rmtree(building, ignore_errors=True)
