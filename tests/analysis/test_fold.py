"""The fold: how much of page 1 each screen shows (docs/attention-model.md §1, V15) and what is above it."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from editor.analysis.screen.fold import compute_fold, fold_summary
from editor.analysis.screen.presets import ats_panel_screen, custom_screen, get_screen
from editor.render.layout import LayoutLine, Role
from tests.analysis.resume_fixtures import A4, ADDRESS, LETTER, Look, conventional_resume, layout_resume

# (screen, Letter visible %, A4 visible %, tolerance): the reference column of docs/attention-model.md §1 (V15).
VISIBLE = [
    ("chrome-1920x1080", 84, 79, 2),
    ("chrome-1536x864", 63, 60, 2),
    ("chrome-1366x768", 54, 51, 2),
    ("chrome-1280x720", 50, 47, 2),
    ("chrome-macbook-air", 67, 63, 2),
    ("chrome-macbook-pro-14", 69, 65, 2),
    ("chrome-2560x1440", 100, 100, 0),
    ("firefox-1920x1080", 69, 65, 3),
    ("firefox-1536x864", 52, 49, 3),
]


@pytest.mark.parametrize(("screen_id", "letter", "a4", "tolerance"), VISIBLE)
def test_the_share_of_page_one_on_the_first_screen_matches_the_viewer_geometry(
    screen_id: str, letter: float, a4: float, tolerance: float
) -> None:
    screen = get_screen(screen_id)
    assert compute_fold(screen, *LETTER).visible_fraction * 100 == pytest.approx(letter, abs=tolerance)
    assert compute_fold(screen, *A4).visible_fraction * 100 == pytest.approx(a4, abs=tolerance)


@pytest.mark.parametrize(
    ("screen_id", "fold_y"),
    [("chrome-1920x1080", 664), ("chrome-1536x864", 502), ("chrome-1366x768", 430), ("chrome-1280x720", 394)],
)
def test_the_fold_of_a_letter_page_lands_where_the_notes_computed(screen_id: str, fold_y: float) -> None:
    assert compute_fold(get_screen(screen_id), *LETTER).fold_y_pt == pytest.approx(fold_y, abs=2)


def test_chrome_opens_at_100_percent_and_firefox_at_125_percent_on_wide_windows() -> None:
    assert compute_fold(get_screen("chrome-1920x1080"), *LETTER).zoom == 1.0
    assert compute_fold(get_screen("firefox-1920x1080"), *LETTER).zoom == 1.25


def test_a_narrow_chrome_window_fits_the_page_width_and_shows_more_of_it() -> None:
    narrow = compute_fold(custom_screen(700, 1080), *LETTER)
    wide = compute_fold(custom_screen(1920, 1080), *LETTER)
    assert narrow.zoom == pytest.approx((700 - 15) / (816 + 10))
    assert narrow.visible_fraction > wide.visible_fraction


@pytest.mark.parametrize(("size", "letter", "a4"), [((700, 700), 80, 73), ((600, 650), 87, 79), ((900, 800), 70, 64)])
def test_an_ats_panel_fits_the_page_to_its_width(size: tuple[int, int], letter: float, a4: float) -> None:
    panel = ats_panel_screen(*size)
    assert compute_fold(panel, *LETTER).visible_fraction * 100 == pytest.approx(letter, abs=1)
    assert compute_fold(panel, *A4).visible_fraction * 100 == pytest.approx(a4, abs=1)


def test_the_monitor_drawing_puts_page_one_under_the_toolbars_centred_in_the_viewer() -> None:
    fold = compute_fold(get_screen("chrome-1536x864"), *LETTER)
    assert fold.viewer_px.y == 87 + 56  # browser UI + PDF toolbar
    assert fold.viewer_px.height == 864 - 143 - 48  # minus the Windows taskbar
    assert fold.page_px.y == fold.viewer_px.y + 3
    assert fold.page_px.width == pytest.approx(816)
    assert fold.page_px.x == pytest.approx((1536 - 15 - 816) / 2)
    assert fold.visible_rect_pt == (0.0, 0.0, 612.0, fold.fold_y_pt)


def test_a_page_without_area_is_refused() -> None:
    with pytest.raises(ValueError, match="no area"):
        compute_fold(get_screen(None), 0, 792)


def _line(top: float, bottom: float, page: int = 1) -> LayoutLine:
    return LayoutLine(page, 54, top, 200, bottom, bottom - 2, "text", Role.BULLET, 10.5, "Sans")


def test_a_line_counts_as_above_the_fold_when_most_of_it_shows() -> None:
    fold = compute_fold(get_screen("chrome-1536x864"), *LETTER)  # fold at 502.5 pt
    assert fold.shows(_line(480, 492))
    assert fold.shows(_line(492, 504))  # 1.5 of 12 pt cut off
    assert not fold.shows(_line(498, 510))
    assert not fold.shows(_line(40, 52, page=2))


def test_the_summary_says_which_parts_of_the_resume_the_first_screen_shows() -> None:
    resume = conventional_resume()
    summary = fold_summary(layout_resume(resume), compute_fold(get_screen(None), *LETTER), resume)
    assert summary.above[:4] == ("name", "headline", "contact line", "summary")
    assert "current job" in summary.above
    assert summary.below == ("education", "skills")
    assert "Below the fold: education; skills." in summary.text
    assert "63 % of page 1" in summary.text


def test_a_job_cut_by_the_fold_is_described_by_what_shows_of_it() -> None:
    resume = conventional_resume()
    summary = fold_summary(layout_resume(resume), compute_fold(get_screen("chrome-1280x720"), *LETTER), resume)
    assert "previous job: title, dates, company and 2 of 4 bullets" in summary.above
    assert "job 3" in summary.below


def test_a_home_address_block_pushes_the_third_jobs_bullets_below_the_fold() -> None:
    resume = conventional_resume()
    fold = compute_fold(get_screen(None), *LETTER)
    assert "job 3" in fold_summary(layout_resume(resume), fold, resume).above
    with_address = fold_summary(layout_resume(resume, Look(address=ADDRESS)), fold, resume)
    assert "job 3: title, dates and company (none of its 3 bullets)" in with_address.above


def test_without_the_model_the_section_headings_name_the_parts() -> None:
    resume = conventional_resume()
    layout = layout_resume(resume)
    fold = compute_fold(get_screen(None), *LETTER)
    assert fold_summary(layout, fold, None).above == fold_summary(layout, fold, resume).above


def test_a_current_job_listed_second_is_still_the_current_job() -> None:
    resume = conventional_resume()
    experience = resume.sections[1]
    swapped = replace(experience, items=(experience.items[1], experience.items[0], experience.items[2]))
    resume = replace(resume, sections=(resume.sections[0], swapped, *resume.sections[2:]))
    summary = fold_summary(layout_resume(resume), compute_fold(get_screen("chrome-1280x720"), *LETTER), resume)
    assert "current job: title, dates, company and 3 of 5 bullets" in summary.above
    assert "previous job" in summary.above


def test_the_summary_is_json_for_the_analyze_command() -> None:
    resume = conventional_resume()
    data = fold_summary(layout_resume(resume), compute_fold(get_screen(None), *LETTER), resume).as_dict()
    assert {"screen", "visible_fraction", "fold_y_pt", "zoom", "above", "below"} <= set(data)
    assert data["screen"] == "chrome-1536x864"
    assert data["fold_y_pt"] == pytest.approx(502.5)
    assert json.loads(json.dumps(data)) == data
