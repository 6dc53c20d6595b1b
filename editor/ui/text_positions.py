"""Conversions between Python code-point columns and Qt's UTF-16 positions.

Why: the headless core reports columns in code points (what `str` indexes), while QString,
QTextCursor and QSyntaxHighlighter count UTF-16 code units. A character outside the Basic
Multilingual Plane (an emoji, a rare CJK ideograph) is one code point but two UTF-16 units, so
every position crossing into Qt is converted here, and nowhere else.
"""

from __future__ import annotations

import re

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def utf16_length(text: str) -> int:
    """How many UTF-16 code units `text` occupies in a QString."""
    return len(text) + len(_ASTRAL.findall(text))


def utf16_offset(text: str, column: int) -> int:
    """The UTF-16 position of code-point `column` in `text` (clamped to the text's bounds)."""
    column = max(0, min(column, len(text)))
    return column + len(_ASTRAL.findall(text, 0, column))


def code_point_offset(text: str, position: int) -> int:
    """The code-point column of UTF-16 `position` in `text`.

    A position between the two halves of a surrogate pair maps to the character it splits.
    """
    position = max(0, position)
    astral_before = 0
    for match in _ASTRAL.finditer(text):
        unit_start = match.start() + astral_before
        if unit_start >= position:
            break
        if unit_start + 1 == position:
            return match.start()
        astral_before += 1
    return min(position - astral_before, len(text))


def utf16_range(text: str, column: int, end_column: int | None) -> tuple[int, int]:
    """UTF-16 (start, end) of the code-point range `column`..`end_column` (None: to the end)."""
    end = len(text) if end_column is None else end_column
    return utf16_offset(text, column), utf16_offset(text, max(end, column))
