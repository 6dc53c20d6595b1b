"""Entry headings as people type them: every separator, dates anywhere, a line under the heading."""

from __future__ import annotations

import pytest

from editor.formats.dates import format_date_range
from editor.formats.markdown.reader import read_markdown
from editor.model import Entry


def entry(heading: str) -> Entry:
    resume = read_markdown(f"# Maria\n\n## Experience\n\n{heading}\n- did things\n")
    return resume.sections[0].entries[0]


def fields(heading: str) -> tuple[str, str, str, str]:
    found = entry(heading)
    dates = format_date_range(found.dates) if found.dates is not None else ""
    return found.title, found.organization, found.location, dates


FULL = ("Support Specialist", "Evergreen Telecom", "Seattle, WA", "Mar 2021 – Present")
NO_LOCATION = ("Support Specialist", "Evergreen Telecom", "", "Mar 2021 – Present")


@pytest.mark.parametrize(
    "heading",
    [
        "### Support Specialist | Evergreen Telecom | Seattle, WA | Mar 2021 – Present",
        "### Support Specialist|Evergreen Telecom|Seattle, WA|Mar 2021–Present",
        "### Support Specialist — Evergreen Telecom — Seattle, WA — Mar 2021 – Present",
        "### Support Specialist – Evergreen Telecom – Seattle, WA – March 2021 - present",
        "### Support Specialist - Evergreen Telecom - Seattle, WA - 03/2021 - Now",
        "### Support Specialist · Evergreen Telecom · Seattle, WA · Mar 2021 – Present",
        "### Support Specialist at Evergreen Telecom, Seattle, WA (Mar 2021 – Present)",
        "### Support Specialist @ Evergreen Telecom, Seattle, WA, Mar 2021 to Present",
        "### Support Specialist, Evergreen Telecom, Seattle, WA, Mar 2021 – Present",
        "### **Support Specialist** | *Evergreen Telecom* | *Seattle, WA* | **Mar 2021 – Present**",
        "### Mar 2021 – Present | Support Specialist | Evergreen Telecom | Seattle, WA",
        "### Support Specialist — Evergreen Telecom, Seattle, WA — Mar 2021 – Present",
    ],
)
def test_every_common_heading_shape_gives_the_same_fields(heading: str) -> None:
    assert fields(heading) == FULL


@pytest.mark.parametrize(
    "heading",
    [
        "### Support Specialist | Evergreen Telecom | Mar 2021 – Present",
        "### Support Specialist, Evergreen Telecom (Mar 2021 – Present)",
        "### Support Specialist at Evergreen Telecom, Mar 2021 - Present",
        "### Support Specialist at Evergreen Telecom Mar 2021 – Present",
        "### Support Specialist — Evergreen Telecom — 2021-03 – present",
    ],
)
def test_three_field_headings_have_no_location(heading: str) -> None:
    assert fields(heading) == NO_LOCATION


@pytest.mark.parametrize(
    "second_line",
    [
        "*Evergreen Telecom, Seattle, WA* — Mar 2021 – Present",
        "*Evergreen Telecom* | Seattle, WA | Mar 2021 – Present",
        "Evergreen Telecom, Seattle, WA · Mar 2021 – Present",
        "_Evergreen Telecom_ – Seattle, WA – Mar 2021 – Present",
    ],
)
def test_a_line_right_under_the_heading_supplies_organization_location_and_dates(second_line: str) -> None:
    assert fields(f"### Support Specialist\n{second_line}") == FULL


def test_a_line_under_the_heading_fills_only_what_is_missing() -> None:
    assert fields("### Support Specialist | Evergreen Telecom\n*Seattle, WA*") == (*FULL[:3], "")
    assert fields("### Support Specialist | Evergreen Telecom\nMar 2021 – Present") == NO_LOCATION


def test_a_sentence_under_the_heading_stays_a_paragraph() -> None:
    found = entry("### Support Specialist | Evergreen Telecom\nAnswered calls for the billing team.")
    assert (found.title, found.organization, found.location, found.dates) == (
        "Support Specialist",
        "Evergreen Telecom",
        "",
        None,
    )
    assert len(found.blocks) == 2


def test_a_second_date_line_under_a_dated_heading_stays_a_paragraph() -> None:
    found = entry("### Support Specialist | 2019\n2020 – 2021")
    assert format_date_range(found.dates) == "2019"
    assert len(found.blocks) == 2


def test_the_line_under_the_heading_has_its_own_field_spans() -> None:
    found = entry("### Support Specialist\n*Evergreen Telecom, Seattle, WA* — 2019 – 2021")
    assert found.field_spans["organization"].line == 6
    assert found.field_spans["organization"].column == 1
    assert found.field_spans["dates"].column == 35


def test_an_organization_link_becomes_the_entry_url() -> None:
    found = entry("### Engineer | [Evergreen Telecom](https://evergreen.example) | 2020")
    assert (found.organization, found.url) == ("Evergreen Telecom", "https://evergreen.example")


def test_a_link_with_a_separator_in_its_text_is_one_field() -> None:
    found = entry("### Engineer | [Smith | Sons](https://smith.example) | 2020")
    assert found.organization == "Smith | Sons"


def test_two_links_in_a_heading_are_kept_as_text_with_a_problem() -> None:
    resume = read_markdown("## Work\n### [A](https://a.example) | [B](https://b.example)\n")
    found = resume.sections[0].entries[0]
    assert found.url is None
    assert found.title == "[A](https://a.example)"
    assert any("one link" in problem.message for problem in resume.problems)


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("### Engineer", ("Engineer", "", "", "")),
        ("### Engineer | Google", ("Engineer", "Google", "", "")),
        ("### Engineer | | Seattle, WA", ("Engineer", "", "Seattle, WA", "")),
        ("### Engineer | Google | | 2020", ("Engineer", "Google", "", "2020")),
        ("### Engineer (2019)", ("Engineer", "", "", "2019")),
        ("### Engineer, Google", ("Engineer", "Google", "", "")),
        ("### Engineer at Google", ("Engineer", "Google", "", "")),
        ("### Engineer at Google, Inc.", ("Engineer", "Google, Inc.", "", "")),
        ("### Engineer – Acme, Inc. – 2020", ("Engineer", "Acme, Inc.", "", "2020")),
        ("### Jean-Pierre's Bakery Manager", ("Jean-Pierre's Bakery Manager", "", "", "")),
        ("### Engineer \\| Tester | Google", ("Engineer | Tester", "Google", "", "")),
        ("### Engineer | Google | Seattle | Remote | 2020", ("Engineer", "Google", "Seattle | Remote", "2020")),
    ],
)
def test_missing_and_extra_fields(heading: str, expected: tuple[str, str, str, str]) -> None:
    assert fields(heading) == expected


def test_an_entry_without_a_title_is_a_problem_on_its_line() -> None:
    resume = read_markdown("## Work\n\n### | Google | 2020\n")
    assert resume.sections[0].entries[0].organization == "Google"
    assert [problem.line for problem in resume.problems if "no title" in problem.message] == [3]
    assert "line 3: the entry heading has no title" in resume.problems[-1].message


def test_field_spans_point_at_each_field() -> None:
    heading = "### Support Specialist | Evergreen Telecom | Seattle, WA | Mar 2021 – Present"
    found = entry(heading)
    for name, text in zip(("title", "organization", "location", "dates"), FULL, strict=True):
        span = found.field_spans[name]
        assert heading[span.column : span.end_column] == text
        assert span.line == 5
    assert found.dates.span == found.field_spans["dates"]


def test_field_spans_of_emphasized_fields_skip_the_markers() -> None:
    heading = "### **Support Specialist** | *Evergreen Telecom*"
    span = entry(heading).field_spans["organization"]
    assert heading[span.column : span.end_column] == "Evergreen Telecom"


def test_deeper_headings_are_entries_with_a_note() -> None:
    resume = read_markdown("## Work\n#### Engineer | Google\n")
    assert resume.sections[0].entries[0].organization == "Google"
    assert "'####' is read as an entry heading" in resume.problems[-1].message


def test_an_italic_sentence_under_the_heading_stays_a_paragraph() -> None:
    found = entry("### Support Lead\n*Led a team of five agents across two shifts in the billing department.*")
    assert found.organization == ""
    assert len(found.blocks) == 2
