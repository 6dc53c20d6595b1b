"""Import a PDF resume into the model: characters, lines in reading order, paragraphs, structure.

Steps: `importing.guard` refuses files that are not PDFs or would inflate without bound;
`pdf.chars` reads the glyphs under a page, time and size budget; `pdf.layout`
orders them into lines (two columns read left then right); here, page furniture (page
numbers, running headers, a browser's print header) is left out and sideways text moved to
the end; `pdf.paragraphs` joins wrapped lines into paragraphs and bullets;
`importing.structure` finds the resume in them. Bad input is one `FormatError` line, never a traceback or a hang.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from editor.formats.errors import FormatError
from editor.formats.importing.damage import damaged
from editor.formats.importing.guard import check_pdf_streams, refuse_other_kind
from editor.formats.importing.pdf.chars import PdfPageText, read_pdf_pages
from editor.formats.importing.pdf.layout import SIDEWAYS_COLUMN, UNKNOWN_GLYPH, PdfLine, page_lines
from editor.formats.importing.pdf.paragraphs import paragraphs
from editor.formats.importing.reader_notes import DAMAGED_STREAM, library_messages, plain_notes, with_notes
from editor.formats.importing.structure import build_resume, with_paper
from editor.formats.importing.text import is_page_number
from editor.model import Problem, Resume, Severity

_PAGE_MARGIN_SHARE = 0.07
# When a browser prints a page: "11/27/26, 3:16 AM", "27.11.26, 03:16", "2026-11-27 15:16".
_PRINT_TIME = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?")


def read_pdf(data: bytes) -> Resume:
    """The resume in a PDF's bytes, with what the reader had to work around among its notes.
    Raises FormatError (one line) for a file it cannot read."""
    with library_messages() as heard:
        pages = _pages(data)
    notes = plain_notes(heard, "PDF reader")
    if not any(not char.text.isspace() for page in pages for char in page.chars):
        if any(note.startswith(DAMAGED_STREAM) for note in notes):  # the damage is why, not a scan
            raise FormatError(
                "the PDF's compressed text is damaged and none of it could be read; open it in a PDF viewer and "
                "print it to a new PDF, or import the document it was made from"
            )
        raise FormatError(
            "the PDF has no text, only pictures or outlines of letters (a scan, or a design tool that outlined "
            "the text); import the original document, or export the PDF again with its text"
        )
    return with_notes(_resume(pages), notes)


def _pages(data: bytes) -> list[PdfPageText]:
    refuse_other_kind(data, "a PDF", ".pdf")
    if b"%%EOF" not in data[-2048:]:
        raise FormatError("the PDF is incomplete (it was cut short while downloading or copying)")
    check_pdf_streams(data)
    try:
        return read_pdf_pages(data)
    except FormatError:
        raise
    except RecursionError:
        raise FormatError("the PDF refers to itself in a loop; it is damaged") from None
    except MemoryError:
        raise FormatError("the PDF is too large to read") from None
    except Exception as error:  # pdfminer raises many types for damaged files
        raise FormatError(damaged("PDF", error)) from None


def _resume(pages: list[PdfPageText]) -> Resume:
    ordered, columns_by_page = [], {}
    for page in pages:
        lines, columns = page_lines(page)
        ordered.append(lines)
        if columns > 1:
            columns_by_page[page.number] = columns
    ordered = _without_furniture(ordered, pages)
    sideways = [line for lines in ordered for line in lines if line.column == SIDEWAYS_COLUMN]
    ordered = [[line for line in lines if line.column != SIDEWAYS_COLUMN] for lines in ordered]
    ordered[-1] += sideways
    resume = with_paper(
        build_resume(paragraphs(ordered, [page.marks for page in pages])), pages[0].width, pages[0].height
    )
    return replace(resume, problems=resume.problems + tuple(_notes(ordered, columns_by_page, sideways)))


def _notes(pages: list[list[PdfLine]], columns_by_page: dict[int, int], sideways: list[PdfLine]) -> list[Problem]:
    notes = []
    for count in sorted(set(columns_by_page.values())):
        listed = ", ".join(str(page) for page, columns in columns_by_page.items() if columns == count)
        how = "two columns, left then right" if count == 2 else f"{count} columns, left to right"
        notes.append(Problem(1, f"page {listed}: read as {how}; check the order", Severity.INFO))
    for line in sideways:
        message = (
            f"page {line.page}: “{line.text.strip()}” is set sideways; it was put at the end, move it where it belongs"
        )
        notes.append(Problem(1, message, Severity.INFO))
    unknown = sum(line.text.lstrip(UNKNOWN_GLYPH).count(UNKNOWN_GLYPH) for lines in pages for line in lines)
    if unknown:
        notes.append(Problem(1, f"{unknown} characters have no text mapping in the PDF's fonts and were left out"))
    return notes


def _without_furniture(pages: list[list[PdfLine]], texts: list[PdfPageText]) -> list[list[PdfLine]]:
    """The pages without what sits in the top and bottom margins of every page: page numbers,
    running headers and footers, and the date, title and address a browser prints on its pages."""
    margins = [
        [
            line
            for line in lines
            if line.column != SIDEWAYS_COLUMN
            and (line.top < page.height * _PAGE_MARGIN_SHARE or line.bottom > page.height * (1 - _PAGE_MARGIN_SHARE))
        ]
        for lines, page in zip(pages, texts, strict=True)
    ]
    repeated = Counter(key for lines in margins for key in {_running_key(line) for line in lines})
    furniture = {
        id(line)
        for lines in margins
        for line in lines
        if _is_furniture(line) or (len(pages) > 1 and repeated[_running_key(line)] > 1)
    }
    return [[line for line in lines if id(line) not in furniture] for lines in pages]


def _is_furniture(line: PdfLine) -> bool:
    """A page number, or a margin line with a page number or a print time in one of its parts."""
    parts = [part.strip() for part in line.text.split("\t")]
    return is_page_number(line.text) or any(is_page_number(part) or _PRINT_TIME.fullmatch(part) for part in parts)


def _running_key(line: PdfLine) -> str:
    """A margin line with its numbers blanked: "Page 2" and "Page 3" are the same running footer."""
    return re.sub(r"\d+", "#", line.text.casefold())
