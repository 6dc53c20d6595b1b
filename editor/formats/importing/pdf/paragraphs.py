"""PDF lines joined into the paragraphs and bullets they were set as.

A PDF has lines, not paragraphs: a wrapped bullet is two lines, a hyphenated word is cut in
two. Lines join when they continue each other (same column and size, the usual line gap,
aligned, the previous one full to the right edge); a line starts a bullet when it opens with
a bullet glyph, an icon many lines open with, or a disc drawn just left of it.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from functools import cache

from editor.formats.dates import parse_date_range
from editor.formats.importing.lines import StyledLine
from editor.formats.importing.pdf.chars import PdfMark
from editor.formats.importing.pdf.layout import SIDEWAYS_COLUMN, UNKNOWN_GLYPH, PdfLine
from editor.formats.importing.text import bullet_prefix, drop_prefix, is_private_use
from editor.formats.markdown.contacts import contact_kind
from editor.model import ContactKind, Run, Text, plain

NESTED_BULLET_INDENT = 8.0
DRAWN_BULLET_GAP_EM = 2.0
FREQUENT_ICON = 3  # lines starting with the same icon glyph before it counts as a bullet


class _Block:
    """Lines of one paragraph or bullet, joined as the text wraps."""

    def __init__(self, line: PdfLine, runs: Text, bullet: bool, text_x0: float, glyph_x0: float) -> None:
        self.first = self.last = line
        self.line_number = 0
        self.runs = list(runs)
        self.bullet, self.text_x0, self.glyph_x0 = bullet, text_x0, glyph_x0

    def add(self, line: PdfLine) -> None:
        """Append a continuation line, repairing a word hyphenated across the break."""
        ending, following = plain(tuple(self.runs)), line.text
        if ending.endswith("\u00ad"):
            self._drop_last_character()  # a soft hyphen ending a line: the word goes on
        elif ending.endswith("-") and following[:1].islower():
            fragment, rest = ending.rstrip("-").split(" ")[-1], following.split(" ")[0]
            address = any(mark in fragment + rest for mark in "@./")
            if len(fragment) > 1 and not address and not typed_compound(fragment, rest):
                self._drop_last_character()
        elif not ending.endswith(("-", "/")):
            self.runs.append(Run(" ", *self._style()))
        self.runs += line.runs
        self.last = line

    def _style(self) -> tuple[bool, bool]:
        last = self.runs[-1] if self.runs else Run("")
        return last.bold, last.italic

    def _drop_last_character(self) -> None:
        last = self.runs.pop()
        if last.text[:-1]:
            self.runs.append(Run(last.text[:-1], last.bold, last.italic, last.link))


_WORD_EDGE = re.compile(r"^\W+|\W+$")


def typed_compound(first: str, second: str) -> bool:
    """Whether "first-" ending a line and "second" opening the next are a compound the person typed
    ("open-source"), not one word the typesetter hyphenated ("ex-perience").

    Why a dictionary: both draw the same hyphen glyph. A compound's halves are words of their own
    and its letters run together are not; a hyphenated word's halves mostly are not words.
    """
    words = _english_words()
    first, second = _WORD_EDGE.sub("", first).lower(), _WORD_EDGE.sub("", second).lower()
    return len(first) > 1 and len(second) > 1 and first in words and second in words and first + second not in words


@cache
def _english_words() -> frozenset[str]:
    """pyspellchecker's English word list (about 160,000 words, loaded on the first line-end hyphen)."""
    from spellchecker import SpellChecker

    return frozenset(SpellChecker(language="en", distance=1).word_frequency.dictionary)


def paragraphs(pages: list[list[PdfLine]], marks: list[tuple[PdfMark, ...]]) -> list[StyledLine]:
    """Each page's lines joined into paragraphs and bullets, as styled lines for the structure step.

    `marks` are each page's small drawn shapes, where a browser's list bullets are.
    """
    everything = [line for lines in pages for line in lines]
    icons = Counter(line.text[:1] for line in everything if line.text[:1] and _is_icon(line.text[0]))
    gap = _typical_gap(pages)
    blocks: list[_Block] = []
    right_edges = _right_edges(everything)
    for lines, page_marks in zip(pages, marks, strict=True):
        previous: _Block | None = None
        for line_number, line in enumerate(lines, start=1):
            block = _start(line, icons, page_marks)
            block.line_number = line_number
            joins = not block.bullet or _dash_continuation(previous, block)
            if previous is not None and joins and _continues(previous, line, gap, right_edges):
                previous.add(line)
                continue
            blocks.append(block)
            previous = block
    leftmost: dict[int, float] = {}
    for block in blocks:
        if block.bullet:
            column = block.first.column
            leftmost[column] = min(leftmost.get(column, block.glyph_x0), block.glyph_x0)
    return [_styled(block, number, leftmost.get(block.first.column, 0.0)) for number, block in enumerate(blocks, 1)]


def _dash_continuation(previous: _Block | None, block: _Block) -> bool:
    """A wrapped line that happens to start with a dash ("– 2015)") rather than a dash bullet."""
    if previous is None or block.first.text[:1] not in "-–—":
        return False
    return not (previous.bullet and abs(previous.glyph_x0 - block.glyph_x0) < 2)


def _is_icon(character: str) -> bool:
    """An icon-font glyph or a glyph without text: a bullet when many lines start with it."""
    return is_private_use(character) or character == UNKNOWN_GLYPH


def _start(line: PdfLine, icons: Counter, marks: tuple[PdfMark, ...]) -> _Block:
    text = line.text
    visible = [char for char in line.chars if not char.text.isspace()]
    if line.column != SIDEWAYS_COLUMN and (mark := _drawn_bullet(line, marks)) is not None:
        return _Block(line, line.runs, True, line.x0, mark.x0)
    prefix = bullet_prefix(text)
    if not prefix and text[:1] and _is_icon(text[0]) and icons[text[0]] >= FREQUENT_ICON and not _icon_dated(text):
        prefix = 1 + len(text[1:]) - len(text[1:].lstrip())
    if not prefix or len(visible) < 2:
        return _Block(line, line.runs, False, line.x0, line.x0)
    glyphs = len(text[:prefix].strip())
    text_x0 = visible[min(glyphs, len(visible) - 1)].x0
    return _Block(line, drop_prefix(line.runs, prefix), True, text_x0, visible[0].x0)


def _icon_dated(text: str) -> bool:
    """A calendar icon before an entry's dates (AltaCV: "📅 March 2018 – 2020  📍 Valencia"), not a bullet."""
    first = re.split(r"[\t\ue000-\uf8ff]", text[1:], maxsplit=1)[0]
    return parse_date_range(first.strip()) is not None


def _drawn_bullet(line: PdfLine, marks: tuple[PdfMark, ...]) -> PdfMark | None:
    """A disc or square drawn just left of the line's first letter, at the height of its letters."""
    for mark in marks:
        middle = (mark.top + mark.bottom) / 2
        if line.top <= middle <= line.bottom and 0 <= line.x0 - mark.x1 <= DRAWN_BULLET_GAP_EM * line.size:
            return mark
    return None


def _continues(block: _Block, line: PdfLine, gap: float, right_edges: dict) -> bool:
    """Is `line` the wrapped continuation of the block's last line?"""
    last = block.last
    if (last.page, last.column) != (line.page, line.column) or "\t" in last.text or "\t" in line.text:
        return False
    size = max(line.size, last.size)
    if abs(line.size - last.size) > 0.6:
        return False
    if not -0.3 * size <= line.top - last.bottom <= (gap + 0.25) * size:
        return False
    aligned = abs(line.x0 - block.text_x0) <= 0.6 * size or abs(line.x0 - last.x0) <= 0.6 * size
    visible = [char for char in line.chars if not char.text.isspace()]
    first_word_end = next((char.x0 for char in line.chars[1:] if char.text.isspace()), visible[-1].x1)
    word_width = first_word_end - visible[0].x0 + 0.25 * size
    wrapped = last.x1 + word_width >= right_edges[(line.page, line.column)] - 0.5 * size
    return aligned and wrapped and not _is_contact_item(last.text) and not _is_contact_item(line.text)


def _is_contact_item(text: str) -> bool:
    """An e-mail address, web address or phone number on a line of its own: never a wrapped line."""
    return len(text.split()) <= 4 and contact_kind(text) in (ContactKind.EMAIL, ContactKind.URL, ContactKind.PHONE)


def _typical_gap(pages: list[list[PdfLine]]) -> float:
    """The most common space between a line's bottom and the next line's top, per point of size."""
    gaps = Counter(
        round((following.top - line.bottom) / line.size, 2)
        for lines in pages
        for line, following in itertools.pairwise(lines)
        if following.column == line.column
        and abs(following.size - line.size) < 0.6
        and 0 <= following.top - line.bottom < 2 * line.size
    )
    return gaps.most_common(1)[0][0] if gaps else 0.3


def _right_edges(lines: list[PdfLine]) -> dict[tuple[int, int], float]:
    edges: dict[tuple[int, int], float] = {}
    for line in lines:
        key = (line.page, line.column)
        edges[key] = max(edges.get(key, 0.0), line.x1)
    return edges


def _styled(block: _Block, number: int, leftmost_glyph: float) -> StyledLine:
    first = block.first
    level = None
    if block.bullet:
        level = 1 if block.glyph_x0 >= leftmost_glyph + NESTED_BULLET_INDENT else 0
    return StyledLine(
        tuple(block.runs),
        f"page {first.page}, line {block.line_number}",
        number,
        first.size,
        bullet_level=level,
    )
