"""Code-point columns from the core become the right UTF-16 positions for Qt, and back."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from editor.ui.text_positions import code_point_offset, utf16_length, utf16_offset, utf16_range

EMOJI_LINE = "🚀 Launched **Zendesk**"


def test_ascii_columns_are_the_same_in_utf16() -> None:
    assert utf16_offset("Raised CSAT", 7) == 7
    assert code_point_offset("Raised CSAT", 7) == 7


def test_an_emoji_before_a_word_shifts_its_utf16_position_by_one() -> None:
    column = EMOJI_LINE.index("Launched")
    assert column == 2
    assert utf16_offset(EMOJI_LINE, column) == 3
    assert code_point_offset(EMOJI_LINE, 3) == 2


def test_cjk_in_the_basic_plane_takes_one_unit_each() -> None:
    line = "東京 office"
    assert utf16_offset(line, line.index("office")) == 3
    assert utf16_length(line) == len(line)


def test_a_position_inside_a_surrogate_pair_maps_to_the_character_it_splits() -> None:
    assert code_point_offset(EMOJI_LINE, 1) == 0


def test_columns_beyond_the_line_are_clamped() -> None:
    assert utf16_offset("ab😀", 99) == 4
    assert code_point_offset("ab😀", 99) == 3


def test_a_missing_end_column_means_the_end_of_the_line() -> None:
    assert utf16_range("😀 Team lead", 2, None) == (3, 12)


@given(st.text(), st.data())
def test_conversion_matches_the_utf16_encoding_and_round_trips(text: str, data: st.DataObject) -> None:
    column = data.draw(st.integers(min_value=0, max_value=len(text)))
    units = len(text[:column].encode("utf-16-le")) // 2
    assert utf16_offset(text, column) == units
    assert code_point_offset(text, units) == column
    assert utf16_length(text) == len(text.encode("utf-16-le")) // 2
