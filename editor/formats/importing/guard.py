"""Checks an imported file must pass before a parser sees it: is it what it claims, and is it safe?

Why before parsing: python-docx inflates every part of a ZIP into memory and pdfminer
inflates every stream in full, so a 40 KB "zip bomb" would take gigabytes before any parser
could complain. Reading the sizes first (and refusing DTDs, which a resume never needs)
keeps memory bounded and turns every bad file into one `FormatError` line a user understands.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib

from editor.formats.errors import FormatError
from editor.formats.importing.damage import WORD_ADVICE, damaged
from editor.formats.importing.pdf.streams import decoded_sizes

MAX_ZIP_ENTRIES = 2000
MAX_UNCOMPRESSED_BYTES = 120 * 1024 * 1024
MAX_XML_PART_BYTES = 30 * 1024 * 1024
MAX_COMPRESSION_RATIO = 150
MAX_PDF_STREAM_BYTES = 40 * 1024 * 1024
MAX_PDF_INFLATED_BYTES = 160 * 1024 * 1024
_BOMB_FLOOR = 4 * 1024 * 1024  # below this, a high ratio is just a run of blank XML
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)")

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
)


def describe(data: bytes) -> str:
    """What a file really is, as a phrase for a message ("a PDF", "a PNG image", "text")."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "a PDF"
    if data.startswith(b"PK\x03\x04"):
        return _describe_zip(data)
    if data.startswith(_OLE):
        return "a password-protected Office file" if _ENCRYPTED_PACKAGE in data else "an old Word 97–2003 (.doc) file"
    for signature, name in _SIGNATURES:
        if data.startswith(signature):
            return name
    if re.match(rb"\s*<(?:!doctype html|html)", head, re.IGNORECASE):
        return "a web page (HTML)"
    if b"\x00" not in head:
        return "plain text"
    return "not a document Foldline knows"


def _describe_zip(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names and b"opendocument.text" in archive.read("mimetype")[:100]:
                return "an OpenDocument (.odt) file"
    except (zipfile.BadZipFile, OSError, RuntimeError, EOFError, ValueError):
        return "a damaged ZIP archive"
    if any(name.startswith("word/") for name in names):
        return "a Word document (.docx)"
    if any(name.startswith(("xl/", "ppt/")) for name in names):
        return "an Excel or PowerPoint file"
    return "a ZIP archive"


def refuse_other_kind(data: bytes, expected: str, suffix: str) -> None:
    """A clear error when the bytes are not `expected` ("a PDF", "a Word document (.docx)")."""
    if not data.strip():
        raise FormatError("the file is empty")
    actual = describe(data)
    if actual == expected:
        return
    if actual == "a damaged ZIP archive" and expected.startswith("a Word"):
        raise FormatError(f"the Word document is damaged or incomplete; download it again, or {WORD_ADVICE}")
    if actual == "a password-protected Office file":
        raise FormatError("this Word document is password-protected; remove the password in Word and try again")
    if actual in ("a PDF", "a Word document (.docx)"):
        right = ".pdf" if actual == "a PDF" else ".docx"
        raise FormatError(f"this file is {actual}, not {expected}: rename it to {right} and open it again")
    hint = {
        "an old Word 97–2003 (.doc) file": "; save it as .docx in Word or LibreOffice and try again",
        "an OpenDocument (.odt) file": "; save it as .docx and try again",
        "an RTF document": "; save it as .docx and try again",
    }.get(actual, "")
    raise FormatError(f"this {suffix} file is really {actual}, not {expected}{hint}")


def check_docx_package(data: bytes) -> None:
    """Refuse damaged, encrypted, oversized or DTD-carrying DOCX packages before python-docx opens them."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_ZIP_ENTRIES:
                raise FormatError(f"the Word document holds {len(entries)} files; a resume holds a few dozen")
            _check_sizes(entries)
            for entry in entries:
                if entry.filename.endswith((".xml", ".rels")) and _DTD.search(_prolog(archive.read(entry))):
                    raise FormatError(f"the Word document contains a DTD ({entry.filename}); Foldline refuses it")
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, ValueError, NotImplementedError, zlib.error) as error:
        raise FormatError(damaged("Word document", error)) from None


def _check_sizes(entries: list[zipfile.ZipInfo]) -> None:
    total = 0
    for entry in entries:
        if entry.flag_bits & 0x1:
            raise FormatError("the Word document is encrypted; remove the password in Word and try again")
        total += entry.file_size
        ratio = entry.file_size / max(entry.compress_size, 1)
        too_big = entry.filename.endswith((".xml", ".rels")) and entry.file_size > MAX_XML_PART_BYTES
        if too_big or (entry.file_size > _BOMB_FLOOR and ratio > MAX_COMPRESSION_RATIO):
            raise FormatError(
                f"the Word document would expand to {entry.file_size / 1e6:.0f} MB ({entry.filename}); "
                "it is damaged or not a resume"
            )
    if total > MAX_UNCOMPRESSED_BYTES:
        raise FormatError(f"the Word document would expand to {total / 1e6:.0f} MB; it is too large for a resume")


def _prolog(xml: bytes) -> bytes:
    """The part of an XML file where a DTD could be, in UTF-8 (a UTF-16 part is converted)."""
    head = xml[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="ignore").encode("utf-8")
    return xml


def check_pdf_streams(data: bytes) -> None:
    """Refuse a PDF whose streams would decode to more than a resume could need, whatever their
    filters (`pdf.streams` decodes each chain with a cap, so a bomb costs at most the cap)."""
    total = 0
    for size in decoded_sizes(data, MAX_PDF_STREAM_BYTES):
        if size > MAX_PDF_STREAM_BYTES:
            raise FormatError(
                f"the PDF has a stream that expands to more than {MAX_PDF_STREAM_BYTES // 2**20} MB; "
                "it is damaged or not a resume"
            )
        total += size
        if total > MAX_PDF_INFLATED_BYTES:
            raise FormatError("the PDF expands to too much data for a resume; it is damaged or not a resume")
