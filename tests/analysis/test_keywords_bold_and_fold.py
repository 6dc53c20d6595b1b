"""Bolding matched terms in the resume text, and which terms sit above the fold (editor.analysis.keywords)."""

from __future__ import annotations

from editor.analysis.keywords import KeywordReport, analyze_keywords, bold_matched_keywords, keywords_above_fold
from editor.formats.export.pdf_writer import build_pdf
from editor.formats.markdown.reader import read_markdown

POSTING = "Support Lead\n\nRequirements:\n- Zendesk and Five9\n- CSAT\n- first contact resolution\n- empathy\n"


def _report(text: str, posting: str = POSTING) -> KeywordReport:
    return analyze_keywords(read_markdown(text), text, posting)


def _resume(*bullets: str, skills: str = "Zendesk, Five9") -> str:
    body = "\n".join(f"- {bullet}" for bullet in bullets)
    return (
        f"# Ann Lee\nSupport Lead\nann@example.com\n\n## Experience\n\n### Agent | Acme | 2020 – 2024\n{body}\n\n"
        f"## Skills\n\n- {skills}\n"
    )


def _bullets(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.startswith("- ")]


def test_heaviest_matched_term_of_each_bullet_is_bolded_once() -> None:
    text = _resume("Raised CSAT by using Zendesk macros; CSAT hit 94%", "Handled 60 chats a day with empathy")
    bolded = _bullets(bold_matched_keywords(text, _report(text)))
    assert bolded[0] == "- Raised **CSAT** by using Zendesk macros; CSAT hit 94%"
    assert bolded[1] == "- Handled 60 chats a day with empathy"  # soft skills are never bolded


def test_two_new_bolds_when_asked_but_never_more_than_two_in_a_bullet() -> None:
    text = _resume("Raised CSAT and first contact resolution in Zendesk", "Owned **Five9** and **CSAT** in Zendesk")
    bolded = _bullets(bold_matched_keywords(text, _report(text), per_bullet=2))
    assert bolded[0].count("**") == 4
    assert bolded[1] == "- Owned **Five9** and **CSAT** in Zendesk"


def test_links_bold_and_code_are_never_touched() -> None:
    text = _resume("Wrote the [Zendesk guide](https://example.com/zendesk) and `CSAT` query for **Five9**")
    assert bold_matched_keywords(text, _report(text)) == text


def test_skills_section_and_header_stay_as_typed() -> None:
    text = _resume("Sold shoes", skills="Zendesk, Five9, CSAT")
    assert bold_matched_keywords(text, _report(text)) == text


def test_bolding_twice_adds_nothing_new_to_a_full_bullet() -> None:
    text = _resume("Raised CSAT and first contact resolution in Zendesk")
    once = bold_matched_keywords(text, _report(text), per_bullet=2)
    assert bold_matched_keywords(once, _report(once), per_bullet=2) == once


def test_stale_report_leaves_edited_lines_alone() -> None:
    text = _resume("Raised CSAT by using Zendesk macros")
    report = _report(text)
    edited = text.replace("Raised CSAT", "Raised our team's CSAT")
    assert bold_matched_keywords(edited, report) == edited


def test_terms_above_the_fold_are_the_ones_on_the_first_screen(sample_resume_text: str, sample_jd_text: str) -> None:
    resume = read_markdown(sample_resume_text)
    layout = build_pdf(resume).layout
    report = analyze_keywords(resume, sample_resume_text, sample_jd_text)
    summary_bottom = max(line.bottom for line in layout.lines if line.role.value == "paragraph" and line.top < 200)
    placement = keywords_above_fold(report, layout, summary_bottom)
    assert "Customer Support Team Lead" in placement.above
    assert "CSAT" in placement.above
    assert "Five9" in placement.below
    assert 0 < placement.required_share_above < 1
    assert keywords_above_fold(report, layout, layout.page_height).below == ()
    assert keywords_above_fold(report, layout, 0).above == ()
