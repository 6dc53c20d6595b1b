"""Dates set in a left margin column (moderncv, Europass) moved to the end of their entry's line,
and labels set there joined to their text with a colon.

moderncv's `\\cventry` prints "März 2019 –" / "heute" right-aligned in a narrow column left of
the text, on the baselines of the entry's heading and first bullet. Read row by row, the dates
would open the heading and the second half would glue itself to the bullet. Here a page whose
text hangs from one left edge, with short date pieces left of it, gets each date range joined up
and moved to the right end of the row it started on, as a right-aligned date would be.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from statistics import median

from editor.formats.dates import parse_date_range
from editor.formats.importing.pdf.chars import PdfChar
from editor.formats.importing.pdf.glyphs import glyph_texts

MIN_MARGIN_ROWS = 2
MIN_BODY_ROWS = 4
MAX_MARGIN_WORDS = 5
BODY_TOLERANCE = 1.5  # points either side of the text's left edge
MARGIN_GAP_EM = 0.4  # blank space between the margin text and the body text
DATE_GAP_EM = 3.0  # how far right of the heading the moved date goes
LABEL_SIZE_RATIO = 1.15  # a margin label is set no larger than the text
RIGHT_ALIGNED_SHARE = 0.6  # of the margin pieces that end at one edge when the column is flush right
MIN_ALIGNED_PIECES = 3
_LABEL = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){0,2}")  # one to three words of letters: "Sprachen"
WORD_SPACE_EM = 0.3  # between the two right-aligned halves of a date range once joined
_DASHES = ("-", "–", "—")


def fold_margin_dates(rows: list[list[PdfChar]], page_width: float) -> list[list[PdfChar]]:
    """The rows with margin-column dates moved to the end of the row where each range starts."""
    body_x = _body_edge(rows, page_width)
    if body_x is None:
        return rows
    splits = [_split(row, body_x) for row in rows]
    if sum(split is not None for split in splits) < MIN_MARGIN_ROWS:
        return rows
    result = [list(row) for row in rows]
    text_size = median(char.size for row in rows for char in _visible(row))
    label_edge = _right_aligned_edge([split[0] for split in splits if split is not None])
    right_edge = max((row[-1].x1 for row in rows if row), default=page_width)
    index = 0
    while index < len(rows):
        split = splits[index]
        if split is None:
            index += 1
            continue
        margin, body = split
        end = index
        while _text(margin).endswith(_DASHES) and end + 1 < len(rows) and splits[end + 1] is not None:
            end += 1
            following, result[end] = splits[end]
            margin = margin + _shifted(following, _visible(margin)[-1].x1 + WORD_SPACE_EM * following[0].size)
        if parse_date_range(_text(margin)) is not None and body:
            result[index] = body + _placed_right(margin, body[-1].x1, right_edge)
            for moved in range(index + 1, end + 1):
                result[moved] = splits[moved][1]
        elif end == index and body and _is_label(margin, body, text_size, label_edge):
            result[index] = [*margin, _colon_after(margin), *body]  # moderncv's "Sprachen" beside its list
        else:
            result[index : end + 1] = rows[index : end + 1]
        index = end + 1
    return [row for row in result if row]


def _right_aligned_edge(margins: list[list[PdfChar]]) -> float | None:
    """The right edge most margin pieces end at, when they are set flush right (moderncv's hint
    column) rather than flush left (a sidebar, whose items are not labels of the text beside them)."""
    edges = Counter(round(_visible(margin)[-1].x1) for margin in margins)
    edge, count = edges.most_common(1)[0]
    return float(edge) if count >= max(MIN_ALIGNED_PIECES, RIGHT_ALIGNED_SHARE * len(margins)) else None


def _is_label(margin: list[PdfChar], body: list[PdfChar], text_size: float, label_edge: float | None) -> bool:
    """A text-sized word set flush right in the margin beside its text: "Sprachen", not a name set large."""
    if label_edge is None or abs(_visible(margin)[-1].x1 - label_edge) > BODY_TOLERANCE:
        return False
    sizes = [char.size for char in (*_visible(margin), *_visible(body))]
    return _LABEL.fullmatch(_text(margin)) is not None and max(sizes) <= LABEL_SIZE_RATIO * text_size


def _colon_after(margin: list[PdfChar]) -> PdfChar:
    """A colon set right after a margin label, so "Sprachen  Deutsch, Englisch" reads "Sprachen: Deutsch, …"."""
    last = _visible(margin)[-1]
    return replace(last, text=":", x0=last.x1, x1=last.x1 + 0.25 * last.size)


def _body_edge(rows: list[list[PdfChar]], page_width: float) -> float | None:
    """The left edge most rows start at, when it lies well inside the page."""
    starts = Counter(round(_visible(row)[0].x0) for row in rows if _visible(row))
    if not starts:
        return None
    edge, count = starts.most_common(1)[0]
    return float(edge) if count >= MIN_BODY_ROWS and edge > 0.12 * page_width else None


def _split(row: list[PdfChar], body_x: float) -> tuple[list[PdfChar], list[PdfChar]] | None:
    """(margin, body) when the row has short text left of the body edge, then a gap, then text at it."""
    visible = _visible(row)
    if not visible or visible[0].x0 >= body_x - BODY_TOLERANCE:
        return None
    for position, char in enumerate(row):
        if char.text.isspace() or char.x0 < body_x - BODY_TOLERANCE:
            continue
        margin = [item for item in row[:position] if not item.text.isspace()]
        gap = char.x0 - margin[-1].x1 if margin else 0.0
        if abs(char.x0 - body_x) > BODY_TOLERANCE or gap < MARGIN_GAP_EM * char.size:
            return None
        text = _text(row[:position])
        if len(text.split()) > MAX_MARGIN_WORDS or sum(letter.isalnum() for letter in text) < 3:
            return None
        return row[:position], row[position:]
    return None


def _placed_right(chars: list[PdfChar], after: float, right_edge: float) -> list[PdfChar]:
    """The chars shifted to end at the right edge, or a column gap after the heading if that is further."""
    visible = _visible(chars)
    width = visible[-1].x1 - visible[0].x0
    return _shifted(chars, max(right_edge - width, after + DATE_GAP_EM * visible[0].size))


def _shifted(chars: list[PdfChar], start: float) -> list[PdfChar]:
    """The chars moved sideways so the first visible one starts at `start`."""
    shift = start - _visible(chars)[0].x0
    return [replace(char, x0=char.x0 + shift, x1=char.x1 + shift) for char in chars]


def _visible(chars: list[PdfChar]) -> list[PdfChar]:
    return [char for char in chars if not char.text.isspace()]


def _text(chars: list[PdfChar]) -> str:
    """The chars' text with a space wherever a gap or a space character separates words (and
    accents drawn over letters composed: pdfTeX's "M¨arz" is the month "März")."""
    words, previous = [], None
    for char, text in glyph_texts(chars):
        if text.isspace():
            words.append(" ")
        elif previous is not None and char.x0 - previous.x1 > 0.15 * char.size:
            words.append(" " + text)
        else:
            words.append(text)
        if not text.isspace():
            previous = char
    return " ".join("".join(words).split())
