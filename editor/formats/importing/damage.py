"""Why a damaged file could not be read, in plain words: what is broken and how to get a readable copy.

Why not the library's message: pdfminer, pypdf, python-docx, lxml and zipfile word their errors
for programmers ("float() argument must be a string or a real number, not 'PSKeyword'", "There
is no item named 'word/styles.xml' in the archive"). The user can do one thing either way (make
a new copy with the program that opens the file), so the line says what is damaged and that.
"""

from __future__ import annotations

import re
import zipfile
import zlib

from lxml.etree import XMLSyntaxError

PDF_ADVICE = "open it in a PDF viewer and print it to a new PDF, or export it again from the program that made it"
WORD_ADVICE = "open it in Word or LibreOffice (Word offers to repair it) and save a copy"

# The parts of a Word package a message may name, as the user would call them.
_WORD_PARTS = {
    "word/document.xml": "its text",
    "word/styles.xml": "its styles",
    "word/numbering.xml": "its list numbering",
    "word/settings.xml": "its settings",
    "word/fontTable.xml": "its list of fonts",
    "[Content_Types].xml": "its list of contents",
    "_rels/.rels": "its list of contents",
    "docProps/core.xml": "its document properties",
    "docProps/app.xml": "its document properties",
}
_PART = re.compile(r"'([^']+\.(?:xml|rels))'")
_MISSING = re.compile(r"no item named|no relationship of type", re.IGNORECASE)
_PACKED = re.compile(r"CRC|magic number|decompress|differ|zip|seek|truncated|overlap|central directory", re.IGNORECASE)
_PDF_PACKED = re.compile(r"filter|ascii85|asciihex|lzw|decode|decompress|z inside", re.IGNORECASE)


def damaged(kind: str, error: BaseException, page: int | None = None) -> str:
    """The one line for a `kind` ("PDF", "Word document") that a library could not read because of `error`."""
    return _pdf(str(error), page) if kind == "PDF" else _word(error)


def _pdf(message: str, page: int | None) -> str:
    if page is not None:
        return f"page {page} of the PDF is damaged and could not be read; {PDF_ADVICE}"
    if _PDF_PACKED.search(message):
        return f"the PDF's compressed data is damaged and could not be read; {PDF_ADVICE}"
    return f"the PDF's structure is damaged and could not be read; {PDF_ADVICE}"


def _word(error: BaseException) -> str:
    message = str(error)
    part = _part(message)
    if "content type is" in message:
        return _not_a_plain_document(message)
    if "officeDocument" in message:
        part = "its text"
    if _MISSING.search(message):
        return f"the Word document is missing {part or 'part of its contents'}; {WORD_ADVICE}"
    if isinstance(error, (zipfile.BadZipFile, zlib.error)) or _PACKED.search(message):
        where = f" in {part}" if part else ""
        return f"the Word document's compressed data is damaged{where}; {WORD_ADVICE}"
    if isinstance(error, XMLSyntaxError):
        return f"part of the Word document is damaged (its markup is broken); {WORD_ADVICE}"
    return f"the Word document is damaged and could not be read; {WORD_ADVICE}"


def _part(message: str) -> str:
    found = _PART.search(message)
    if found is None:
        return ""
    name = found.group(1)
    return _WORD_PARTS.get(name, f"part of its contents ({name})" if name.startswith("word/") else "")


def _not_a_plain_document(message: str) -> str:
    if "macroEnabled" in message:
        what = "a Word document with macros (.docm)"
    elif "template" in message:
        what = "a Word template (.dotx)"
    else:
        what = "an Office file of another kind"
    return f"this is {what}, not a plain Word document; open it in Word or LibreOffice and save it as .docx"
