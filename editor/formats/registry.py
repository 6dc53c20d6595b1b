"""Which reader or writer handles a file, chosen by its suffix, as one plain table.

Why a table: the command line, the app's Open/Import/Export dialogs and the tests all ask
the same question ("what can read .docx?"), and pandoc's writer registry shows a table keeps
that answer in one place. Modules are imported on first use so `foldline --help` stays fast.
"""

from __future__ import annotations

import codecs
import importlib
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from editor.formats.errors import FormatError
from editor.model import Problem, Resume

if TYPE_CHECKING:  # the worker machinery is imported on the first import, not at start-up
    from editor.formats.bounded import BoundedCall

MAX_TEXT_BYTES = 2 * 1024 * 1024  # 40 ten-page CVs; analysing this much takes seconds, more would take minutes
MAX_BINARY_BYTES = 50 * 1024 * 1024
IMPORT_SECONDS = 30.0  # the PDF reader's own budget is 8 s; this catches what it cannot see
IMPORT_MEMORY = 1536 * 1024 * 1024  # address space: a large real resume needs about 300 MB
IN_PROCESS_TEXT_BYTES = 256 * 1024  # Markdown and JSON up to this size parse in milliseconds


@dataclass(frozen=True)
class Reader:
    """Reads one kind of file into the model; `function` takes text or bytes per `binary`."""

    label: str
    suffixes: tuple[str, ...]
    module: str
    function: str
    binary: bool = False


@dataclass(frozen=True)
class Writer:
    """Writes the model to one kind of file: `function(resume[, template, paper])` gives text or bytes."""

    label: str
    suffix: str
    module: str
    function: str
    takes_style: bool = False


READERS = (
    Reader("Resume Markdown", (".md", ".markdown", ".txt"), "editor.formats.markdown.reader", "read_markdown"),
    Reader("JSON Resume", (".json",), "editor.formats.jsonresume.reader", "read_json_resume"),
    Reader("Word document", (".docx",), "editor.formats.importing.docx.reader", "read_docx", binary=True),
    Reader("PDF", (".pdf",), "editor.formats.importing.pdf.reader", "read_pdf", binary=True),
)

WRITERS = (
    Writer("Resume Markdown", ".md", "editor.formats.markdown.writer", "write_markdown"),
    Writer("JSON Resume", ".json", "editor.formats.jsonresume.writer", "write_json_resume"),
    Writer("PDF", ".pdf", "editor.formats.export.pdf_writer", "build_pdf", takes_style=True),
    Writer("Word document", ".docx", "editor.formats.export.docx_writer", "build_docx", takes_style=True),
)


def reader_for(path: Path) -> Reader:
    suffix = path.suffix.lower()
    for reader in READERS:
        if suffix in reader.suffixes:
            return reader
    known = ", ".join(s for r in READERS for s in r.suffixes)
    message = f"{path.name}: Foldline cannot read '{suffix or 'no suffix'}' files (it reads {known})"
    if suffix in _SAVE_AS_WORD:
        message += f"; open it in {_SAVE_AS_WORD[suffix]} and save a copy as a Word document (.docx) or PDF"
    raise FormatError(message)


# Documents people keep resumes in that a word processor turns into .docx in two clicks.
_SAVE_AS_WORD = {
    ".doc": "Word or LibreOffice",
    ".odt": "LibreOffice",
    ".rtf": "Word or LibreOffice",
    ".pages": "Pages",
    ".wpd": "WordPerfect or LibreOffice",
}


def writer_for(path: Path) -> Writer:
    suffix = path.suffix.lower()
    for writer in WRITERS:
        if suffix == writer.suffix:
            return writer
    known = ", ".join(w.suffix for w in WRITERS)
    raise FormatError(f"{path.name}: Foldline cannot write '{suffix or 'no suffix'}' files (it writes {known})")


def _function(module: str, name: str, what: str):
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError) as error:
        raise FormatError(f"{what} is not available in this version of Foldline") from error


def decode_text(data: bytes, name: str) -> str:
    """Text from bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM, else a clear error."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise FormatError(f"{name}: broken UTF-16 text at byte {error.start}") from error
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if b"\x00" in data[:4096]:
            raise FormatError(f"{name}: this is a binary file, not text") from error
        raise FormatError(
            f"{name}: not UTF-8 text (byte 0x{data[error.start]:02x} at position {error.start}); "
            "save it as UTF-8 and try again"
        ) from error


def read_bytes(path: Path, limit: int) -> bytes:
    """The file's bytes, or a one-line FormatError for a missing, unreadable, special or oversized file.

    Why stat before open: opening a FIFO with no writer blocks forever, and `/dev/zero` or
    `/proc` files report a size that says nothing of how much they hold. Only regular files
    are opened (non-blocking, then checked again on the open descriptor), and never more than
    `limit` bytes are read, whatever the file claims.
    """
    try:
        _check_regular(path, os.stat(path), limit)
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        try:
            _check_regular(path, os.fstat(handle), limit)
            data = _read_at_most(handle, limit, path)
        finally:
            os.close(handle)
    except FileNotFoundError as error:
        raise FormatError(f"{path}: no such file") from error
    except PermissionError as error:
        raise FormatError(f"{path}: permission denied") from error
    except OSError as error:
        raise FormatError(f"{path}: cannot read ({error.strerror or error})") from error
    if not data.strip():
        raise FormatError(f"{path.name}: the file is empty")
    return data


def _check_regular(path: Path, info: os.stat_result, limit: int) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise FormatError(f"{path}: is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise FormatError(f"{path}: is a device, pipe or socket, not a file; save the text to a file and open that")
    if info.st_size > limit:
        raise FormatError(f"{path.name}: the file is {info.st_size / 1e6:.1f} MB, too large for a resume")


def _read_at_most(handle: int, limit: int, path: Path) -> bytes:
    chunks, size = [], 0
    while chunk := os.read(handle, min(1 << 20, limit + 1 - size)):
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise FormatError(f"{path.name}: the file holds more than {limit / 1e6:.0f} MB, too large for a resume")
    return b"".join(chunks)


def read_text_file(path: str | Path) -> str:
    """A text file's content (resume Markdown, job description) with the checks of `read_bytes`."""
    path = Path(path)
    return decode_text(read_bytes(path, MAX_TEXT_BYTES), path.name)


def read_resume(path: str | Path, seconds: float = IMPORT_SECONDS, memory_bytes: int = IMPORT_MEMORY) -> Resume:
    """Any supported file as a Resume, read in a worker process that is stopped past `seconds`
    or `memory_bytes` (a small Markdown or JSON file is read here: a process would cost more than
    it). Raises FormatError with a one-line message."""
    path = Path(path)
    reader = reader_for(path)
    if not reader.binary and _size(path) <= IN_PROCESS_TEXT_BYTES:
        return read_resume_here(path)
    call = start_reading(path, seconds, memory_bytes)
    call.wait()
    return finish_reading(path, call)


def start_reading(path: str | Path, seconds: float = IMPORT_SECONDS, memory_bytes: int = IMPORT_MEMORY) -> BoundedCall:
    """Start reading `path` in a worker process; the app polls it and can cancel it."""
    from editor.formats.bounded import BoundedCall

    readers = tuple(reader.module for reader in READERS)
    return BoundedCall(__name__, read_resume_here.__name__, (str(path),), seconds, memory_bytes, readers)


def finish_reading(path: str | Path, call: BoundedCall) -> Resume:
    """The worker's resume, or the one-line reason it was stopped and what the user can do."""
    from editor.formats.bounded import Overrun

    name = Path(path).name
    try:
        return call.result()
    except Overrun as stopped:
        if stopped.kind == "cancelled":
            raise Overrun("cancelled", f"{name}: not imported (cancelled)") from None
        what = {
            "time": f"took longer than {call.seconds:.0f} s to read",
            "memory": f"needed more than {call.memory_bytes // 2**20} MB of memory to read",
        }.get(stopped.kind, f"stopped the reader ({stopped})")
        advice = _SAVE_A_COPY.get(Path(path).suffix.lower(), _TEXT)
        raise FormatError(f"{name}: {what}; it may be damaged — {advice}") from None


_TEXT = "check that it is a resume and not a larger file"
_SAVE_A_COPY = {
    ".pdf": "open it in a PDF viewer and print it to a new PDF, or import the document it was made from",
    ".docx": "open it in Word or LibreOffice and save a copy as .docx or PDF",
}


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # the in-process reader gives the one-line error


def read_resume_here(path: str | Path) -> Resume:
    """Any supported file as a Resume, read in this process (the worker's job; small text files)."""
    path = Path(path)
    reader = reader_for(path)
    function = _function(reader.module, reader.function, f"Reading {reader.label} files")
    if not reader.binary:
        return function(decode_text(read_bytes(path, MAX_TEXT_BYTES), path.name))
    try:
        return function(read_bytes(path, MAX_BINARY_BYTES))
    except FormatError as error:
        message = str(error)
        raise FormatError(message if message.startswith(path.name) else f"{path.name}: {message}") from error


ImportNotesSink = Callable[[tuple[Problem, ...]], object]  # told what an import guessed or repaired


class ResumeText(NamedTuple):
    """A resume file as the analysis reads it: the resume, the Markdown text its source positions
    refer to, and what an import of a PDF, Word or JSON file had to guess or repair (the converted
    text no longer shows it, so it is kept here for the commands to print)."""

    resume: Resume
    text: str
    import_notes: tuple[Problem, ...]


def read_resume_and_text(path: str | Path) -> ResumeText:
    """The resume, its Markdown text (other formats are converted first) and the import's notes."""
    from editor.formats.markdown.reader import read_markdown
    from editor.formats.markdown.writer import write_markdown

    if Path(path).suffix.lower() in (".md", ".markdown", ".txt"):
        text, notes = read_text_file(path), ()
    else:
        imported = read_resume(path)
        text, notes = write_markdown(imported), imported.problems
    return ResumeText(read_markdown(text), text, notes)


def render_resume(resume: Resume, path: str | Path, template: str | None = None, paper: str | None = None) -> bytes:
    """The bytes a writer produces for `path`'s suffix (nothing is written to disk)."""
    writer = writer_for(Path(path))
    function = _function(writer.module, writer.function, f"Writing {writer.label} files")
    output = function(resume, template, paper) if writer.takes_style else function(resume)
    if isinstance(output, str):
        return output.encode("utf-8")
    return getattr(output, "data", output)  # the PDF writer returns the bytes with their layout map
