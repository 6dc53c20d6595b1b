"""Style settings in the front matter: readable values are applied, others clamped with a note, never a crash."""

from __future__ import annotations

import pytest

from editor.analysis.rules import check_resume
from editor.formats.markdown.reader import read_markdown
from editor.render.templates import (
    ACCENTS,
    MIN_CONTRAST,
    TEMPLATES,
    contrast_ratio,
    get_template,
    styled_template,
)

MODERN = TEMPLATES["modern"]


def styled(**settings: str) -> tuple:
    return styled_template(MODERN, settings)


@pytest.mark.parametrize("name", sorted(ACCENTS))
def test_every_accent_in_the_palette_reads_on_white(name: str) -> None:
    assert contrast_ratio(ACCENTS[name]) >= MIN_CONTRAST


def test_contrast_ratio_matches_wcag_reference_values() -> None:
    assert contrast_ratio("#000000") == pytest.approx(21.0)
    assert contrast_ratio("#767676") == pytest.approx(4.54, abs=0.01)  # the lightest grey that passes AA


def test_a_pale_accent_is_darkened_until_it_reads_and_says_so() -> None:
    template, notes = styled(accent="#ffcc00")
    assert contrast_ratio(template.accent) >= MIN_CONTRAST and template.accent != "#ffcc00"
    assert notes and "too light" in notes[0]
    assert styled(accent="#1D5FA8")[0].accent == "#1d5fa8"
    assert styled(accent="Burgundy")[0].accent == ACCENTS["burgundy"]


def test_size_scales_every_text_style_and_clamps_to_10_to_12_pt() -> None:
    template, notes = styled(size="12pt")
    assert (template.body_size, notes) == (12.0, ())
    assert template.name_size == pytest.approx(MODERN.name_size * 12 / MODERN.body_size, abs=0.01)
    small, notes = styled(size="8")
    assert small.body_size == 10.0 and "outside 10–12 pt" in notes[0]
    assert styled(size="huge")[0] == MODERN


@pytest.mark.parametrize(
    ("value", "vertical", "horizontal"),
    [("0.5in", 36, 36), ("1in 0.75in", 72, 54), ("2cm", 56.69, 56.69), ('0.6" 54pt', 43.2, 54), ("20mm, 1", 56.69, 72)],
)
def test_margins_read_inches_points_and_centimetres(value: str, vertical: float, horizontal: float) -> None:
    template, notes = styled(margins=value)
    assert notes == ()
    assert (template.margin_top, template.margin_bottom) == (pytest.approx(vertical, abs=0.01),) * 2
    assert (template.margin_left, template.margin_right) == (pytest.approx(horizontal, abs=0.01),) * 2


def test_margins_outside_half_an_inch_to_an_inch_and_a_half_are_clamped() -> None:
    template, notes = styled(margins="0.2in 3in")
    assert (template.margin_top, template.margin_left) == (36, 108)
    assert len(notes) == 2 and all("outside 0.5–1.5 in" in note for note in notes)
    assert styled(margins="wide")[0] == MODERN and "margins:" in styled(margins="wide")[1][0]


def test_spacing_presets_numbers_and_clamping() -> None:
    tight = styled(spacing="tight")[0]
    assert (tight.leading, tight.section_space_before) == (1.15, 7.0)
    assert tight.entry_space_before < MODERN.entry_space_before
    custom = styled(spacing="1.3, 9pt")[0]
    assert (custom.leading, custom.section_space_before) == (1.3, 9.0)
    cramped, notes = styled(spacing="1.0, 2")
    assert (cramped.leading, cramped.section_space_before) == (1.15, 6.0) and len(notes) == 2
    assert styled(spacing="normal")[0] == MODERN


def test_font_and_dates_choices() -> None:
    assert styled(font="eb-garamond")[0].body_font.name == "EB Garamond"
    assert styled(font="Noto Sans")[0].heading_font.name == "Noto Sans"
    assert "unknown typeface" in styled(font="Comic Sans")[1][0]
    assert styled(dates="below")[0].dates_below and not styled(dates="right")[0].dates_below
    assert "not 'right' or 'below'" in styled(dates="left")[1][0]


def test_get_template_applies_the_settings_and_never_raises_on_bad_values() -> None:
    settings = {"size": "11", "margins": "-1", "spacing": "??", "accent": "nope", "font": "", "dates": "x"}
    template = get_template("classic", settings)
    assert template.body_size == 11 and template.body_font == TEMPLATES["classic"].body_font


def test_a_clamped_setting_is_a_finding_on_its_front_matter_line() -> None:
    text = "---\ntemplate: modern\nsize: 9\naccent: blue\n---\n\n# Ana Ruiz\nNurse\n"
    found = [finding for finding in check_resume(read_markdown(text), text) if finding.rule == "style-setting"]
    assert [(finding.line, finding.severity.value) for finding in found] == [(3, "info")]
    assert found[0].message == "Size: 9 pt is outside 10–12 pt; using 10 pt"
