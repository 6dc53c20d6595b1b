"""From a PDF page's characters to its lines in reading order: words, column gaps, two columns.

Characters on one baseline make a row; a wide gap inside a row (a right-aligned date) splits
it into segments joined by a tab. A page is read as two columns when a vertical gutter runs
through almost every row and text of substance lies on both sides; the rows above the
columns (the name, the contact line) come first, then the left column, then the right.
Words are found from gaps, including headings set with letter spacing ("E X P E R I E N C E").
"""

from __future__ import annotations

import itertools
import math
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cache
from statistics import median

from editor.formats.dates import parse_date_range
from editor.formats.importing.pdf.chars import PdfChar, PdfLink, PdfPageText
from editor.formats.importing.pdf.glyphs import glyph_texts
from editor.formats.importing.pdf.margin import fold_margin_dates
from editor.formats.markdown.contacts import is_location
from editor.model import Run, Text

SEGMENT_GAP_EM = 1.8
WORD_GAP_EM = 0.1  # justified TeX lines squeeze a Roboto space to 0.16 em; kerning stays under 0.05
TRACKED_GAP_FACTOR = 2.5  # with light tracking (0.1 em) a word gap is still this many letter gaps
LETTER_SPACED_EM = 0.12
COLUMN_MARGIN = 0.15
SIDEWAYS_COLUMN = -1  # the column number of lines read from sideways text
MAX_SPLITS = 2  # columns inside columns: up to four across a page
OVERFLOW_SHARE = 0.25  # of the right column's width that sidebar text may run into
GUTTER_MIN_WIDTH = 8
MIN_PROSE_ROWS = 3  # rows of words (not dates, not places) each column needs
MIN_COLUMN_REACH = 0.2  # of the rows, from a column's first row of prose to its last
MIN_COLUMN_SHARE = 0.1  # of the characters beside the gutter, the smaller column holds at least this
UNKNOWN_GLYPH = "\ufffd"  # a glyph without a text mapping; dropped when the text is cleaned
_BOLD = re.compile(r"bold|black|heavy|demi|medi|cmbx|cmb\d|[-,]b[d]?$|-sb$")
_ITALIC = re.compile(r"italic|oblique|ital|cmti|cmsl|slant|[-,]it?$")


@dataclass(frozen=True)
class PdfLine:
    """One line of one column: its runs (segments joined by tabs) and its box (top-left origin)."""

    page: int
    column: int
    runs: Text
    chars: tuple[PdfChar, ...]
    x0: float
    x1: float
    top: float
    bottom: float
    size: float

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@cache
def font_style(font: str) -> tuple[bool, bool]:
    """(bold, italic) from a PostScript font name: "ABCDEF+SourceSans3-BoldItalic", "CMBX10", "NimbusRomNo9L-Medi"."""
    name = font.split("+", 1)[-1].casefold()
    return bool(_BOLD.search(name)), bool(_ITALIC.search(name))


def page_lines(page: PdfPageText) -> tuple[list[PdfLine], int]:
    """The page's lines in reading order, and how many columns it was read as.

    Text set sideways (a label up the margin) comes last, as lines of their own.
    """
    chars = [char for char in page.chars if char.text and char.size > 0]
    upright = [char for char in chars if char.rotation == 0]
    lines, columns = _upright_lines(page, upright)
    for rotation in (90, 180, 270):
        turned = [_turned_upright(char, rotation, page) for char in chars if char.rotation == rotation]
        if turned:
            rows = [segments for segments in map(_segments, _rows(turned)) if segments]
            lines += [_line(page, SIDEWAYS_COLUMN, row) for row in rows]
    return lines, columns


def _turned_upright(char: PdfChar, rotation: int, page: PdfPageText) -> PdfChar:
    """A sideways glyph's box as if the page were turned so that its text reads left to right."""
    if rotation == 270:  # reads upwards, the letters' tops to the left
        box = (page.height - char.bottom, page.height - char.top, char.x0, char.x1)
    elif rotation == 90:  # reads downwards, the letters' tops to the right
        box = (char.top, char.bottom, page.width - char.x1, page.width - char.x0)
    else:
        box = (page.width - char.x1, page.width - char.x0, page.height - char.bottom, page.height - char.top)
    return replace(char, x0=box[0], x1=box[1], top=box[2], bottom=box[3], rotation=0)


def _upright_lines(page: PdfPageText, chars: list[PdfChar]) -> tuple[list[PdfLine], int]:
    rows = [segments for segments in map(_segments, fold_margin_dates(_rows(chars), page.width)) if segments]
    return _in_columns(page, rows, 0.0, page.width, 0, 0)


def _in_columns(
    page: PdfPageText, rows: list[list[list[PdfChar]]], low_x: float, high_x: float, column: int, depth: int
) -> tuple[list[PdfLine], int]:
    """The rows of the band [low_x, high_x] as lines in reading order, and how many columns it holds.

    A band with a gutter is read as the rows above its columns, the left column, the right
    column, then the rows below; each column is looked at again for a gutter of its own, so a
    three-column page reads its first two columns apart too. Columns are numbered left to right
    from `column` (0 is a page without columns).
    """
    gutter = _gutter(rows, low_x, high_x) if depth < MAX_SPLITS else None
    if gutter is None:
        return [_line(page, column, group) for row in rows for group in _by_size(row)], 1
    header, left, right, rest = [], [], [], []
    columns_started = False
    for row in rows:
        if any(segment[0].x0 < gutter < segment[-1].x1 for segment in row):
            if columns_started and _overflows_left_column(row, gutter, high_x):
                left.append(row)
            else:
                (rest if columns_started else header).append(row)
            continue
        row_left = [segment for segment in row if segment[-1].x1 <= gutter]
        row_right = [segment for segment in row if segment[0].x0 >= gutter]
        columns_started = columns_started or bool(row_right)
        if not columns_started:
            header.append(row)
            continue
        if row_left:
            left.append(row_left)
        if row_right:
            right.append(row_right)
    first = max(column, 1)
    left_lines, left_count = _in_columns(page, left, low_x, gutter, first, depth + 1)
    right_lines, right_count = _in_columns(page, right, gutter, high_x, first + left_count, depth + 1)
    spanning = [[_line(page, column, row) for row in band] for band in (header, rest)]
    return spanning[0] + left_lines + right_lines + spanning[1], left_count + right_count


def _overflows_left_column(row: list[list[PdfChar]], gutter: float, right_edge: float) -> bool:
    """A long address in a sidebar that runs a little past the gutter is still the sidebar's."""
    return len(row) == 1 and row[0][-1].x1 < gutter + OVERFLOW_SHARE * (right_edge - gutter)


def _by_size(row: list[list[PdfChar]]) -> list[list[list[PdfChar]]]:
    """A row's segments grouped into lines: a 26 pt name beside an 11 pt text box is two lines."""
    groups: list[list[list[PdfChar]]] = []
    for segment in row:
        size = max(char.size for char in segment)
        if groups and 0.7 < size / max(char.size for char in groups[-1][-1]) < 1.4:
            groups[-1].append(segment)
        else:
            groups.append([segment])
    return groups


def _rows(chars: list[PdfChar]) -> list[list[PdfChar]]:
    """Characters grouped by baseline, top to bottom, each row sorted left to right."""
    rows: list[list[PdfChar]] = []
    baseline = -math.inf
    for char in sorted(chars, key=lambda item: (item.bottom, item.x0)):
        if rows and abs(char.bottom - baseline) <= 0.3 * char.size:
            rows[-1].append(char)
        else:
            rows.append([char])
            baseline = char.bottom
    return [sorted(row, key=lambda item: item.x0) for row in rows]


def _segments(row: list[PdfChar]) -> list[list[PdfChar]]:
    """A row split where the gap between visible characters is wider than a column gap."""
    segments: list[list[PdfChar]] = []
    last: PdfChar | None = None
    for char in row:
        if char.text.isspace():
            if segments:
                segments[-1].append(char)
            continue
        if last is None or char.x0 - last.x1 > SEGMENT_GAP_EM * max(char.size, last.size):
            segments.append([])
        segments[-1].append(char)
        last = char
    return [_trim(segment) for segment in segments]


def _trim(segment: list[PdfChar]) -> list[PdfChar]:
    while segment and segment[-1].text.isspace():
        segment.pop()
    return segment


def _gutter(rows: list[list[list[PdfChar]]], low_x: float, high_x: float) -> float | None:
    """The x of a vertical gap that splits the band [low_x, high_x] into two real columns, else None."""
    if len(rows) < 8:
        return None
    width = high_x - low_x
    low, high = int(low_x + width * COLUMN_MARGIN), int(low_x + width * (1 - COLUMN_MARGIN))
    crossing = [0] * max(high - low, 0)
    for row in rows:
        for segment in row:
            for position in range(max(low, math.ceil(segment[0].x0)), min(high, math.floor(segment[-1].x1))):
                crossing[position - low] += 1
    limit = max(2, len(rows) // 8)
    best, best_score = None, 0
    start = None
    for position, count in enumerate([*crossing, limit + 1]):
        if count <= limit and start is None:
            start = position
        elif count > limit and start is not None:
            if position - start >= GUTTER_MIN_WIDTH:
                candidate = low + (start + position) / 2
                score = _column_score(rows, candidate)
                if score > best_score:
                    best, best_score = candidate, score
            start = None
    return best


def _column_score(rows: list[list[list[PdfChar]]], gutter: float) -> int:
    """How much prose sits on the weaker side of a gutter (0 when one side is only dates or scraps,
    or its prose is one block, as the address beside moderncv's name: a column runs down the page)."""
    sides = {"left": [0, 0], "right": [0, 0]}  # characters, rows with prose
    prose_rows: dict[str, list[int]] = {"left": [], "right": []}
    for index, row in enumerate(rows):
        for segment in row:
            side = "left" if segment[-1].x1 <= gutter else "right" if segment[0].x0 >= gutter else None
            if side is None:
                continue
            text = "".join(run.text for run in _words(segment, ())).strip()  # TeX sets words apart, no spaces
            sides[side][0] += len(text)
            words = sum(any(character.isalnum() for character in word) for word in text.split())  # icons are not
            if words >= 2 and parse_date_range(text) is None and not is_location(text):
                sides[side][1] += 1
                prose_rows[side].append(index)
    total = sides["left"][0] + sides["right"][0]
    weaker = min(sides["left"][0], sides["right"][0])
    if total == 0 or weaker < MIN_COLUMN_SHARE * total or min(sides["left"][1], sides["right"][1]) < MIN_PROSE_ROWS:
        return 0
    if any(found[-1] - found[0] < MIN_COLUMN_REACH * len(rows) for found in prose_rows.values()):
        return 0
    return weaker


def _line(page: PdfPageText, column: int, segments: list[list[PdfChar]]) -> PdfLine:
    chars = [char for segment in segments for char in segment]
    visible = [char for char in chars if not char.text.isspace()] or chars
    sizes: dict[float, int] = {}
    for char in visible:
        sizes[char.size] = sizes.get(char.size, 0) + 1
    pieces: list[Run] = []
    for segment in segments:
        if pieces:
            pieces.append(Run("\t"))
        pieces += _words(segment, page.links)
    return PdfLine(
        page.number,
        column,
        tuple(pieces),
        tuple(chars),
        min(char.x0 for char in visible),
        max(char.x1 for char in visible),
        min(char.top for char in visible),
        max(char.bottom for char in visible),
        max(sizes, key=sizes.get),
    )


def _words(segment: list[PdfChar], links: tuple[PdfLink, ...]) -> list[Run]:
    """The segment's text as styled runs, with spaces where the gaps say a word ends."""
    glyphs = glyph_texts(_deduplicated([char for char in segment if not char.text.isspace()]))
    visible = [char for char, _ in glyphs]
    if not visible:
        return []
    size = median(char.size for char in visible)
    gaps = [right.x0 - left.x1 for left, right in itertools.pairwise(visible)]
    typical_gap = median(gaps) if gaps else 0.0
    letter_spaced = len(visible) >= 4 and typical_gap > LETTER_SPACED_EM * size
    tracked = max(WORD_GAP_EM * size, TRACKED_GAP_FACTOR * typical_gap)
    threshold = 1.6 * typical_gap if letter_spaced else tracked
    spaces = sorted(char.x0 for char in segment if char.text.isspace())
    runs: list[Run] = []
    previous: PdfChar | None = None
    for char, glyph in glyphs:
        text = UNKNOWN_GLYPH if glyph.startswith("(cid:") else glyph
        if previous is not None:
            gap = char.x0 - previous.x1
            nearest = bisect_left(spaces, previous.x0)
            spaced = nearest < len(spaces) and spaces[nearest] <= char.x0
            if gap > threshold or (spaced and not letter_spaced):
                text = " " + text
        bold, italic = font_style(char.font)
        link = next((item.url for item in links if _inside(char, item)), None) if links else None
        if runs and (runs[-1].bold, runs[-1].italic, runs[-1].link) == (bold, italic, link):
            runs[-1] = Run(runs[-1].text + text, bold, italic, link)
        else:
            runs.append(Run(text, bold, italic, link))
        previous = char
    return runs


def _deduplicated(chars: list[PdfChar]) -> list[PdfChar]:
    """Without the second copy of a glyph drawn twice a hair apart (a common fake-bold trick)."""
    kept: list[PdfChar] = []
    for char in chars:
        if kept and kept[-1].text == char.text and abs(kept[-1].x0 - char.x0) < 0.15 * char.size:
            continue
        kept.append(char)
    return kept


def _inside(char: PdfChar, link: PdfLink) -> bool:
    middle_x, middle_y = (char.x0 + char.x1) / 2, (char.top + char.bottom) / 2
    return link.x0 <= middle_x <= link.x1 and link.top <= middle_y <= link.bottom
