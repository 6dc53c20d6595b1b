"""Right-to-left text in visual order: the pieces of a line as they must be drawn from left to right.

Why: a PDF shows glyphs where they are drawn, and text extractors (pdftotext, pypdf, pdfminer) expect
Hebrew and Arabic stored in visual order, which they turn back into reading order. Drawn in reading
order from left to right, 'נועה כהן' showed reversed on the page and came back reversed from both.

A reduced form of the Unicode bidirectional algorithm (UAX #9), enough for resume lines: the line's
direction is that of its first strong character; a piece is right-to-left, left-to-right or neutral
(spaces, punctuation; digits count as left-to-right); a neutral between two pieces of one direction
takes it, others take the line's; runs are reversed from the highest level down (rule L2), and
right-to-left pieces have their characters reversed. No mirroring of brackets; Arabic is shaped
before (`arabic.shape`).
"""

from __future__ import annotations

import re
import unicodedata
from typing import TypeVar

T = TypeVar("T")

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_LEFT, _RIGHT, _NEUTRAL = 0, 1, None


def has_rtl(text: str) -> bool:
    """True when `text` holds a Hebrew, Arabic or other right-to-left letter."""
    return _RTL.search(text) is not None


def _direction(text: str) -> int | None:
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind in ("R", "AL"):
            return _RIGHT
        if kind in ("L", "EN", "AN"):
            return _LEFT
    return _NEUTRAL


def visual_order(pieces: list[tuple[str, T]]) -> list[tuple[str, T]]:
    """The pieces of one line (text in reading order, with what draws it) in left-to-right drawing order."""
    directions = [_direction(text) for text, _look in pieces]
    base = next((direction for direction in directions if direction is not None), _LEFT)
    resolved: list[int] = []
    for index, direction in enumerate(directions):
        if direction is None:
            before = next((d for d in reversed(directions[:index]) if d is not None), base)
            after = next((d for d in directions[index + 1 :] if d is not None), base)
            resolved.append(before if before == after else base)
        else:
            resolved.append(direction)
    levels = [
        (1 if direction == _RIGHT else 0) if base == _LEFT else (1 if direction == _RIGHT else 2)
        for direction in resolved
    ]
    order = list(range(len(pieces)))
    for level in range(max(levels, default=0), 0, -1):
        start = None
        for position in range(len(order) + 1):
            inside = position < len(order) and levels[order[position]] >= level
            if inside and start is None:
                start = position
            elif not inside and start is not None:
                order[start:position] = reversed(order[start:position])
                start = None
    return [(pieces[index][0][::-1] if levels[index] % 2 else pieces[index][0], pieces[index][1]) for index in order]
