"""Writing the resume model as JSON Resume: natural JSON, and nothing of a Markdown resume lost on the way back."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.formats.jsonresume.reader import read_json_resume
from editor.formats.jsonresume.writer import write_json_resume
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
    SectionKind,
    plain,
)

_PUNCTUATION = ",:()-–—"
SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"

RICH_MARKDOWN = """\
---
template: classic
paper: a4
---

# Sam Okafor
Staff Engineer
Platform and reliability
Lagos, Nigeria · +234 80 555 0199 · +44 20 7946 0958 · sam@okafor.io · [Portfolio](https://sam.dev) · Open to relocation

## Profile

Engineer who keeps payment systems up.

- 12 years in fintech
- On call for 40M users

## Work History

### Staff Engineer | [Paystream](https://paystream.example.com) | Lagos | Jan 2020 – Present
*Payments processor for West Africa*

Runs the reliability team.

- Cut p99 latency by **45%**
  - by moving settlement to Kafka
- Led 3 incident reviews a month

## Earlier roles

### Engineer | Bankly | Abuja | 2014 – 2019
- Built the first mobile wallet

## Patents

### Offline payment tokens | US 11,222,333 | | 2021

Granted after two years.

A second note.

## Skills

- **Languages:** Go, Python, SQL
- **Cloud** (Expert): AWS, GCP
  - Terraform
- Kubernetes

## Certifications

- CKA – Certified Kubernetes Administrator, Mar 2022
- AWS Solutions Architect (2019)

## References

Available on request.
"""


def visible_words(resume: Resume) -> Counter[str]:
    """Every word a reader of the resume sees (a date's year counts), each link target once, and the settings.

    Punctuation around a word does not count: 'Name (2019)' may come back as 'Name, 2019', and
    'Spanish - fluent' as 'Spanish — fluent'.
    """
    texts = [resume.header.name, *(plain(line) for line in resume.header.headline)]
    texts += [item.text for item in resume.header.contacts]
    links = set()
    for section in resume.sections:
        texts.append(section.title)
        for item in section.items:
            blocks = item.blocks if isinstance(item, Entry) else (item,)
            if isinstance(item, Entry):
                texts += [item.title, item.organization, item.location]
                links |= {item.url} if item.url else set()
                dates = (item.dates.start, item.dates.end) if item.dates else ()
                texts += [str(date.year) for date in dates if date]
            for block in blocks:
                lines = [block.text] if isinstance(block, Paragraph) else [bullet.text for bullet in block.items]
                texts += [plain(line) for line in lines]
                links |= {run.link for line in lines for run in line if run.link}
    texts += [f"{key} {value}" for key, value in resume.settings.items() if not key.startswith("jsonresume.")]
    words = [word.strip(_PUNCTUATION) for text in texts for word in text.split()]
    return Counter(word for word in words if word) + Counter(links)


def json_trip(resume: Resume) -> Resume:
    return read_json_resume(write_json_resume(resume))


def test_output_is_two_space_indented_json_with_readable_unicode_and_a_final_newline():
    resume = Resume(Header("Zoë Ng 吴", (((Run("Ingénieure")),),)))
    text = write_json_resume(resume)
    assert text == '{\n  "basics": {\n    "name": "Zoë Ng 吴",\n    "label": "Ingénieure"\n  }\n}\n'


def test_an_empty_resume_still_reads_back_as_a_resume():
    assert json_trip(Resume()).sections == ()


def test_sample_markdown_resume_becomes_natural_json_resume(sample_resume_text):
    document = json.loads(write_json_resume(read_markdown(sample_resume_text)))
    basics = document["basics"]
    assert (basics["email"], basics["phone"], basics["location"]) == (
        "maria.delgado@example.com",
        "(206) 555-0147",
        {"city": "Seattle", "region": "WA"},
    )
    assert basics["profiles"] == [
        {"network": "LinkedIn", "username": "mariadelgado", "url": "https://linkedin.com/in/mariadelgado"}
    ]
    assert document["work"][0] == {
        "position": "Customer Support Specialist",
        "name": "Evergreen Telecom",
        "location": "Seattle, WA",
        "startDate": "2021-03",
        "highlights": document["work"][0]["highlights"],
    }
    assert document["work"][0]["highlights"][0].startswith("Raised **CSAT** from 86%")
    assert document["education"][0]["studyType"] == "Associate of Arts"
    assert document["skills"][0] == {
        "name": "Support tools",
        "keywords": ["Zendesk", "Salesforce Service Cloud", "Freshdesk", "Five9", "Slack", "Jira"],
    }
    assert document["certificates"][1] == {"name": "Zendesk Support Administrator", "date": "2021"}
    assert document["meta"]["x-foldline"]["settings"] == {
        "template": "modern",
        "paper": "letter",
        "jd": "job-description.txt",
    }


def test_sample_markdown_resume_comes_back_unchanged_through_json(sample_resume_text):
    assert write_markdown(json_trip(read_markdown(sample_resume_text))) == sample_resume_text


def test_markdown_resume_with_sections_json_resume_lacks_keeps_every_word():
    resume = read_markdown(RICH_MARKDOWN)
    back = json_trip(resume)
    assert visible_words(back) == visible_words(resume)
    assert [section.title for section in back.sections] == [section.title for section in resume.sections]


def test_what_json_resume_has_no_place_for_goes_under_x_foldline():
    foldline = json.loads(write_json_resume(read_markdown(RICH_MARKDOWN)))["meta"]["x-foldline"]
    assert foldline["headline"] == ["Platform and reliability"]
    assert [item["text"] for item in foldline["contacts"]] == ["+44 20 7946 0958", "Open to relocation"]
    other = {section["title"]: section["items"] for section in foldline["sections"] if "items" in section}
    patent = {"title": "Offline payment tokens", "organization": "US 11,222,333", "startDate": "2021"}
    assert other["Patents"] == [{**patent, "text": "Granted after two years.\n\nA second note."}]
    assert other["Earlier roles"][0]["title"] == "Engineer"
    assert foldline["settings"] == {"template": "classic", "paper": "a4"}


def test_markdown_structures_map_onto_json_resume_fields():
    document = json.loads(write_json_resume(read_markdown(RICH_MARKDOWN)))
    assert document["basics"]["summary"] == (
        "Engineer who keeps payment systems up.\n\n- 12 years in fintech\n- On call for 40M users"
    )
    assert document["basics"]["profiles"] == [{"network": "Portfolio", "url": "https://sam.dev"}]
    job = document["work"][0]
    assert job["description"] == "Payments processor for West Africa"
    assert (job["summary"], job["url"]) == ("Runs the reliability team.", "https://paystream.example.com")
    assert job["highlights"] == [
        "Cut p99 latency by **45%**",
        "by moving settlement to Kafka",
        "Led 3 incident reviews a month",
    ]
    assert document["skills"] == [
        {"name": "Languages", "keywords": ["Go", "Python", "SQL"]},
        {"name": "Cloud", "level": "Expert", "keywords": ["AWS", "GCP", "Terraform"]},
        {"name": "Kubernetes"},
    ]
    assert document["certificates"] == [
        {"name": "CKA – Certified Kubernetes Administrator", "date": "2022-03"},
        {"name": "AWS Solutions Architect", "date": "2019"},
    ]
    assert document["references"] == [{"reference": "Available on request."}]


def test_values_set_aside_on_import_go_back_to_their_place():
    text = '{"$schema": "s", "basics": {"name": "A", "pronouns": "she"}, "work": [{"name": "X", "team": "Y"}]}'
    document = json.loads(write_json_resume(read_json_resume(text)))
    assert next(iter(document)) == "$schema"
    assert (document["basics"]["pronouns"], document["work"][0]["team"]) == ("she", "Y")


def test_values_whose_place_was_deleted_wait_under_x_foldline_for_the_next_import():
    resume = read_json_resume('{"work": [{"name": "X", "team": "Y"}]}')
    edited = Resume(resume.header, (), resume.settings)
    document = json.loads(write_json_resume(edited))
    assert document["meta"]["x-foldline"]["extra"] == {"/work/0/team": "Y"}
    assert json.loads(json_trip(edited).settings["jsonresume.extra"]) == {"/work/0/team": "Y"}


def test_hand_edited_front_matter_that_is_not_json_stays_a_plain_setting():
    broken = {"jsonresume.fields": "{not json", "jsonresume.meta": "[1, 2]", "jsonresume.extra": "7"}
    document = json.loads(write_json_resume(Resume(Header("A"), settings=broken)))
    assert document["meta"]["x-foldline"]["settings"] == broken


def test_running_role_without_start_and_lone_dates_are_kept():
    entries = (
        Entry("Advisor", "Acme", dates=DateRange(present=True)),
        Entry("Founder", "Beta", dates=DateRange(end=PartialDate(2019, 4))),
    )
    back = json_trip(Resume(Header("A"), (Section("Experience", entries, SectionKind.EXPERIENCE),)))
    assert [entry.dates for entry in back.sections[0].entries] == [
        DateRange(present=True),
        DateRange(end=PartialDate(2019, 4)),
    ]


def test_a_second_email_and_a_labelled_link_are_not_lost():
    contacts = (
        ContactItem("a@example.com", ContactKind.EMAIL),
        ContactItem("b@example.com", ContactKind.EMAIL),
        ContactItem("Blog", ContactKind.URL, "https://blog.example.org"),
    )
    back = json_trip(Resume(Header("A", (), contacts)))
    assert [(item.text, item.link) for item in back.header.contacts] == [
        ("a@example.com", "mailto:a@example.com"),
        ("Blog", "https://blog.example.org"),
        ("b@example.com", None),
    ]


# --- generated models -------------------------------------------------------------------------

# No literal '*': JSON strings carry inline Markdown without escapes, so typed asterisks that look
# like emphasis may come back as emphasis (a documented limit).
WORD = st.sampled_from(
    [
        "Acme",
        "lead",
        "Café",
        "日本語",
        "C++",
        "2021",
        "-",
        "a@b.io",
        "x.io/y",
        "(",
        ")",
        "|",
        "Twitter:",
        "_",
        "Seattle,",
        "WA",
        "Present",
        "—",
        "[x]",
    ]
)
TEXT = st.lists(WORD, max_size=5).map(" ".join)
RUNS = st.lists(
    st.builds(
        Run,
        TEXT.filter(str.strip).map(lambda text: text + " "),
        st.booleans(),
        st.booleans(),
        st.none() | st.just("https://example.com/p"),
    ),
    min_size=1,
    max_size=3,
).map(tuple)
BLOCK = st.builds(Paragraph, RUNS) | st.builds(
    BulletList, st.lists(st.builds(Bullet, RUNS, st.integers(0, 1)), min_size=1, max_size=3).map(tuple)
)
DATE = st.builds(PartialDate, st.integers(1950, 2030), st.none() | st.integers(1, 12))
ENTRY = st.builds(
    Entry,
    TEXT,
    TEXT,
    TEXT,
    st.none() | st.builds(DateRange, st.none() | DATE, st.none() | DATE),
    st.none() | st.just("https://example.com/e"),
    st.lists(BLOCK, max_size=3).map(tuple),
)
SECTION = st.builds(
    Section, TEXT.filter(str.strip), st.lists(ENTRY | BLOCK, max_size=3).map(tuple), st.sampled_from(SectionKind)
)
CONTACT = st.builds(
    ContactItem, TEXT.filter(str.strip), st.sampled_from(ContactKind), st.none() | st.just("https://example.com/c")
)
MODELS = st.builds(
    Resume,
    st.builds(Header, TEXT, st.lists(RUNS, max_size=2).map(tuple), st.lists(CONTACT, max_size=4).map(tuple)),
    st.lists(SECTION, max_size=5).map(tuple),
    st.dictionaries(st.sampled_from(["template", "paper", "jd", "photo"]), TEXT.filter(str.strip), max_size=3),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MODELS)
def test_any_model_keeps_every_word_through_json(resume):
    assert visible_words(json_trip(resume)) == visible_words(resume)
