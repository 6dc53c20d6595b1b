"""A conventional one-column resume and its variants, laid out the way the Modern template does.

Why our own small layout: the attention tests need realistic, controllable layouts (bold or plain
titles, two columns, a home-address block, a keyword moved up) without depending on the PDF
writer. Coordinates follow the Modern template: Letter, 54 pt side margins, 44 pt top margin,
name 24 pt, headings 12 pt caps, titles 11 pt bold with right-aligned dates, body 10.5 pt, leading
1.25; text widths use Source Sans 3's average character widths (0.43 em, bold 0.47 em, capitals 0.55 em).
"""

from __future__ import annotations

from dataclasses import dataclass

from editor.model import (
    Bullet,
    BulletList,
    ContactItem,
    ContactKind,
    DateRange,
    Entry,
    Header,
    Paragraph,
    PartialDate,
    Resume,
    Section,
    SectionKind,
    runs,
)
from editor.render.layout import LayoutLine, LayoutMap, Role, StyleRange

LETTER = (612.0, 792.0)
SIDEBAR_RIGHT = 210.0  # the two-column variant's sidebar ends here (pt)
A4 = (595.2756, 841.8898)

JOBS = (  # the sample resume's jobs (resources/samples/resume.md), without Markdown emphasis
    (
        "Customer Support Specialist",
        "Evergreen Telecom",
        "Seattle, WA",
        "Mar 2021 – Present",
        True,
        (
            "Raised CSAT from 86% to 94% in 12 months by rewriting 40 escalation macros with the product team",
            "Coached 12 new agents through onboarding; 11 of 12 reached full first contact resolution targets "
            "within 6 weeks",
            "Cut average handle time by 18% by building a searchable knowledge base of 220 troubleshooting articles "
            "in Zendesk",
            "Handled 60+ phone, chat and email contacts per shift across billing, outages and device setup",
            "Led the weekly quality assurance review of 25 recorded calls and turned findings into coaching plans",
        ),
    ),
    (
        "Customer Service Representative",
        "Northwind Outfitters",
        "Tacoma, WA",
        "Jun 2018 – Feb 2021",
        False,
        (
            "Resolved 45 contacts per day for an online retailer with a 92% customer satisfaction score",
            "Reduced refund processing time from 5 days to 2 by documenting a new returns workflow in Salesforce "
            "Service Cloud",
            "Trained 6 seasonal agents each holiday peak and covered the team lead role during 3 peak seasons",
            "Flagged a recurring shipping defect that affected 1,200 orders, saving an estimated $38,000 in "
            "replacements",
        ),
    ),
    (
        "Retail Sales Associate",
        "Cascade Mercantile",
        "Olympia, WA",
        "Aug 2016 – May 2018",
        False,
        (
            "Served 150+ customers per day and kept a 4.8 of 5 rating on post-purchase surveys",
            "Opened and closed the store, balanced registers and handled $9,000 in daily cash transactions",
            "Trained new associates on the point-of-sale system and on store opening procedures",
        ),
    ),
)
SUMMARY = (
    "Customer support specialist with 8 years in telecom and e-commerce contact centers. Raised CSAT "
    "from 86% to 94%, coached teams of up to 12 agents, and built the knowledge base that cut average "
    "handle time by 18%."
)
SKILLS = (
    "Support tools: Zendesk, Salesforce Service Cloud, Freshdesk, Five9, Slack, Jira",
    "Customer service: de-escalation, first contact resolution, quality assurance, knowledge base writing",
    "Languages: English (native), Spanish (fluent)",
)
ADDRESS = (
    "1234 Evergreen Terrace, Apartment 5B",
    "Seattle, WA 98101, United States",
    "Home phone (206) 555-0100 · Mobile (206) 555-0147",
)


def conventional_resume(*, summary: str = SUMMARY, jobs: tuple = JOBS) -> Resume:
    """The fixture resume: name, headline, contact, summary, 3 jobs, education, skills."""
    entries = tuple(
        Entry(
            title=title,
            organization=company,
            location=place,
            dates=_date_range(dates, current),
            blocks=(BulletList(tuple(Bullet(runs(text)) for text in bullets)),),
        )
        for title, company, place, dates, current, bullets in jobs
    )
    education = Entry(
        title="Associate of Arts, Business Administration",
        organization="South Puget Sound College",
        location="Olympia, WA",
        dates=DateRange(PartialDate(2014), PartialDate(2016)),
    )
    return Resume(
        header=Header(
            name="Maria Delgado",
            headline=(runs("Customer Support Team Lead"),),
            contacts=(
                ContactItem("Seattle, WA", ContactKind.LOCATION),
                ContactItem("(206) 555-0147", ContactKind.PHONE),
                ContactItem("maria.delgado@example.com", ContactKind.EMAIL),
            ),
        ),
        sections=(
            Section("Summary", (Paragraph(runs(summary)),), SectionKind.SUMMARY),
            Section("Experience", entries, SectionKind.EXPERIENCE),
            Section("Education", (education,), SectionKind.EDUCATION),
            Section("Skills", (BulletList(tuple(Bullet(runs(text)) for text in SKILLS)),), SectionKind.SKILLS),
        ),
    )


@dataclass(frozen=True)
class Look:
    """Variations of the layout: the ones the validation targets contrast."""

    bold_titles: bool = True
    headings: bool = True
    columns: int = 1  # 2: a left sidebar with skills and education, summary and experience on the right
    dense: bool = False  # each entry's bullets run together into one paragraph
    address: tuple[str, ...] = ()  # extra contact lines under the name (a home address block)
    page: tuple[float, float] = LETTER


class _Writer:
    def __init__(self, look: Look) -> None:
        self.look = look
        self.lines: list[LayoutLine] = []
        self.page = 1
        self.y = 44.0
        self.left, self.right = 54.0, look.page[0] - 54.0

    def text_width(self, text: str, size: float, bold: bool = False) -> float:
        em = 0.55 if text.isupper() else 0.47 if bold else 0.43
        return len(text) * size * em

    def add(
        self,
        text: str,
        role: Role,
        size: float,
        *,
        x0: float | None = None,
        align_right: bool = False,
        bold: bool = False,
        advance: bool = True,
        **index: int | None,
    ) -> None:
        width = min(self.text_width(text, size, bold), self.right - self.left)
        start = self.right - width if align_right else (self.left if x0 is None else x0)
        styles = (StyleRange(0, len(text), bold=True),) if bold else ()
        self.lines.append(
            LayoutLine(
                self.page,
                start,
                self.y,
                start + width,
                self.y + size * 1.25,
                self.y + size,
                text,
                role,
                size,
                "SourceSans3-Bold" if bold else "SourceSans3-Regular",
                styles,
                **index,
            )
        )
        if advance:
            self.y += size * 1.25

    def wrapped(self, text: str, role: Role, size: float, x0: float, **index: int | None) -> None:
        words, line = text.split(), ""
        for word in words:
            candidate = f"{line} {word}".strip()
            if line and self.text_width(candidate, size) > self.right - x0:
                self.add(line, role, size, x0=x0, **index)
                line = word
            else:
                line = candidate
        if line:
            self.add(line, role, size, x0=x0, **index)


def layout_resume(resume: Resume, look: Look = Look()) -> LayoutMap:
    """The layout map the Modern template would give `resume`, with the variations of `look`."""
    writer = _Writer(look)
    header = resume.header
    writer.add(header.name, Role.NAME, 24, bold=True)
    for headline in header.headline:
        writer.add("".join(run.text for run in headline), Role.HEADLINE, 12.5)
    for line in look.address:
        writer.add(line, Role.CONTACT, 10)
    writer.add(" · ".join(item.text for item in header.contacts), Role.CONTACT, 10)
    sidebar = (SectionKind.SKILLS, SectionKind.EDUCATION) if look.columns == 2 else ()
    body_top = writer.y
    for kind in sidebar:  # a left sidebar: skills first, then education
        writer.right = SIDEBAR_RIGHT
        for number, section in enumerate(resume.sections):
            if section.kind is kind:
                _section(writer, number, section)
    if sidebar:
        writer.left, writer.right, writer.y = SIDEBAR_RIGHT + 12, look.page[0] - 54.0, body_top
    for number, section in enumerate(resume.sections):
        if section.kind not in sidebar:
            _section(writer, number, section)
    lines = tuple(writer.lines)
    return LayoutMap(look.page[0], look.page[1], max(line.page for line in lines), lines)


def _section(writer: _Writer, number: int, section: Section) -> None:
    look = writer.look
    writer.y += 11
    if look.headings:
        writer.add(section.title.upper(), Role.SECTION_HEADING, 12, bold=True, section=number)
        writer.y += 4
    for item_number, item in enumerate(section.items):
        if isinstance(item, Entry):
            _entry(writer, number, section.entries.index(item), item)
        elif isinstance(item, Paragraph):
            text = "".join(run.text for run in item.text)
            writer.wrapped(text, Role.PARAGRAPH, 10.5, writer.left, section=number, item=item_number)
            writer.y += 3
        else:
            _bullets(writer, item, number, None, writer.left)
    _next_page_if_full(writer)


def _entry(writer: _Writer, section: int, number: int, entry: Entry) -> None:
    look = writer.look
    writer.y += 6
    dates = _dates(entry)
    writer.add(
        entry.title, Role.JOB_TITLE, 11, bold=look.bold_titles, advance=look.columns == 2, section=section, entry=number
    )
    writer.add(dates, Role.DATES, 10.5, align_right=look.columns == 1, section=section, entry=number)
    writer.add(entry.organization, Role.ORGANIZATION, 10.5, advance=look.columns == 2, section=section, entry=number)
    writer.add(entry.location, Role.LOCATION, 10.5, align_right=look.columns == 1, section=section, entry=number)
    for block in entry.blocks:
        if isinstance(block, BulletList) and look.dense:
            text = " ".join("".join(run.text for run in bullet.text) for bullet in block.items)
            writer.wrapped(text, Role.PARAGRAPH, 10.5, writer.left, section=section, entry=number, item=0)
        elif isinstance(block, BulletList):
            _bullets(writer, block, section, number, writer.left + 12)
        _next_page_if_full(writer)


def _bullets(writer: _Writer, block: BulletList, section: int, entry: int | None, x0: float) -> None:
    for item_number, bullet in enumerate(block.items):
        text = "".join(run.text for run in bullet.text)
        writer.wrapped(text, Role.BULLET, 10.5, x0, section=section, entry=entry, item=item_number)
        writer.y += 1.5


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _date_range(text: str, current: bool) -> DateRange:
    """'Mar 2021 – Present' as a DateRange."""
    start, end = (part.split() for part in text.split(" – "))
    end_date = None if current else PartialDate(int(end[1]), MONTHS.index(end[0]) + 1)
    return DateRange(PartialDate(int(start[1]), MONTHS.index(start[0]) + 1), end_date, present=current)


def _dates(entry: Entry) -> str:
    dates = entry.dates
    if dates is None or dates.start is None:
        return ""

    def month_year(date: PartialDate) -> str:
        return f"{MONTHS[date.month - 1]} {date.year}" if date.month else str(date.year)

    end = "Present" if dates.present else month_year(dates.end) if dates.end else ""
    return f"{month_year(dates.start)} – {end}"


def _next_page_if_full(writer: _Writer) -> None:
    if writer.y > writer.look.page[1] - 90:
        writer.page += 1
        writer.y = 44.0
