"""The PDF writer: what pdffonts, pdfinfo, pdftotext, pdfplumber and pypdf read back from real PDFs.

The resume builders here are also used by tests/render/test_layout_map.py.
"""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pdfplumber
import pypdf
import pytest

from editor.formats.dates import format_date_range
from editor.formats.errors import FormatError
from editor.formats.export.pdf_writer import RenderedPdf, build_pdf, write_pdf
from editor.formats.markdown.reader import read_markdown
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
    Run,
    Section,
    SectionKind,
    Span,
    Text,
    plain,
    runs,
)
from editor.render.layout import Role
from editor.resources import resource_path

LONG_BULLET = (
    "Rebuilt the quarterly forecasting process end to end, interviewing every regional manager, replacing eleven "
    "spreadsheets with one shared model, training forty analysts to use it, and writing the playbook that the "
    "finance office still follows, which cut the monthly close from nine days to four, removed the overtime the "
    "team had worked for years, and gave the workflow owners one efficient, verifiable source of truth for every "
    "figure reported to the board"
)
_MARKUP = re.compile(r"\*\*(?P<bold>.+?)\*\*|\*(?P<italic>.+?)\*|\[(?P<label>.+?)\]\((?P<url>.+?)\)|(?P<plain>[^*\[]+)")


class SourceLines:
    """Hands out consecutive source line numbers, so every built element has a distinct span."""

    def __init__(self) -> None:
        self.line = 0

    def next(self) -> int:
        self.line += 1
        return self.line

    def text(self, markup: str, column: int = 0) -> tuple[Text, int]:
        """Runs from '**bold**', '*italic*' and '[label](url)' markup, with spans on a new line."""
        line, result = self.next(), []
        for match in _MARKUP.finditer(markup):
            span = Span.on_line(line, column + match.start(), column + match.end())
            if match["bold"]:
                result.append(Run(match["bold"], bold=True, span=span))
            elif match["italic"]:
                result.append(Run(match["italic"], italic=True, span=span))
            elif match["label"]:
                result.append(Run(match["label"], link=match["url"], span=span))
            else:
                result.append(Run(match["plain"], span=span))
        return tuple(result), line

    def bullets(self, *markups: str, level: int = 0) -> BulletList:
        items = []
        for markup in markups:
            text, line = self.text(markup, column=2 + 2 * level)
            items.append(Bullet(text, level, Span.on_line(line, 2 + 2 * level, 2 + 2 * level + len(markup))))
        return BulletList(tuple(items))

    def paragraph(self, markup: str) -> Paragraph:
        text, line = self.text(markup)
        return Paragraph(text, Span.on_line(line, 0, len(markup)))

    def entry(self, fields: tuple[str, str, str, str], dates: DateRange | None, *blocks) -> Entry:
        """An entry typed as '### title | organization | location | dates'."""
        line, column, spans = self.next(), 4, {}
        for key, value in zip(("title", "organization", "location", "dates"), fields, strict=True):
            if value:
                spans[key] = Span.on_line(line, column, column + len(value))
            column += len(value) + 3
        title, organization, location, _dates = fields
        return Entry(
            title,
            organization,
            location,
            dates,
            blocks=tuple(blocks),
            span=Span.on_line(line, 0, column),
            field_spans=spans,
        )

    def section(self, title: str, *items, kind: SectionKind | None = None) -> Section:
        line = self.next()
        kind = kind or SectionKind.OTHER
        return Section(title, tuple(items), kind, Span.on_line(line, 3, 3 + len(title)))


def since(year: int, month: int | None = None) -> DateRange:
    return DateRange(PartialDate(year, month), present=True)


def between(start: tuple[int, int | None], end: tuple[int, int | None]) -> DateRange:
    return DateRange(PartialDate(*start), PartialDate(*end))


def sample_resume(name: str = "Maria Delgado", **settings: str) -> Resume:
    """The sample resume's content, with every element the writer handles and a span for each."""
    lines = SourceLines()
    name_line = lines.next()
    headline, _ = lines.text("Customer Support Team Lead")
    contact_line = lines.next()
    contacts, column = [], 0
    for text, kind in (
        ("Seattle, WA", ContactKind.LOCATION),
        ("(206) 555-0147", ContactKind.PHONE),
        ("maria.delgado@example.com", ContactKind.EMAIL),
        ("linkedin.com/in/mariadelgado", ContactKind.URL),
    ):
        contacts.append(ContactItem(text, kind, span=Span.on_line(contact_line, column, column + len(text))))
        column += len(text) + 3
    header = Header(name, (headline,), tuple(contacts), name_span=Span.on_line(name_line, 2, 2 + len(name)))
    sections = (
        lines.section(
            "Summary",
            lines.paragraph(
                "Customer support specialist with 8 years in telecom and e-commerce contact centers. Raised **CSAT** "
                "from 86% to 94%, coached teams of up to 12 agents, and built the knowledge base that cut average "
                "handle time by 18%."
            ),
            kind=SectionKind.SUMMARY,
        ),
        lines.section(
            "Experience",
            lines.entry(
                ("Customer Support Specialist", "Evergreen Telecom", "Seattle, WA", "Mar 2021 – Present"),
                since(2021, 3),
                lines.bullets(
                    "Raised **CSAT** from 86% to 94% in *12 months* by rewriting 40 escalation macros",
                    "Coached 12 new agents; 11 of 12 reached full **first contact resolution** targets within 6 weeks",
                    "Wrote the [escalation guide](https://example.com/guide) used by 40 agents across three sites",
                    LONG_BULLET,
                ),
                lines.bullets("Trained new hires on billing disputes", level=1),
            ),
            lines.entry(
                ("Customer Service Representative", "Northwind Outfitters", "Tacoma, WA", "Jun 2018 – Feb 2021"),
                between((2018, 6), (2021, 2)),
                lines.bullets(
                    "Resolved 45 contacts per day with a 92% **customer satisfaction** score",
                    "Reduced refund processing time from 5 days to 2 in **Salesforce Service Cloud**",
                ),
            ),
            lines.entry(("", "Freelance Support Consulting", "", "2016 – May 2018"), between((2016, None), (2018, 5))),
            lines.entry(
                ("Volunteer Tutor", "Seattle Public Library", "", ""), None, lines.bullets("Taught beginner Spanish")
            ),
            kind=SectionKind.EXPERIENCE,
        ),
        lines.section("Awards", kind=SectionKind.AWARDS),
        lines.section(
            "Skills",
            lines.bullets(
                "**Support tools:** Zendesk, Salesforce Service Cloud, Five9",
                "**Languages:** English (native), Spanish (fluent)",
            ),
            kind=SectionKind.SKILLS,
        ),
        lines.section(
            "Interests", lines.paragraph("Trail running and teaching beginner Spanish."), kind=SectionKind.INTERESTS
        ),
    )
    return Resume(header, sections, settings)


def markdown_sample() -> Resume:
    """The bundled sample resume as the app reads it, with real source spans."""
    return read_markdown(resource_path("samples", "resume.md").read_text(encoding="utf-8"))


def academic_cv(entries: int = 26) -> Resume:
    """A ten-page CV: many dated entries, long titles that wrap short of the dates, long bullets."""
    lines = SourceLines()
    items = [
        lines.entry(
            (
                f"Research Position {index} in Computational Linguistics and Machine Translation",
                f"Institute {index}",
                "Genève",
                f"{2000 + index} – {2001 + index}",
            ),
            between((2000 + index, 1), (2001 + index, 6)),
            lines.bullets(*(f"{index}.{bullet} {LONG_BULLET[: 100 + 160 * (bullet % 3)]}" for bullet in range(6))),
        )
        for index in range(entries)
    ]
    return Resume(
        Header("Dr. Eleni Papadopoulou", (runs("Professor of Linguistics"),)),
        (lines.section("Positions", *items, kind=SectionKind.EXPERIENCE),),
    )


def word_list(text: str) -> list[str]:
    """Words as a reader sees them, without bullets and separators."""
    return [word for word in text.split() if word not in {"·", "|", "•", "◦", "–"}]


def expected_words(resume: Resume) -> list[str]:
    """The model's words in reading order: title and dates on one line, then organisation and location."""
    parts = [
        resume.header.name,
        *(plain(line) for line in resume.header.headline),
        *(item.text for item in resume.header.contacts),
    ]
    for section in resume.sections:
        parts.append(section.title.upper())
        for item in section.items:
            blocks = (item,)
            if isinstance(item, Entry):
                title, rest = (item.title, item.organization) if item.title else (item.organization, "")
                dates = format_date_range(item.dates) if item.dates else ""
                parts += [title, dates, rest, item.location]
                blocks = item.blocks
            for block in blocks:
                texts = [block.text] if isinstance(block, Paragraph) else [bullet.text for bullet in block.items]
                parts += [plain(text) for text in texts]
    return word_list(" ".join(parts))


def pdftotext(data: bytes, *options: str) -> str:
    return subprocess.run(
        ["pdftotext", *options, "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True
    ).stdout.decode("utf-8")


def pdfplumber_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def pypdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def pdffonts(data: bytes, tmp_path: Path) -> list[tuple[str, bool, bool]]:
    """(name without subset prefix, embedded, subset) per font, as pdffonts lists them."""
    path = tmp_path / "fonts.pdf"
    path.write_bytes(data)
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
    fonts = []
    for line in lines[2:]:
        fields = line.split()
        fonts.append((fields[0].split("+", 1)[-1], fields[-5] == "yes", fields[-4] == "yes"))
    return fonts


EXTRACTORS = {
    "pdftotext-layout": lambda data: pdftotext(data, "-layout"),
    "pdftotext-raw": lambda data: pdftotext(data, "-raw"),
    "pdfplumber": pdfplumber_text,
    "pypdf": pypdf_text,
}


# --- Fonts, metadata, determinism -----------------------------------------------------------------


@pytest.mark.parametrize("template", ["modern", "classic", "compact"])
def test_only_embedded_subset_fonts_are_used_even_for_fallback_glyphs(template: str, tmp_path: Path) -> None:
    resume = sample_resume("Zoë Ελένη 王小明 דוד ★")
    fonts = pdffonts(build_pdf(resume, template).data, tmp_path)
    assert fonts and all(embedded and subset for _name, embedded, subset in fonts), fonts
    names = {name for name, _embedded, _subset in fonts}
    assert not any(name.startswith(("Helvetica", "Times", "Courier")) for name in names)
    assert {"DroidSansFallback", "NotoSansHebrew-Bold"} <= names  # the name is bold: Hebrew in Noto's bold face


def test_document_metadata_names_the_person_the_headline_and_the_skills() -> None:
    info = pypdf.PdfReader(io.BytesIO(build_pdf(sample_resume()).data)).metadata
    assert info.title == "Maria Delgado — Resume"
    assert info.author == "Maria Delgado"
    assert info.subject == "Customer Support Team Lead"
    assert info["/Keywords"] == "Zendesk, Salesforce Service Cloud, Five9, English (native), Spanish (fluent)"
    assert info["/Creator"] == "Foldline"


def test_the_same_resume_gives_byte_identical_pdfs_whatever_was_rendered_before() -> None:
    first = build_pdf(sample_resume("Zoë 王"))
    build_pdf(sample_resume("דוד ★ 한"), "classic")
    second = build_pdf(sample_resume("Zoë 王"))
    assert first.data == second.data
    assert first.layout == second.layout


# --- Template and paper choice --------------------------------------------------------------------


def test_template_and_paper_come_from_the_arguments_then_the_settings_then_the_defaults(tmp_path: Path) -> None:
    default = build_pdf(sample_resume())
    assert (default.layout.page_width, default.layout.page_height) == (612.0, 792.0)
    from_settings = build_pdf(sample_resume(template="classic", paper="a4"))
    assert round(from_settings.layout.page_width) == 595
    assert from_settings.layout.lines[0].font_name.startswith("EBGaramond")
    overridden = build_pdf(sample_resume(template="classic", paper="a4"), "compact", "letter")
    assert overridden.layout.page_width == 612.0
    assert overridden.layout.lines[0].font_name.startswith("NotoSans")


@pytest.mark.parametrize(
    ("template", "paper", "settings"), [("fancy", None, {}), (None, "legal", {}), (None, None, {"template": "glossy"})]
)
def test_an_unknown_template_or_paper_is_a_format_error_naming_the_choices(template, paper, settings) -> None:
    with pytest.raises(FormatError, match=r"unknown (template|paper) .*choose one of: \w+, \w+"):
        build_pdf(sample_resume(**settings), template, paper)


# --- Reading the text back ------------------------------------------------------------------------


@pytest.mark.parametrize("extractor", sorted(EXTRACTORS))
@pytest.mark.parametrize("template", ["modern", "classic", "compact"])
def test_extractors_read_every_word_in_reading_order(extractor: str, template: str) -> None:
    resume = sample_resume()
    text = EXTRACTORS[extractor](build_pdf(resume, template, "a4").data)
    assert word_list(text) == expected_words(resume)
    assert text.lstrip().startswith("Maria Delgado")


@pytest.mark.parametrize("extractor", sorted(EXTRACTORS))
def test_the_bundled_sample_reads_back_whole_and_in_order(extractor: str) -> None:
    resume = markdown_sample()
    rendered = build_pdf(resume)
    assert rendered.layout.page_width == 612.0 and rendered.layout.lines[0].font_name == "SourceSans3-Bold"
    text = EXTRACTORS[extractor](rendered.data)
    assert word_list(text) == expected_words(resume)
    bullets = [
        bullet
        for section in resume.sections
        for item in section.items
        for block in (item.blocks if isinstance(item, Entry) else (item,))
        if isinstance(block, BulletList)
        for bullet in block.items
    ]
    assert text.count("\u2022") == len(bullets) == 17


def test_pdftotext_reading_order_mode_finds_every_word_too() -> None:
    """Its column analysis reads right-aligned dates before the title (as for any such layout), but misses nothing."""
    resume = sample_resume()
    assert sorted(word_list(pdftotext(build_pdf(resume).data))) == sorted(expected_words(resume))


@pytest.mark.parametrize("extractor", sorted(EXTRACTORS))
def test_a_ten_page_cv_reads_back_whole_and_in_order(extractor: str) -> None:
    resume = academic_cv()
    rendered = build_pdf(resume)
    assert 9 <= rendered.layout.page_count <= 11
    assert word_list(EXTRACTORS[extractor](rendered.data)) == expected_words(resume)


@pytest.mark.parametrize("extractor", sorted(EXTRACTORS))
def test_bullets_are_u2022_and_no_ligature_or_private_use_character_is_extracted(extractor: str) -> None:
    lines = SourceLines()
    resume = Resume(
        Header("Ofelia Fink"),
        (
            lines.section(
                "Work",
                lines.bullets(
                    "Led workflow verification for a profitable fintech office",
                    "Spelled ﬁnance and ﬂow with ligatures",
                    "A private \ue000 character and a zero\u200bwidth space",
                ),
                lines.paragraph(LONG_BULLET),
            ),
        ),
    )
    text = EXTRACTORS[extractor](build_pdf(resume).data)
    assert text.count("\u2022") == 3
    assert not re.search("[\ufb00-\ufb06\ue000-\uf8ff\u200b]", text)
    assert "finance and flow" in text and "workflow verification" in text
    assert "zerowidth" in text and "\ufffd" in text


@pytest.mark.parametrize(
    "name", ["Zoë Ångström-Núñez", "Ελένη Παπαδοπούλου", "Мария Дельгадо", "王小明", "山田 花子", "김민준", "דוד לוי"]
)
def test_names_in_any_script_are_drawn_and_read_back(name: str) -> None:
    rendered = build_pdf(sample_resume(name))
    assert rendered.layout.lines[0].text == name
    drawn = name[::-1] if re.search("[\u0590-\u05ff]", name) else name  # right-to-left is drawn in visual order
    assert pdfplumber_text(rendered.data).startswith(drawn)  # pdfplumber reads glyphs as drawn
    assert pdftotext(rendered.data, "-layout").strip("\u202b\u202c \n").startswith(name)
    assert pypdf_text(rendered.data).startswith(name)


def test_a_600_character_bullet_wraps_onto_several_lines_and_reads_back_whole() -> None:
    lines = SourceLines()
    bullet = (LONG_BULLET + ", ") * 2
    resume = Resume(Header("A"), (lines.section("Work", lines.bullets(bullet[:600])),))
    rendered = build_pdf(resume, "compact")
    assert len([line for line in rendered.layout.lines if line.role is Role.BULLET]) >= 5
    assert word_list(pdfplumber_text(rendered.data)) == word_list("A WORK " + bullet[:600])


def test_a_word_longer_than_the_line_is_cut_rather_than_overflowing_the_margin() -> None:
    lines = SourceLines()
    url = "https://example.com/" + "a" * 300
    rendered = build_pdf(Resume(Header("A"), (lines.section("Links", lines.paragraph(url)),)))
    pieces = [line for line in rendered.layout.lines if line.role is Role.PARAGRAPH]
    assert len(pieces) >= 2 and "".join(line.text for line in pieces) == url
    assert max(line.x1 for line in pieces) <= 612 - 54 + 0.01


def test_text_taller_than_a_page_flows_over_pages_instead_of_failing() -> None:
    lines = SourceLines()
    giant_bullet = " ".join([LONG_BULLET] * 60)
    resume = Resume(
        Header("X" * 3000),
        (
            lines.section("Heading " * 400, lines.bullets(giant_bullet)),
            lines.section(
                "Work", lines.entry(("Title " * 600, "Org", "", "2020"), between((2020, None), (2021, None)))
            ),
        ),
    )
    rendered = build_pdf(resume)
    assert rendered.layout.page_count >= 8
    bullet = [line.text for line in rendered.layout.lines if line.role is Role.BULLET]
    assert " ".join(bullet) == giant_bullet


def test_empty_sections_undated_and_untitled_entries_still_render() -> None:
    resume = sample_resume()
    rendered = build_pdf(resume)
    roles = [(line.role, line.text) for line in rendered.layout.lines]
    assert (Role.SECTION_HEADING, "AWARDS") in roles
    assert (Role.ORGANIZATION, "Freelance Support Consulting") in roles
    titles = [text for role, text in roles if role is Role.JOB_TITLE]
    assert "Volunteer Tutor" in titles and "" not in titles


def test_a_resume_with_only_a_name_is_one_page_with_the_name() -> None:
    rendered = build_pdf(Resume(Header("Only Name")))
    assert rendered.layout.page_count == 1
    assert [line.text for line in rendered.layout.lines] == ["Only Name"]
    assert pdftotext(rendered.data).strip() == "Only Name"


def test_an_empty_resume_is_still_a_valid_one_page_pdf() -> None:
    rendered = build_pdf(Resume())
    assert rendered.layout.page_count == 1 and rendered.layout.lines == ()
    assert len(pypdf.PdfReader(io.BytesIO(rendered.data)).pages) == 1


# --- Links ----------------------------------------------------------------------------------------


def test_contact_items_and_inline_links_are_clickable() -> None:
    reader = pypdf.PdfReader(io.BytesIO(build_pdf(sample_resume()).data))
    targets = {annotation.get_object()["/A"]["/URI"] for annotation in reader.pages[0]["/Annots"]}
    assert targets == {
        "mailto:maria.delgado@example.com",
        "https://linkedin.com/in/mariadelgado",
        "https://example.com/guide",
    }


def test_a_link_annotation_covers_the_words_it_links() -> None:
    rendered = build_pdf(sample_resume())
    reader = pypdf.PdfReader(io.BytesIO(rendered.data))
    email = next(line for line in rendered.layout.lines if "@" in line.text)
    for annotation in reader.pages[0]["/Annots"]:
        if annotation.get_object()["/A"]["/URI"].startswith("mailto:"):
            x0, bottom, x1, top = (float(value) for value in annotation.get_object()["/Rect"])
    assert (x0, x1) == pytest.approx((email.x0, email.x1), abs=0.01)
    assert (792 - top, 792 - bottom) == pytest.approx((email.top, email.bottom), abs=0.01)


# --- Page breaks ----------------------------------------------------------------------------------


@pytest.mark.parametrize("template", ["modern", "compact"])
def test_no_heading_is_ever_left_alone_at_the_bottom_of_a_page(template: str) -> None:
    """Shift the content down line by line so page breaks fall at every place in the resume."""
    headings = {Role.SECTION_HEADING, Role.JOB_TITLE, Role.ORGANIZATION, Role.LOCATION, Role.DATES}
    checked = 0
    for lead_lines in range(0, 40, 2):
        lines = SourceLines()
        filler = lines.section("Profile", *(lines.paragraph(f"Filler line {index}.") for index in range(lead_lines)))
        resume = Resume(Header("A"), (filler, *sample_resume().sections, *sample_resume().sections))
        layout = build_pdf(resume, template).layout
        for index, line in enumerate(layout.lines):
            if line.role in headings:
                following = next(other for other in layout.lines[index:] if other.role not in headings)
                assert following.page == line.page, (lead_lines, line.text, following.text)
                checked += following.page > 1
    assert checked, "some headings should have fallen on a later page"


def test_a_bullet_split_across_pages_leaves_at_least_two_lines_on_each_side() -> None:
    layout = build_pdf(academic_cv()).layout
    by_item: dict[tuple, list] = {}
    for line in layout.lines:
        if line.role is Role.BULLET:
            by_item.setdefault((line.section, line.entry, line.item), []).append(line)
    split = [lines for lines in by_item.values() if len({line.page for line in lines}) > 1]
    assert split, "the CV should break inside at least one bullet"
    for lines in split:
        pages = [line.page for line in lines]
        assert pages.count(pages[0]) >= 2 and pages.count(pages[-1]) >= 2


# --- Writing files --------------------------------------------------------------------------------


def test_write_pdf_writes_the_built_bytes_atomically(tmp_path: Path) -> None:
    target = tmp_path / "resume.pdf"
    target.write_bytes(b"old")
    rendered = write_pdf(sample_resume(), target, "classic", "a4")
    assert isinstance(rendered, RenderedPdf)
    assert target.read_bytes() == rendered.data == build_pdf(sample_resume(), "classic", "a4").data
    with pytest.raises(FormatError, match="does not exist"):
        write_pdf(sample_resume(), tmp_path / "missing" / "resume.pdf")
