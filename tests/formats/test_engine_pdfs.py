"""Importing PDFs that real engines made: pdfTeX, XeTeX, LuaTeX, Typst and Chromium.

The PDFs in engine_pdfs/ were compiled by `make_engine_pdfs` from `engine_sources` (Jake's
Resume, an Awesome-CV look, moderncv, a Typst resume, HTML printed by Chromium); each case
imports keeping its words and the structure a recruiter reads.
"""

from __future__ import annotations

import io
import re

import pypdf
import pytest

from editor.formats.export.pdf_writer import build_pdf
from editor.formats.importing.pdf.reader import read_pdf
from editor.formats.markdown.reader import read_markdown
from editor.formats.markdown.writer import write_markdown
from editor.model import BulletList, ContactKind, Paragraph, SectionKind, Severity, plain
from tests.formats.engine_cases import CASES, EngineCase
from tests.formats.engine_sources import SIDEWAYS_LABEL
from tests.formats.engine_templates import TEX_CASES, TemplateCase
from tests.formats.import_fixtures import FRENCH, GERMAN, check_structure, resume_words, retention

BY_NAME = {case.name: case for case in CASES}


def _case_id(case: EngineCase | TemplateCase) -> str:
    return case.name


@pytest.mark.parametrize("case", (*CASES, *TEX_CASES), ids=_case_id)
def test_the_fixture_was_made_by_the_engine_it_names(case: EngineCase | TemplateCase) -> None:
    info = pypdf.PdfReader(io.BytesIO(case.pdf)).metadata
    assert case.producer in f"{info.get('/Producer')} {info.get('/Creator')}"


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_an_engine_made_resume_keeps_its_words_and_structure(case: EngineCase) -> None:
    resume = read_pdf(case.pdf)
    share, missing = retention(case.content.texts(), resume)
    assert share >= 0.95, f"{case.name}: {share:.1%} kept, missing {missing}"
    assert missing == [], "every word of these fixtures came through before; a lost one is a regression"
    check_structure(resume, case.content)
    warnings = [problem.message for problem in resume.problems if problem.severity is not Severity.INFO]
    assert warnings == []


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_the_summary_reads_as_typed_with_its_spaces_ligatures_and_accents(case: EngineCase) -> None:
    summary = read_pdf(case.pdf).section(SectionKind.SUMMARY)
    assert summary is not None
    paragraph = summary.items[0]
    assert isinstance(paragraph, Paragraph)
    assert plain(paragraph.text).replace("’", "'") == case.content.summary


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_an_engine_made_resume_becomes_markdown_that_reads_back_the_same(case: EngineCase) -> None:
    imported = read_pdf(case.pdf)
    again = read_markdown(write_markdown(imported))
    assert resume_words(again) == resume_words(imported)
    assert again.problems == ()


def test_tex_bitmap_fonts_give_back_ligatures_dashes_and_accents() -> None:
    resume = read_pdf(BY_NAME["jake-pdflatex-bitmap-fr"].pdf)
    entry = resume.section(SectionKind.EXPERIENCE).entries[0]
    assert entry.organization == FRENCH.jobs[0].organization  # "Théâtre des Célestins", é as Ø before
    assert entry.dates is not None and entry.dates.present  # "sept. 2020 – aujourd'hui", the dash was lost before
    assert "ﬁ" not in write_markdown(resume)


def test_icon_fonts_are_not_read_as_words() -> None:
    for name in ("moderncv-lualatex-de", "awesome-xelatex-fr", "sidebar-chromium-es"):
        resume = read_pdf(BY_NAME[name].pdf)
        kinds = {item.kind for item in resume.header.contacts}
        assert {ContactKind.EMAIL, ContactKind.PHONE, ContactKind.URL} <= kinds
        assert not re.search(r"MOBILE|ENVELOPE|GLOBE|\ufffd", write_markdown(resume), re.IGNORECASE)


def test_dates_in_a_left_margin_column_go_with_their_entry() -> None:
    resume = read_pdf(BY_NAME["moderncv-lualatex-de"].pdf)
    entries = resume.section(SectionKind.EXPERIENCE).entries
    assert [entry.title for entry in entries] == [job.title for job in GERMAN.jobs]
    first = entries[0].blocks[0]
    assert isinstance(first, BulletList) and len(first.items) == 2  # "heute" is not glued to the first bullet
    assert plain(first.items[0].text) == GERMAN.jobs[0].bullets[0]


def test_a_browser_print_leaves_its_header_and_footer_out() -> None:
    markdown = write_markdown(read_pdf(BY_NAME["printed-chromium"].pdf))
    for furniture in ("file://", "resume.html", " AM", "1/2", "2/2", "Resume\n"):
        assert furniture not in markdown


def test_bullets_a_browser_draws_as_discs_are_bullets() -> None:
    for name in ("printed-chromium", "sidebar-chromium-es"):
        entries = read_pdf(BY_NAME[name].pdf).section(SectionKind.EXPERIENCE).entries
        assert all(isinstance(entry.blocks[0], BulletList) for entry in entries)


def test_an_entry_split_by_a_page_break_is_one_entry() -> None:
    resume = read_pdf(BY_NAME["printed-chromium"].pdf)
    assert pypdf.PdfReader(io.BytesIO(BY_NAME["printed-chromium"].pdf)).get_num_pages() == 2
    education = resume.section(SectionKind.EDUCATION).entries
    school = BY_NAME["printed-chromium"].content.schools[0]
    assert [(entry.title, entry.organization, entry.location) for entry in education] == [
        (school.title, school.organization, school.location)
    ]


def test_a_sidebar_address_wider_than_the_sidebar_stays_in_the_contacts() -> None:
    resume = read_pdf(BY_NAME["sidebar-chromium-es"].pdf)
    assert resume.header.contacts[0].kind is ContactKind.EMAIL
    assert all(
        "@" not in plain(block.text)
        for section in resume.sections
        for block in section.items
        if isinstance(block, Paragraph)
    )


def test_a_running_header_and_page_footer_are_left_out_but_the_name_stays() -> None:
    case = BY_NAME["paged-typst"]
    resume = read_pdf(case.pdf)
    assert resume.header.name == case.content.name
    markdown = write_markdown(resume)
    assert markdown.count(case.content.name) == 1  # the running header repeated it on both pages
    assert "Page" not in markdown and " of 2" not in markdown


def test_text_set_sideways_is_kept_at_the_end_and_the_user_is_told() -> None:
    resume = read_pdf(BY_NAME["paged-typst"].pdf)
    last = resume.sections[-1].items[-1]
    assert isinstance(last, Paragraph) and plain(last.text) == SIDEWAYS_LABEL
    assert any(SIDEWAYS_LABEL in problem.message for problem in resume.problems)


def test_a_three_column_page_is_read_column_by_column_and_the_user_is_told() -> None:
    resume = read_pdf(BY_NAME["three-columns-chromium"].pdf)
    assert [section.kind for section in resume.sections] == [
        SectionKind.SKILLS,
        SectionKind.EXPERIENCE,
        SectionKind.SUMMARY,
        SectionKind.EDUCATION,
    ]
    assert "page 1: read as 3 columns, left to right; check the order" in [p.message for p in resume.problems]


def test_dates_keep_their_language_through_import_and_export() -> None:
    imported = read_pdf(BY_NAME["moderncv-lualatex-de"].pdf)
    assert "| März 2019 – heute\n" in write_markdown(imported)
    exported = build_pdf(read_markdown(write_markdown(imported)))
    assert "März 2019 – heute" in [line.text for line in exported.layout.lines]


def test_labels_in_a_left_margin_column_are_joined_to_their_text() -> None:
    skills = read_pdf(BY_NAME["moderncv-lualatex-de"].pdf).section(SectionKind.SKILLS)
    assert [plain(item.text) for item in skills.items] == list(GERMAN.skills)  # "Sprachen: Deutsch, …"
