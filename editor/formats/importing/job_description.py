"""Reading a job description from a text, Markdown, Word or PDF file into plain text.

Why the resume import's guards: a posting is as untrusted as a resume (often a download), so
a Word or PDF posting passes the same checks (`importing.guard`: what the file really is, ZIP
and deflate bombs, DTDs) and the PDF is read under the same page and time budget.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from editor.formats.errors import FormatError
from editor.formats.importing.damage import damaged
from editor.formats.importing.guard import check_docx_package, check_pdf_streams, refuse_other_kind
from editor.formats.importing.posting_html import declared_encoding, html_text, looks_like_html
from editor.formats.importing.reader_notes import library_messages
from editor.formats.registry import MAX_BINARY_BYTES, MAX_TEXT_BYTES, decode_text, read_bytes

if TYPE_CHECKING:
    from editor.formats.bounded import BoundedCall

MAX_PDF_SECONDS = 5.0
MAX_PDF_PAGES = 20
BINARY_POSTINGS = (".docx", ".pdf")
WEB_PAGES = (".html", ".htm", ".xhtml")


def read_job_description(path: str | Path) -> str:
    """The job description's text; raises FormatError with one line naming the file when it cannot be read."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in BINARY_POSTINGS:
        return _text_posting(read_bytes(path, MAX_TEXT_BYTES), path.name, suffix in WEB_PAGES)
    data = read_bytes(path, MAX_BINARY_BYTES)
    try:
        with library_messages():  # a posting's text only feeds the keywords: a note would tell the user nothing to do
            return _docx_text(data) if suffix == ".docx" else _pdf_text(data)
    except FormatError as error:
        raise FormatError(f"{path.name}: {error}") from None


def start_reading_posting(path: str | Path) -> BoundedCall:
    """Read a Word or PDF posting in a worker process, as a resume import is, so the app can keep
    its window live and cancel; `registry.finish_reading(path, call)` gives the text or one line."""
    from editor.formats.bounded import BoundedCall
    from editor.formats.registry import IMPORT_MEMORY, IMPORT_SECONDS

    return BoundedCall(__name__, read_job_description.__name__, (str(path),), IMPORT_SECONDS, IMPORT_MEMORY)


def _text_posting(data: bytes, name: str, web_page: bool) -> str:
    """A text or Markdown posting as written; a saved web page (by name or by content) as its visible text."""
    encoding = declared_encoding(data) if web_page else None
    text = data.decode(encoding, errors="replace") if encoding else decode_text(data, name)
    return html_text(text) if web_page or looks_like_html(text) else text


@contextmanager
def _read_as(kind: str) -> Iterator[None]:
    """Whatever a parser raises on a damaged file becomes one FormatError line."""
    try:
        yield
    except FormatError:
        raise
    except RecursionError:
        raise FormatError(f"the {kind} is nested too deeply to read") from None
    except MemoryError:
        raise FormatError(f"the {kind} is too large to read") from None
    except Exception as error:  # python-docx, lxml and pdfminer raise many types for damaged files
        if "depth" in str(error).casefold():
            raise FormatError(f"the {kind} is nested too deeply to read") from None
        raise FormatError(damaged(kind, error)) from None


def _docx_text(data: bytes) -> str:
    import docx

    from editor.formats.importing.docx.reader import WORD_DOCUMENT

    refuse_other_kind(data, WORD_DOCUMENT, ".docx")
    check_docx_package(data)
    with _read_as("Word document"):
        document = docx.Document(io.BytesIO(data))
        lines = [paragraph.text for paragraph in document.paragraphs]
        for table in document.tables:
            for row in table.rows:
                lines.append("\t".join(cell.text for cell in row.cells))
    return "\n".join(lines)


def _pdf_text(data: bytes) -> str:
    from editor.formats.importing.pdf.chars import read_pdf_pages
    from editor.formats.importing.pdf.layout import page_lines

    refuse_other_kind(data, "a PDF", ".pdf")
    check_pdf_streams(data)
    with _read_as("PDF"):
        pages = read_pdf_pages(data, MAX_PDF_PAGES, MAX_PDF_SECONDS)
        return "\n".join(line.text for page in pages for line in page_lines(page)[0])
