"""Importing Word files that LibreOffice wrote: a web resume saved as Word, PDFs "converted to Word"
(every line a positioned text frame) and an OpenDocument file saved again as .docx; and a Markdown
resume pandoc turned into Word.

The files are made by `make_engine_docx` and committed; these tests need no LibreOffice.
"""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from lxml import etree

from editor.formats.importing.docx.reader import read_docx
from editor.formats.markdown.reader import read_markdown
from editor.formats.markdown.writer import write_markdown
from editor.model import BulletList, Paragraph, Resume, SectionKind, plain
from tests.formats.import_fixtures import resume_words, retention
from tests.formats.make_engine_docx import CASES, DocxCase

BY_NAME = {case.name: case for case in CASES}
NAMES = sorted(BY_NAME)
KINDS = (SectionKind.SUMMARY, SectionKind.EXPERIENCE, SectionKind.EDUCATION, SectionKind.SKILLS)
SIDEBAR_FIRST = (SectionKind.SKILLS, SectionKind.SUMMARY, SectionKind.EXPERIENCE, SectionKind.EDUCATION)
# Where the page layout survived, organization and location come apart; the web pages lost the gap.
LAYOUT_KEPT = (
    "pdf-basic-typst",
    "pdf-sidebar-chromium-es",
    "pdf-moderncv-lualatex-de",
    "odt-text-boxes-en",
    "pandoc-markdown-en",
)
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"


@pytest.fixture(scope="module")
def imported() -> dict[str, Resume]:
    return {name: read_docx(case.data) for name, case in BY_NAME.items()}


def _entries(resume: Resume, kind: SectionKind):
    section = resume.section(kind)
    assert section is not None, [item.title for item in resume.sections]
    return section.entries


@pytest.mark.parametrize("name", NAMES)
def test_each_fixture_was_saved_by_the_program_it_names(name: str) -> None:
    with zipfile.ZipFile(io.BytesIO(BY_NAME[name].data)) as package:
        application = re.search(r"<Application>([^<]*)", package.read("docProps/app.xml").decode())
        styles = package.read("word/styles.xml").decode()
    if BY_NAME[name].converter == "pandoc":  # pandoc's reference document: its own styles, Word's old name
        assert 'w:styleId="FirstParagraph"' in styles and 'w:styleId="Compact"' in styles
    else:
        assert application is not None and application.group(1).startswith("LibreOffice/")


@pytest.mark.parametrize("name", NAMES)
def test_libreoffice_word_files_keep_at_least_95_percent_of_their_words(name: str, imported: dict[str, Resume]) -> None:
    share, missing = retention(BY_NAME[name].content.texts(), imported[name])
    assert share >= 0.95, f"{name}: {share:.1%} kept, missing {missing}"


@pytest.mark.parametrize("name", NAMES)
def test_the_name_and_every_contact_detail_are_found(name: str, imported: dict[str, Resume]) -> None:
    content, resume = BY_NAME[name].content, imported[name]
    assert resume.header.name == content.name
    contacts = {item.text for item in resume.header.contacts}
    assert contacts == {content.email, content.phone, content.location, content.website}


@pytest.mark.parametrize("name", NAMES)
def test_sections_come_in_reading_order_with_a_sidebar_first(name: str, imported: dict[str, Resume]) -> None:
    resume = imported[name]
    expected = SIDEBAR_FIRST if "sidebar" in name else KINDS
    assert tuple(section.kind for section in resume.sections) == expected
    titles = {title.casefold() for title in BY_NAME[name].content.titles}
    assert {section.title.casefold() for section in resume.sections} == titles


@pytest.mark.parametrize("name", NAMES)
def test_entries_keep_their_titles_dates_and_bullets(name: str, imported: dict[str, Resume]) -> None:
    content, resume = BY_NAME[name].content, imported[name]
    for kind in (SectionKind.EXPERIENCE, SectionKind.EDUCATION):
        jobs = content.jobs if kind is SectionKind.EXPERIENCE else content.schools
        entries = _entries(resume, kind)
        assert [entry.title for entry in entries] == [job.title for job in jobs]
        assert all(entry.dates is not None and entry.dates.start is not None for entry in entries)
        bullets = [[plain(item.text) for block in entry.blocks for item in block.items] for entry in entries]
        assert bullets == [list(job.bullets) for job in jobs]


@pytest.mark.parametrize("name", LAYOUT_KEPT)
def test_a_kept_layout_gives_organization_and_location_apart(name: str, imported: dict[str, Resume]) -> None:
    content, resume = BY_NAME[name].content, imported[name]
    entries = _entries(resume, SectionKind.EXPERIENCE)
    assert [(entry.organization, entry.location) for entry in entries] == [
        (job.organization, job.location) for job in content.jobs
    ]


def test_lines_of_a_converted_pdf_wrap_back_into_one_paragraph(imported: dict[str, Resume]) -> None:
    summary = imported["pdf-basic-typst"].section(SectionKind.SUMMARY)
    assert [plain(item.text) for item in summary.items if isinstance(item, Paragraph)] == [
        BY_NAME["pdf-basic-typst"].content.summary
    ]


def test_list_discs_a_converter_drew_as_shapes_become_bullets(imported: dict[str, Resume]) -> None:
    entry = _entries(imported["pdf-sidebar-chromium-es"], SectionKind.EXPERIENCE)[0]
    assert isinstance(entry.blocks[0], BulletList) and len(entry.blocks[0].items) == 2


def test_bold_set_by_the_font_name_a_converter_kept_is_bold(imported: dict[str, Resume]) -> None:
    skills = imported["pdf-basic-typst"].section(SectionKind.SKILLS).items[0]
    assert [run.text for run in skills.text if run.bold] == ["Languages"]


def test_icon_names_a_converter_wrote_as_text_are_not_words(imported: dict[str, Resume]) -> None:
    found = resume_words(imported["pdf-moderncv-lualatex-de"])
    assert not {"mobile", "alt", "envelope", "globe", "americas"} & set(found)


def test_a_date_glued_to_a_job_title_by_a_saved_web_page_is_split_off(imported: dict[str, Resume]) -> None:
    resume = imported["html-plain-en"]
    first = _entries(resume, SectionKind.EXPERIENCE)[0]
    assert (first.title, first.dates.start.year, first.dates.present) == ("Senior Software Engineer", 2020, True)
    assert "TypeScript" in plain(resume.section(SectionKind.SKILLS).items[0].text)


def test_frames_are_read_by_where_they_stand_not_by_their_order_in_the_file(imported: dict[str, Resume]) -> None:
    case = BY_NAME["pdf-sidebar-chromium-es"]
    shuffled = read_docx(_frames_reversed(case))
    assert write_markdown(shuffled) == write_markdown(imported[case.name])


@pytest.mark.parametrize("name", NAMES)
def test_an_imported_libreoffice_file_reads_back_the_same_from_markdown(name: str, imported: dict[str, Resume]) -> None:
    again = read_markdown(write_markdown(imported[name]))
    assert resume_words(again) == resume_words(imported[name])
    assert again.header.contacts == imported[name].header.contacts
    assert again.problems == ()


def _frames_reversed(case: DocxCase) -> bytes:
    """The same document with the frames of every run stored in the opposite order."""
    source = zipfile.ZipFile(io.BytesIO(case.data))
    root = etree.fromstring(source.read("word/document.xml"))
    for run in root.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}r"):
        frames = [child for child in run if child.tag == _MC]
        for frame in frames:
            run.remove(frame)
        run.extend(reversed(frames))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = etree.tostring(root) if item.filename == "word/document.xml" else source.read(item)
            target.writestr(item, data)
    return output.getvalue()
