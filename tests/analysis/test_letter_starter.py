"""The starter letter: the structure filled from the resume and the posting, marked as a draft, ≤ 250 words."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from editor.analysis.letter.checks import letter_facts
from editor.analysis.letter.commands import write_draft_letter
from editor.analysis.letter.posting import posting_facts
from editor.analysis.letter.starter import DRAFT_NOTE, draft_letter, with_article
from editor.formats.errors import FormatError
from editor.formats.letter.lines import is_letter
from editor.formats.letter.markdown import read_letter
from editor.formats.markdown.reader import read_markdown
from editor.model import BulletList, Resume, plain

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
JD_FOLDER = Path(__file__).resolve().parents[1] / "data" / "jd"
RESUME_TEXT = (SAMPLES / "resume.md").read_text(encoding="utf-8")
RESUME = read_markdown(RESUME_TEXT)
JD = (SAMPLES / "job-description.txt").read_text(encoding="utf-8")
TODAY = date(2026, 11, 26)


def _bullets(text: str) -> list[str]:
    return [
        plain(item.text) for block in read_letter(text).body if isinstance(block, BulletList) for item in block.items
    ]


def _resume_bullets() -> list[str]:
    return [line[2:].replace("**", "") for line in RESUME_TEXT.split("\n") if line.startswith("- ")]


def test_the_draft_is_a_complete_letter_for_the_posting() -> None:
    text = draft_letter(RESUME, JD, TODAY)
    letter = read_letter(text)
    assert is_letter(text)
    assert letter.problems == ()
    assert letter.header.name == "Maria Delgado"
    assert plain(letter.date.text) == "November 26, 2026"
    assert [plain(line.text) for line in letter.recipient] == [
        "Hiring Manager",
        "BrightPath Home Internet",
        "Seattle, WA",
    ]
    assert plain(letter.subject.text) == "Customer Support Team Lead"
    assert "BrightPath Home Internet is hiring a Customer Support Team Lead" in text
    assert letter.settings["kind"] == "letter"


def test_the_draft_suggests_quantified_resume_bullets_that_match_the_job() -> None:
    bullets = _bullets(draft_letter(RESUME, JD, TODAY))
    assert 1 <= len(bullets) <= 3
    assert set(bullets) <= set(_resume_bullets())
    assert all(re.search(r"\d", bullet) for bullet in bullets)
    assert any("CSAT" in bullet for bullet in bullets)
    assert not any("Cascade Mercantile" in bullet or "registers" in bullet for bullet in bullets)


def test_the_draft_says_it_is_a_draft_and_leaves_placeholders_to_rewrite() -> None:
    letter = read_letter(draft_letter(RESUME, JD, TODAY))
    first = plain(letter.body[0].text)
    assert first == DRAFT_NOTE
    assert sum(plain(paragraph.text).count("[") for paragraph in letter.body_paragraphs) >= 4


@pytest.mark.parametrize("posting", sorted(path.name for path in JD_FOLDER.glob("*.txt") if "labels" not in path.name))
def test_the_draft_stays_within_250_words_for_any_posting(posting: str) -> None:
    text = draft_letter(RESUME, (JD_FOLDER / posting).read_text(encoding="utf-8"), TODAY)
    assert letter_facts(read_letter(text)).word_count <= 250
    assert read_letter(text).problems == ()


def test_a_resume_with_nothing_to_draw_on_gets_placeholders() -> None:
    letter = read_letter(draft_letter(Resume(), "", TODAY))
    assert plain(letter.subject.text) == "[the role]"
    assert [plain(line.text) for line in letter.recipient] == ["Hiring Manager", "[Company]", "[City, State]"]
    assert [plain(line.text) for line in letter.signature] == ["[Your Name]"]
    assert _bullets(draft_letter(Resume(), "", TODAY)) == []


@pytest.mark.parametrize(
    ("posting", "title", "company", "city"),
    [
        ("customer_service.txt", "Customer Support Team Lead", "BrightPath Home Internet", "Seattle, WA"),
        ("accounting.txt", "Staff Accountant", "Harbor & Pine Foods", "Boston, MA"),
        ("admin.txt", "Administrative Assistant", "Green Valley Community Health", "Austin, TX"),
        ("backend.txt", "Senior Backend Engineer", "Lumen Pay", ""),
        ("electrician.txt", "Journeyman Electrician", "Ridgeline Electric", ""),
        ("holdout_hr.txt", "HR Generalist", "Brightline Manufacturing", ""),
        ("marketing.txt", "Digital Marketing Manager", "Fernway Outdoor Co.", ""),
        ("nursing.txt", "Registered Nurse", "St. Anne Regional Medical Center", "Portland, OR"),
        ("teacher.txt", "4th Grade Teacher", "Maple Grove Elementary School", ""),
    ],
)
def test_the_posting_s_role_company_and_city_are_found(posting: str, title: str, company: str, city: str) -> None:
    facts = posting_facts((JD_FOLDER / posting).read_text(encoding="utf-8"))
    assert (facts.title, facts.company, facts.city) == (title, company, city)


def test_the_draft_command_links_its_files_and_never_replaces_a_letter(tmp_path: Path) -> None:
    output = tmp_path / "letter.md"
    text = write_draft_letter(SAMPLES / "resume.md", SAMPLES / "job-description.txt", output, today=TODAY)
    assert output.read_text(encoding="utf-8") == text
    settings = read_letter(text).settings
    assert (tmp_path / settings["jd"]).resolve() == (SAMPLES / "job-description.txt").resolve()
    assert (tmp_path / settings["resume"]).resolve() == (SAMPLES / "resume.md").resolve()
    output.write_text("my own letter", encoding="utf-8")
    with pytest.raises(FormatError, match="already exists"):
        write_draft_letter(SAMPLES / "resume.md", SAMPLES / "job-description.txt", output, today=TODAY)
    assert output.read_text(encoding="utf-8") == "my own letter"


STREET_ADDRESS_RESUME = Path(__file__).resolve().parents[1] / "data" / "letters" / "street-address-resume.json"


def test_a_section_heading_is_never_the_company() -> None:
    posting = "Staff Software Engineer\n\nResponsibilities\n- Design distributed systems in Go\n- Mentor engineers\n"
    text = draft_letter(RESUME, posting, TODAY)
    assert "Responsibilities" not in text
    assert posting_facts(posting).company == ""
    assert "[Company] is hiring a Staff Software Engineer" in text


def test_the_article_fits_the_role() -> None:
    posting = "Enterprise Account Executive — Brightwave (Chicago, IL)\n\nBrightwave is a fast-growing SaaS company.\n"
    assert "Brightwave is hiring an Enterprise Account Executive" in draft_letter(RESUME, posting, TODAY)
    assert [
        with_article(role) for role in ("RN", "UX Designer", "HR Manager", "Office Manager", "University Liaison")
    ] == [
        "an RN",
        "a UX Designer",
        "an HR Manager",
        "an Office Manager",
        "a University Liaison",
    ]


def test_the_letterhead_has_the_city_and_each_link_once_without_markdown_escapes() -> None:
    from editor.formats.registry import read_resume

    text = draft_letter(read_resume(STREET_ADDRESS_RESUME), JD, TODAY)
    header = read_letter(text).header
    assert [item.text for item in header.contacts] == [
        "Chicago, IL",
        "(312) 555-0188",
        "jordan@example.com",
        "linkedin.com/in/javery",
    ]
    assert "Lake Shore" not in text and "60610" not in text
    assert "\\" not in text
