"""Layout changes a job seeker makes, and what they do to a recruiter's skim (V9–V11, keywords, address)."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import numpy as np
import pytest

from editor.analysis.attention.model import AttentionResult, predict_attention
from editor.analysis.screen.fold import compute_fold, fold_summary
from editor.analysis.screen.presets import get_screen
from editor.model import Resume, runs
from tests.analysis.resume_fixtures import (
    ADDRESS,
    JOBS,
    LETTER,
    Look,
    conventional_resume,
    layout_resume,
)

VALIDATION_RUNS = 2000
FOLD = compute_fold(get_screen("chrome-1536x864"), *LETTER)
RESUME = conventional_resume()


CONVENTIONAL = Look()


def skim(resume: Resume, look: Look = CONVENTIONAL, **options: object) -> AttentionResult:
    return predict_attention(layout_resume(resume, look), FOLD, resume, runs=VALIDATION_RUNS, **options)


@pytest.fixture(scope="module")
def conventional() -> AttentionResult:
    return skim(RESUME)


def _current_bullets(result: AttentionResult) -> list[float]:
    return [element.dwell_ms for element in result.elements if element.label.endswith("of current job")]


def test_v9_bullets_with_numerals_hold_the_eye_longer(conventional: AttentionResult) -> None:
    title, company, place, dates, current, bullets = JOBS[0]
    spelled_out = tuple(re.sub(r"\$?\d[\d,.]*[%+]?", "many", bullet) for bullet in bullets)
    words_only = conventional_resume(jobs=((title, company, place, dates, current, spelled_out), *JOBS[1:]))
    with_numerals, without = _current_bullets(conventional), _current_bullets(skim(words_only))
    assert sum(with_numerals) >= 1.2 * sum(without)
    assert with_numerals[0] >= 1.2 * without[0]


def test_v10_bold_job_titles_raise_the_key_field_share_by_five_points(conventional: AttentionResult) -> None:
    plain = skim(RESUME, Look(bold_titles=False))
    assert conventional.key_field_share - plain.key_field_share >= 0.05


def test_v11_two_columns_without_headings_and_with_paragraphs_hide_the_key_fields(
    conventional: AttentionResult,
) -> None:
    cluttered = skim(RESUME, Look(columns=2, headings=False, dense=True, bold_titles=False))
    assert conventional.key_field_share - cluttered.key_field_share >= 0.10

    def entropy(result: AttentionResult) -> float:
        share = result.line_dwell_ms[result.line_dwell_ms > 0] / result.total_dwell_ms
        return float(-(share * np.log(share)).sum())

    assert entropy(cluttered) > entropy(conventional)


def _with_headline(text: str) -> Resume:
    return replace(RESUME, header=replace(RESUME.header, headline=(runs(text),)))


def test_a_keyword_moved_above_the_fold_gains_dwell_and_is_seen() -> None:
    below = skim(RESUME, keywords=["Freshdesk"])  # only in the skills, below the fold
    [missed] = below.keywords
    assert (missed.seen, missed.reason, missed.seen_share) == (False, "below the fold", 0.0)
    assert "Freshdesk (below the fold)" in below.summary

    above = skim(_with_headline("Freshdesk Customer Support Team Lead"), keywords=["Freshdesk"])
    [seen] = above.keywords
    assert seen.seen
    assert seen.seen_share >= 0.8
    assert seen.first_seen_ms < 2000
    assert above.elements[1].field == "headline"
    assert above.elements[1].dwell_ms > 1.3 * below.elements[1].dwell_ms
    assert "Freshdesk" in above.summary.split("Missed:")[0]


def test_keywords_match_whole_words_in_any_case() -> None:
    result = skim(_with_headline("FRESHDESK support lead"), keywords=["freshdesk", "desk", "Kubernetes"])
    seen, partial, absent = result.keywords
    assert seen.seen
    assert partial.reason == absent.reason == "not in your resume"
    assert [item["term"] for item in result.as_dict()["keywords_missed"]] == ["desk", "Kubernetes"]


def test_a_home_address_at_the_top_takes_time_from_the_key_fields(conventional: AttentionResult) -> None:
    with_address = skim(RESUME, Look(address=ADDRESS))

    def contact(result: AttentionResult) -> float:
        return next(element.dwell_ms for element in result.elements if element.field == "contact")

    assert contact(with_address) > 2 * contact(conventional)
    assert with_address.key_field_share < conventional.key_field_share
    address_layout = layout_resume(RESUME, Look(address=ADDRESS))
    assert "job 3" not in fold_summary(address_layout, FOLD, RESUME).above


def test_the_sample_resume_end_to_end(sample_resume_text: str) -> None:
    from editor.formats.export.pdf_writer import build_pdf
    from editor.formats.markdown.reader import read_markdown

    resume = read_markdown(sample_resume_text)
    layout = build_pdf(resume).layout
    fold = compute_fold(get_screen(None), layout.page_width, layout.page_height)
    summary = fold_summary(layout, fold, resume)
    assert summary.above[:3] == ("name", "headline", "contact line")
    assert "education" in summary.below
    result = predict_attention(layout, fold, resume, keywords=["Zendesk", "CSAT", "Kubernetes"])
    assert 0.6 <= result.key_field_share <= 0.9
    assert result.elements[0].text == "Maria Delgado"
    assert result.elements[0].first_fixation_ms is not None
    assert {sighting.term: sighting.reason for sighting in result.keywords_missed}.get(
        "Kubernetes"
    ) == "not in your resume"
    json.dumps(result.as_dict())
    assert result.grid(1).values[int(np.ceil(fold.fold_y_pt / 4)) :].sum() == 0.0
