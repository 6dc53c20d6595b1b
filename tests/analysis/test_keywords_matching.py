"""Matching posting terms in a resume, the score, the JSON and the highlights (editor.analysis.keywords)."""

from __future__ import annotations

import itertools
import json

import pytest

from editor.analysis.keywords import KeywordReport, MatchKind, analyze_keywords, extract_keywords, match_keywords
from editor.formats.markdown.reader import read_markdown
from editor.model import Resume, SectionKind


def _report(resume_text: str, posting: str) -> KeywordReport:
    return analyze_keywords(read_markdown(resume_text), resume_text, posting)


def _resume(*bullets: str, skills: str = "") -> str:
    lines = [
        "# Ann Lee",
        "Platform Engineer",
        "Seattle, WA · ann@example.com · linkedin.com/in/annlee",
        "",
        "## Experience",
        "",
        "### Engineer | Acme Corp | Austin, TX | 2020 – Present",
    ]
    lines += [f"- {bullet}" for bullet in bullets]
    if skills:
        lines += ["", "## Skills", "", f"- {skills}"]
    return "\n".join(lines) + "\n"


def _result(report: KeywordReport, term: str):
    return next(result for result in report.terms if result.keyword.term.casefold() == term.casefold())


def test_sample_resume_scores_against_the_sample_posting(sample_resume_text: str, sample_jd_text: str) -> None:
    report = _report(sample_resume_text, sample_jd_text)
    assert 40 <= report.score <= 90
    for term in ("Customer Support Team Lead", "CSAT", "first contact resolution", "Zendesk", "Five9"):
        assert _result(report, term).kind is MatchKind.EXACT, term
    assert "Keyword match" in report.breakdown()


def test_exact_variant_and_alias_matches_are_told_apart() -> None:
    posting = (
        "Platform Engineer\n\nRequirements:\n- Kubernetes and PostgreSQL\n- CI/CD pipelines\n"
        "- Excellent customer service\n- Handling escalations\n"
    )
    report = _report(
        _resume(
            "Ran k8s clusters on Postgres",
            "Built CI-CD tooling",
            "Led client support for 40 accounts",
            "Handled every escalation",
        ),
        posting,
    )
    assert _result(report, "Kubernetes").kind is MatchKind.ALIAS
    assert _result(report, "PostgreSQL").kind is MatchKind.ALIAS
    assert _result(report, "CI/CD").kind is MatchKind.VARIANT
    assert _result(report, "escalations").kind is MatchKind.VARIANT
    service = _result(report, "customer service")
    assert service.kind is MatchKind.ALIAS
    assert (
        service.suggestion
        == "The posting says 'customer service'; you wrote 'client support'. Use the posting's words."
    )


def test_tense_changes_are_variants_and_the_posting_wording_is_suggested() -> None:
    report = _report(_resume("Scheduled shifts for 14 agents"), "Supervisor\n\nRequirements:\n- Scheduling\n")
    scheduling = _result(report, "scheduling")
    assert scheduling.kind is MatchKind.VARIANT
    assert scheduling.variants == ("Scheduled",)


def test_brand_casing_differs_but_sentence_case_does_not() -> None:
    posting = "Engineer\n\nRequirements:\n- PostgreSQL and Python\n"
    report = _report(_resume("Tuned Postgresql indexes", "python services"), posting)
    assert _result(report, "PostgreSQL").kind is MatchKind.VARIANT
    assert _result(report, "Python").kind is MatchKind.EXACT


def test_go_in_a_resume_counts_only_as_a_language() -> None:
    posting = "Backend Engineer\n\nRequirements:\n- Go and Python services\n"
    prose = _report(_resume("Go-getter who will go the extra mile", "Going strong with Google Cloud"), posting)
    code = _report(_resume("Wrote billing services in Go and Python"), posting)
    listed = _report(_resume("Wrote billing services", skills="Go, Rust"), posting)
    assert _result(prose, "Go").kind is MatchKind.MISSING
    assert _result(code, "Go").kind is MatchKind.EXACT
    assert _result(listed, "Go").kind is MatchKind.EXACT


def test_symbols_in_terms_match_whole_terms_only() -> None:
    posting = "Developer\n\nRequirements:\n- C++, C# and .NET\n"
    report = _report(_resume("Wrote C# and C++ services on .NET"), posting)
    for term in ("C++", "C#", ".NET"):
        assert _result(report, term).kind is MatchKind.EXACT, term
    plain_c = _report(_resume("Wrote C services", "Maintained ASP.NET pages"), posting)
    assert _result(plain_c, "C++").kind is MatchKind.MISSING
    assert _result(plain_c, ".NET").kind is MatchKind.MISSING


def test_contact_line_and_entry_places_are_not_keywords() -> None:
    posting = "Account Executive\n\nRequirements:\n- LinkedIn outreach in Austin\n- LinkedIn Sales Navigator\n"
    report = _report(_resume("Closed 40 deals"), posting)
    assert _result(report, "LinkedIn").kind is MatchKind.MISSING


def test_highlights_are_code_point_columns_of_the_resume_text() -> None:
    text = _resume("🚀 Raised CSAT by 8 points", "Kept CSAT above 90%")
    report = _report(text, "Support Lead\n\nRequirements:\n- CSAT\n")
    lines = text.split("\n")
    highlights = [h for h in report.resume_highlights if h.term == "CSAT"]
    assert [(h.line, h.start_column) for h in highlights] == [(8, 11), (9, 7)]
    assert all(lines[h.line - 1][h.start_column : h.end_column] == "CSAT" for h in highlights)
    assert all(h.kind == "exact" for h in highlights)


def test_posting_highlights_mark_matched_and_missing_terms(sample_resume_text: str, sample_jd_text: str) -> None:
    report = _report(sample_resume_text, sample_jd_text)
    lines = sample_jd_text.splitlines()
    kinds = {lines[h.line - 1][h.start_column : h.end_column]: h.kind for h in report.jd_highlights()}
    assert kinds["CSAT"] == "matched"
    assert kinds["workforce management"] == "missing"
    highlights = report.jd_highlights()
    assert all(a.line < b.line or a.end_column <= b.start_column for a, b in itertools.pairwise(highlights))


def test_missing_duty_fits_the_entry_that_has_its_neighbours(sample_resume_text: str, sample_jd_text: str) -> None:
    report = _report(sample_resume_text, sample_jd_text)
    service_level = _result(report, "service level")
    assert service_level.kind is MatchKind.MISSING
    assert service_level.fit is not None
    assert service_level.fit.entry == "Customer Support Specialist, Evergreen Telecom"
    assert "CSAT" in service_level.fit.because
    assert service_level.fit.line == 17


def test_missing_certificate_fits_the_certifications_section() -> None:
    text = _resume("Closed 40 deals") + "\n## Certifications\n\n- CPR, 2021\n"
    report = _report(text, "Nurse\n\nRequirements:\n- BLS\n")
    bls = _result(report, "BLS")
    assert bls.kind is MatchKind.MISSING
    assert bls.fit is not None and bls.fit.section == "Certifications"
    assert "Certifications" in bls.suggestion


def test_json_report_has_the_contract_fields_required_first_in_weight_order(
    sample_resume_text: str, sample_jd_text: str
) -> None:
    data = json.loads(json.dumps(_report(sample_resume_text, sample_jd_text).as_dict()))
    assert 0 <= data["match_score"] <= 100
    keywords = data["keywords"]
    order = [(not k["required"], -k["weight"]) for k in keywords]
    assert order == sorted(order) and not keywords[-1]["required"]
    fields = {
        "term",
        "weight",
        "matched",
        "count",
        "variants",
        "kind",
        "category",
        "required",
        "locations",
        "suggestion",
    }
    assert all(fields <= set(k) for k in keywords)
    csat = next(k for k in keywords if k["term"] == "CSAT")
    assert csat["matched"] and csat["kind"] == "exact"
    assert csat["count"] == 3  # twice as CSAT, once as "**customer satisfaction** score"
    assert csat["variants"] == ["customer satisfaction score"]
    assert csat["locations"][0] == {"line": 13, "column": 93}


@pytest.mark.parametrize(("bullet", "expected"), [("Owned Zendesk and Five9 and CSAT", 100), ("Sold shoes", 0)])
def test_score_runs_from_none_to_all_terms_exact(bullet: str, expected: int) -> None:
    report = _report(_resume(bullet), "Agent\n\nRequirements:\n- Zendesk\n- Five9\n- CSAT\n")
    scored = [r for r in report.terms if not r.keyword.posting_title]
    assert KeywordReport(tuple(scored)).score == expected


def test_resume_model_without_source_positions_still_matches_text() -> None:
    keywords = extract_keywords("Agent\n\nRequirements:\n- Zendesk\n")
    report = match_keywords(Resume(), "Support agent\nUsed Zendesk daily\n", keywords)
    zendesk = next(r for r in report.terms if r.keyword.term == "Zendesk")
    assert zendesk.occurrences[0].location.line == 2


def test_skills_section_lines_are_known_to_the_report(sample_resume_text: str) -> None:
    resume = read_markdown(sample_resume_text)
    skills = resume.section(SectionKind.SKILLS)
    report = match_keywords(resume, sample_resume_text, extract_keywords("Agent\n\nRequirements:\n- Zendesk\n"))
    assert skills is not None and skills.span is not None
    assert skills.span.line not in report.entry_lines
