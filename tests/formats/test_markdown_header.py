"""The top of the resume: the name, headline lines and contact items."""

from __future__ import annotations

import pytest

from editor.formats.markdown.reader import read_markdown
from editor.model import ContactKind, Header, plain

EMAIL, PHONE, URL, LOCATION, OTHER = (
    ContactKind.EMAIL,
    ContactKind.PHONE,
    ContactKind.URL,
    ContactKind.LOCATION,
    ContactKind.OTHER,
)


def header(text: str) -> Header:
    return read_markdown(text).header


def contacts(text: str) -> list[tuple[str, ContactKind]]:
    return [(item.text, item.kind) for item in header(text).contacts]


def headlines(text: str) -> list[str]:
    return [plain(line) for line in header(text).headline]


SAMPLE_ITEMS = [
    ("Seattle, WA", LOCATION),
    ("(206) 555-0147", PHONE),
    ("maria@example.com", EMAIL),
    ("linkedin.com/in/maria", URL),
]


@pytest.mark.parametrize("separator", [" · ", " | ", " • ", " ⋅ ", " – ", " - ", "|", "·", "\t", "    "])
def test_contact_items_are_split_by_any_common_separator(separator: str) -> None:
    line = separator.join(text for text, _ in SAMPLE_ITEMS)
    assert contacts(f"# Maria Delgado\nSupport Lead\n{line}") == SAMPLE_ITEMS


def test_headline_and_contact_line_are_told_apart() -> None:
    text = "# Maria Delgado\nCustomer Support Team Lead\nSeattle, WA · maria@example.com"
    assert header(text).name == "Maria Delgado"
    assert headlines(text) == ["Customer Support Team Lead"]
    assert contacts(text) == [("Seattle, WA", LOCATION), ("maria@example.com", EMAIL)]


def test_a_headline_with_dashes_or_pipes_stays_a_headline() -> None:
    assert headlines("# Maria\nSupport Lead – Team Coach") == ["Support Lead – Team Coach"]
    assert headlines("# Maria\nData Scientist | ML | NLP") == ["Data Scientist | ML | NLP"]


def test_separated_items_below_a_headline_are_contacts_even_when_unrecognised() -> None:
    text = "# Maria\nData Scientist\nRemote · Open to relocation"
    assert contacts(text) == [("Remote", OTHER), ("Open to relocation", OTHER)]


def test_contact_lines_may_be_several_and_come_before_the_headline() -> None:
    text = "# Maria\nmaria@example.com\n+1 206 555 0147\nSupport Lead\ngithub.com/maria"
    assert headlines(text) == ["Support Lead"]
    assert [kind for _, kind in contacts(text)] == [EMAIL, PHONE, URL]


def test_contact_lines_written_as_bullets_are_read_as_contacts() -> None:
    assert contacts("# Maria\n- maria@example.com\n- 206.555.0147") == [
        ("maria@example.com", EMAIL),
        ("206.555.0147", PHONE),
    ]


def test_links_of_contact_items() -> None:
    items = header(
        "# Maria\nmaria@example.com · [LinkedIn](https://linkedin.com/in/maria) · www.maria.dev · <https://x.io/m>"
    ).contacts
    assert [(item.text, item.kind, item.link) for item in items] == [
        ("maria@example.com", EMAIL, "mailto:maria@example.com"),
        ("LinkedIn", URL, "https://linkedin.com/in/maria"),
        ("www.maria.dev", URL, "https://www.maria.dev"),
        ("https://x.io/m", URL, "https://x.io/m"),
    ]


def test_labelled_items_keep_their_label_and_kind() -> None:
    text = "# Maria\nEmail: maria@example.com · Phone: +44 20 7946 0958 · Portfolio: maria.dev"
    assert contacts(text) == [
        ("Email: maria@example.com", EMAIL),
        ("Phone: +44 20 7946 0958", PHONE),
        ("Portfolio: maria.dev", URL),
    ]


@pytest.mark.parametrize("text", ["2019 - 2021", "Node.js", "ASP.NET Core", "Team of 12"])
def test_things_that_only_resemble_contacts_are_headlines(text: str) -> None:
    assert headlines(f"# Maria\n{text}") == [text]


def test_headline_keeps_inline_emphasis() -> None:
    line = header("# Maria\n**Support Lead** for *telecom*").headline[0]
    assert [(run.text, run.bold, run.italic) for run in line] == [
        ("Support Lead", True, False),
        (" for ", False, False),
        ("telecom", False, True),
    ]


def test_spans_point_at_the_name_and_each_contact_item() -> None:
    text = "# Maria Delgado\nSeattle, WA · maria@example.com"
    found = header(text)
    lines = text.split("\n")
    assert found.name_span is not None
    assert lines[0][found.name_span.column : found.name_span.end_column] == "Maria Delgado"
    for item in found.contacts:
        assert item.span is not None and item.span.line == 2
        assert lines[1][item.span.column : item.span.end_column] == item.text
    assert (found.span.line, found.span.end_line) == (1, 2)


def test_only_a_name() -> None:
    resume = read_markdown("# Maria Delgado\n")
    assert resume.header == Header(name="Maria Delgado")
    assert resume.sections == () and resume.problems == ()


def test_headline_without_contact_and_contact_without_headline() -> None:
    assert header("# Maria\nSupport Lead\n\n## Skills\n").contacts == ()
    assert header("# Maria\nmaria@example.com\n\n## Skills\n").headline == ()


def test_a_blank_line_after_the_name_is_allowed() -> None:
    assert headlines("# Maria\n\nSupport Lead\n\nmaria@example.com") == ["Support Lead"]


def test_no_name_is_a_problem_but_the_rest_is_read() -> None:
    resume = read_markdown("## Skills\n- Zendesk\n")
    assert resume.header.name == ""
    assert resume.sections[0].title == "Skills"
    assert "no name" in resume.problems[0].message


def test_an_unmarked_first_line_that_looks_like_a_name_is_the_name() -> None:
    resume = read_markdown("Maria Delgado\nSeattle, WA · maria@example.com\n\n## Skills\n")
    assert resume.header.name == "Maria Delgado"
    assert resume.problems[0].line == 1


def test_setext_name_and_section_underlines() -> None:
    resume = read_markdown("Maria Delgado\n=============\nSupport Lead\n\nSkills\n------\n\n- Zendesk\n")
    assert resume.header.name == "Maria Delgado"
    assert headlines("Maria Delgado\n===\nSupport Lead") == ["Support Lead"]
    assert [section.title for section in resume.sections] == ["Skills"]


def test_text_before_the_name_is_kept_with_a_problem() -> None:
    resume = read_markdown("Resume 2024\n# Maria\n")
    assert resume.header.name == "Maria"
    assert [plain(line) for line in resume.header.headline] == ["Resume 2024"]
    assert resume.problems[0].message == "line 1: text before the name ('# Name')"


def test_a_second_name_heading_is_a_section() -> None:
    resume = read_markdown("# Maria\n\n# Experience\n- a\n")
    assert resume.sections[0].title == "Experience"
    assert resume.problems[0].line == 3


def test_a_long_line_under_the_name_is_a_headline_with_a_hint() -> None:
    summary = "Customer support specialist " * 6
    resume = read_markdown(f"# Maria\n{summary}\n")
    assert [plain(line) for line in resume.header.headline] == [summary.strip()]
    assert "## Summary" in resume.problems[0].message
