"""The cover-letter checks: each fires on a letter that breaks it and stays silent on a good one."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.analysis.keywords import extract_keywords
from editor.analysis.letter.checks import (
    LETTER_RULES,
    check_letter,
    letter_facts,
    match_letter_keywords,
    reading_time_s,
)
from editor.formats.letter.markdown import read_letter
from editor.formats.letter.pdf_writer import build_letter_pdf

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
SAMPLE = (SAMPLES / "cover-letter.md").read_text(encoding="utf-8")
JD = (SAMPLES / "job-description.txt").read_text(encoding="utf-8")
FILLER = (
    "Over the years I have learned that customers remember how a conversation made them feel, and that a team "
    "is only as calm as the person who leads it through a busy afternoon. "
)


def _findings(text: str, jd_text: str = JD, render: bool = True) -> dict[str, list]:
    letter = read_letter(text)
    layout = build_letter_pdf(letter).layout if render else None
    keywords = match_letter_keywords(letter, text, extract_keywords(jd_text)) if jd_text else None
    found: dict[str, list] = {}
    for finding in check_letter(letter, text, layout, keywords):
        found.setdefault(finding.rule, []).append(finding)
    return found


def _replace_body(body: str) -> str:
    head, _, rest = SAMPLE.partition("Dear Hiring Manager,\n\n")
    return head + "Dear Hiring Manager,\n\n" + body + "\n\nSincerely," + rest.partition("Sincerely,")[2]


def test_the_sample_letter_passes_every_check() -> None:
    assert _findings(SAMPLE) == {}


def test_every_rule_has_a_stable_id_title_and_reason() -> None:
    assert set(LETTER_RULES) == {
        "letter-placeholders",
        "letter-too-long",
        "letter-small-font",
        "opinion-words",
        "letter-unquantified",
        "letter-no-jd-terms",
        "letter-format",
    }
    assert all(rule.title and rule.why for rule in LETTER_RULES.values())


def test_a_letter_over_250_words_is_too_long() -> None:
    text = SAMPLE.replace("I would welcome", FILLER * 4 + "\n\nI would welcome")
    found = _findings(text)
    assert list(found) == ["letter-too-long"]
    (finding,) = found["letter-too-long"]
    assert "words" in finding.message
    assert finding.line == 22  # the first body paragraph


def test_a_letter_that_runs_onto_page_two_is_too_long_even_in_few_words() -> None:
    text = _replace_body("\n\n".join(f"Point {number}." for number in range(40)))
    messages = [finding.message for finding in _findings(text)["letter-too-long"]]
    assert messages == ["The letter runs onto page 2; a cover letter fits on one page"]


def test_small_type_is_reported_at_its_front_matter_line() -> None:
    found = _findings(SAMPLE.replace("paper: letter\n", "paper: letter\nfont-size: 10\n"))
    assert list(found) == ["letter-small-font"]
    assert found["letter-small-font"][0].line == 5
    assert _findings(SAMPLE.replace("paper: letter\n", "paper: letter\nfont-size: 10.5\n")) == {}


def test_self_praise_is_reported_where_it_was_typed() -> None:
    text = SAMPLE.replace("I also work in", "I am a passionate team player. I also work in")
    (first, second) = _findings(text)["opinion-words"]
    line = text.split("\n")[first.line - 1]
    assert (line[first.column : first.end_column], line[second.column : second.end_column]) == (
        "passionate",
        "team player",
    )


def test_a_letter_without_numbers_is_unquantified() -> None:
    text = _replace_body(
        "I coach support agents in Zendesk and would like to lead your team.\n\nI would welcome a conversation."
    )
    assert list(_findings(text)) == ["letter-unquantified"]
    assert letter_facts(read_letter(text)).quantified_claims == 0


def test_a_letter_that_ignores_the_posting_uses_no_jd_terms() -> None:
    text = _replace_body("I painted 40 houses last summer and repaired 12 fences in 3 towns.")
    found = _findings(text)
    assert list(found) == ["letter-no-jd-terms"]
    assert "Customer Support Team Lead" in found["letter-no-jd-terms"][0].message
    assert "letter-no-jd-terms" not in _findings(text, jd_text="")


@pytest.mark.parametrize(
    ("remove", "message"),
    [
        ("November 26, 2026\n\n", "The letter has no date"),
        ("Hiring Manager\nBrightPath Home Internet\nSeattle, WA\n\n", "The letter has no recipient"),
        ("Dear Hiring Manager,\n\n", "The letter has no salutation"),
        ("Sincerely,\nMaria Delgado\n", "The letter has no closing"),
        ("# Maria Delgado\n", "The letter has no letterhead"),
    ],
)
def test_a_missing_part_of_the_business_letter_is_a_format_finding(remove: str, message: str) -> None:
    assert remove in SAMPLE
    found = _findings(SAMPLE.replace(remove, ""))
    assert [finding.message.split(" (")[0].split(":")[0] for finding in found["letter-format"]] == [message]


def test_front_matter_mutes_a_rule_by_its_id() -> None:
    text = SAMPLE.replace("I also work in", "I am passionate. I also work in")
    assert "opinion-words" in _findings(text)
    assert "opinion-words" not in _findings(text.replace("kind: letter", "kind: letter\nmute: opinion-words"))


def test_reading_time_is_words_at_238_per_minute() -> None:
    assert reading_time_s(238) == 60.0
    facts = letter_facts(read_letter(SAMPLE))
    assert facts.word_count == 135
    assert facts.reading_time_s == reading_time_s(135)
    assert facts.body_font_size is None  # no rendered page
