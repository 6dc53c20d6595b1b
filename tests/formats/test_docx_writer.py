"""The Word writer: real styles and numbering read back by python-docx, and through LibreOffice
the same words, bullets, fonts and pages as the model and the PDF."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import docx
import pdfplumber
import pytest
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Pt

from editor.formats.dates import format_date_range
from editor.formats.errors import FormatError
from editor.formats.export.docx_writer import build_docx, write_docx
from editor.formats.export.pdf_writer import build_pdf
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
    plain,
    runs,
)
from editor.render.templates import TEMPLATES, get_paper, get_template
from tests.libreoffice import to_pdf

SAMPLE = read_markdown((Path(__file__).resolve().parents[2] / "resources" / "samples" / "resume.md").read_text("utf-8"))
LONG_BULLET = (
    "Rebuilt the quarterly forecasting process end to end, interviewing every regional manager, "
    "replacing eleven spreadsheets with one shared model, and training forty analysts to use it, "
    "which cut the close from nine days to four and removed the overtime the team had worked for years"
)


def _entry(
    title: str,
    organization: str,
    location: str = "",
    *,
    dates: DateRange | None = None,
    bullets: tuple[Bullet, ...] = (),
    url: str | None = None,
) -> Entry:
    return Entry(
        title=title,
        organization=organization,
        location=location,
        dates=dates,
        url=url,
        blocks=(BulletList(bullets),) if bullets else (),
    )


def _since(year: int, month: int | None = None) -> DateRange:
    return DateRange(PartialDate(year, month), present=True)


def _between(start: tuple[int, int | None], end: tuple[int, int | None]) -> DateRange:
    return DateRange(PartialDate(*start), PartialDate(*end))


def _resume(name: str = "Maria Delgado", **settings: str) -> Resume:
    """A resume with every element the writer handles: emphasis, links, nested bullets, undated entries."""
    header = Header(
        name=name,
        headline=(runs("Customer Support Team Lead"),),
        contacts=(
            ContactItem("Seattle, WA", ContactKind.LOCATION),
            ContactItem("maria@example.com", ContactKind.EMAIL),
            ContactItem("linkedin.com/in/maria", ContactKind.URL),
        ),
    )
    experience = Section(
        "Experience",
        kind=SectionKind.EXPERIENCE,
        items=(
            _entry(
                "Customer Support Specialist",
                "Evergreen Telecom",
                "Seattle, WA",
                dates=_since(2021, 3),
                bullets=(
                    Bullet(
                        (
                            Run("Raised "),
                            Run("CSAT", bold=True),
                            Run(" from 86% to 94% in "),
                            Run("12 months", italic=True),
                        )
                    ),
                    Bullet(
                        (
                            Run("Wrote the "),
                            Run("escalation guide", link="https://example.com/guide"),
                            Run(" for 40 agents"),
                        )
                    ),
                    Bullet(runs("Trained new hires on billing"), level=1),
                    Bullet(runs(LONG_BULLET)),
                ),
            ),
            _entry("Volunteer Tutor", "Seattle Public Library", bullets=(Bullet(runs("Taught beginner Spanish")),)),
            _entry("", "Freelance Support Consulting", dates=_between((2016, None), (2018, 5))),
        ),
    )
    return Resume(
        header=header,
        settings=settings,
        sections=(
            Section(
                "Summary",
                (Paragraph((Run("Eight years in "), Run("telecom", bold=True), Run(" support."))),),
                SectionKind.SUMMARY,
            ),
            experience,
            Section("Awards", (), SectionKind.AWARDS),
            Section(
                "Skills",
                (BulletList((Bullet((Run("Tools:", bold=True), Run(" Zendesk, Jira; Five9"))),)),),
                SectionKind.SKILLS,
            ),
        ),
    )


def _long_cv(entries: int = 24) -> Resume:
    """An academic-length CV: many dated entries with long bullets (about ten pages)."""
    items = tuple(
        _entry(
            f"Research Position {index}",
            f"Institute {index}",
            "Geneva",
            dates=_between((2000 + index, 1), (2001 + index, 6)),
            bullets=tuple(Bullet(runs(f"{index}.{bullet} {LONG_BULLET}")) for bullet in range(6)),
        )
        for index in range(entries)
    )
    return Resume(header=Header(name="Dr. Long Curriculum"), sections=(Section("Positions", items),))


def _document(resume: Resume, template: str | None = None, paper: str | None = None):
    return docx.Document(io.BytesIO(build_docx(resume, template, paper)))


def _expected_words(resume: Resume) -> list[str]:
    """The model's words in reading order: the order the PDF prints them and a parser should read them."""
    parts = [
        resume.header.name,
        *(plain(line) for line in resume.header.headline),
        *(item.text for item in resume.header.contacts),
    ]
    for section in resume.sections:
        parts.append(section.title)
        for item in section.items:
            if isinstance(item, Entry):
                title, organization = (item.title, item.organization) if item.title else (item.organization, "")
                parts += [title, format_date_range(item.dates) if item.dates else "", organization, item.location]
                blocks = item.blocks
            else:
                blocks = (item,)
            for block in blocks:
                texts = [block.text] if isinstance(block, Paragraph) else [bullet.text for bullet in block.items]
                parts += [plain(text) for text in texts]
    return _words(" ".join(parts))


def _words(text: str) -> list[str]:
    text = re.sub(r"-\n", "-", text)  # a line wrapped after a hyphen is still one word
    return [word.casefold() for word in text.split() if word not in {"·", "|", "•", "◦", "–"}]


def _pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _page_info(path: Path) -> tuple[int, tuple[float, float]]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))
    width, height = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", info, re.MULTILINE).groups()
    return pages, (float(width), float(height))


def _text_lines(path: Path) -> list[tuple[int, float, str]]:
    """(page, baseline from the top, text without spaces) of every line.

    Baselines, not tops: a glyph box's top depends on each font file's metrics, which differ
    between the fonts reportlab and LibreOffice embed. Spaces go because an extractor guesses
    them from gaps, which differ where a fallback font draws a glyph (a ◦ in Noto Sans).
    """
    with pdfplumber.open(path) as pdf:
        return [
            (number, page.height - line["chars"][0]["matrix"][5], "".join(line["text"].split()))
            for number, page in enumerate(pdf.pages, 1)
            for line in page.extract_text_lines(return_chars=True)
        ]


def _embedded_fonts(path: Path) -> dict[str, bool]:
    """Font name (subset prefix removed) → embedded, as pdffonts lists them."""
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
    return {line.split()[0].split("+", 1)[-1]: line.split()[-5] == "yes" for line in lines[2:]}


# --- The DOCX itself, read back with python-docx -------------------------------------------------


def test_each_element_gets_the_word_style_an_ats_parser_expects() -> None:
    styles = [paragraph.style.name for paragraph in _document(_resume()).paragraphs]
    assert styles[:5] == ["Title", "Subtitle", "Contact", "Heading 1", "Normal"]
    assert styles[5:9] == ["Heading 1", "Heading 2", "Entry Details", "List Bullet"]
    assert styles.count("List Bullet 2") == 1
    assert styles.count("Heading 1") == 4


def test_entry_dates_and_location_sit_after_a_right_tab_at_the_text_width() -> None:
    paragraphs = _document(_resume(), "modern", "a4").paragraphs
    index = next(i for i, paragraph in enumerate(paragraphs) if paragraph.style.name == "Heading 2")
    entry = paragraphs[index]
    assert entry.text == "Customer Support Specialist\tMar 2021 – Present"
    stops = entry.style.paragraph_format.tab_stops
    template, paper = get_template("modern"), get_paper("a4")
    assert [stop.alignment for stop in stops] == [WD_TAB_ALIGNMENT.RIGHT]
    assert abs(stops[0].position.pt - (paper.width - template.margin_left - template.margin_right)) < 0.1
    assert entry.style.paragraph_format.keep_with_next
    details = paragraphs[index + 1]
    assert details.text == "Evergreen Telecom\tSeattle, WA"  # not 'Company · City': one field to a parser
    assert [stop.position for stop in details.style.paragraph_format.tab_stops] == [stops[0].position]


def test_undated_entries_have_no_tab_and_an_untitled_entry_shows_its_organization() -> None:
    texts = [p.text for p in _document(_resume()).paragraphs if p.style.name == "Heading 2"]
    assert texts[1:] == ["Volunteer Tutor", "Freelance Support Consulting\t2016 – May 2018"]


def test_bold_and_italic_runs_keep_their_emphasis() -> None:
    document = _document(_resume())
    bold = {run.text for p in document.paragraphs for run in p.runs if run.bold}
    italic = {run.text for p in document.paragraphs for run in p.runs if run.italic}
    assert {"CSAT", "telecom", "Tools:"} <= bold
    assert italic == {"12 months"}


def test_bullets_are_word_numbering_with_real_bullets_in_the_body_font() -> None:
    document = _document(_resume(), "classic")
    numbering = document.part.numbering_part.element
    for name, glyph in (("List Bullet", "\u2022"), ("List Bullet 2", "\u25e6")):
        num_id = document.styles[name].element.pPr.numPr.numId.val
        num = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == str(num_id))
        abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
        abstract = next(
            a for a in numbering.findall(qn("w:abstractNum")) if a.get(qn("w:abstractNumId")) == abstract_id
        )
        level = abstract.find(qn("w:lvl"))
        assert level.find(qn("w:numFmt")).get(qn("w:val")) == "bullet"
        assert level.find(qn("w:lvlText")).get(qn("w:val")) == glyph
        assert level.find(f"{qn('w:rPr')}/{qn('w:rFonts')}").get(qn("w:ascii")) == "EB Garamond"


def test_links_are_real_hyperlinks_and_the_contact_line_is_in_the_body() -> None:
    document = _document(_resume())
    links = {link.text: link.address for p in document.paragraphs for link in p.hyperlinks}
    assert links == {
        "maria@example.com": "mailto:maria@example.com",
        "linkedin.com/in/maria": "https://linkedin.com/in/maria",
        "escalation guide": "https://example.com/guide",
    }
    assert document.paragraphs[2].text == "Seattle, WA | maria@example.com | linkedin.com/in/maria"
    assert all(not p.text for p in document.sections[0].header.paragraphs)


@pytest.mark.parametrize("template_id", sorted(TEMPLATES))
def test_styles_use_the_template_fonts_sizes_and_colours_without_theme_fonts(template_id: str) -> None:
    template = TEMPLATES[template_id]
    document = _document(_resume(), template_id)
    assert "Theme" not in re.sub(r"themeFontLang", "", document.styles.element.xml)
    title, heading, body = (document.styles[name] for name in ("Title", "Heading 1", "Normal"))
    assert title.font.name == template.heading_font.name
    assert title.font.size == Pt(template.name_size)
    assert body.font.name == template.body_font.name
    assert body.font.size == Pt(template.body_size)
    assert str(heading.font.color.rgb) == template.accent.lstrip("#").upper()
    assert heading.font.all_caps == template.heading_uppercase


@pytest.mark.parametrize(("template_id", "paper_id"), [("modern", "letter"), ("classic", "a4"), ("compact", "a4")])
def test_page_size_and_margins_follow_the_template_and_paper(template_id: str, paper_id: str) -> None:
    template, paper = get_template(template_id), get_paper(paper_id)
    section = _document(_resume(), template_id, paper_id).sections[0]
    assert abs(section.page_width.pt - paper.width) < 0.1 and abs(section.page_height.pt - paper.height) < 0.1
    assert (section.left_margin.pt, section.top_margin.pt) == (template.margin_left, template.margin_top)


def test_template_and_paper_come_from_the_arguments_then_the_resume_settings() -> None:
    from_settings = _document(_resume(template="compact", paper="a4"))
    assert from_settings.styles["Normal"].font.name == "Noto Sans"
    assert round(from_settings.sections[0].page_width.pt) == 595
    overridden = _document(_resume(template="compact", paper="a4"), "classic", "letter")
    assert overridden.styles["Normal"].font.name == "EB Garamond"
    assert round(overridden.sections[0].page_width.pt) == 612


@pytest.mark.parametrize(("template_id", "paper_id"), [("fancy", None), (None, "legal")])
def test_an_unknown_template_or_paper_is_a_one_line_format_error(template_id, paper_id) -> None:
    with pytest.raises(FormatError, match=r"unknown (template|paper) .*choose one of"):
        build_docx(_resume(), template_id, paper_id)


def test_core_properties_name_the_person_and_their_skills() -> None:
    properties = _document(_resume()).core_properties
    assert (properties.title, properties.author) == ("Maria Delgado — Resume", "Maria Delgado")
    assert properties.subject == "Customer Support Team Lead"
    assert properties.keywords == "Zendesk, Jira, Five9"
    assert "python-docx" not in (properties.comments + properties.last_modified_by)


def test_the_sample_reads_back_with_every_bullet_and_bold_word() -> None:
    document = _document(SAMPLE)
    bullets = [bullet for section in SAMPLE.sections for item in section.items for bullet in _bullets(item)]
    listed = [p for p in document.paragraphs if p.style.name == "List Bullet"]
    assert [p.text for p in listed] == [plain(bullet.text) for bullet in bullets]
    bold = [run.text for p in listed for run in p.runs if run.bold]
    assert bold == [run.text for bullet in bullets for run in bullet.text if run.bold]
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"] == [s.title for s in SAMPLE.sections]


def _bullets(item) -> list[Bullet]:
    blocks = item.blocks if isinstance(item, Entry) else (item,)
    return [bullet for block in blocks if isinstance(block, BulletList) for bullet in block.items]


def test_control_characters_pasted_into_the_text_become_spaces_or_vanish() -> None:
    resume = Resume(
        header=Header(name="Ana\x00 Lima\x1b"),
        sections=(Section("Skills\tand tools", (Paragraph(runs("Jira\nConfluence\x07")),)),),
    )
    assert [p.text for p in _document(resume).paragraphs] == ["Ana Lima", "Skills and tools", "Jira Confluence"]


def test_write_docx_replaces_the_file_and_reports_a_missing_folder(tmp_path: Path) -> None:
    target = tmp_path / "resume.docx"
    target.write_bytes(b"old")
    write_docx(_resume(), target, "compact")
    assert docx.Document(str(target)).paragraphs[0].text == "Maria Delgado"
    with pytest.raises(FormatError, match="does not exist"):
        write_docx(_resume(), tmp_path / "missing" / "resume.docx")


# --- Through LibreOffice: what a recruiter's Word or an ATS that converts to PDF sees ----------------

CASES = {
    "sample-modern": (SAMPLE, "modern", "letter"),
    "sample-classic": (SAMPLE, "classic", "letter"),
    "sample-compact": (SAMPLE, "compact", "a4"),
    "modern-letter": (_resume(), "modern", "letter"),
    "classic-letter": (_resume(), "classic", "letter"),
    "compact-a4": (_resume(), "compact", "a4"),
    "accented": (_resume("Zoë Ångström-Núñez"), "classic", "a4"),
    "cyrillic": (_resume("Мария Дельгадо"), "modern", "letter"),
    "cjk": (_resume("李小龍 Lee"), "compact", "letter"),
    "long-cv": (_long_cv(), "modern", "letter"),
}


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every case as a LibreOffice PDF, converted in one LibreOffice run."""
    folder = tmp_path_factory.mktemp("docx")
    sources = []
    for case, (resume, template_id, paper_id) in CASES.items():
        sources.append(folder / f"{case}.docx")
        write_docx(resume, sources[-1], template_id, paper_id)
    return dict(zip(CASES, to_pdf(sources, folder / "pdf"), strict=True))


@pytest.mark.libreoffice
@pytest.mark.parametrize("case", sorted(CASES))
def test_libreoffice_reads_the_same_words_in_the_same_order(converted: dict[str, Path], case: str) -> None:
    assert _words(_pdftotext(converted[case])) == _expected_words(CASES[case][0])


@pytest.mark.libreoffice
@pytest.mark.parametrize("case", ["sample-modern", "modern-letter", "cyrillic", "long-cv"])
def test_bullets_extract_as_u2022_and_never_as_private_use_characters(converted: dict[str, Path], case: str) -> None:
    text = _pdftotext(converted[case])
    levels = [
        bullet.level for section in CASES[case][0].sections for item in section.items for bullet in _bullets(item)
    ]
    assert (text.count("\u2022"), text.count("\u25e6")) == (levels.count(0), len(levels) - levels.count(0))
    assert not re.search("[\ue000-\uf8ff]", text)


@pytest.mark.libreoffice
@pytest.mark.parametrize("case", ["modern-letter", "classic-letter", "compact-a4"])
def test_the_bundled_fonts_are_embedded(converted: dict[str, Path], case: str) -> None:
    family = get_template(CASES[case][1]).body_font
    fonts = _embedded_fonts(converted[case])
    expected = {Path(face).stem for face in (family.regular, family.bold, family.italic)}
    assert expected <= set(fonts), fonts
    assert all(fonts.values()), fonts


@pytest.mark.libreoffice
@pytest.mark.parametrize(("case", "size"), [("sample-modern", (612, 792)), ("sample-compact", (595.28, 841.89))])
def test_libreoffice_lays_the_page_out_on_the_chosen_paper(converted: dict[str, Path], case: str, size) -> None:
    pages, (width, height) = _page_info(converted[case])
    assert (pages, round(width), round(height)) == (1, round(size[0]), round(size[1]))


@pytest.mark.libreoffice
def test_a_ten_page_cv_keeps_every_entry(converted: dict[str, Path]) -> None:
    pages, _ = _page_info(converted["long-cv"])
    assert 8 <= pages <= 12
    assert _pdftotext(converted["long-cv"]).count("Research Position") == 24


@pytest.mark.libreoffice
@pytest.mark.parametrize(
    "case", [pytest.param(case, marks=[pytest.mark.slow] if case == "long-cv" else []) for case in sorted(CASES)]
)
def test_the_docx_breaks_lines_and_pages_like_our_pdf(converted: dict[str, Path], case: str, tmp_path: Path) -> None:
    """Same text on each line, same pages, each line within a few points of where the PDF puts it."""
    resume, template_id, paper_id = CASES[case]
    ours = tmp_path / "ours.pdf"
    ours.write_bytes(build_pdf(resume, template_id, paper_id).data)
    from_docx, from_pdf = _text_lines(converted[case]), _text_lines(ours)
    assert [(page, text) for page, _, text in from_docx] == [(page, text) for page, _, text in from_pdf]
    drift = max(abs(docx_line[1] - pdf_line[1]) for docx_line, pdf_line in zip(from_docx, from_pdf, strict=True))
    assert drift < 3, f"a line sits {drift:.1f} pt away from where the PDF puts it"
