"""Document properties are cut where a reader would cut them: after a word, never inside a letter."""

from __future__ import annotations

import unicodedata

from editor.render.document_facts import PROPERTY_LIMIT, shorten


def test_short_text_is_kept_as_it_is() -> None:
    assert shorten("Maria Delgado") == "Maria Delgado"


def test_long_text_is_cut_after_a_whole_word_with_an_ellipsis() -> None:
    text = "Customer Support Team Lead " * 20
    short = shorten(text)
    kept = short.removesuffix("…")
    assert len(short) <= PROPERTY_LIMIT and short.endswith("…")
    assert text.startswith(kept) and text[len(kept)] == " " and len(kept) > 200


def test_an_accent_is_never_separated_from_its_letter() -> None:
    text = "e\u0301" * 300  # no spaces: the cut falls between graphemes
    short = shorten(text, 10)
    assert short == "e\u0301" * 4 + "…"
    for limit in range(2, 40):
        kept = shorten(text, limit).removesuffix("…")
        assert len(kept) % 2 == 0 and not unicodedata.combining(kept[:1] or "x")


def test_emoji_sequences_stay_whole() -> None:
    family = "\U0001f469\u200d\U0001f469\u200d\U0001f467"  # one family emoji, five code points
    waving = "\U0001f44b\U0001f3fd"  # a waving hand and its skin tone
    for limit in range(2, 30):
        kept = shorten((family + waving) * 10, limit).removesuffix("…")
        assert kept == ((family + waving) * 10)[: len(kept)]
        assert not kept.endswith(("\u200d", "\U0001f469\u200d\U0001f469", "\U0001f44b"))


def test_one_letter_under_more_marks_than_the_limit_is_left_out() -> None:
    assert shorten("Z" + "\u0301" * 400, 255) == ""
