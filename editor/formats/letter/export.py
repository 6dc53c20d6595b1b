"""Cover letters through the command line and the registry: is this file a letter, and its bytes as .pdf/.docx/.md.

Why here and not in the registry's table: the table maps a suffix to one reader, and a `.md`
file may be a resume or a letter; the caller asks `is_letter_file` first and takes this path
for letters. A letter without a letterhead borrows the one of the resume its front matter
names (`resume: resume.md`, relative to the letter's folder).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from editor.formats.errors import FormatError
from editor.formats.letter.docx_writer import build_letter_docx
from editor.formats.letter.letterhead import letterhead
from editor.formats.letter.lines import is_letter
from editor.formats.letter.markdown import read_letter, write_letter
from editor.formats.letter.pdf_writer import build_letter_pdf
from editor.formats.registry import read_resume, read_text_file
from editor.model import Header
from editor.model.letter import Letter

TEXT_SUFFIXES = (".md", ".markdown", ".txt")
RESUME_SETTING = "resume"
WRITABLE = (".pdf", ".docx", ".md")


def is_letter_file(path: str | Path) -> bool:
    """True for a Markdown or text file holding a cover letter (see `is_letter`); False for anything else."""
    path = Path(path)
    if path.suffix.lower() not in TEXT_SUFFIXES:
        return False
    try:
        return is_letter(read_text_file(path))
    except FormatError:
        return False  # the resume path reports the unreadable file with its own message


def sender_from_resume(letter: Letter, folder: str | Path) -> Header | None:
    """The letterhead of the resume named by `resume:` when the letter has none of its own (city and contact only)."""
    name = letter.settings.get(RESUME_SETTING, "").strip()
    if not name or letter.header.name.strip():
        return None
    path = Path(folder) / name
    try:
        return letterhead(read_resume(path).header)
    except FormatError as error:
        raise FormatError(f"the letter's 'resume: {name}' cannot be read: {error}") from error


def load_letter(text: str, folder: str | Path | None = None) -> Letter:
    """A letter text as a model, its letterhead borrowed from its resume (relative to `folder`) if need be."""
    letter = read_letter(text)
    sender = sender_from_resume(letter, folder) if folder is not None else None
    return replace(letter, header=sender) if sender is not None else letter


def render_letter(
    text: str, suffix: str, template: str | None = None, paper: str | None = None, folder: str | Path | None = None
) -> bytes:
    """The bytes of a letter text in the format `suffix` names (.pdf, .docx, or canonical .md); nothing is written.

    `folder` is where the letter file is, for its `resume:` setting; the .md output keeps the text's own
    letterhead choice (a borrowed letterhead is not written into it).
    """
    suffix = suffix.lower()
    if suffix not in WRITABLE:
        raise FormatError(f"a cover letter is written as {', '.join(WRITABLE)}, not '{suffix or 'no suffix'}'")
    if suffix == ".md":
        return write_letter(read_letter(text)).encode("utf-8")
    letter = load_letter(text, folder)
    if suffix == ".pdf":
        return build_letter_pdf(letter, template, paper).data
    return build_letter_docx(letter, template, paper)


def render_letter_file(path: str | Path, suffix: str, template: str | None = None, paper: str | None = None) -> bytes:
    """`foldline export letter.md -o OUT`: the letter file's bytes for OUT's suffix (nothing written)."""
    path = Path(path)
    return render_letter(read_text_file(path), suffix, template, paper, path.parent)
