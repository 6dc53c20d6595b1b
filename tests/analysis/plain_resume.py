"""The same resume as a plain single-column Word document, for the ATS bench's reference column.

Why: the issue's bar for third-party parsers is "every field it can read at all on a plain
single-column resume". This builds that plain resume without any of Foldline's writers — python-docx
paragraphs in Word's default template, no tables or columns — and LibreOffice prints it, so what a
parser reads right here is what it can read at all. Two variants: every field on a line of its own
(bold title, then company and location, then dates), and the dates at a right tab on the title's line,
as most Word and LaTeX resumes set them. Foldline's exports must keep every such field.
"""

from __future__ import annotations

import io

from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Pt

from editor.formats.dates import display_date_range
from editor.model import BulletList, Entry, Paragraph, Resume, plain
from editor.render.document_facts import shown_contacts


def plain_docx(resume: Resume, dates_beside_title: bool = False) -> bytes:
    """The resume as plain paragraphs: name, contact line, then each section's heading and lines."""
    document = Document()
    section = document.sections[0]
    text_width = section.page_width - section.left_margin - section.right_margin
    header = resume.header
    name = document.add_paragraph().add_run(header.name)
    name.bold, name.font.size = True, Pt(18)
    for line in header.headline:
        document.add_paragraph(plain(line))
    document.add_paragraph(" | ".join(item.text for _index, item in shown_contacts(header.contacts)))
    for part in resume.sections:
        document.add_heading(part.title.upper(), level=2)
        for item in part.items:
            if isinstance(item, Entry):
                _entry(document, item, text_width if dates_beside_title else None)
            else:
                _block(document, item)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _entry(document: Document, entry: Entry, right_tab: int | None) -> None:
    dates = display_date_range(entry.dates) if entry.dates else ""
    if entry.title:
        line = document.add_paragraph()
        line.add_run(entry.title).bold = True
        if right_tab and dates:
            line.paragraph_format.tab_stops.add_tab_stop(right_tab, WD_TAB_ALIGNMENT.RIGHT)
            line.add_run(f"\t{dates}")
            dates = ""
    place = ", ".join(part for part in (entry.organization, entry.location) if part)
    if place:
        document.add_paragraph(place)
    if dates:
        document.add_paragraph(dates)
    for block in entry.blocks:
        _block(document, block)


def _block(document: Document, block: Paragraph | BulletList) -> None:
    if isinstance(block, BulletList):
        for bullet in block.items:
            document.add_paragraph(plain(bullet.text), style="List Bullet")
    else:
        document.add_paragraph(plain(block.text))
