"""Tokens and stems under keyword matching (editor.analysis.keywords.text)."""

from __future__ import annotations

import pytest

from editor.analysis.keywords.text import phrase_key, stem, tokenize


def test_symbol_terms_are_single_tokens() -> None:
    texts = [token.text for token in tokenize("Used C++, C#, .NET, A+ and R&D budgets")]
    assert texts == ["Used", "C++", "C#", ".NET", "A+", "and", "R&D", "budgets"]


def test_go_is_not_found_inside_going() -> None:
    assert [token.lower for token in tokenize("Going forward")] == ["going", "forward"]


@pytest.mark.parametrize(
    "words",
    [
        ("manage", "managed", "managing", "manages"),
        ("nurse", "nursing", "nurses"),
        ("plan", "planned", "planning"),
        ("KPI", "KPIs"),
        ("policy", "policies"),
    ],
)
def test_inflections_share_a_stem(words: tuple[str, ...]) -> None:
    assert len({phrase_key(word) for word in words}) == 1


@pytest.mark.parametrize("word", ["status", "analysis", "saas", "business", "aws", "k8s", "c++"])
def test_words_that_only_look_plural_keep_their_ending(word: str) -> None:
    assert stem(word) == word


def test_hyphen_slash_and_space_spellings_share_a_key() -> None:
    assert phrase_key("CI/CD") == phrase_key("CI-CD") == phrase_key("ci cd")


def test_a_comma_ends_a_phrase_but_a_hyphen_or_markup_does_not() -> None:
    tokens = tokenize("de-escalation, **first** contact")
    assert [token.gap for token in tokens] == ["-", None, " ", None]


def test_columns_count_code_points_not_utf16_units() -> None:
    token = tokenize("🚀 CSAT")[0]
    assert (token.start, token.end) == (2, 6)
