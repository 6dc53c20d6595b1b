"""Reading JSON Resume into the resume model: what a person sees, and bad files handled without a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.formats.errors import FormatError
from editor.formats.jsonresume.reader import read_json_resume
from editor.model import (
    BulletList,
    ContactKind,
    DateRange,
    Paragraph,
    PartialDate,
    Run,
    SectionKind,
    Severity,
    plain,
)

DATA = Path(__file__).resolve().parent.parent / "data" / "jsonresume"


@pytest.fixture(scope="module")
def complete():
    return read_json_resume((DATA / "complete.json").read_text(encoding="utf-8"))


def lines(section) -> list[str]:
    """A section's loose paragraphs and bullets as plain text lines."""
    found = []
    for item in section.items:
        if isinstance(item, Paragraph):
            found.append(plain(item.text))
        elif isinstance(item, BulletList):
            found += [plain(bullet.text) for bullet in item.items]
    return found


def test_sections_have_recruiter_titles_in_recruiter_order(complete):
    assert [section.title for section in complete.sections] == [
        "Summary",
        "Experience",
        "Education",
        "Skills",
        "Projects",
        "Certificates",
        "Awards",
        "Publications",
        "Volunteer",
        "Languages",
        "Interests",
        "References",
    ]
    assert complete.section(SectionKind.EXPERIENCE).title == "Experience"


def test_name_label_and_contacts_make_the_header(complete):
    header = complete.header
    assert header.name == "Ana Lucía Ferreira"
    assert [plain(line) for line in header.headline] == ["Senior Data Engineer"]
    assert [(item.text, item.kind) for item in header.contacts] == [
        ("Rua das Flores 12, 3º Esq., Porto, Porto District 4050-262, PT", ContactKind.LOCATION),
        ("+351 912 345 678", ContactKind.PHONE),
        ("ana.ferreira@example.com", ContactKind.EMAIL),
        ("anaferreira.example.com", ContactKind.URL),
        ("linkedin.com/in/anaferreira", ContactKind.URL),
        ("github.com/aferreira-data", ContactKind.URL),
        ("fosstodon.org/@ana", ContactKind.URL),
        ("Twitter: ana_data", ContactKind.OTHER),
    ]
    assert header.contacts[4].link == "https://www.linkedin.com/in/anaferreira"


def test_every_part_of_the_location_is_shown_so_the_address_check_can_flag_it(complete):
    location = complete.header.contacts[0].text
    assert location == "Rua das Flores 12, 3º Esq., Porto, Porto District 4050-262, PT"
    assert "Rua das Flores" not in complete.settings["jsonresume.fields"]  # splits back into the same five fields


def test_profile_without_username_on_its_own_site_is_a_labelled_link():
    resume = read_json_resume('{"basics": {"profiles": [{"network": "Portfolio", "url": "https://ana.design"}]}}')
    contact = resume.header.contacts[0]
    assert (contact.text, contact.kind, contact.link) == ("Portfolio", ContactKind.URL, "https://ana.design")


def test_job_is_an_entry_with_position_company_place_dates_and_link(complete):
    job = complete.section(SectionKind.EXPERIENCE).entries[0]
    assert (job.title, job.organization, job.location, job.url) == (
        "Senior Data Engineer",
        "Nortada Logistics",
        "Porto, Portugal",
        "https://nortada.example.com",
    )
    assert job.dates == DateRange(start=PartialDate(2021, 3), present=True)


def test_job_description_is_an_italic_line_then_summary_then_bullets(complete):
    tagline, summary, bullets = complete.section(SectionKind.EXPERIENCE).entries[0].blocks
    assert tagline.text == (Run("Freight forwarder moving 40,000 containers a year", italic=True),)
    assert plain(summary.text).startswith("Own the event platform")
    assert plain(bullets.items[0].text) == "Cut warehouse storage costs by 30% with a Kafka-based slotting model"


def test_markdown_in_highlights_becomes_bold_italic_and_links(complete):
    bullets = complete.section(SectionKind.EXPERIENCE).entries[0].blocks[2].items
    assert Run("30%", bold=True) in bullets[0].text
    assert Run("batch", italic=True) in bullets[2].text
    assert Run("Apache Flink", link="https://flink.apache.org") in bullets[2].text


def test_degree_is_study_type_and_area_with_score_and_courses_lines(complete):
    degree = complete.section(SectionKind.EDUCATION).entries[0]
    assert (degree.title, degree.organization) == ("Master of Science, Computer Science", "University of Porto")
    assert [plain(block.text) for block in degree.blocks] == [
        "Score: 18/20",
        "Courses: EIC0012 - Distributed Systems, EIC0085 - Machine Learning",
    ]
    assert degree.blocks[0].text[0] == Run("Score:", bold=True)


def test_skills_languages_and_interests_are_bullets(complete):
    assert lines(complete.section(SectionKind.SKILLS)) == [
        "Data Engineering (Expert): Apache Kafka, Apache Flink, dbt, Airflow",
        "Languages (Advanced): Python, SQL, Scala",
    ]
    assert complete.section(SectionKind.SKILLS).items[0].items[0].text[0] == Run("Data Engineering", bold=True)
    assert lines(complete.section(SectionKind.LANGUAGES)) == ["Portuguese — Native speaker", "English — Fluent"]
    assert lines(complete.section(SectionKind.INTERESTS)) == ["Sailing: dinghy racing, coastal navigation"]


def test_project_keeps_roles_type_and_keywords_as_labelled_lines(complete):
    project = complete.section(SectionKind.PROJECTS).entries[0]
    assert (project.title, project.organization) == ("portwatch", "Open Source Porto")
    labelled = [plain(block.text) for block in project.blocks if isinstance(block, Paragraph)][1:]
    assert labelled == ["Roles: Maintainer, Designer", "Type: application", "Keywords: Python, DuckDB, Streamlit"]


def test_single_dates_and_reference_entries(complete):
    certificate = complete.section(SectionKind.CERTIFICATES).entries[0]
    assert (certificate.organization, certificate.dates) == ("Confluent", DateRange(start=PartialDate(2022, 5)))
    reference = complete.section(SectionKind.REFERENCES).entries[0]
    assert reference.title == "Rui Matos, CTO at Nortada Logistics"
    assert plain(reference.blocks[0].text).startswith("Ana rebuilt")


def test_photo_and_meta_go_to_front_matter_settings(complete):
    assert complete.settings["photo"] == "https://example.com/photos/ana.jpg"
    assert json.loads(complete.settings["jsonresume.meta"])["version"] == "v1.0.0"
    assert complete.problems == ()


def test_settings_are_single_lines_so_front_matter_holds_them():
    document = {
        "basics": {"name": "X", "image": "a\nb", "location": {"address": "Line 1\u2028Line 2"}},
        "meta": {"note": "one\ntwo"},
    }
    resume = read_json_resume(json.dumps(document))
    assert all(len(value.splitlines()) == 1 for value in resume.settings.values())


def test_unnamed_reference_is_a_plain_paragraph():
    resume = read_json_resume('{"references": [{"reference": "Available on request."}]}')
    assert resume.sections[0].items == (Paragraph((Run("Available on request."),)),)


def test_common_hand_typed_dates_are_understood():
    document = {
        "work": [
            {"name": "A", "startDate": "Mar 2019", "endDate": "Present"},
            {"name": "B", "startDate": "2015-07-01T00:00:00Z", "endDate": "06/2016"},
        ]
    }
    first, second = read_json_resume(json.dumps(document)).sections[0].entries
    assert first.dates == DateRange(start=PartialDate(2019, 3), present=True)
    assert second.dates == DateRange(start=PartialDate(2015, 7), end=PartialDate(2016, 6))


# --- bad input ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '{\n  "basics": {\n    "name": "A"\n    "label": "B"}}',
            "not valid JSON: line 4, column 5: Expecting ',' delimiter",
        ),
        ("", "not valid JSON: line 1, column 1: Expecting value"),
        ("[1, 2]", "not a JSON Resume: the file holds a list, not an object"),
        ('"resume"', "not a JSON Resume: the file holds a text, not an object"),
        ("null", "not a JSON Resume: the file holds nothing (null), not an object"),
        ("{}", 'not a JSON Resume: it has no "basics" and none of the sections work'),
        ('{"name": "Ada", "jobs": []}', 'not a JSON Resume: it has no "basics"'),
        ("[" * 100_000, "not a JSON Resume: values are nested too deeply"),
        ('{"basics": {"phone": ' + "9" * 5000 + "}}", "not valid JSON: "),
    ],
)
def test_text_that_is_not_a_json_resume_gives_one_clear_line(text, message):
    with pytest.raises(FormatError) as error:
        read_json_resume(text)
    assert str(error.value).startswith(message)
    assert "\n" not in str(error.value)


def test_wrong_types_are_read_as_text_or_kept_with_a_problem_on_their_line():
    text = """{
  "basics": {"name": "Ada", "phone": 2065550147},
  "work": [
    "Analytical Engines Ltd",
    {"name": "Babbage & Co", "highlights": "Wrote the first program",
     "summary": {"en": "Notes"}, "startDate": "sometime in 1843"}
  ],
  "skills": [{"name": "Maths", "keywords": ["Analysis", 42, null, ["nested"]]}]
}"""
    resume = read_json_resume(text)
    assert resume.header.contacts[0].text == "2065550147"
    first, second = resume.section(SectionKind.EXPERIENCE).entries
    assert (first.organization, second.organization) == ("Analytical Engines Ltd", "Babbage & Co")
    assert plain(second.blocks[0].items[0].text) == "Wrote the first program"
    assert lines(resume.section(SectionKind.SKILLS)) == ["Maths: Analysis, 42"]
    problems = {problem.message: problem for problem in resume.problems}
    assert problems["work[1].summary should be text; it is kept for JSON export but not shown"].line == 6
    assert (
        problems[
            "work[1].startDate is not a date (YYYY, YYYY-MM or YYYY-MM-DD); it is kept for JSON export but not shown"
        ].severity
        is Severity.WARNING
    )
    assert problems["basics.phone is not text; it was read as text"].line == 2
    assert json.loads(resume.settings["jsonresume.extra"]) == {
        "/work/1/summary": {"en": "Notes"},
        "/work/1/startDate": "sometime in 1843",
        "/skills/0/keywords/3": ["nested"],
    }


def test_unknown_keys_are_kept_for_export_with_an_info_problem():
    resume = read_json_resume('{"basics": {"name": "A", "pronouns": "she/her"}, "work": [{"name": "X", "team": "Y"}]}')
    assert {problem.severity for problem in resume.problems} == {Severity.INFO}
    assert json.loads(resume.settings["jsonresume.extra"]) == {"/basics/pronouns": "she/her", "/work/0/team": "Y"}


def test_deeply_nested_garbage_inside_a_resume_is_dropped_with_a_problem():
    garbage = "[" * 500 + "]" * 500
    resume = read_json_resume('{"basics": {"name": "A", "summary": ' + garbage + "}}")
    assert resume.header.name == "A"
    assert "nested too deeply" in resume.problems[0].message


def test_huge_arrays_are_read():
    document = {"work": [{"name": f"Company {index}", "highlights": ["Did things"] * 50} for index in range(2000)]}
    resume = read_json_resume(json.dumps(document))
    assert len(resume.sections[0].entries) == 2000


def test_odd_unicode_survives_and_lone_surrogates_become_replacement_characters():
    text = '{"basics": {"name": "Zoë 李 \\ud83d\\ude00 \\u202e\\u0000", "label": "bad \\ud800 half"}}'
    resume = read_json_resume("\ufeff" + text)
    assert resume.header.name == "Zoë 李 😀 \u202e\u0000"
    assert plain(resume.header.headline[0]) == "bad \ufffd half"


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=6), children, max_size=4),
    max_leaves=20,
)
SECTION_NAMES = st.sampled_from(
    [
        "basics",
        "work",
        "volunteer",
        "education",
        "awards",
        "certificates",
        "publications",
        "skills",
        "languages",
        "interests",
        "references",
        "projects",
        "meta",
        "name",
        "position",
        "highlights",
        "keywords",
        "location",
        "profiles",
        "x-foldline",
        "sections",
        "contacts",
        "items",
        "source",
    ]
)
SHAPED = st.recursive(
    JSON_VALUES,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(SECTION_NAMES, children, max_size=5),
    max_leaves=30,
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(SECTION_NAMES, SHAPED, min_size=1, max_size=6) | JSON_VALUES)
def test_any_json_gives_a_resume_or_a_format_error(value):
    try:
        resume = read_json_resume(json.dumps(value))
    except FormatError as error:
        assert "\n" not in str(error)
    else:
        assert all(problem.line >= 1 for problem in resume.problems)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_any_text_gives_a_resume_or_a_format_error(text):
    try:
        read_json_resume(text)
    except FormatError as error:
        assert "\n" not in str(error)
