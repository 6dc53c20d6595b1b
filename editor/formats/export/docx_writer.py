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
from docx.text.paragraph import Paragraph as WordParagraph

from editor.formats.atomic import write_atomic
from editor.formats.dates import display_date_range
from editor.formats.errors import FormatError
from editor.formats.export.docx_fonts import embed_fonts
from editor.formats.export.docx_styles import (
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
from editor.model import (
    BulletList,
    Entry,
    Header,
    Paragraph,
    Resume,
    Run,
    Text,
    plain,
)
from editor.render.bidi import has_rtl
from editor.render.document_facts import (
    CONTACT_SEPARATOR,
    KEYWORD_SEPARATOR,
    contact_link,
    credentials_start,
    resume_properties,
    shown_contacts,
)
from editor.render.templates import Paper, Template, get_paper, get_template

_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)
# After each separator of a contact line with right-to-left text: without it the bidi algorithm of
# Word and LibreOffice draws a phone number after a Hebrew place as right-to-left digit groups
# ('0134 555 52 972+'), which every extractor then reads in that order.
_LTR_MARK = "\u200e"
_SPACES = re.compile(r"[\t\n\r\v\f]")  # breaking spaces, as the PDF sets them, not tabs or line breaks
_UNWRITABLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")  # not allowed in XML


def build_docx(resume: Resume, template: str | None = None, paper: str | None = None) -> bytes:
    """The resume as DOCX bytes; `template`/`paper` default to the resume's settings, then to the defaults."""
    look, page = _choose_style(resume, template, paper)
    document = docx.Document(io.BytesIO(base_document(look, page)))
    _DocumentBuilder(document, look).write(resume)
    _set_properties(document, resume)
    embed_fonts(document, look)
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
            get_template(template or resume.settings.get("template"), resume.settings),
            get_paper(paper or resume.settings.get("paper")),
        )
    except KeyError as error:
        raise FormatError(f"cannot write Word file: {error.args[0]}") from error


class _DocumentBuilder:
    """Appends the resume to a base document, one styled paragraph per line group of the PDF.

    Spacing the styles cannot express is set on the paragraph, as the PDF writer does: no space
    above a section's first entry or a heading at the very top, a paragraph's space after the
    last bullet of a group, half a section gap below the header.

    Styles are set by id: python-docx's lookup by name costs more than the rest of a paragraph.
    Paragraphs are put before the section properties found once, and counted here: python-docx
    searches the body for each new paragraph, which made 20,000 sections cost n².
    """

    def __init__(self, document, look: Template) -> None:
        self.document, self.look = document, look
        self.style_ids = {style.name: style.style_id for style in document.styles}
        self.end = document.element.body.sectPr
        self.written: list[WordParagraph] = []

    def write(self, resume: Resume) -> None:
        self.header(resume.header)
        for section in resume.sections:
            heading = self.paragraph(SECTION_STYLE)
            self.run(heading, Run(section.title))
            if len(self.written) == 1:
                heading.paragraph_format.space_before = Pt(0)
            for position, item in enumerate(section.items):
                if isinstance(item, Entry):
                    self.entry(item, first=position == 0)
                else:
                    self.blocks((item,))

    def paragraph(self, style: str):
        """A new styled paragraph at the end, built as XML: `<w:p><w:pPr><w:pStyle/></w:pPr></w:p>`."""
        element = OxmlElement("w:p")
        element.append(OxmlElement("w:pPr"))
        element.pPr.append(OxmlElement("w:pStyle", {qn("w:val"): self.style_ids[style]}))
        if self.end is not None:
            self.end.addprevious(element)
        else:
            self.document.element.body.append(element)
        paragraph = WordParagraph(element, self.document)
        self.written.append(paragraph)
        return paragraph

    def header(self, header: Header) -> None:
        if header.name.strip():
            name, cut = self.paragraph(NAME_STYLE), credentials_start(header.name)
            self.run(name, Run(header.name[:cut]))
            if cut < len(header.name):
                credentials = self.run(name, Run(header.name[cut:]))
                credentials.bold = credentials.font.cs_bold = False
        for line in header.headline:
            if plain(line).strip():
                self.text(self.paragraph(HEADLINE_STYLE), line)
        contacts = [item for _, item in shown_contacts(header.contacts)]
        if contacts:
            paragraph = self.paragraph(CONTACT_STYLE)
            separator = CONTACT_SEPARATOR + _LTR_MARK * any(has_rtl(item.text) for item in contacts)
            for index, item in enumerate(contacts):
                if index:
                    self.run(paragraph, Run(separator))
                self.run(paragraph, Run(item.text, link=contact_link(item)), self.look.muted_color)
        if self.written:
            self.written[-1].paragraph_format.space_after = Pt(self.look.section_space_before / 2)

    def entry(self, entry: Entry, first: bool) -> None:
        """The title line (dates after a right tab), the organisation line (location after a right tab), the blocks."""
        fields = [text for text in (entry.title, entry.organization) if text.strip()]
        heading = self.paragraph(ENTRY_STYLE)
        if first:
            heading.paragraph_format.space_before = Pt(0)
        self.run(heading, Run(fields.pop(0) if fields else "", link=entry.url), self.look.text_color)
        last = heading
        if entry.dates:
            last = self.paragraph(DETAILS_STYLE) if self.look.dates_below else heading
            dates = last.add_run()
            dates.element.style = self.style_ids[DATES_STYLE]
            if last is heading:
                dates.add_tab()
            dates.add_text(display_date_range(entry.dates))
        if fields or entry.location.strip():
            if last is not heading:
                last.paragraph_format.space_after = Pt(0)
            details = self.paragraph(DETAILS_STYLE)
            self.run(details, Run(fields[0] if fields else ""))
            if entry.location.strip():
                details.add_run().add_tab()
                self.run(details, Run(entry.location))
        else:
            last.paragraph_format.space_after = Pt(ENTRY_SPACE_AFTER)
        self.blocks(entry.blocks)

    def blocks(self, blocks: tuple[Paragraph | BulletList, ...]) -> None:
        last = None
        for block in blocks:
            if isinstance(block, Paragraph):
                last = self.paragraph(BODY_STYLE)
                self.text(last, block.text)
                continue
            for bullet in block.items:
                last = self.paragraph(BULLET_STYLES[min(bullet.level, len(BULLET_STYLES) - 1)])
                self.text(last, bullet.text)
        if last is not None and self.look.bullet_space_after < self.look.paragraph_space_after:
            last.paragraph_format.space_after = Pt(self.look.paragraph_space_after)

    def text(self, paragraph, text: Text) -> None:
        for run in text:
            self.run(paragraph, run)

    def run(self, paragraph, run: Run, link_color: str | None = None):
        """One run with its emphasis; a linked run goes inside a real w:hyperlink relationship.

        Links take the accent colour of the Hyperlink style unless `link_color` keeps them in the
        paragraph's colour (contact items and entry titles, which the PDF does not colour).
        """
        text = _clean(run.text)
        if not text:
            return None
        added = paragraph.add_run()
        added.add_text(text)
        if run.bold:
            added.bold = added.font.cs_bold = True
        if run.italic:
            added.italic = added.font.cs_italic = True
        if not run.link:
            return added
        added.element.style = self.style_ids[LINK_STYLE]
        if link_color is not None:
            added.font.color.rgb = RGBColor.from_string(link_color.lstrip("#"))
        hyperlink = OxmlElement("w:hyperlink")
        hyperlink.set(qn("r:id"), paragraph.part.relate_to(run.link, RELATIONSHIP_TYPE.HYPERLINK, is_external=True))
        added.element.addprevious(hyperlink)
        hyperlink.append(added.element)
        return added


def _clean(text: str) -> str:
    """Text Word can store: control characters typed or pasted by accident would make invalid XML."""
    return _UNWRITABLE.sub("", _SPACES.sub(" ", text))


def _set_properties(document, resume: Resume) -> None:
    """Title, author, subject and keywords: what file managers, Word and some ATS show first."""
    properties = document.core_properties
    facts = resume_properties(resume)
    properties.title, properties.subject = facts.title, facts.subject
    properties.author = properties.last_modified_by = facts.author
    properties.keywords = KEYWORD_SEPARATOR.join(facts.keywords)
    properties.comments = ""
    properties.category = "Resume"
    properties.revision = 1
    properties.created = properties.modified = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
