"""Recruiter screen presets and custom screens."""

from __future__ import annotations

import pytest

from editor.analysis.screen.fold import compute_fold
from editor.analysis.screen.presets import (
    DEFAULT_SCREEN_ID,
    SCREENS,
    ats_panel_screen,
    custom_screen,
    get_screen,
)

LETTER = (612.0, 792.0)
REQUIRED_PRESETS = (
    "chrome-1920x1080",
    "chrome-1536x864",
    "chrome-1280x720",
    "chrome-1366x768",
    "chrome-macbook-air",
    "chrome-2560x1440",
    "firefox-1920x1080",
    "firefox-1536x864",
    "ats-panel",
)


def test_the_catalogue_has_the_common_recruiter_screens_under_stable_ids() -> None:
    assert set(REQUIRED_PRESETS) <= set(SCREENS)
    for screen_id, screen in SCREENS.items():
        assert screen.id == screen_id
        assert screen.label


def test_the_default_screen_is_a_1080p_laptop_at_125_percent() -> None:
    screen = get_screen(None)
    assert screen.id == DEFAULT_SCREEN_ID == "chrome-1536x864"
    assert screen.device_size_px == (1920, 1080)


def test_screen_ids_are_found_whatever_their_case_and_spacing() -> None:
    assert get_screen(" Chrome-1920x1080 ").id == "chrome-1920x1080"


def test_an_unknown_screen_is_refused_with_the_choices_named() -> None:
    with pytest.raises(KeyError) as caught:
        get_screen("chrome-640x480")
    assert "chrome-640x480" in caught.value.args[0]
    assert "chrome-1536x864" in caught.value.args[0]


def test_a_custom_screen_from_resolution_and_scaling_matches_the_preset_it_describes() -> None:
    custom = custom_screen(1920, 1080, 1.25, "chrome")
    assert (custom.width_px, custom.height_px) == (1536, 864)
    preset_fold = compute_fold(get_screen("chrome-1536x864"), *LETTER)
    assert compute_fold(custom, *LETTER).fold_y_pt == pytest.approx(preset_fold.fold_y_pt)


def test_a_custom_mac_screen_loses_the_menu_bar_and_dock_not_a_taskbar() -> None:
    windows = compute_fold(custom_screen(2940, 1912, 2.0, "chrome"), *LETTER)
    mac = compute_fold(custom_screen(2940, 1912, 2.0, "chrome", mac=True), *LETTER)
    assert mac.viewer_px.y > windows.viewer_px.y
    assert mac.fold_y_pt == pytest.approx(compute_fold(get_screen("chrome-macbook-air"), *LETTER).fold_y_pt)


def test_a_bookmarks_bar_takes_room_from_the_first_screen() -> None:
    plain = compute_fold(custom_screen(1920, 1080), *LETTER)
    bookmarks = compute_fold(custom_screen(1920, 1080, bookmarks_bar=True), *LETTER)
    assert bookmarks.visible_fraction == pytest.approx(0.81, abs=0.02)  # docs/attention-model.md §1
    assert bookmarks.fold_y_pt < plain.fold_y_pt


@pytest.mark.parametrize(
    ("width", "height", "scaling"), [(1920, 1080, 0.2), (1920, 1080, 5.0), (100, 1080, 1.0), (1920, 100, 1.0)]
)
def test_a_custom_screen_no_monitor_has_is_refused(width: int, height: int, scaling: float) -> None:
    with pytest.raises(ValueError, match=r"screen|scaling"):
        custom_screen(width, height, scaling)


def test_a_custom_screen_with_an_unknown_viewer_names_the_viewers() -> None:
    with pytest.raises(KeyError, match="firefox"):
        custom_screen(1920, 1080, viewer="netscape")


def test_the_ats_panel_size_can_be_set() -> None:
    panel = ats_panel_screen(600, 650)
    assert (panel.width_px, panel.height_px) == (600, 650)
    assert panel.id == "ats-panel-600x650"
    assert custom_screen(600, 650, viewer="ats-panel").id == panel.id
    with pytest.raises(ValueError, match="ATS panel"):
        ats_panel_screen(50, 650)


def test_screens_describe_themselves_for_json() -> None:
    assert get_screen("firefox-1920x1080").as_dict() == {
        "id": "firefox-1920x1080",
        "label": "Firefox · 1920×1080 desktop monitor",
        "width_px": 1920,
        "height_px": 1080,
        "scaling": 1.0,
        "viewer": "firefox",
    }


def test_a_custom_screen_is_found_again_by_its_id() -> None:
    from editor.analysis.screen.presets import custom_screen, get_screen

    for screen in (
        custom_screen(1920, 1200, 1.25, "firefox"),
        custom_screen(2880, 1800, 2.0, mac=True),
        custom_screen(1400, 900, 1.0, "ats-panel"),
    ):
        again = get_screen(screen.id)
        assert again == screen


def test_an_unknown_screen_id_explains_how_to_describe_one() -> None:
    import pytest

    from editor.analysis.screen.presets import get_screen

    with pytest.raises(KeyError, match="custom-chrome-1920x1200@125"):
        get_screen("crt-640x480")
