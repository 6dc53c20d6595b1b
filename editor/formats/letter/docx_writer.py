"""The cover-letter Word writer: the same letter as the PDF, as plain styled paragraphs Word and ATS read.

Why through the resume's Word writer: it already writes a letterhead, runs with emphasis and
real hyperlinks, bullets as Word numbering, fonts and page from the template, and clean
document properties. The letter goes in as a resume whose one section holds the parts of
`letter_parts` in print order; the section heading is then removed, and the letter's type size,
gaps and margins (the same numbers the PDF uses) are set on the styles and paragraphs.
"""

from __future__ import annotations

import io
import os

import docx
from docx.shared import Pt

from editor.formats.atomic import write_atomic
from editor.formats.export.docx_styles import BODY_STYLE, BULLET_STYLES, SECTION_STYLE, add_bottom_rule
from editor.formats.export.docx_writer import build_docx
from editor.formats.export.pdf_writer import page_style
from editor.formats.letter.layout import (
    BOTTOM_MARGIN,
    LEADING,
    RULE_GAP,
    SIDE_MARGIN,
    TOP_MARGIN,
    LetterPart,
    letter_body_size,
    letter_parts,
)
from editor.model import Bullet, BulletList, Paragraph, Resume, Run, Section
from editor.model.letter import Letter
from editor.render.document_facts import letter_properties

CATEGORY = "Cover letter"


def build_letter_docx(letter: Letter, template: str | None = None, paper: str | None = None) -> bytes:
    """The letter as DOCX bytes; `template`/`paper` default to its settings, then to modern on US Letter."""
    chosen, page = page_style(letter.settings, template, paper)
    parts = letter_parts(letter)
    section = Section(CATEGORY, tuple(_block(part) for part in parts))
    document = docx.Document(io.BytesIO(build_docx(Resume(letter.header, (section,)), chosen.id, page.id)))
    size = letter_body_size(chosen, letter.settings)
    line = round(size * LEADING, 2)
    for name in (BODY_STYLE, *BULLET_STYLES):
        style = document.styles[name]
        style.font.size = Pt(size)
        style.paragraph_format.line_spacing = Pt(line)
    paragraphs = document.paragraphs
    heading = next(index for index, paragraph in enumerate(paragraphs) if paragraph.style.name == SECTION_STYLE)
    if heading:  # the letterhead: a rule under it as in the PDF, then one empty line
        last = paragraphs[heading - 1].paragraph_format
        if chosen.heading_rule:
            add_bottom_rule(last.element.get_or_add_pPr(), chosen.accent, RULE_GAP)
        last.space_after = Pt(line)
    paragraphs[heading]._element.getparent().remove(paragraphs[heading]._element)
    for paragraph, part in zip(paragraphs[heading + 1 :], parts, strict=True):
        paragraph.paragraph_format.space_before = Pt(part.before * line)
        paragraph.paragraph_format.space_after = Pt(part.after * line)
    margins = document.sections[0]
    margins.top_margin, margins.bottom_margin = Pt(TOP_MARGIN), Pt(BOTTOM_MARGIN)
    margins.left_margin = margins.right_margin = Pt(SIDE_MARGIN)
    properties = document.core_properties
    facts = letter_properties(letter)
    properties.title, properties.subject = facts.title, facts.subject
    properties.keywords, properties.category = "", CATEGORY
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def write_letter_docx(
    letter: Letter, path: str | os.PathLike[str], template: str | None = None, paper: str | None = None
) -> None:
    """Write the letter as a DOCX file atomically (the old file stays intact on any failure)."""
    write_atomic(path, build_letter_docx(letter, template, paper))


def _block(part: LetterPart) -> Paragraph | BulletList:
    """One part as the resume writer's paragraph or one-item list (the subject with its label, in bold)."""
    text = part.text
    if part.bold:
        text = tuple(Run(run.text, True, run.italic, run.link) for run in text)
    if part.label:
        text = (Run(part.label, bold=part.bold), *text)
    if part.level is None:
        return Paragraph(text)
    return BulletList((Bullet(text, part.level),))
