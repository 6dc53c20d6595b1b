"""Recruiter rules: each fires on a resume that breaks it and stays quiet on the sample."""

from __future__ import annotations

from datetime import date

import pytest

from editor.analysis.findings import Finding
from editor.analysis.rules import RULES, check_resume
from editor.formats.export.pdf_writer import build_pdf
from editor.formats.markdown.reader import read_markdown
from editor.model import Resume, Severity, Span
from editor.render.layout import LayoutLine, LayoutMap, Role
from tests.conftest import SAMPLES

TODAY = date(2025, 6, 1)
SAMPLE_KEYWORDS = ("CSAT", "Zendesk", "first contact resolution", "quality assurance", "knowledge base", "Spanish")

BASE = """\
# Sam Rivera
Operations Analyst
Denver, CO · (303) 555-0199 · sam@example.com

## Experience

### Operations Analyst | Acme Logistics | Denver, CO | Feb 2022 – Present
- Cut **carrier costs** by 12% by renegotiating 8 lanes
- Built a **Tableau** dashboard used by 40 dispatchers every day

### Dispatcher | Peak Freight | Aurora, CO | Jan 2019 – Jan 2022
- Scheduled 120 loads a week across 3 depots with 99% on-time pickup
"""
NO_INTERESTS = BASE
BASE += "\n## Interests\n\nBouldering, sourdough baking and coaching a youth soccer team.\n"


def findings(
    text: str, layout: LayoutMap | None = None, fold_y_pt: float | None = None, keywords: tuple[str, ...] = ()
) -> list[Finding]:
    return check_resume(read_markdown(text), text, layout, fold_y_pt, keywords, today=TODAY)


def fired(
    text: str,
    rule: str,
    layout: LayoutMap | None = None,
    fold_y_pt: float | None = None,
    keywords: tuple[str, ...] = (),
) -> list[Finding]:
    return [finding for finding in findings(text, layout, fold_y_pt, keywords) if finding.rule == rule]


def layout_line(
    top: float,
    text: str,
    role: Role,
    *,
    source_line: int | None = None,
    page: int = 1,
    size: float = 10.5,
    section: int | None = None,
    entry: int | None = None,
) -> LayoutLine:
    source = Span.on_line(source_line, 0, len(text)) if source_line is not None else None
    return LayoutLine(
        page,
        54,
        top,
        300,
        top + size * 1.2,
        top + size,
        text,
        role,
        size,
        "Helvetica",
        source=source,
        section=section,
        entry=entry,
    )


@pytest.fixture(scope="module")
def sample() -> tuple[str, Resume, LayoutMap]:
    """The sample resume, its model and the layout of its real PDF."""
    text = (SAMPLES / "resume.md").read_text(encoding="utf-8")
    resume = read_markdown(text)
    return text, resume, build_pdf(resume).layout


@pytest.mark.parametrize("rule", sorted(RULES))
def test_rule_is_silent_on_the_sample(sample: tuple[str, Resume, LayoutMap], rule: str) -> None:
    text, resume, layout = sample
    found = check_resume(resume, text, layout, 502.0, SAMPLE_KEYWORDS, today=TODAY)
    assert [finding for finding in found if finding.rule == rule] == []


def test_the_sample_with_its_interests_line_last_gets_no_findings_without_a_job_description(
    sample: tuple[str, Resume, LayoutMap],
) -> None:
    text, resume, _layout = sample
    assert check_resume(resume, text, today=TODAY) == []


def test_the_clean_base_resume_has_no_findings() -> None:
    assert findings(BASE) == []


def test_street_address_is_flagged_and_the_fix_keeps_city_and_state() -> None:
    text = BASE.replace("Denver, CO · (303)", "1420 Larimer St, Apt 5, Denver, CO 80202 · (303)")
    [finding] = fired(text, "home-address")
    assert (finding.line, finding.severity) == (3, Severity.WARNING)
    assert finding.quick_fix is not None and finding.quick_fix.replacement == "Denver, CO"
    fixed = finding.quick_fix.apply(text)
    assert fixed.split("\n")[2] == "Denver, CO · (303) 555-0199 · sam@example.com"


def test_po_box_without_city_gets_a_city_placeholder() -> None:
    text = BASE.replace("Denver, CO · (303)", "PO Box 77 · (303)")
    [finding] = fired(text, "home-address")
    assert finding.quick_fix is not None and finding.quick_fix.replacement == "City, ST"


def test_opinion_words_are_flagged_where_they_are_typed() -> None:
    text = BASE.replace("Operations Analyst\n", "Passionate, detail-oriented team player\n", 1)
    found = fired(text, "opinion-words")
    assert [(finding.line, finding.column, finding.end_column) for finding in found] == [
        (2, 0, 10),
        (2, 12, 27),
        (2, 28, 39),
    ]
    assert "team player" in found[2].message


def test_dynamic_programming_is_not_an_opinion() -> None:
    text = BASE.replace("every day", "every day using dynamic programming")
    assert fired(text, "opinion-words") == []
    assert fired(BASE.replace("every day", "in a dynamic team"), "opinion-words") != []


def test_a_job_written_as_a_long_paragraph_is_flagged() -> None:
    paragraph = " ".join(["Handled dispatch for the region and worked with drivers on routes"] * 5)
    text = BASE.replace("- Scheduled 120 loads a week across 3 depots with 99% on-time pickup", paragraph)
    [finding] = fired(text, "paragraphs-not-bullets")
    assert finding.line == 12 and "55-word paragraph" in finding.message


def test_bullets_without_numbers_are_flagged_when_most_lack_them() -> None:
    text = BASE.replace("- Cut **carrier costs** by 12% by renegotiating 8 lanes", "- Renegotiated **carrier** lanes")
    text = text.replace("used by 40 dispatchers every day", "for the dispatchers")
    found = fired(text, "unquantified-bullets")
    assert [finding.line for finding in found] == [8, 9]
    assert "2 of 3 experience bullets" in found[0].message


def test_one_bullet_without_a_number_among_many_is_fine() -> None:
    assert fired(BASE.replace("used by 40 dispatchers every day", "for the dispatchers"), "unquantified-bullets") == []


def test_no_bold_in_experience_bullets_is_flagged_with_job_keywords_as_hints() -> None:
    text = BASE.replace("**", "")
    [finding] = fired(text, "no-bold-keywords", keywords=("Tableau", "SQL"))
    assert finding.line == 8 and "e.g. Tableau" in finding.message
    assert fired(BASE, "no-bold-keywords") == []


def test_references_on_request_is_flagged_and_the_fix_deletes_the_line() -> None:
    text = NO_INTERESTS + "\n## References\n\nReferences available upon request.\n"
    [finding] = fired(text, "references-on-request")
    assert finding.line == 16 and finding.quick_fix is not None
    assert "request" not in finding.quick_fix.apply(text)


def test_a_resume_without_interests_is_told_to_add_one_short_line_at_the_end() -> None:
    [finding] = fired(NO_INTERESTS, "personal-interests")
    assert finding.severity is Severity.INFO and finding.line == 12
    assert finding.message.startswith("Add one short line of personal interests as the last section")


def test_a_short_interests_line_at_the_end_gets_no_advice_even_with_opinion_words() -> None:
    line = "Passionate Seahawks fan, just ran a half marathon and training for a full one."
    text = NO_INTERESTS + f"\n## Interests\n\n{line}\n"
    assert fired(text, "personal-interests") == []
    assert fired(text, "opinion-words") == []
    assert fired(text.replace("## Interests", "## Summary"), "opinion-words") != []


def test_interests_longer_than_two_lines_or_not_last_get_length_and_place_advice_only() -> None:
    long_line = "Chess, hiking, woodworking, baking sourdough, restoring bicycles and coaching youth football. " * 3
    [too_long] = fired(NO_INTERESTS + f"\n## Hobbies\n\n{long_line}\n", "personal-interests")
    assert (too_long.line, too_long.severity) == (14, Severity.INFO) and "one or two lines" in too_long.message
    text = NO_INTERESTS.replace("## Experience", "## Interests\n\nChess and hiking.\n\n## Experience")
    [misplaced] = fired(text, "personal-interests")
    assert misplaced.line == 5 and "to the end" in misplaced.message
    messages = " ".join(f.message for f in fired(NO_INTERESTS + f"\n## Hobbies\n\n{long_line}\n", "personal-interests"))
    assert "remove" not in messages.lower() and "delete" not in messages.lower()


def test_bullets_over_200_characters_are_flagged_without_a_layout() -> None:
    long_bullet = "- Scheduled 120 loads a week " + "across many depots and carriers " * 6
    text = BASE.replace("- Scheduled 120 loads a week across 3 depots with 99% on-time pickup", long_bullet)
    [finding] = fired(text, "long-bullets")
    assert finding.line == 12 and "characters" in finding.message


def test_bullets_rendered_on_three_lines_are_flagged_with_a_layout() -> None:
    lines = tuple(layout_line(200 + 12 * index, "text", Role.BULLET, source_line=8) for index in range(3))
    layout = LayoutMap(612, 792, 1, lines)
    [finding] = fired(BASE, "long-bullets", layout=layout)
    assert finding.line == 8 and "3 lines" in finding.message


def test_text_under_9_pt_is_flagged_per_source_line() -> None:
    lines = (
        layout_line(90, "Denver, CO", Role.CONTACT, source_line=3, size=8),
        layout_line(90, "sam@example.com", Role.CONTACT, source_line=3, size=8.5),
        layout_line(120, "Operations Analyst", Role.JOB_TITLE, source_line=7, size=10),
    )
    [finding] = fired(BASE, "small-font", layout=LayoutMap(612, 792, 1, lines))
    assert finding.line == 3 and "8 pt" in finding.message


def test_two_pages_for_three_years_of_experience_is_too_long() -> None:
    layout = LayoutMap(612, 792, 2, (layout_line(50, "Sam Rivera", Role.NAME, source_line=1),))
    [finding] = fired(BASE.replace("Jan 2019", "Jan 2021"), "too-long", layout=layout)
    assert finding.line == 1 and "2 pages for 4 years" in finding.message
    assert fired(BASE.replace("Jan 2019", "Jan 2015"), "too-long", layout=layout) == []


def test_three_pages_are_too_long_unless_it_is_an_academic_cv() -> None:
    layout = LayoutMap(612, 792, 3, ())
    assert [finding.message for finding in fired(BASE, "too-long", layout=layout)] == [
        "3 pages; keep a resume to two pages unless it is an academic CV"
    ]
    academic = BASE + "\n## Publications\n\n- Rivera S. Freight lanes. 2021\n"
    assert fired(academic, "too-long", layout=layout) == []


def test_current_title_and_dates_below_the_fold_are_flagged() -> None:
    lines = (
        layout_line(650, "Operations Analyst", Role.JOB_TITLE, source_line=7, section=0, entry=0),
        layout_line(650, "Feb 2022 – Present", Role.DATES, source_line=7, section=0, entry=0),
    )
    found = fired(BASE, "key-facts-below-fold", layout=LayoutMap(612, 792, 1, lines), fold_y_pt=500.0)
    assert [finding.line for finding in found] == [7, 7]
    assert "current job title (Operations Analyst)" in found[0].message
    assert fired(BASE, "key-facts-below-fold", layout=LayoutMap(612, 792, 1, lines), fold_y_pt=700.0) == []


def test_a_top_keyword_that_first_shows_below_the_fold_is_flagged() -> None:
    lines = (
        layout_line(150, "Operations Analyst", Role.JOB_TITLE, source_line=7, section=0, entry=0),
        layout_line(620, "Built a Tableau dashboard used by 40 dispatchers", Role.BULLET, source_line=9),
    )
    found = fired(
        BASE,
        "key-facts-below-fold",
        layout=LayoutMap(612, 792, 1, lines),
        fold_y_pt=500.0,
        keywords=("tableau", "carrier costs"),
    )
    assert [(finding.line, finding.message.split(",")[0]) for finding in found] == [(9, "“tableau”")]


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Date of birth: 4 May 1990", "date of birth"),
        ("Age: 34", "age"),
        ("Marital status: married, two children", "marital status"),
        ("Nationality: Canadian", "nationality"),
        ("Religion: Catholic", "religion"),
        ("SSN 123-45-6789", "ID number"),
        ("![Headshot](me.jpg)", "photo"),
    ],
)
def test_personal_data_is_flagged(line: str, label: str) -> None:
    text = BASE.replace("sam@example.com\n", f"sam@example.com\n{line}\n")
    found = fired(text, "irrelevant-personal-data")
    assert found and found[0].line == 4 and label in found[0].message


def test_married_in_the_header_is_personal_data_but_age_words_in_bullets_are_not() -> None:
    header = BASE.replace("Denver, CO ·", "Denver, CO · Married ·")
    assert [finding.line for finding in fired(header, "irrelevant-personal-data")] == [3]
    bullets = BASE.replace("every day", "for age-appropriate lessons; Coverage: 95%; single sign-on")
    assert fired(bullets, "irrelevant-personal-data") == []


def test_first_person_words_in_bullets_are_flagged_and_a_leading_i_can_be_dropped() -> None:
    text = BASE.replace("- Cut **carrier costs**", "- I cut my **carrier costs**")
    found = fired(text, "first-person")
    assert [(finding.line, finding.column, finding.end_column) for finding in found] == [(8, 2, 3), (8, 8, 10)]
    assert found[0].quick_fix is not None
    assert found[0].quick_fix.apply(text).split("\n")[7].startswith("- Cut my **carrier costs**")


def test_roman_numerals_and_io_are_not_first_person() -> None:
    text = BASE.replace("every day", "for Phase I trials and I/O tuning")
    assert fired(text, "first-person") == []


def test_a_gap_of_more_than_six_months_between_jobs_is_flagged() -> None:
    text = BASE.replace("Feb 2022 – Present", "Oct 2022 – Present")
    [finding] = fired(text, "employment-gap")
    assert finding.line == 7
    assert finding.message.startswith("8-month gap between Jan 2022 and Oct 2022")


def test_overlapping_jobs_and_short_gaps_are_fine() -> None:
    assert fired(BASE.replace("Feb 2022 – Present", "Jul 2022 – Present"), "employment-gap") == []
    assert fired(BASE.replace("Jan 2019 – Jan 2022", "Jan 2019 – Mar 2023"), "employment-gap") == []


def test_missing_email_and_phone_are_flagged() -> None:
    text = BASE.replace(" · (303) 555-0199 · sam@example.com", "")
    [finding] = fired(text, "missing-contact")
    assert finding.line == 1 and finding.message == "No e-mail address or phone number in the header"
    only_phone = BASE.replace(" · sam@example.com", "")
    assert [finding.message for finding in fired(only_phone, "missing-contact")] == ["No e-mail address in the header"]


def test_a_job_without_recognisable_dates_is_flagged() -> None:
    text = BASE.replace("Jan 2019 – Jan 2022", "a while back")
    [finding] = fired(text, "dates-unrecognised")
    assert finding.line == 11 and "Dispatcher at Peak Freight" in finding.message


def test_jobs_listed_oldest_first_are_flagged() -> None:
    top, current_and_previous = NO_INTERESTS.split("### Operations Analyst")
    current, previous = current_and_previous.split("### Dispatcher")
    text = top + "### Dispatcher" + previous + "\n### Operations Analyst" + current
    [finding] = fired(text, "not-reverse-chronological")
    assert "Operations Analyst at Acme Logistics" in finding.message


def test_front_matter_mute_silences_rules() -> None:
    text = "---\nmute: opinion-words, missing-contact\n---\n" + BASE.replace(
        "Operations Analyst\n", "Passionate analyst\n", 1
    ).replace(" · sam@example.com", "")
    assert findings(text) == []
    assert {finding.rule for finding in findings(text.replace("mute: opinion-words, ", "mute: "))} == {"opinion-words"}


def test_findings_come_in_text_order_with_a_json_shape() -> None:
    text = BASE.replace("Operations Analyst\n", "Hard-working go-getter\n", 1).replace("**", "")
    found = findings(text)
    assert [finding.line for finding in found] == sorted(finding.line for finding in found)
    assert set(found[0].as_dict()) == {"rule", "severity", "message", "line", "column", "end_column", "why", "fix"}
    assert found[0].as_dict()["severity"] == "warning"


def test_every_rule_has_a_kebab_case_id_a_title_and_a_why() -> None:
    assert len(RULES) >= 17
    for rule_id, info in RULES.items():
        assert rule_id == info.id and rule_id.replace("-", "").isalpha() and rule_id.islower()
        assert info.title and info.why.endswith(".") and isinstance(info.severity, Severity)
