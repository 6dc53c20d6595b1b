"""Writing canonical resume Markdown: layout, escapes, and text that reads back unchanged."""

from __future__ import annotations

import pytest

from editor.formats.markdown.reader import read_markdown
from editor.formats.markdown.writer import write_markdown
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
    runs,
)

CANONICAL = """---
template: modern
jd: job description.txt
---

# Maria Delgado
Customer Support Team Lead
Seattle, WA · maria@example.com · [LinkedIn](https://linkedin.com/in/maria)

## Summary

Support specialist with **8 years** in telecom.

## Experience

### Support Specialist | [Evergreen Telecom](https://evergreen.example) | Seattle, WA | Mar 2021 – Present
- Raised **CSAT** from 86% to 94%
  - nested detail

### Sales Associate | Cascade Mercantile | | 2016 – 2018

Ran the register.

- Opened the store

### Volunteer

## Skills

- **Tools:** Zendesk, Jira
"""


def test_the_sample_resume_is_canonical(sample_resume_text: str) -> None:
    assert write_markdown(read_markdown(sample_resume_text)) == sample_resume_text


def test_canonical_text_is_written_back_byte_for_byte() -> None:
    assert write_markdown(read_markdown(CANONICAL)) == CANONICAL


def test_variations_are_written_in_canonical_form() -> None:
    typed = (
        "\ufeff# Maria\r\nmaria@example.com | Seattle, WA\r\n## Work\r\n"
        "### Engineer at Google, Mountain View, CA (Sept 2019 - now)\r\n* Built things\r\n\t* nested\r\n"
    )
    assert write_markdown(read_markdown(typed)) == (
        "# Maria\nmaria@example.com · Seattle, WA\n\n## Work\n\n"
        "### Engineer | Google | Mountain View, CA | Sep 2019 – Present\n- Built things\n  - nested\n"
    )


def test_a_line_under_the_heading_is_folded_into_the_heading() -> None:
    typed = "## Work\n### Engineer\n*Google, Mountain View, CA* — 2019 – 2021\n- Built\n"
    assert write_markdown(read_markdown(typed)) == (
        "## Work\n\n### Engineer | Google | Mountain View, CA | 2019 – 2021\n- Built\n"
    )


def entry_heading(entry: Entry) -> str:
    return write_markdown(Resume(sections=(Section("Work", (entry,)),))).split("\n")[2]


@pytest.mark.parametrize(
    ("entry", "line"),
    [
        (Entry("Engineer"), "### Engineer"),
        (Entry("Engineer", "Google"), "### Engineer | Google"),
        (Entry("Engineer", location="Remote"), "### Engineer | | Remote"),
        (Entry("", "Google"), "### | Google"),
        (Entry(dates=DateRange(PartialDate(2020))), "### | | | 2020"),
        (Entry(), "###"),
        (Entry("A | B", "C*D_"), "### A \\| B | C\\*D\\_"),
        (Entry("Engineer, Tools"), "### Engineer, Tools |"),
        (Entry("Looking at data"), "### Looking at data |"),
        (Entry("Project 2020"), "### Project 2020 |"),
        (Entry("C#"), "### C\\#"),
        (Entry("Dev", url="https://a.example"), "### [Dev](https://a.example)"),
    ],
)
def test_entry_headings_are_written_so_they_read_back(entry: Entry, line: str) -> None:
    assert entry_heading(entry) == line
    resume = Resume(sections=(Section("Work", (entry,)),))
    assert read_markdown(write_markdown(resume)).sections[0].items == (entry,)


@pytest.mark.parametrize(
    "text",
    [
        "# not a heading",
        "- not a bullet",
        "1. not a number",
        "10) nor this",
        "---",
        "===",
        "* * *",
        "+ plus",
        "• dot",
        "#hashtag",
    ],
)
def test_paragraphs_that_look_like_markup_are_escaped(text: str) -> None:
    resume = Resume(sections=(Section("Notes", (Paragraph(runs(text)),)),))
    written = write_markdown(resume)
    assert "\\" in written
    assert read_markdown(written).sections == resume.sections


def test_inline_markup_characters_in_text_are_escaped() -> None:
    text = (Run("2 * 3 = 6, snake_case, _under_, [x](y), <http://a.b>, C:\\dir "), Run("bold", bold=True))
    resume = Resume(sections=(Section("Notes", (Paragraph(text),)),))
    assert read_markdown(write_markdown(resume)).sections == resume.sections


def test_headline_that_looks_like_contacts_is_escaped_to_stay_a_headline() -> None:
    header = Header("Maria", headline=(runs("Reach me at maria@example.com"), runs("Seattle, WA")))
    written = write_markdown(Resume(header))
    assert read_markdown(written).header == header


def test_contacts_are_joined_with_middle_dots() -> None:
    header = Header(
        "Maria",
        contacts=(
            ContactItem("Seattle, WA", ContactKind.LOCATION),
            ContactItem("maria@example.com", ContactKind.EMAIL, "mailto:maria@example.com"),
            ContactItem("Portfolio", ContactKind.URL, "https://maria.example"),
        ),
    )
    written = write_markdown(Resume(header))
    assert written == "# Maria\nSeattle, WA · maria@example.com · [Portfolio](https://maria.example)\n"
    assert read_markdown(written).header == header


def test_a_header_without_a_name_keeps_an_empty_name_heading() -> None:
    header = Header("", headline=(runs("Maria Delgado"),))
    written = write_markdown(Resume(header))
    assert written == "#\nMaria Delgado\n"
    assert read_markdown(written).header == header


def test_settings_that_need_quotes_are_quoted() -> None:
    resume = Resume(settings={"jd": " spaced.txt ", "title": '"quoted"'})
    assert read_markdown(write_markdown(resume)).settings == resume.settings


def test_nested_bullets_are_indented_by_two_spaces() -> None:
    bullets = BulletList((Bullet(runs("top")), Bullet(runs("inner"), level=1)))
    written = write_markdown(Resume(sections=(Section("S", (bullets,)),)))
    assert written == "## S\n\n- top\n  - inner\n"


def test_an_empty_resume_is_empty_text() -> None:
    assert write_markdown(Resume()) == ""
