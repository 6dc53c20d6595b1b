"""Importing PDF resumes: LaTeX-like, two-column, browser-like and office PDFs keep their words and
structure; our own exports come back word for word."""

from __future__ import annotations

import io

import pypdf
import pytest
from reportlab.pdfgen import canvas

from editor.formats.errors import FormatError
from editor.formats.export.pdf_writer import build_pdf
from editor.formats.importing.pdf.reader import read_pdf
from editor.formats.markdown.reader import read_markdown
from editor.formats.markdown.writer import write_markdown
from editor.model import BulletList, ContactKind, SectionKind, plain
from editor.render.templates import TEMPLATES
from tests.formats import import_fixtures_docx as word_layouts
from tests.formats import import_fixtures_pdf as layouts
from tests.formats.import_fixtures import (
    ENGLISH,
    FRENCH,
    GERMAN,
    RUSSIAN,
    SAMPLE,
    SPANISH,
    check_structure,
    longer_sample,
    resume_words,
    retention,
)
from tests.libreoffice import to_pdf

FOREIGN = {
    "LaTeX-like (English)": (layouts.latex_like, ENGLISH),
    "LaTeX-like (French)": (layouts.latex_like, FRENCH),
    "two columns (English)": (layouts.two_columns, ENGLISH),
    "two columns (Spanish)": (layouts.two_columns, SPANISH),
    "browser-like (English)": (layouts.browser_like, ENGLISH),
    "browser-like (Russian)": (layouts.browser_like, RUSSIAN),
}
OFFICE = {
    "office PDF of a one-column Word file": (word_layouts.one_column, ENGLISH),
    "office PDF of a Word file with contacts in the page header (German)": (word_layouts.header_contact, GERMAN),
    "office PDF of a two-column layout table": (word_layouts.two_column_table, ENGLISH),
}


@pytest.mark.parametrize("case", sorted(FOREIGN))
def test_foreign_pdfs_keep_at_least_95_percent_of_their_words_and_their_structure(case: str) -> None:
    draw, content = FOREIGN[case]
    resume = read_pdf(draw(content))
    share, missing = retention(content.texts(), resume)
    assert share >= 0.95, f"{case}: {share:.1%} kept, missing {missing}"
    check_structure(resume, content)


@pytest.fixture(scope="module")
def office_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("office-pdf")
    paths = []
    for number, (build, content) in enumerate(OFFICE.values()):
        path = folder / f"document{number}.docx"
        path.write_bytes(build(content))
        paths.append(path)
    return {case: pdf.read_bytes() for case, pdf in zip(OFFICE, to_pdf(paths, folder / "pdf"), strict=True)}


@pytest.mark.libreoffice
@pytest.mark.parametrize("case", sorted(OFFICE))
def test_office_pdfs_keep_their_words_and_structure(office_pdfs: dict[str, bytes], case: str) -> None:
    content = OFFICE[case][1]
    resume = read_pdf(office_pdfs[case])
    share, missing = retention(content.texts(), resume)
    assert share >= 0.95, f"{case}: {share:.1%} kept, missing {missing}"
    check_structure(resume, content)


@pytest.mark.parametrize("template_id", sorted(TEMPLATES))
@pytest.mark.parametrize("paper_id", ["letter", "a4"])
def test_our_own_pdf_comes_back_word_for_word(template_id: str, paper_id: str) -> None:
    resume = read_pdf(build_pdf(SAMPLE, template_id, paper_id).data)
    assert resume_words(resume) == resume_words(SAMPLE)
    assert resume.header.contacts == SAMPLE.header.contacts
    for original, imported in zip(SAMPLE.sections, resume.sections, strict=True):
        assert imported.kind is original.kind
        assert [(e.title, e.organization, e.location, e.dates) for e in imported.entries] == [
            (e.title, e.organization, e.location, e.dates) for e in original.entries
        ]
    assert resume.problems == ()


def test_a_two_page_export_comes_back_whole() -> None:
    longer = longer_sample(2)
    rendered = build_pdf(longer)
    assert rendered.layout.page_count == 2
    assert resume_words(read_pdf(rendered.data)) == resume_words(longer)


def test_hyphenated_line_ends_are_joined_into_whole_words() -> None:
    repaired = 0
    for content in (ENGLISH, FRENCH):
        data = layouts.latex_like(content)
        extracted = "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
        broken = [line.split()[-1][:-1] for line in extracted.splitlines() if line.endswith("-")]
        words = resume_words(read_pdf(data))
        for fragment in broken:
            whole = next(word for word in " ".join(content.texts()).split() if word.startswith(fragment))
            assert whole.casefold().strip(",.") in words
            repaired += 1
    assert repaired, "the fixtures should hyphenate at least one word"


def test_letter_spaced_headings_are_read_as_words() -> None:
    resume = read_pdf(layouts.latex_like(ENGLISH))
    assert [section.title for section in resume.sections] == [title.upper() for title in ENGLISH.titles]
    assert [section.kind for section in resume.sections][:3] == [
        SectionKind.SUMMARY,
        SectionKind.EXPERIENCE,
        SectionKind.EDUCATION,
    ]


def test_a_two_column_page_is_read_header_then_left_column_then_right() -> None:
    resume = read_pdf(layouts.two_columns(SPANISH))
    assert [section.kind for section in resume.sections] == [
        SectionKind.SKILLS,
        SectionKind.SUMMARY,
        SectionKind.EXPERIENCE,
        SectionKind.EDUCATION,
    ]
    assert any("two columns" in problem.message for problem in resume.problems)


def test_icon_glyphs_separate_contact_items_and_mark_bullets() -> None:
    resume = read_pdf(layouts.browser_like(ENGLISH))
    kinds = [item.kind for item in resume.header.contacts]
    assert kinds == [ContactKind.EMAIL, ContactKind.PHONE, ContactKind.LOCATION, ContactKind.URL]
    assert all("\uef00" not in item.text for item in resume.header.contacts)
    entry = resume.section(SectionKind.EXPERIENCE).entries[1]
    assert isinstance(entry.blocks[0], BulletList)


def test_ligatures_are_spelled_out() -> None:
    resume = read_pdf(layouts.browser_like(ENGLISH))
    summary = plain(resume.section(SectionKind.SUMMARY).items[0].text)
    assert "\ufb01" not in summary
    assert summary == ENGLISH.summary


def test_bold_text_in_a_pdf_is_bold_in_the_model() -> None:
    resume = read_pdf(build_pdf(SAMPLE).data)
    bullet = resume.section(SectionKind.EXPERIENCE).entries[0].blocks[0].items[0]
    assert [run.text.strip() for run in bullet.text if run.bold] == ["CSAT"]


@pytest.mark.parametrize("angle", [90, 180, 270])
def test_text_turned_any_quarter_turn_reads_in_its_own_direction(angle: int) -> None:
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer)
    sheet.setFont("Helvetica-Bold", 20)
    sheet.drawString(72, 760, "Dana Kim")
    sheet.setFont("Helvetica", 11)
    for row, text in enumerate(("SKILLS", "Python, SQL, Excel", "Tableau and Looker")):
        sheet.drawString(72, 700 - 16 * row, text)
    sheet.saveState()
    sheet.translate(300, 400)
    sheet.rotate(angle)
    sheet.drawString(0, 0, "Open to relocation")
    sheet.restoreState()
    sheet.save()
    resume = read_pdf(buffer.getvalue())
    assert plain(resume.sections[-1].items[-1].text) == "Open to relocation"
    assert resume_words(resume)["relocation"] == 1


def test_a_pdf_whose_letters_are_only_shapes_says_so_and_what_to_do() -> None:
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer)
    for row in range(40):  # what a design tool's outlined text amounts to: filled shapes, no text
        sheet.rect(72, 760 - 14 * row, 300, 9, stroke=0, fill=1)
    sheet.save()
    with pytest.raises(FormatError, match=r"no text, only pictures or outlines of letters.*import the original"):
        read_pdf(buffer.getvalue())


def test_page_numbers_in_the_margin_are_left_out() -> None:
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer)
    for page, text in enumerate(("Dana Kim", "SKILLS", "Python, SQL"), start=1):
        sheet.setFont("Helvetica-Bold" if page < 3 else "Helvetica", 20 if page == 1 else 11)
        sheet.drawString(72, 760 - 30 * page, text)
    sheet.setFont("Helvetica", 9)
    sheet.drawString(290, 30, "Page 1 of 1")
    sheet.save()
    resume = read_pdf(buffer.getvalue())
    assert resume.header.name == "Dana Kim"
    assert "page" not in resume_words(resume)


@pytest.mark.parametrize("case", ["LaTeX-like (English)", "two columns (Spanish)", "browser-like (Russian)"])
def test_an_imported_pdf_becomes_resume_text_that_reads_back_the_same(case: str) -> None:
    draw, content = FOREIGN[case]
    imported = read_pdf(draw(content))
    again = read_markdown(write_markdown(imported))
    assert resume_words(again) == resume_words(imported)
    assert [entry.dates for section in again.sections for entry in section.entries] == [
        entry.dates for section in imported.sections for entry in section.entries
    ]
    assert again.problems == ()
