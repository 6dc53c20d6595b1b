"""Import a Word document (.docx) into the resume model.

The XML is walked in reading order (`docx.walk`), page headers and footers first, since
contact details often live there; the shared structure step (`importing.structure`) then finds
the name, contacts, sections and entries. The package is checked before python-docx opens it
(`importing.guard`): bad input is one `FormatError` line, never a traceback or a runaway read.
"""

from __future__ import annotations

import contextlib
import io
from dataclasses import replace
from functools import cache

import docx
from docx.opc.constants import RELATIONSHIP_TYPE

from editor.formats.dates import parse_date_range
from editor.formats.errors import FormatError
from editor.formats.importing.damage import damaged
from editor.formats.importing.docx.frames import Page
from editor.formats.importing.docx.styles import StyleBook
from editor.formats.importing.docx.walk import DocxWalker
from editor.formats.importing.guard import check_docx_package, refuse_other_kind
from editor.formats.importing.lines import StyledLine
from editor.formats.importing.reader_notes import library_messages, plain_notes, with_notes
from editor.formats.importing.structure import build_resume, with_paper
from editor.formats.importing.text import is_page_number
from editor.model import Resume, Run, Text

MAX_LINES = 5000
NESTED_INDENT = 12.0  # points further right than the outermost bullets
WORD_DOCUMENT = "a Word document (.docx)"


def read_docx(data: bytes) -> Resume:
    """The resume in a .docx file's bytes, with what the reader had to work around among its notes.
    Raises FormatError (one line) for a file it cannot read."""
    with library_messages() as heard:
        lines, page = _document(data)
    resume = build_resume(_nested_bullets([_unglued_dates(line) for line in lines]))
    return with_notes(with_paper(resume, page.width, page.height), plain_notes(heard, "Word reader"))


def _document(data: bytes) -> tuple[list[StyledLine], Page]:
    refuse_other_kind(data, WORD_DOCUMENT, ".docx")
    check_docx_package(data)
    try:
        document = docx.Document(io.BytesIO(data))
        return _lines(document), _page(document)
    except FormatError:
        raise
    except RecursionError:
        raise FormatError("the Word document is nested too deeply to read") from None
    except MemoryError:
        raise FormatError("the Word document is too large to read") from None
    except Exception as error:  # python-docx and lxml raise many types for damaged files
        if "depth" in str(error).casefold():
            raise FormatError("the Word document is nested too deeply to read") from None
        raise FormatError(damaged("Word document", error)) from None


def _lines(document) -> list[StyledLine]:
    """Page headers, the body, then page footers, as styled lines (repeated header text once)."""
    numbering = None
    with contextlib.suppress(KeyError, NotImplementedError):
        numbering = document.part.numbering_part.element
    walker = DocxWalker(StyleBook(document.styles.element, numbering), cache(_external_links), _page(document))
    lines: list[StyledLine] = []
    header_parts, footer_parts = _page_parts(document)
    seen: set[str] = set()
    for region, parts in (("header", header_parts), ("body", [document.part]), ("footer", footer_parts)):
        for part in parts:
            for line in walker.blocks(part.element if region != "body" else document.element.body, part, region):
                if region != "body":
                    text = line.text.strip()
                    if not text or text in seen or is_page_number(text):
                        continue
                    seen.add(text)
                lines.append(line)
                if len(lines) > MAX_LINES:
                    raise FormatError(f"the Word document has more than {MAX_LINES} paragraphs; it is not a resume")
    return lines


def _nested_bullets(lines: list[StyledLine]) -> list[StyledLine]:
    """Bullets indented further than the document's outermost bullets are nested ("List Bullet 2")."""
    indents = [line.indent for line in lines if line.is_bullet]
    if not indents:
        return lines
    outermost = min(indents)
    return [
        replace(line, bullet_level=max(line.bullet_level, 1))
        if line.is_bullet and line.indent >= outermost + NESTED_INDENT
        else line
        for line in lines
    ]


def _unglued_dates(line: StyledLine) -> StyledLine:
    """A date range glued to the words before it gets its column gap back.

    A web page's flex row "<span>Analyst</span><span>Mar 2021 – Present</span>" saved as Word
    (LibreOffice, Word's "Open HTML") becomes one run "AnalystMar 2021 – Present": the space
    between the two boxes was layout, not text. Only a whole date range ending the line, glued
    to a letter by a capital or a digit, is split off, so "TypeScript" and "Office365" stay.
    """
    text = line.text
    if line.is_bullet or "\t" in text:
        return line
    for index in range(1, len(text)):
        before, first = text[index - 1], text[index]
        if not (before.isalpha() and (first.isdigit() or (before.islower() and first.isupper()))):
            continue
        dates = parse_date_range(text[index:])
        if dates is not None and dates.start is not None and (dates.end is not None or dates.present):
            return replace(line, runs=_with_tab(line.runs, index))
    return line


def _with_tab(runs: Text, offset: int) -> Text:
    """The runs with a tab (a column gap) before character `offset`."""
    result: list[Run] = []
    for run in runs:
        if 0 < offset < len(run.text):
            result += [Run(run.text[:offset], run.bold, run.italic, run.link), Run("\t")]
            result.append(Run(run.text[offset:], run.bold, run.italic, run.link))
        else:
            result += [Run("\t"), run] if offset == 0 else [run]
        offset -= len(run.text)
    return tuple(result)


def _page(document) -> Page:
    """The first section's page size and margins, where anchored text frames are measured from."""
    page = Page()
    try:
        section = document.sections[0]
        sizes = (section.page_width, section.page_height, section.left_margin, section.right_margin, section.top_margin)
    except (IndexError, ValueError):  # no section, or a size that is no number: the defaults will do
        return page
    names = ("width", "height", "left", "right", "top")
    return replace(page, **{name: size.pt for name, size in zip(names, sizes, strict=True) if size is not None})


def _page_parts(document) -> tuple[list, list]:
    """The header and footer parts in name order (header1.xml, header2.xml, ...)."""
    headers, footers = [], []
    for relationship in document.part.rels.values():
        if relationship.is_external:
            continue
        if relationship.reltype == RELATIONSHIP_TYPE.HEADER:
            headers.append(relationship.target_part)
        elif relationship.reltype == RELATIONSHIP_TYPE.FOOTER:
            footers.append(relationship.target_part)
    return sorted(headers, key=lambda part: str(part.partname)), sorted(footers, key=lambda part: str(part.partname))


def _external_links(part) -> dict[str, str]:
    """rId → URL of a part's hyperlinks."""
    return {
        identifier: relationship.target_ref
        for identifier, relationship in part.rels.items()
        if relationship.is_external and relationship.reltype == RELATIONSHIP_TYPE.HYPERLINK
    }
