"""The Word writer: the resume model as a DOCX that looks like the PDF and parses like a plain document.

Why this shape: ATS parsers and Word's navigation read real styles (Title, Heading 1/2, List
Bullet) and text in reading order, and they lose text in tables, text boxes and page headers.
So every element is one styled paragraph in the body, dates sit on the entry's title line
after a right-aligned tab stop, bullets are Word numbering, links are real hyperlinks. The look
(fonts, sizes, colours, spacing, page) comes from the same `Template` the PDF writer reads.
"""

from __future__ import annotations

import io
import os
import re
from datetime import UTC, datetime

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from editor.formats.atomic import write_atomic
from editor.formats.dates import format_date_range
from editor.formats.docx_styles import (
    BODY_STYLE,
    BULLET_STYLES,
    CONTACT_STYLE,
    DATES_STYLE,
    DETAILS_STYLE,
    ENTRY_SPACE_AFTER,
    ENTRY_STYLE,
    HEADLINE_STYLE,
    LINK_STYLE,
    NAME_STYLE,
    SECTION_STYLE,
    base_document,
)
from editor.formats.errors import FormatError
from editor.model import (
    BulletList,
    ContactItem,
    ContactKind,
    Entry,
    Paragraph,
    Resume,
    Run,
    SectionKind,
    Text,
    plain,
)
from editor.render.templates import Paper, Template, get_paper, get_template

SEPARATOR = "\u00a0· "  # the no-break space keeps a line from starting with the dot, as in the PDF
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)
_SPACES = re.compile(r"[\t\n\r\v\f]")  # breaking spaces, as the PDF sets them, not tabs or line breaks
_UNWRITABLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")  # not allowed in XML
_MAX_KEYWORDS = 40


def build_docx(resume: Resume, template: str | None = None, paper: str | None = None) -> bytes:
    """The resume as DOCX bytes; `template`/`paper` default to the resume's settings, then to the defaults."""
    look, page = _choose_style(resume, template, paper)
    document = docx.Document(io.BytesIO(base_document(look.id, page.id)))
    _write_header(document, resume, look)
    for section in resume.sections:
        heading = document.add_paragraph(style=SECTION_STYLE)
        _add_run(heading, Run(section.title))
        if len(document.paragraphs) == 1:
            heading.paragraph_format.space_before = Pt(0)
        for position, item in enumerate(section.items):
            if isinstance(item, Entry):
                _write_entry(document, item, look, first=position == 0)
            else:
                _write_blocks(document, (item,), look)
    _set_properties(document, resume)
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def write_docx(
    resume: Resume, path: str | os.PathLike[str], template: str | None = None, paper: str | None = None
) -> None:
    """Write the resume as a DOCX file atomically (the old file stays intact on any failure)."""
    write_atomic(path, build_docx(resume, template, paper))


def _choose_style(resume: Resume, template: str | None, paper: str | None) -> tuple[Template, Paper]:
    try:
        return (
            get_template(template or resume.settings.get("template")),
            get_paper(paper or resume.settings.get("paper")),
        )
    except KeyError as error:
        raise FormatError(f"cannot write Word file: {error.args[0]}") from error


def _write_header(document, resume: Resume, look: Template) -> None:
    header = resume.header
    if header.name.strip():
        _add_run(document.add_paragraph(style=NAME_STYLE), Run(header.name))
    for line in header.headline:
        if plain(line).strip():
            _add_text(document.add_paragraph(style=HEADLINE_STYLE), line)
    contacts = [item for item in header.contacts if item.text.strip()]
    if contacts:
        paragraph = document.add_paragraph(style=CONTACT_STYLE)
        for index, item in enumerate(contacts):
            if index:
                paragraph.add_run(SEPARATOR)
            _add_run(paragraph, Run(item.text, link=_contact_link(item)), look.muted_color)
    if document.paragraphs:
        document.paragraphs[-1].paragraph_format.space_after = Pt(look.section_space_before / 2)


def _contact_link(item: ContactItem) -> str | None:
    """The item's link, or one implied by an e-mail address or a bare web address."""
    if item.link:
        return item.link
    if item.kind is ContactKind.EMAIL:
        return f"mailto:{item.text}"
    if item.kind is ContactKind.URL:
        return item.text if _SCHEME.match(item.text) else f"https://{item.text}"
    return None


def _write_entry(document, entry: Entry, look: Template, first: bool) -> None:
    """The title line (dates after a right tab), the organisation line, then the entry's blocks."""
    fields = [text for text in (entry.title, entry.organization) if text.strip()]
    title = fields.pop(0) if fields else ""
    dates = format_date_range(entry.dates) if entry.dates else ""
    heading = document.add_paragraph(style=ENTRY_STYLE)
    if first:
        heading.paragraph_format.space_before = Pt(0)
    _add_run(heading, Run(title, link=entry.url), look.text_color)
    if dates:
        heading.add_run(f"\t{dates}", DATES_STYLE)
    details = SEPARATOR.join([*fields, *([entry.location] if entry.location.strip() else [])])
    if details:
        _add_run(document.add_paragraph(style=DETAILS_STYLE), Run(details))
    else:
        heading.paragraph_format.space_after = Pt(ENTRY_SPACE_AFTER)
    _write_blocks(document, entry.blocks, look)


def _write_blocks(document, blocks: tuple[Paragraph | BulletList, ...], look: Template) -> None:
    """Paragraphs and bullets; the last one gets a paragraph's space after, like the PDF."""
    last = None
    for block in blocks:
        if isinstance(block, Paragraph):
            last = document.add_paragraph(style=BODY_STYLE)
            _add_text(last, block.text)
            continue
        for bullet in block.items:
            last = document.add_paragraph(style=BULLET_STYLES[min(bullet.level, len(BULLET_STYLES) - 1)])
            _add_text(last, bullet.text)
    if last is not None and look.bullet_space_after < look.paragraph_space_after:
        last.paragraph_format.space_after = Pt(look.paragraph_space_after)


def _add_text(paragraph, text: Text) -> None:
    for run in text:
        _add_run(paragraph, run)


def _add_run(paragraph, run: Run, link_color: str | None = None) -> None:
    """One run with its emphasis; a linked run goes inside a real w:hyperlink relationship.

    Links take the accent colour of the Hyperlink style unless `link_color` keeps them in the
    paragraph's colour (contact items and entry titles, which the PDF does not colour).
    """
    text = _clean(run.text)
    if not text:
        return
    added = paragraph.add_run(text, LINK_STYLE if run.link else None)
    if run.bold:
        added.bold = True
    if run.italic:
        added.italic = True
    if run.link:
        if link_color is not None:
            added.font.color.rgb = RGBColor.from_string(link_color.lstrip("#"))
        hyperlink = OxmlElement("w:hyperlink")
        hyperlink.set(qn("r:id"), paragraph.part.relate_to(run.link, RELATIONSHIP_TYPE.HYPERLINK, is_external=True))
        added.element.addprevious(hyperlink)
        hyperlink.append(added.element)


def _clean(text: str) -> str:
    """Text Word can store: control characters typed or pasted by accident would make invalid XML."""
    return _UNWRITABLE.sub("", _SPACES.sub(" ", text))


def _set_properties(document, resume: Resume) -> None:
    """Title, author, subject and keywords: what file managers, Word and some ATS show first."""
    properties = document.core_properties
    name = _clean(resume.header.name).strip()
    properties.title = f"{name} — Resume" if name else "Resume"
    properties.author = properties.last_modified_by = name
    properties.subject = _clean(plain(resume.header.headline[0])).strip() if resume.header.headline else ""
    properties.keywords = _clean(", ".join(_keywords(resume)))
    properties.comments = ""
    properties.category = "Resume"
    properties.revision = 1
    properties.created = properties.modified = datetime.now(UTC).replace(microsecond=0, tzinfo=None)


def _keywords(resume: Resume) -> list[str]:
    """The skills the resume lists ('Tools: Zendesk, Jira' gives Zendesk and Jira), without repeats."""
    section = resume.section(SectionKind.SKILLS)
    if section is None:
        return []
    texts: list[Text] = []
    for item in section.items:
        if isinstance(item, Paragraph):
            texts.append(item.text)
        elif isinstance(item, BulletList):
            texts.extend(bullet.text for bullet in item.items)
    found: dict[str, str] = {}
    for text in texts:
        line = plain(text)
        line = line.split(":", 1)[1] if ":" in line else line
        for piece in re.split(r"[,;·•|]", line):
            term = piece.strip(" .")
            if term and len(term) <= 60:
                found.setdefault(term.casefold(), term)
    return list(found.values())[:_MAX_KEYWORDS]
