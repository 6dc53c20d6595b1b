"""The attention model against its validation targets (docs/attention-model.md §3: V1–V8, V14, V16, V17).

The fixture is a conventional one-column Letter resume on the default screen (Chrome, 1536×864,
63 % of page 1 visible). Validation uses 2,000 simulated recruiters so that the figures are the
model's expectation, not the noise of the app's 200.
"""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from editor.analysis.attention.model import AttentionResult, predict_attention
from editor.analysis.screen.fold import compute_fold
from editor.analysis.screen.presets import get_screen
from editor.render.layout import LayoutMap
from tests.analysis.resume_fixtures import LETTER, Look, conventional_resume, layout_resume

VALIDATION_RUNS = 2000
RESUME = conventional_resume()
LAYOUT = layout_resume(RESUME)
FOLD = compute_fold(get_screen("chrome-1536x864"), *LETTER)


@pytest.fixture(scope="module")
def skim() -> AttentionResult:
    return predict_attention(LAYOUT, FOLD, RESUME, runs=VALIDATION_RUNS)


@pytest.fixture(scope="module")
def full_page() -> AttentionResult:
    return predict_attention(LAYOUT, None, RESUME, runs=VALIDATION_RUNS)


def test_v1_a_skim_is_about_thirty_fixations_of_skimming_length(skim: AttentionResult) -> None:
    assert 25 <= skim.statistics.mean_fixations <= 35
    assert 180 <= skim.statistics.mean_fixation_ms <= 250


def test_v2_about_eighty_percent_of_the_time_goes_to_the_six_key_fields(skim: AttentionResult) -> None:
    assert 0.70 <= skim.key_field_share <= 0.90


def test_v3_summary_bullets_and_contact_get_the_rest(skim: AttentionResult) -> None:
    assert 0.10 <= 1 - skim.key_field_share <= 0.30


def test_v4_the_name_is_looked_at_within_the_first_three_fixations(skim: AttentionResult) -> None:
    assert skim.statistics.header_early_share >= 0.80
    name = next(element for element in skim.elements if element.field == "name")
    assert name.first_fixation_ms == min(
        element.first_fixation_ms for element in skim.elements if element.first_fixation_ms is not None
    )


def test_v5_attention_is_top_heavy_over_the_whole_page(full_page: AttentionResult) -> None:
    centres = np.array([(line.top + line.bottom) / 2 for line in LAYOUT.lines])
    share = full_page.line_dwell_ms / full_page.total_dwell_ms
    assert share[centres < 0.2 * LAYOUT.page_height].sum() >= 0.42
    assert share[centres < 0.4 * LAYOUT.page_height].sum() >= 0.65


def test_v6_most_of_the_time_is_spent_on_the_left_half(skim: AttentionResult) -> None:
    assert 0.65 <= skim.statistics.left_half_share <= 0.85


def test_v7_a_skim_sees_a_small_share_of_the_words(skim: AttentionResult) -> None:
    assert 0.05 <= skim.word_coverage <= 0.15
    assert skim.visible_word_coverage < 0.28


def test_v8_bullets_are_seen_by_their_first_two_words(skim: AttentionResult) -> None:
    assert skim.statistics.first_words_share >= 0.50


def test_v14_nothing_below_the_fold_gets_any_time(skim: AttentionResult) -> None:
    grid = skim.grid(1)
    assert grid is not None
    assert grid.values[math.ceil(FOLD.fold_y_pt / grid.cell_pt) :].sum() == 0.0
    below = [index for index, line in enumerate(LAYOUT.lines) if not FOLD.shows(line)]
    assert below
    assert skim.line_dwell_ms[below].sum() == 0.0
    assert np.isnan(skim.line_first_fixation_ms[below]).all()
    assert [grid.page for grid in skim.grids] == [1]


def test_v16_a_six_second_skim_keeps_the_key_fields_and_sees_fewer_words(skim: AttentionResult) -> None:
    short = predict_attention(LAYOUT, FOLD, RESUME, budget_ms=6000, runs=VALIDATION_RUNS)
    assert abs(short.key_field_share - skim.key_field_share) <= 0.05
    assert short.word_coverage / skim.word_coverage == pytest.approx(6.0 / 7.4, rel=0.15)
    assert short.statistics.mean_fixations < skim.statistics.mean_fixations


def test_v17_the_same_seed_gives_the_same_heatmap_and_another_seed_a_different_one() -> None:
    first = predict_attention(LAYOUT, FOLD, RESUME, seed=7)
    again = predict_attention(LAYOUT, FOLD, RESUME, seed=7)
    other = predict_attention(LAYOUT, FOLD, RESUME, seed=8)
    assert np.array_equal(first.grid(1).values, again.grid(1).values)
    assert first.as_dict() == again.as_dict()
    assert not np.array_equal(first.grid(1).values, other.grid(1).values)


def test_the_grid_holds_all_the_dwell_and_dwell_fills_the_budget_less_saccades(skim: AttentionResult) -> None:
    grid = skim.grid(1)
    assert grid.total_ms == pytest.approx(skim.total_dwell_ms)
    name = LAYOUT.lines[0]
    assert grid.value_at((name.x0 + name.x1) / 2, (name.top + name.bottom) / 2) > grid.value_at(300, 700) == 0.0
    assert grid.value_at(-5, 10) == grid.value_at(10, 900) == 0.0
    assert 0.80 * skim.budget_ms <= skim.total_dwell_ms <= 0.95 * skim.budget_ms
    assert sum(element.dwell_ms for element in skim.elements) == pytest.approx(skim.total_dwell_ms)


def test_the_current_job_draws_more_eyes_than_the_previous_one(skim: AttentionResult) -> None:
    dwell = {element.field: element.dwell_ms for element in skim.elements}
    assert dwell["current_title"] > dwell["previous_title"] > dwell["older_title"]
    assert dwell["current_dates"] > dwell["previous_dates"]


def test_the_sample_scanpath_replays_one_recruiter_in_time_order(skim: AttentionResult) -> None:
    path = skim.scanpath
    assert 20 <= len(path) <= 45
    assert path[0].start_ms == 0.0
    starts = [fixation.start_ms for fixation in path]
    assert starts == sorted(starts)
    assert path[-1].start_ms + path[-1].duration_ms <= skim.budget_ms + 1e-6
    for fixation in path:
        line = LAYOUT.lines[fixation.line]
        assert FOLD.shows(line)
        assert line.x0 <= fixation.x_pt <= line.x1
        assert line.top <= fixation.y_pt <= line.bottom


def test_the_result_is_json_with_the_documented_keys(skim: AttentionResult) -> None:
    data = json.loads(json.dumps(skim.as_dict()))
    assert data["budget_ms"] == 7400.0
    assert {"role", "text", "dwell_ms", "first_fixation_ms"} <= set(data["elements"][0])
    assert data["elements"][0]["role"] == "name"
    assert set(data["key_fields"]) == {
        "name",
        "current_title_company",
        "current_dates",
        "previous_title_company",
        "previous_dates",
        "education",
    }
    assert {"key_field_share", "keywords_seen", "keywords_missed", "word_coverage", "summary"} <= set(data)


def test_the_plain_language_summary_names_what_was_seen_and_missed(skim: AttentionResult) -> None:
    assert skim.summary.startswith("Saw: name ")
    assert "current title" in skim.summary.split("Missed:")[0]
    assert "your education (below the fold)" in skim.summary


def test_an_empty_layout_gives_an_empty_prediction_not_an_error() -> None:
    result = predict_attention(LayoutMap(612, 792, 1, ()), FOLD)
    assert result.total_dwell_ms == 0.0
    assert result.elements == ()
    assert result.key_field_share == 0.0
    assert result.grid(1).total_ms == 0.0


def test_scroll_mode_reaches_page_two_and_first_screen_mode_never_does() -> None:
    two_pages = layout_resume(RESUME, Look(page=(612.0, 500.0)))
    fold = compute_fold(get_screen("chrome-1920x1080"), 612.0, 500.0)
    assert two_pages.page_count == 2
    page_two = np.array([line.page == 2 for line in two_pages.lines])
    scrolled = predict_attention(two_pages, fold, RESUME, scroll=True, runs=VALIDATION_RUNS)
    assert scrolled.mode == "scroll"
    assert scrolled.line_dwell_ms[page_two].sum() > 0
    assert [grid.page for grid in scrolled.grids] == [1, 2]
    first_screen = predict_attention(two_pages, fold, RESUME)
    assert first_screen.line_dwell_ms[page_two].sum() == 0


@pytest.mark.parametrize("options", [{"scroll": True}, {"budget_ms": 0}, {"runs": 0}])
def test_impossible_requests_are_refused(options: dict) -> None:
    fold = None if options.get("scroll") else FOLD
    with pytest.raises(ValueError, match=r"scroll|positive"):
        predict_attention(LAYOUT, fold, RESUME, **options)
