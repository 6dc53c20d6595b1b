"""Reading a job description from a text, Markdown, Word or PDF file into plain text."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from editor.formats.errors import FormatError
from editor.formats.registry import MAX_BINARY_BYTES, MAX_TEXT_BYTES, decode_text, read_bytes


def read_job_description(path: str | Path) -> str:
    """The job description's text; raises FormatError with one line when it cannot be read."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return _docx_text(read_bytes(path, MAX_BINARY_BYTES), path.name)
    if suffix == ".pdf":
        return _pdf_text(read_bytes(path, MAX_BINARY_BYTES), path.name)
    return decode_text(read_bytes(path, MAX_TEXT_BYTES), path.name)


def _docx_text(data: bytes, name: str) -> str:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise FormatError(f"{name}: not a readable Word document") from error
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append("\t".join(cell.text for cell in row.cells))
    return "\n".join(lines)


def _pdf_text(data: bytes, name: str) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise FormatError(f"{name}: the PDF is encrypted; save an unprotected copy")
        return "\n".join(page.extract_text() or "" for page in reader.pages[:20])
    except (PyPdfError, ValueError, KeyError, RecursionError) as error:
        raise FormatError(f"{name}: not a readable PDF") from error
