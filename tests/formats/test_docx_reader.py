"""Importing Word documents: foreign layouts keep their words and structure, our own exports all of it."""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Mm

from editor.formats.export.docx_writer import build_docx
from editor.formats.importing.docx.reader import read_docx
from editor.formats.markdown.reader import read_markdown
from editor.formats.markdown.writer import write_markdown
from editor.model import BulletList, ContactKind, Entry, PartialDate, Resume, SectionKind, plain
from editor.render.templates import TEMPLATES
from tests.formats import import_fixtures_docx as layouts
from tests.formats.import_fixtures import (
    ENGLISH,
    FRENCH,
    GERMAN,
    SAMPLE,
    SPANISH,
    Content,
    resume_words,
    retention,
)

FOREIGN = {
    "word one column (English)": (layouts.one_column, ENGLISH),
    "word one column (German)": (layouts.one_column, GERMAN),
    "two-column layout table (English)": (layouts.two_column_table, ENGLISH),
    "two-column layout table (Spanish)": (layouts.two_column_table, SPANISH),
    "contact details in a text box": (layouts.text_boxes, ENGLISH),
    "contact details in the page header (French)": (layouts.header_contact, FRENCH),
}


def _save(document) -> bytes:
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def _check_structure(resume: Resume, content: Content) -> None:
    """The facts a recruiter needs came through: name, e-mail, both jobs with their dates, education."""
    assert resume.header.name == content.name
    assert content.email in [item.text for item in resume.header.contacts]
    experience = resume.section(SectionKind.EXPERIENCE)
    assert experience is not None, [section.title for section in resume.sections]
    assert [entry.title for entry in experience.entries] == [job.title for job in content.jobs]
    assert [entry.organization for entry in experience.entries] == [job.organization for job in content.jobs]
    assert all(entry.dates is not None for entry in experience.entries)
    education = resume.section(SectionKind.EDUCATION)
    assert education is not None and [entry.title for entry in education.entries] == [content.schools[0].title]


@pytest.mark.parametrize("case", sorted(FOREIGN))
def test_foreign_word_documents_keep_at_least_95_percent_of_their_words(case: str) -> None:
    build, content = FOREIGN[case]
    resume = read_docx(build(content))
    share, missing = retention(content.texts(), resume)
    assert share >= 0.95, f"{case}: {share:.1%} kept, missing {missing}"
    _check_structure(resume, content)


@pytest.fixture(scope="module")
def google_docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("google-docs")
    return layouts.libreoffice_docx({"english": layouts.google_docs_html(ENGLISH)}, folder)


@pytest.mark.libreoffice
def test_a_word_processor_export_without_heading_styles_is_structured_by_size_and_capitals(
    google_docs: dict[str, bytes],
) -> None:
    resume = read_docx(google_docs["english"])
    share, missing = retention(ENGLISH.texts(), resume)
    assert share >= 0.95, missing
    _check_structure(resume, ENGLISH)
    first = resume.section(SectionKind.EXPERIENCE).entries[0]
    assert (first.location, first.dates.start, first.dates.present) == ("San Francisco, CA", PartialDate(2020, 1), True)


@pytest.mark.parametrize("template_id", sorted(TEMPLATES))
@pytest.mark.parametrize("paper_id", ["letter", "a4"])
def test_our_own_word_export_comes_back_word_for_word(template_id: str, paper_id: str) -> None:
    resume = read_docx(build_docx(SAMPLE, template_id, paper_id))
    assert resume_words(resume) == resume_words(SAMPLE)
    assert resume.header.contacts == SAMPLE.header.contacts
    for original, imported in zip(SAMPLE.sections, resume.sections, strict=True):
        assert (imported.title, imported.kind) == (original.title, original.kind)
        assert [(e.title, e.organization, e.location, e.dates) for e in imported.entries] == [
            (e.title, e.organization, e.location, e.dates) for e in original.entries
        ]
    assert resume.problems == ()


def test_bold_keywords_inside_bullets_stay_bold() -> None:
    resume = read_docx(build_docx(SAMPLE))
    bullet = resume.section(SectionKind.EXPERIENCE).entries[0].blocks[0].items[0]
    assert [run.text for run in bullet.text if run.bold] == ["CSAT"]


def test_a_text_box_is_read_once_although_word_stores_it_twice() -> None:
    resume = read_docx(layouts.text_boxes(ENGLISH))
    contacts = [item.text for item in resume.header.contacts]
    assert contacts.count(ENGLISH.email) == 1
    assert contacts.count(ENGLISH.phone) == 1


def test_text_in_a_content_control_is_imported() -> None:
    resume = read_docx(layouts.text_boxes(ENGLISH))
    summary = resume.section(SectionKind.SUMMARY)
    assert plain(summary.items[0].text) == ENGLISH.summary


def test_hyperlinks_keep_their_target() -> None:
    resume = read_docx(layouts.one_column(ENGLISH))
    website = next(item for item in resume.header.contacts if item.text == ENGLISH.website)
    assert (website.kind, website.link) == (ContactKind.URL, f"https://{ENGLISH.website}")


def test_each_hyperlink_keeps_its_own_target_when_its_text_recurs_in_another() -> None:
    """The relationship id decides: "dana" is the GitHub and the LinkedIn handle and the start
    of the e-mail address, and none of them is the e-mail's link."""
    document = docx.Document()
    document.add_paragraph("Dana Kim", style="Title")
    contacts = document.add_paragraph()
    for index, (text, url) in enumerate(
        [
            ("dana@example.com", "mailto:dana@example.com"),
            ("dana", "https://github.com/dana"),
            ("dana", "https://www.linkedin.com/in/dana"),
        ]
    ):
        if index:
            contacts.add_run(" · ")
        layouts._hyperlink(contacts, text, url)
    links = [item.link for item in read_docx(_save(document)).header.contacts]
    assert links == ["mailto:dana@example.com", "https://github.com/dana", "https://www.linkedin.com/in/dana"]


def test_an_a4_document_keeps_its_paper_size() -> None:
    document = docx.Document()
    document.sections[0].page_width, document.sections[0].page_height = Mm(210), Mm(297)
    document.add_paragraph("Dana Kim", style="Title")
    assert read_docx(_save(document)).settings == {"paper": "a4"}
    assert read_docx(layouts.one_column(ENGLISH)).settings == {}  # python-docx's default is Letter


def test_numbered_and_nested_list_items_become_bullets() -> None:
    resume = read_docx(layouts.one_column(ENGLISH))
    education = resume.section(SectionKind.EDUCATION).entries[0]
    assert [plain(bullet.text) for bullet in education.blocks[0].items] == list(ENGLISH.schools[0].bullets)
    skills = resume.section(SectionKind.SKILLS).items[0]
    assert isinstance(skills, BulletList) and {bullet.level for bullet in skills.items} == {1}


def test_the_page_header_gives_name_and_contacts_and_the_page_number_is_dropped() -> None:
    resume = read_docx(layouts.header_contact(FRENCH))
    assert resume.header.name == FRENCH.name
    assert [plain(line) for line in resume.header.headline] == [FRENCH.headline]
    assert {item.kind for item in resume.header.contacts} >= {ContactKind.EMAIL, ContactKind.PHONE, ContactKind.URL}
    assert "Page" not in str(resume_words(resume))


def test_the_name_is_found_in_the_main_column_of_a_layout_table() -> None:
    resume = read_docx(layouts.two_column_table(ENGLISH))
    assert resume.header.name == ENGLISH.name
    assert [plain(line) for line in resume.header.headline] == [ENGLISH.headline]
    assert resume.sections[0].kind is SectionKind.SKILLS  # the sidebar is read first, as Word orders it


def test_tracked_deletions_are_left_out_and_insertions_kept() -> None:
    document = docx.Document()
    document.add_paragraph("Dana Kim", style="Title")
    document.add_heading("Skills", level=1)
    paragraph = document.add_paragraph("Python")
    paragraph._p.append(
        parse_xml(
            f"<w:ins {nsdecls('w')} w:id='1' w:author='a'><w:r><w:t xml:space='preserve'>, Rust</w:t></w:r></w:ins>"
        )
    )
    paragraph._p.append(
        parse_xml(f"<w:del {nsdecls('w')} w:id='2' w:author='a'><w:r><w:delText>, COBOL</w:delText></w:r></w:del>")
    )
    resume = read_docx(_save(document))
    assert plain(resume.section(SectionKind.SKILLS).items[0].text) == "Python, Rust"


def test_a_symbol_font_bullet_typed_as_text_makes_a_bullet() -> None:
    document = docx.Document()
    document.add_paragraph("Dana Kim", style="Title")
    document.add_heading("Experience", level=1)
    document.add_paragraph("Analyst | Acme | 2019 – 2021").runs[0].bold = True
    document.add_paragraph("\uf0b7\tBuilt the monthly close checklist")
    entry = read_docx(_save(document)).section(SectionKind.EXPERIENCE).entries[0]
    assert isinstance(entry.blocks[0], BulletList)
    assert plain(entry.blocks[0].items[0].text) == "Built the monthly close checklist"


def test_an_entry_without_dates_is_kept_and_reported() -> None:
    document = docx.Document()
    document.add_paragraph("Dana Kim", style="Title")
    document.add_heading("Experience", level=1)
    document.add_paragraph().add_run("Volunteer Coordinator, Food Bank").bold = True
    document.add_paragraph("Scheduled 40 volunteers every week", style="List Bullet")
    resume = read_docx(_save(document))
    entry = resume.section(SectionKind.EXPERIENCE).items[0]
    assert isinstance(entry, Entry) and (entry.title, entry.organization, entry.dates) == (
        "Volunteer Coordinator",
        "Food Bank",
        None,
    )
    assert [problem.message for problem in resume.problems] == ["paragraph 3: could not tell the dates of this entry"]


def test_a_document_without_headings_keeps_its_text_and_says_so() -> None:
    document = docx.Document()
    for text in ("Dana Kim", "I have worked in retail for ten years and led a team of eight people.", "Python"):
        document.add_paragraph(text)
    resume = read_docx(_save(document))
    assert resume.header.name == "Dana Kim"
    assert resume_words(resume) >= resume_words(read_markdown("ten years retail python"))
    assert any("section headings" in problem.message for problem in resume.problems)


@pytest.mark.parametrize("case", ["two-column layout table (Spanish)", "contact details in the page header (French)"])
def test_an_imported_word_file_becomes_resume_text_that_reads_back_the_same(case: str) -> None:
    build, content = FOREIGN[case]
    imported = read_docx(build(content))
    again = read_markdown(write_markdown(imported))
    assert resume_words(again) == resume_words(imported)
    assert again.header.contacts == imported.header.contacts
    assert again.problems == ()


def test_a_table_row_of_single_lines_reads_as_one_entry_line() -> None:
    document = docx.Document()
    document.add_paragraph("Dana Kim", style="Title")
    document.add_heading("Experience", level=1)
    row = document.add_table(rows=1, cols=3).rows[0].cells
    for cell, text in zip(row, ("Senior Analyst", "Acme Corp, Denver, CO", "2019 – 2021"), strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    document.add_paragraph("Closed the books two days faster", style="List Bullet")
    entry = read_docx(_save(document)).section(SectionKind.EXPERIENCE).entries[0]
    assert (entry.title, entry.organization, entry.location) == ("Senior Analyst", "Acme Corp", "Denver, CO")
    assert (entry.dates.start, entry.dates.end) == (PartialDate(2019), PartialDate(2021))
