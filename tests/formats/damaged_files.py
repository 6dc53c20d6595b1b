"""PDFs damaged the ways real files are, built here: bytes before the header (a download that
kept part of a web page), an index (xref) that points nowhere, a compressed stream cut short,
a font with broken measurements, a page with no size. Each still holds readable text."""

from __future__ import annotations

import re
import zlib
from functools import cache
from pathlib import Path

from editor.formats.export.pdf_writer import build_pdf
from editor.formats.markdown.reader import read_markdown
from tests.conftest import SAMPLES
from tests.formats.test_hostile_files import raw_pdf, stream

NAME_LINE = b"BT /F1 12 Tf 72 700 Td (Dana Kim) Tj ET "
ROLE_LINE = b"BT /F1 12 Tf 72 680 Td (Product manager at Acme since 2019) Tj ET"
HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
LETTER = b"/MediaBox [0 0 612 792]"


@cache
def sample_pdf() -> bytes:
    """The sample resume as Foldline exports it: a whole, valid PDF."""
    resume = read_markdown((SAMPLES / "resume.md").read_text(encoding="utf-8"))
    built = build_pdf(resume, None, None)
    return getattr(built, "data", built)


def junk_before_header() -> bytes:
    return b"<html>\n" + sample_pdf()


def index_pointing_nowhere() -> bytes:
    return re.sub(rb"startxref\s+\d+", b"startxref\n999999", sample_pdf())


def page_pdf(content: bytes, font: bytes = HELVETICA, page: bytes = LETTER, filters: bytes = b"") -> bytes:
    """One page drawing `content` in font F1."""
    return raw_pdf(
        {
            1: b"<< /Type /Catalog /Pages 2 0 R >>",
            2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            3: b"<< /Type /Page /Parent 2 0 R " + page + b" /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            4: stream(content, filters),
            5: font,
        }
    )


def stream_cut_short() -> bytes:
    """The page's compressed text ends mid-stream: the name survives, the role line is lost."""
    compressor = zlib.compressobj()
    name = compressor.compress(NAME_LINE) + compressor.flush(zlib.Z_FULL_FLUSH)
    rest = compressor.compress(ROLE_LINE) + compressor.flush()
    return page_pdf(name + rest[: len(rest) // 3], filters=b"/Filter /FlateDecode")


def text_stream_broken_at_once() -> bytes:
    """The page's only text stream breaks before its first letter: nothing can be read."""
    return page_pdf(zlib.compress(NAME_LINE + ROLE_LINE)[:6], filters=b"/Filter /FlateDecode")


def broken_font_box() -> bytes:
    """A font whose descriptor gives two numbers for its bounding box, which needs four."""
    descriptor = b"<< /Type /FontDescriptor /FontName /Sans /Flags 32 /FontBBox [0 0] >>"
    font = b"<< /Type /Font /Subtype /TrueType /BaseFont /Sans /FontDescriptor " + descriptor + b" >>"
    return page_pdf(NAME_LINE + ROLE_LINE, font=font)


def page_without_size() -> bytes:
    return page_pdf(NAME_LINE + ROLE_LINE, page=b"")


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path
