"""The PDF writer: a resume model in, the PDF bytes and their layout map out.

Why both at once: the recruiter viewport shows these very bytes, and the fold, the heatmap
and click-to-source read the layout map recorded while they were drawn, so nothing can drift.
The output is deterministic (same input, same bytes), single column, with embedded subset
fonts and no ligatures, so text extractors and applicant tracking systems read it back whole.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from io import BytesIO

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus.doctemplate import LayoutError

from editor.formats.atomic import write_atomic
from editor.formats.dates import display_date_range
from editor.formats.errors import FormatError
from editor.formats.export.page_ends import PagedDocument, PageEnds
from editor.model import (
    Bullet,
    BulletList,
    Entry,
    Header,
    Paragraph,
    Resume,
    Section,
    SectionKind,
    Span,
    Text,
    plain,
)
from editor.render.document_facts import (
    CONTACT_SEPARATOR,
    contact_link,
    credentials_start,
    resume_properties,
    shown_contacts,
)
from editor.render.fonts import FaceNames, register_family
from editor.render.layout import LayoutMap, Role
from editor.render.line_breaking import Fragment, Origin
from editor.render.pdf_flowables import EntryHeading, LineRecorder, Rule, TextBlock, TextStyle
from editor.render.templates import Paper, Template, get_paper, get_template

MAX_PAGES = 30  # as many as the importers read (importing.pdf.chars); past it, layout time and memory grow with no use
_SEPARATOR = " · "  # between headline lines in the document's subject


@dataclass(frozen=True)
class RenderedPdf:
    """The bytes of an exported PDF and the layout of every line in it."""

    data: bytes
    layout: LayoutMap


@dataclass(frozen=True)
class _Styles:
    """The text styles of one template, derived once from its sizes and colours."""

    template: Template
    name: TextStyle
    headline: TextStyle
    contact: TextStyle
    heading: TextStyle
    title: TextStyle
    dates: TextStyle
    subtitle: TextStyle
    location: TextStyle
    body: TextStyle
    bullets: tuple[TextStyle, TextStyle]


@lru_cache(maxsize=64)
def _styles(template: Template) -> _Styles:
    body, heading = register_family(template.body_font), register_family(template.heading_font)
    align = "center" if template.name_centered else "left"

    def style(faces: FaceNames, size: float, leading: float, color: str, **options) -> TextStyle:
        return TextStyle(faces, size, round(size * leading, 3), color, **options)

    rule = Rule(template.accent, 0.7, 2.0) if template.heading_rule else None
    indent = template.bullet_indent
    bullets = tuple(
        style(
            body,
            template.body_size,
            template.leading,
            template.text_color,
            indent=indent * (level + 1),
            bullet="•" if level == 0 else "◦",
            bullet_x=indent * level + 1.5,
        )
        for level in (0, 1)
    )
    return _Styles(
        template=template,
        name=style(heading, template.name_size, 1.15, template.text_color, align=align),
        headline=style(body, template.headline_size, 1.3, template.accent, align=align),
        contact=style(body, template.contact_size, 1.4, template.muted_color, align=align),
        heading=style(heading, template.heading_size, 1.2, template.accent, rule=rule),
        title=style(heading, template.title_size, template.leading, template.text_color),
        dates=style(
            body,
            template.body_size,
            template.leading,
            template.muted_color,
            align="left" if template.dates_below else "right",
        ),
        subtitle=style(body, template.body_size, template.leading, template.muted_color),
        location=style(body, template.body_size, template.leading, template.muted_color, align="right"),
        body=style(body, template.body_size, template.leading, template.text_color),
        bullets=bullets,
    )


def _span_of(text: Text) -> Span | None:
    """The span from the first to the last run of a text that knows where it came from."""
    spans = [run.span for run in text if run.span is not None]
    if not spans:
        return None
    return Span(spans[0].line, spans[0].column, spans[-1].end_line, spans[-1].end_column)


def _first_line(span: Span | None) -> Span | None:
    """Where a section's heading was typed: the section's span covers the whole section, so a
    multi-line one is narrowed to an empty span at its start (the model has no title span)."""
    if span is None or span.end_line == span.line:
        return span
    return Span.on_line(span.line, span.column, span.column)


def text_fragments(text: Text, origin: Origin, link_color: str) -> list[Fragment]:
    """The runs of a text as fragments of one origin, links in `link_color`."""
    fragments, offset = [], 0
    for run in text:
        color = link_color if run.link else None
        fragments.append(Fragment(run.text, origin, offset, run.bold, run.italic, run.link, color))
        offset += len(run.text)
    return fragments


class _StoryBuilder:
    """Turns the model into Platypus flowables, one per line group, each knowing its origin."""

    def __init__(self, styles: _Styles, recorder: LineRecorder) -> None:
        self.styles, self.template, self.recorder = styles, styles.template, recorder

    def block(self, fragments: list[Fragment], style: TextStyle, **spacing) -> TextBlock:
        return TextBlock(fragments, style, self.recorder, **spacing)

    def story(self, resume: Resume) -> list[Flowable]:
        story = self.header(resume.header)
        for index, section in enumerate(resume.sections):
            story.extend(self.section(index, section, first=not story))
        return story

    def header(self, header: Header) -> list[Flowable]:
        styles, story = self.styles, []
        if header.name.strip():
            origin, cut = Origin(Role.NAME, header.name_span), credentials_start(header.name)
            fragments = [Fragment(header.name[:cut], origin, bold=True)]
            if cut < len(header.name):
                fragments.append(Fragment(header.name[cut:], origin, cut))
            story.append(self.block(fragments, styles.name, space_after=1.5))
        for text in header.headline:
            if plain(text).strip():
                origin = Origin(Role.HEADLINE, _span_of(text))
                story.append(self.block(text_fragments(text, origin, self.template.accent), styles.headline))
        contacts = shown_contacts(header.contacts)
        if contacts:
            fragments = []
            for index, item in contacts:
                if fragments:
                    fragments.append(Fragment(CONTACT_SEPARATOR, joins_previous=True))
                fragments.append(
                    Fragment(item.text, Origin(Role.CONTACT, item.span, item=index), link=contact_link(item))
                )
            story.append(self.block(fragments, styles.contact, space_before=2.0))
        if story:
            story[-1].spaceAfter = self.template.section_space_before / 2
        return story

    def section(self, index: int, section: Section, first: bool) -> list[Flowable]:
        template = self.template
        title = section.title.upper() if template.heading_uppercase else section.title
        heading = self.block(
            [Fragment(title, Origin(Role.SECTION_HEADING, _first_line(section.span), section=index), bold=True)],
            self.styles.heading,
            space_before=0.0 if first else template.section_space_before,
            space_after=template.section_space_after,
            keep_with_next=True,
        )
        story: list[Flowable] = [heading]
        role = Role.SKILL if section.kind is SectionKind.SKILLS else None
        entry_index = item_index = 0
        for position, item in enumerate(section.items):
            if isinstance(item, Entry):
                space = template.entry_space_before if position else 0.0
                story.append(self.entry_heading(item, index, entry_index, space))
                story.extend(self.blocks(item.blocks, role, index, entry_index, 0))
                entry_index += 1
            else:
                blocks = self.blocks((item,), role, index, None, item_index)
                story.extend(blocks)
                item_index += len(blocks)
        return story

    def entry_heading(self, entry: Entry, section: int, number: int, space_before: float) -> EntryHeading:
        """Title (or the organisation when there is no title) | dates, then organisation | location."""
        styles = self.styles

        def block(field_role: Role, field: str, text: str, style: TextStyle, span: Span | None = None, **look):
            if not text.strip():
                return None
            origin = Origin(field_role, entry.field_spans.get(field) or span or entry.span, section, number)
            return self.block([Fragment(text, origin, **look)], style)

        left = [(Role.JOB_TITLE, "title", entry.title), (Role.ORGANIZATION, "organization", entry.organization)]
        left = [field for field in left if field[2].strip()] or [(Role.JOB_TITLE, "title", "")]
        title = block(*left[0], styles.title, bold=True, link=entry.url)
        dates_text = display_date_range(entry.dates) if entry.dates else ""
        dates = block(Role.DATES, "dates", dates_text, styles.dates, entry.dates.span if entry.dates else None)
        organization = block(*left[1], styles.subtitle) if len(left) > 1 else None
        location = block(Role.LOCATION, "location", entry.location, styles.location)
        rows = [(title, None), (dates, None)] if self.template.dates_below else [(title, dates)]
        heading = EntryHeading([*rows, (organization, location)], space_before=space_before)
        heading.spaceAfter = 1.5
        return heading

    def blocks(self, blocks, role: Role | None, section: int, entry: int | None, first_item: int) -> list[Flowable]:
        """Paragraphs and bullets numbered from `first_item`; `role` overrides theirs (skills)."""
        story: list[Flowable] = []
        template = self.template
        for block in blocks:
            if isinstance(block, Paragraph):
                origin = Origin(role or Role.PARAGRAPH, block.span, section, entry, first_item + len(story))
                story.append(
                    self.block(
                        text_fragments(block.text, origin, template.accent),
                        self.styles.body,
                        space_after=template.paragraph_space_after,
                    )
                )
            elif isinstance(block, BulletList):
                for bullet in block.items:
                    origin = Origin(role or Role.BULLET, bullet.span, section, entry, first_item + len(story))
                    story.append(self.bullet(bullet, origin))
        if story:
            story[-1].spaceAfter = max(story[-1].spaceAfter, template.paragraph_space_after)
        return story

    def bullet(self, bullet: Bullet, origin: Origin) -> TextBlock:
        style = self.styles.bullets[min(bullet.level, 1)]
        fragments = text_fragments(bullet.text, origin, self.template.accent)
        return self.block(fragments, style, space_after=self.template.bullet_space_after)


def _choose(getter, value: str | None) -> object:
    try:
        return getter(value)
    except KeyError as error:
        raise FormatError(error.args[0]) from None


def page_style(settings: dict[str, str], template: str | None, paper: str | None) -> tuple[Template, Paper]:
    """The template and paper: the caller's choice, else the document's settings, else modern on letter."""
    chosen: Template = _choose(lambda value: get_template(value, settings), template or settings.get("template"))
    return chosen, _choose(get_paper, paper or settings.get("paper"))


def letterhead(header: Header, template: Template, recorder: LineRecorder) -> list[Flowable]:
    """The name, headline and contact lines as a resume in `template` draws them (a cover letter's top)."""
    return _StoryBuilder(_styles(template), recorder).header(header)


@dataclass(frozen=True)
class DocumentInfo:
    """What a PDF says about itself (title, author, subject, keywords), its margins and its first font."""

    title: str
    author: str
    subject: str
    keywords: list[str]
    margins: tuple[float, float, float, float]  # top, right, bottom, left
    font: str
    kind: str = "resume"  # for the message when the story cannot be laid out


class _TooManyPages(Exception):
    """Raised from the page hook: layout stops as soon as the document passes MAX_PAGES."""


def render_story(story: list[Flowable], recorder: LineRecorder, page: Paper, info: DocumentInfo) -> RenderedPdf:
    """Lay out flowables on pages of one frame and return the bytes with the lines the recorder saw."""
    top, right, bottom, left = info.margins
    buffer = BytesIO()
    document = PagedDocument(
        buffer,
        pagesize=(page.width, page.height),
        invariant=True,
        initialFontName=info.font,
        title=info.title,
        author=info.author,
        subject=info.subject,
        keywords=info.keywords,
        creator="Foldline",
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
    )
    frame = Frame(
        left,
        bottom,
        page.width - left - right,
        page.height - top - bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    ends = PageEnds(recorder, info.font, top)

    def start_page(canvas: Canvas, document: BaseDocTemplate) -> None:
        if document.page > MAX_PAGES:
            raise _TooManyPages
        ends.start(canvas, document)

    document.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=start_page, onPageEnd=ends.end)])
    try:
        document.build([*story, ends.end_flowable()])
    except LayoutError as error:
        raise FormatError(f"the {info.kind} cannot be laid out on {page.label} pages: {error}") from None
    except _TooManyPages:
        raise FormatError(
            f"the {info.kind} runs past {MAX_PAGES} pages; Foldline lays out up to {MAX_PAGES} "
            "(a long CV has 10): shorten it or split it into several files"
        ) from None
    layout = LayoutMap(page.width, page.height, document.page, tuple(recorder.lines))
    return RenderedPdf(buffer.getvalue(), layout)


def build_pdf(resume: Resume, template: str | None = None, paper: str | None = None) -> RenderedPdf:
    """Render a resume; `template`/`paper` default to the resume's settings, then to modern/letter."""
    chosen, page = page_style(resume.settings, template, paper)
    styles = _styles(chosen)
    recorder = LineRecorder(page.height)
    story = _StoryBuilder(styles, recorder).story(resume)
    properties = resume_properties(resume)
    info = DocumentInfo(
        title=properties.title,
        author=properties.author,
        subject=properties.subject,
        keywords=list(properties.keywords),
        margins=(chosen.margin_top, chosen.margin_right, chosen.margin_bottom, chosen.margin_left),
        font=styles.body.faces.regular,
    )
    return render_story(story, recorder, page, info)


def write_pdf(
    resume: Resume, path: str | os.PathLike[str], template: str | None = None, paper: str | None = None
) -> RenderedPdf:
    """Render a resume and write it atomically: the file is complete or untouched."""
    rendered = build_pdf(resume, template, paper)
    write_atomic(path, rendered.data)
    return rendered
