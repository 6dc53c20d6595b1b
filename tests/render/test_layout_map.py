"""The layout map recorded while the PDF is drawn, checked against what pdfplumber finds on the page."""

from __future__ import annotations

import io
import re

import pdfplumber
import pytest

from editor.formats.export.pdf_writer import build_pdf
from editor.model import Entry, Header, Paragraph, Resume, plain
from editor.render.bidi import has_rtl
from editor.render.layout import LayoutLine, LayoutMap, Role
from editor.render.templates import get_template
from editor.resources import resource_path
from tests.formats.test_pdf_writer import (
    LONG_BULLET,
    SourceLines,
    academic_cv,
    between,
    markdown_sample,
    sample_resume,
)

BOX_TOLERANCE = 2.0


def multilingual_resume() -> Resume:
    """Accents, Greek, Cyrillic, CJK, Hebrew, Arabic and symbols the template fonts lack."""
    resume = sample_resume("Zoë Ελένη Мария 王小明 דוד")
    lines = SourceLines()
    extra = lines.section(
        "Languages",
        lines.bullets(
            "**日本語**、中文（普通话）、한국어 ★ ✓ → עברית العربية", "Ελληνικά, Русский, Türkçe, Tiếng Việt"
        ),
    )
    return Resume(resume.header, (*resume.sections, extra), resume.settings)


CASES = {
    "markdown-sample-modern-letter": (markdown_sample, "modern", "letter"),
    "sample-modern-letter": (sample_resume, "modern", "letter"),
    "sample-classic-a4": (sample_resume, "classic", "a4"),
    "sample-compact-letter": (sample_resume, "compact", "letter"),
    "multilingual-modern-a4": (multilingual_resume, "modern", "a4"),
    "multilingual-classic-letter": (multilingual_resume, "classic", "letter"),
    "multilingual-compact-a4": (multilingual_resume, "compact", "a4"),
    "cv-classic-letter": (academic_cv, "classic", "letter"),
}


def _chars_in(line: LayoutLine, chars: list[dict]) -> list[dict]:
    return [
        char
        for char in chars
        if line.x0 - 0.5 <= (char["x0"] + char["x1"]) / 2 <= line.x1 + 0.5
        and line.top - 0.5 <= (char["top"] + char["bottom"]) / 2 <= line.bottom + 0.5
    ]


def _element_text(resume: Resume, line: LayoutLine) -> str:
    """The plain text of the bullet or paragraph a line was recorded for, found by its indexes."""
    section = resume.sections[line.section]
    if line.entry is not None:
        blocks = section.entries[line.entry].blocks
    else:
        blocks = [item for item in section.items if not isinstance(item, Entry)]
    texts = [block.text if isinstance(block, Paragraph) else None for block in blocks]
    flat = []
    for block, text in zip(blocks, texts, strict=True):
        flat.extend([text] if text is not None else [bullet.text for bullet in block.items])
    return plain(flat[line.item])


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_line_is_exactly_the_characters_pdfplumber_finds_in_its_box(case: str) -> None:
    make, template, paper = CASES[case]
    rendered = build_pdf(make(), template, paper)
    with pdfplumber.open(io.BytesIO(rendered.data)) as pdf:
        pages = [page.chars for page in pdf.pages]
    assert len(pages) == rendered.layout.page_count
    for line in rendered.layout.lines:
        chars = _chars_in(line, pages[line.page - 1])
        drawn = "".join(char["text"] for char in chars)
        if has_rtl(line.text):  # drawn in visual order, recorded in reading order
            assert sorted(drawn) == sorted(line.text), line
        else:
            assert drawn == line.text, line
        assert min(char["x0"] for char in chars) == pytest.approx(line.x0, abs=BOX_TOLERANCE)
        assert max(char["x1"] for char in chars) == pytest.approx(line.x1, abs=BOX_TOLERANCE)
        assert min(char["top"] for char in chars) == pytest.approx(line.top, abs=BOX_TOLERANCE)
        assert max(char["bottom"] for char in chars) == pytest.approx(line.bottom, abs=BOX_TOLERANCE)
        assert all(char["size"] == pytest.approx(line.font_size) for char in chars)


def test_the_header_comes_first_with_one_contact_piece_per_item() -> None:
    resume = sample_resume()
    lines = build_pdf(resume).layout.lines
    assert [line.role for line in lines[:7]] == [Role.NAME, Role.HEADLINE, *[Role.CONTACT] * 4, Role.SECTION_HEADING]
    assert lines[0].source == resume.header.name_span and lines[0].is_bold
    contacts = lines[2:6]
    assert [line.text for line in contacts] == [item.text for item in resume.header.contacts]
    assert [line.source for line in contacts] == [item.span for item in resume.header.contacts]
    assert [line.item for line in contacts] == [0, 1, 2, 3]
    assert len({line.baseline for line in contacts}) == 1


def test_entry_fields_are_separate_pieces_pointing_at_their_own_spans() -> None:
    resume = sample_resume()
    layout = build_pdf(resume, "modern", "a4").layout
    entry = resume.sections[1].entries[0]
    pieces = {line.role: line for line in layout.lines if (line.section, line.entry) == (1, 0) and line.item is None}
    assert pieces[Role.JOB_TITLE].text == "Customer Support Specialist" and pieces[Role.JOB_TITLE].is_bold
    assert pieces[Role.DATES].text == "Mar 2021 – Present"
    assert (pieces[Role.ORGANIZATION].text, pieces[Role.LOCATION].text) == ("Evergreen Telecom", "Seattle, WA")
    for role, field in (
        (Role.JOB_TITLE, "title"),
        (Role.ORGANIZATION, "organization"),
        (Role.LOCATION, "location"),
        (Role.DATES, "dates"),
    ):
        assert pieces[role].source == entry.field_spans[field]
    assert pieces[Role.DATES].baseline == pieces[Role.JOB_TITLE].baseline
    template = get_template("modern")
    assert pieces[Role.DATES].x1 == pytest.approx(layout.page_width - template.margin_right)
    assert pieces[Role.ORGANIZATION].baseline == pieces[Role.LOCATION].baseline > pieces[Role.JOB_TITLE].baseline


def test_an_untitled_entry_shows_its_organization_in_the_title_place() -> None:
    layout = build_pdf(sample_resume()).layout
    line = next(line for line in layout.lines if line.text == "Freelance Support Consulting")
    assert line.role is Role.ORGANIZATION and line.is_bold
    dates = next(
        other
        for other in layout.lines
        if other.role is Role.DATES and other.entry == line.entry and other.section == line.section
    )
    assert dates.baseline == line.baseline


def test_a_long_title_wraps_short_of_the_dates() -> None:
    lines = SourceLines()
    title = "Senior Principal Customer Experience Operations and Workforce Management Program Lead, EMEA"
    entry = lines.entry((title, "Evergreen", "", "Mar 2021 – Present"), between((2021, 3), (2024, 1)))
    layout = build_pdf(Resume(Header("A"), (lines.section("Work", entry),)), "classic").layout
    titles = [line for line in layout.lines if line.role is Role.JOB_TITLE]
    dates = next(line for line in layout.lines if line.role is Role.DATES)
    assert len(titles) == 2 and " ".join(line.text for line in titles) == title
    assert all(line.x1 < dates.x0 - 6 for line in titles)
    assert titles[0].baseline == dates.baseline
    assert titles[1].source_offset == len(titles[0].text) + 1


@pytest.mark.parametrize("make", [sample_resume, academic_cv, multilingual_resume])
def test_every_wrapped_line_knows_where_it_starts_in_its_bullet_or_paragraph(make) -> None:
    resume = make()
    body = [
        line
        for line in build_pdf(resume, "compact").layout.lines
        if line.role in (Role.BULLET, Role.PARAGRAPH, Role.SKILL)
    ]
    assert any(line.source_offset > 0 for line in body)
    for line in body:
        text = _element_text(resume, line)
        assert text[line.source_offset : line.source_offset + len(line.text)] == line.text, line


def test_lines_of_a_bullet_broken_across_pages_keep_its_source_and_indexes() -> None:
    resume = academic_cv()
    layout = build_pdf(resume).layout
    groups: dict[tuple, list[LayoutLine]] = {}
    for line in layout.lines:
        if line.role is Role.BULLET:
            groups.setdefault((line.section, line.entry, line.item), []).append(line)
    split = next(lines for lines in groups.values() if len({line.page for line in lines}) == 2)
    assert len({line.source for line in split}) == 1
    assert [line.source_offset for line in split] == sorted(line.source_offset for line in split)
    assert split[-1].page == split[0].page + 1 and split[-1].top < split[0].top
    text = _element_text(resume, split[0])
    assert " ".join(line.text for line in split) == text


def test_skills_sections_record_skill_lines_with_their_bold_labels() -> None:
    layout = build_pdf(sample_resume()).layout
    skills = [line for line in layout.lines if line.role is Role.SKILL]
    assert [line.text for line in skills] == [
        "Support tools: Zendesk, Salesforce Service Cloud, Five9",
        "Languages: English (native), Spanish (fluent)",
    ]
    first = skills[0]
    assert [(r.start, r.end, r.bold) for r in first.styles] == [(0, len("Support tools:"), True)]
    assert not first.is_bold


def test_bold_and_italic_ranges_mark_the_emphasised_words() -> None:
    layout = build_pdf(sample_resume()).layout
    line = next(line for line in layout.lines if line.text.startswith("Raised CSAT"))
    marked = {line.text[r.start : r.end]: (r.bold, r.italic) for r in line.styles}
    assert marked == {"CSAT": (True, False), "12 months": (False, True)}


def test_indexes_point_into_the_model() -> None:
    resume = sample_resume()
    layout = build_pdf(resume).layout
    headings = [line for line in layout.lines if line.role is Role.SECTION_HEADING]
    assert [line.section for line in headings] == list(range(len(resume.sections)))
    assert [line.text for line in headings] == [section.title.upper() for section in resume.sections]
    nested = next(line for line in layout.lines if line.text == "Trained new hires on billing disputes")
    assert (nested.section, nested.entry, nested.item) == (1, 0, 4)
    assert nested.x0 > next(line for line in layout.lines if line.text.startswith("Raised CSAT")).x0


def test_a_click_on_a_line_finds_it_and_its_source_line_finds_all_its_pieces() -> None:
    resume = sample_resume()
    layout = build_pdf(resume).layout
    wrapped = [line for line in layout.lines if line.source is not None and LONG_BULLET.startswith(line.text)]
    assert wrapped, "the long bullet's first line"
    first = wrapped[0]
    assert layout.at_point(first.page, (first.x0 + first.x1) / 2, (first.top + first.bottom) / 2) == first
    pieces = layout.for_source_line(first.source.line)
    assert len(pieces) >= 3 and " ".join(line.text for line in pieces) == LONG_BULLET


def test_the_map_records_page_geometry_and_count() -> None:
    layout = build_pdf(academic_cv(), "modern", "a4").layout
    assert isinstance(layout, LayoutMap)
    assert (round(layout.page_width, 2), round(layout.page_height, 2)) == (595.28, 841.89)
    assert {line.page for line in layout.lines} == set(range(1, layout.page_count + 1))
    for page in range(1, layout.page_count + 1):
        tops = [line.top for line in layout.on_page(page) if line.role is not Role.DATES]
        assert tops == sorted(tops)


def _without_markup(text: str) -> str:
    return re.sub(r"\*\*|\*|\[|\]\([^)]*\)", "", text)


@pytest.mark.parametrize("template", ["modern", "classic", "compact"])
def test_clicking_any_line_of_the_sample_leads_to_the_source_text_it_came_from(template: str) -> None:
    """Each line's span is on the Markdown line that was typed, and its text is what was typed there."""
    source = resource_path("samples", "resume.md").read_text(encoding="utf-8").splitlines()
    layout = build_pdf(markdown_sample(), template).layout
    assert all(line.source is not None for line in layout.lines)
    for line in layout.lines:
        span = line.source
        typed = _without_markup(
            source[span.line - 1][span.column :]
            if span.end_line > span.line
            else source[span.line - 1][span.column : span.end_column]
        )
        if line.role is Role.SECTION_HEADING:
            assert source[span.line - 1].casefold() == f"## {line.text.casefold()}", line
        elif span.end_line == span.line:
            assert _without_markup(line.text) in typed, (line.text, typed)
        clicked = layout.at_point(line.page, (line.x0 + line.x1) / 2, (line.top + line.bottom) / 2)
        assert clicked == line


def test_the_sample_s_wrapped_bullet_lines_point_at_their_place_in_the_bullet() -> None:
    resume = markdown_sample()
    layout = build_pdf(resume).layout
    wrapped = [line for line in layout.lines if line.role is Role.BULLET and line.source_offset > 0]
    assert wrapped
    for line in wrapped:
        text = _element_text(resume, line)
        assert text[line.source_offset :].startswith(line.text)
        assert layout.for_source_line(line.source.line)[-1] == line
