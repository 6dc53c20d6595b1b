"""Font registration and glyph fallback: every character gets a font that really draws it."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

from editor.render.fonts import (
    FALLBACK_FILES,
    REPLACEMENT_CHARACTER,
    descent,
    font_for,
    has_glyph,
    register_family,
    text_width,
)
from editor.render.templates import FAMILIES, SOURCE_SANS
from editor.resources import resource_path

FALLBACK_FOLDER = Path(resource_path("fonts", "fallback"))


@pytest.mark.parametrize("family", FAMILIES, ids=lambda family: family.name)
def test_a_template_family_registers_four_distinct_faces_once(family) -> None:
    names = register_family(family)
    faces = {names.face(bold, italic) for bold in (False, True) for italic in (False, True)}
    assert len(faces) == 4
    assert all(isinstance(pdfmetrics.getFont(face).face.charToGlyph, dict) for face in faces)
    assert register_family(family) is names


def test_bold_and_italic_pick_the_matching_face() -> None:
    names = register_family(SOURCE_SANS)
    assert (names.face(False, False), names.face(True, False)) == ("SourceSans3-Regular", "SourceSans3-Bold")
    assert (names.face(False, True), names.face(True, True)) == ("SourceSans3-Italic", "SourceSans3-BoldItalic")


@pytest.mark.parametrize("character", ["★", "中", "한", "ア", "ד", "ع", "☃"])
def test_a_character_the_family_lacks_is_drawn_by_a_fallback_that_has_it(character: str) -> None:
    regular = register_family(SOURCE_SANS).regular
    assert not has_glyph(regular, character)
    font, drawn = font_for(regular, character)
    assert drawn == character
    assert font != regular and has_glyph(font, character)


def test_hebrew_and_arabic_use_the_noto_faces_rather_than_dejavu() -> None:
    regular = register_family(SOURCE_SANS).regular
    assert font_for(regular, "ד")[0] == "Foldline-NotoSansHebrew"
    assert font_for(regular, "ع")[0] == "Foldline-NotoSansArabic"
    assert font_for(regular, "ד", bold=True)[0] == "Foldline-NotoSansHebrew-Bold"
    assert font_for(regular, "ع", bold=True)[0] == "Foldline-NotoSansArabic-Bold"
    assert font_for(regular, "中", bold=True)[0] == "Foldline-DroidSansFallback"  # no bold face: imitated


def test_characters_the_family_has_stay_in_the_family() -> None:
    regular = register_family(SOURCE_SANS).regular
    for character in "Aé•–’·ЖΩ":
        assert font_for(regular, character) == (regular, character)


def test_a_character_no_bundled_font_has_becomes_a_visible_replacement_character() -> None:
    hieroglyph = "\U00013000"
    font, drawn = font_for(register_family(SOURCE_SANS).regular, hieroglyph)
    assert drawn == REPLACEMENT_CHARACTER
    assert has_glyph(font, REPLACEMENT_CHARACTER)


def test_text_width_matches_reportlab_and_scales_with_the_size() -> None:
    regular = register_family(SOURCE_SANS).regular
    expected = pdfmetrics.stringWidth("Customer Support", regular, 10.5)
    assert text_width("Customer Support", regular, 10.5) == pytest.approx(expected)
    assert text_width("Customer Support", regular, 21) == pytest.approx(2 * expected)


def test_descent_is_a_positive_fraction_of_the_em() -> None:
    assert descent(register_family(SOURCE_SANS).regular) == pytest.approx(0.4)


def test_every_fallback_font_ships_with_its_licence_and_is_listed_in_the_readme() -> None:
    readme = (FALLBACK_FOLDER / "README.md").read_text(encoding="utf-8")
    licences = {path.name for path in FALLBACK_FOLDER.iterdir() if path.suffix == ".txt"}
    for _name, file_name in FALLBACK_FILES:
        assert (FALLBACK_FOLDER / file_name).is_file()
        row = next(line for line in readme.splitlines() if line.startswith(f"| {file_name} "))
        assert any(licence in row for licence in licences), row


def test_the_fallback_fonts_stay_small_enough_to_vendor() -> None:
    total = sum(path.stat().st_size for path in FALLBACK_FOLDER.iterdir())
    assert total < 6 * 1024 * 1024
