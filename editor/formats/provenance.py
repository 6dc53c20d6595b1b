"""Which files Foldline wrote, so that an export never replaces someone's original unasked.

"A Foldline file" is a PDF whose document information says `/Creator (Foldline)` (the PDF
writers set it; ISO 32000-1 §14.3.3), a Word document whose extended properties say
`<Application>Foldline</Application>` (`docProps/app.xml`, ECMA-376 Part 1 §22.2, Extended
Properties; marked here when an export is written) or a PNG heatmap with a `Software` text
chunk saying Foldline (PNG specification §11.3.4). Replacing any other existing file needs the user's consent:
`--force` on the command line, a question in the app. Replacing the input itself (same path,
same inode, a hard link) is refused outright.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from pathlib import Path

from editor.formats.errors import FormatError

CREATOR = "Foldline"
_PDF_CREATOR = b"/Creator (" + CREATOR.encode() + b")"
_PNG_SOFTWARE = b"tEXtSoftware\x00" + CREATOR.encode()
_APPLICATION = re.compile(rb"<Application>[^<]*</Application>")
_MAX_CHECKED_BYTES = 50 * 1024 * 1024


def refuse_source(output: str | os.PathLike[str], *sources: str | os.PathLike[str] | None) -> None:
    """A FormatError when `output` is one of the files being read (same path, same inode or a hard link)."""
    for source in sources:
        if source is not None and _same_file(output, source):
            raise FormatError(
                f"{Path(output).name} is the file being read ({source}); write to another name so the original is kept"
            )


def _same_file(first: str | os.PathLike[str], second: str | os.PathLike[str]) -> bool:
    try:
        return os.path.samefile(first, second)
    except OSError:  # one of them does not exist (yet): they cannot be the same file
        return False


def needs_consent(output: str | os.PathLike[str]) -> bool:
    """True when writing `output` would replace an existing file that Foldline did not write."""
    path = Path(output)
    if not os.path.lexists(path):
        return False
    return not written_by_foldline(path)


def written_by_foldline(path: Path) -> bool:
    """True for a regular PDF or Word file that carries Foldline's mark (see the module docstring)."""
    try:
        if not path.is_file() or path.stat().st_size > _MAX_CHECKED_BYTES:
            return False
        suffix = path.suffix.lower()
        if suffix in (".pdf", ".png"):
            return (_PDF_CREATOR if suffix == ".pdf" else _PNG_SOFTWARE) in path.read_bytes()
        if suffix == ".docx":
            with zipfile.ZipFile(path) as archive:
                properties = archive.open("docProps/app.xml").read(64 * 1024)
            return f"<Application>{CREATOR}</Application>".encode() in properties
    except (OSError, KeyError, zipfile.BadZipFile, ValueError, RuntimeError):
        return False
    return False


def marked(data: bytes, suffix: str) -> bytes:
    """An export's bytes with Foldline's mark (Word documents; the PDF writers set theirs already)."""
    if suffix.lower() != ".docx":
        return data
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for entry in source.infolist():
            content = source.read(entry)
            if entry.filename == "docProps/app.xml":
                content = _APPLICATION.sub(f"<Application>{CREATOR}</Application>".encode(), content, count=1)
            archive.writestr(entry, content)
    return buffer.getvalue()
