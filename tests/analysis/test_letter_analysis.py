"""One analysis pass over a cover letter: the resume report's shape plus length, reading time and numbers."""

from __future__ import annotations

import json
from pathlib import Path

from editor.analysis.letter.analysis import analyse_letter, format_letter_report, letter_report
from editor.analysis.letter.commands import analyze_letter_file
from editor.formats.markdown.reader import read_markdown
from editor.model.letter import without_spans
from editor.render.layout import Role

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
SAMPLE = (SAMPLES / "cover-letter.md").read_text(encoding="utf-8")
JD = (SAMPLES / "job-description.txt").read_text(encoding="utf-8")


def test_the_report_has_the_resume_report_keys_and_the_letter_s_own() -> None:
    report = letter_report(SAMPLE, JD)
    json.dumps(report)
    assert {"keywords", "match_score", "spelling", "grammar", "findings", "fold", "attention"} <= set(report)
    assert (report["kind"], report["name"], report["pages"]) == ("letter", "Maria Delgado", 1)
    assert (report["word_count"], report["reading_time_s"], report["body_font_size"]) == (135, 34.0, 11.5)
    assert report["quantified_claims"] >= 4
    assert report["findings"] == report["spelling"] == report["problems"] == []
    assert 0 < report["match_score"] < 100


def test_job_terms_are_matched_in_the_body_only() -> None:
    analysis = analyse_letter(SAMPLE, JD)
    subject_line = SAMPLE.split("\n").index("Re: Customer Support Team Lead") + 1
    body_lines = {line for paragraph in analysis.letter.body_paragraphs for line in (paragraph.span.line,)}
    locations = {occurrence.location.line for result in analysis.keywords.terms for occurrence in result.occurrences}
    assert locations and locations <= body_lines
    assert subject_line not in locations
    matched = {result.keyword.term for result in analysis.keywords.terms if result.matched}
    assert {"Zendesk", "CSAT", "first contact resolution", "quality assurance"} <= matched


def test_the_fold_summary_names_the_parts_of_a_letter() -> None:
    fold = letter_report(SAMPLE, JD, screen_id="chrome-1366x768")["fold"]
    assert fold["above"][:4] == ["name", "contact line", "date", "recipient"]
    assert any(part.startswith("letter") for part in fold["above"] + fold["below"])


def test_the_attention_model_reads_a_letter_layout() -> None:
    analysis = analyse_letter(SAMPLE, JD)
    attention = analysis.attention
    assert attention.elements[0].role == Role.NAME.value
    assert 0 < attention.total_dwell_ms <= attention.budget_ms
    assert attention.grid(1) is not None
    roles = {element.role for element in attention.elements if element.dwell_ms > 0}
    assert {"name", "paragraph", "bullet"} <= roles
    assert attention.keywords_seen


def test_misspellings_are_found_and_the_recipient_s_names_are_not() -> None:
    text = SAMPLE.replace("Hiring Manager\nBrightPath", "Ms. Ngozi Okonkwo-Bartholomew\nBrightPath").replace(
        "I would welcome", "I would recieve and welcome"
    )
    typo_line = next(number for number, line in enumerate(text.split("\n"), start=1) if "recieve" in line)
    assert [(item.word, item.line) for item in analyse_letter(text, JD).misspellings] == [("recieve", typo_line)]


def test_missing_parts_are_findings_and_not_repeated_as_problems() -> None:
    report = letter_report(SAMPLE.replace("November 26, 2026\n\n", ""), JD)
    assert [finding["rule"] for finding in report["findings"]] == ["letter-format"]
    assert report["problems"] == []


def test_a_letter_without_letterhead_takes_the_sender_from_the_resume() -> None:
    resume = read_markdown((SAMPLES / "resume.md").read_text(encoding="utf-8"))
    text = SAMPLE.replace("# Maria Delgado\n", "").replace(
        "Seattle, WA · (206) 555-0147 · maria.delgado@example.com · linkedin.com/in/mariadelgado\n", ""
    )
    assert letter_report(text, JD)["name"] == ""
    report = letter_report(text, JD, sender=without_spans(resume.header))
    assert report["name"] == "Maria Delgado"
    assert "letter-format" not in {finding["rule"] for finding in report["findings"]}


def test_analyze_letter_file_reads_the_resume_its_front_matter_names() -> None:
    report = analyze_letter_file(SAMPLES / "cover-letter.md", SAMPLES / "job-description.txt")
    assert report["name"] == "Maria Delgado"
    assert report["findings"] == []


def test_the_text_report_tells_length_reading_time_and_terms() -> None:
    text = format_letter_report(letter_report(SAMPLE, JD))
    assert "135 words (~0 min 34 s to read)" in text
    assert "Job terms used in the letter:" in text
    assert "Checks: 0 finding(s), 0 possible misspelling(s)" in text


def test_an_empty_letter_is_analysed_without_error() -> None:
    report = letter_report("", "")
    assert report["word_count"] == 0
    assert report["match_score"] is None
    assert {finding["rule"] for finding in report["findings"]} == {"letter-format"}
