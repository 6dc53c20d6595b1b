"""The fields of an entry heading (`### Title | Organization | Location | Dates`) as people type them.

Recognised shapes, tried in this order:
* pipes: `Title | Organization | Location | Dates` — positional, empty fields allowed; the
  dates may be any field (the last field that is a date range wins);
* dots or dashes: `Title · Organization · Dates`, `Title — Organization — Location — Dates`;
* `Title at Organization, Location` (also `@`), `Title, Organization, Location`;
* dates in parentheses anywhere, or after a comma, dash or space at the end.
Emphasis around fields is ignored; one link (`[Org](url)`) becomes the entry's URL.

Why positional pipes win: they are what the writer produces, so a round trip never
depends on guessing which field is the location.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from editor.formats.dates import parse_date_range
from editor.formats.markdown.contacts import is_location
from editor.formats.markdown.inline import Field, Flat, parse_pieces
from editor.model import DateRange

ROLES = ("title", "organization", "location")
TRAILING_DATE_WINDOW = 64

_DOTS = re.compile(r"\s*[·•⋅∙]\s*")
_DASHES = re.compile(r"\s+[—–-]\s+|—")
_AT = re.compile(r"\s+(?:at|@)\s+")
_COMMA = re.compile(r",\s+")
_PIPE = re.compile(r"\s*\|\s*")
_PARENTHESES = re.compile(r"\(([^()]*)\)")
_BOUNDARY = frozenset(" \t,|·•—–-(:/[")
_EDGE = " \t\u00a0,|·•⋅—–-:;"
# Legal forms after a company's comma, written without dots ("S.A." and "s.a" both read "sa").
_COMPANY_SUFFIXES = frozenset(
    {"inc", "llc", "ltd", "limited", "co", "corp", "corporation", "gmbh", "ag", "sa", "sl", "plc", "lp", "llp"}
    | {"bv", "pty", "srl", "sas", "oy", "ab", "as"}
)


@dataclass
class EntryHeading:
    """What a heading line (or the line under it) says; `fields` holds the non-date fields in order."""

    fields: list[Field] = field(default_factory=list)
    dates: DateRange | None = None
    dates_field: Field | None = None
    url: str | None = None
    link_count: int = 0
    pipes: bool = False
    extra_fields: bool = False
    emphasized: bool = False

    def role(self, name: str) -> Field:
        index = ROLES.index(name)
        return self.fields[index] if index < len(self.fields) else Field("", 0, 0)


def _date_field(flat: Flat, ranges: list[tuple[int, int]]) -> tuple[int, DateRange] | None:
    """The last range that is wholly a date range."""
    for index in range(len(ranges) - 1, -1, -1):
        start, end = ranges[index]
        if flat.free(start, end) and (dates := parse_date_range(flat.text[start:end])) is not None:
            return index, dates
    return None


def is_company_suffix(text: str) -> bool:
    """'Inc.', 'GmbH', 'S.A.', 'B.V.': a company's legal form after its comma, never a place."""
    return text.casefold().strip(" ,").replace(".", "") in _COMPANY_SUFFIXES


def _parenthesized_date(flat: Flat) -> tuple[int, int, DateRange] | None:
    for match in _PARENTHESES.finditer(flat.text):
        if flat.free(match.start(), match.end()) and (dates := parse_date_range(match.group(1))) is not None:
            return match.start(), match.end(), dates
    return None


def _trailing_date(flat: Flat) -> tuple[int, DateRange] | None:
    """The longest tail after a space or separator that is a date range ("Engineer, Google 2019–2021")."""
    end = len(flat.text.rstrip())
    for start in range(max(0, end - TRAILING_DATE_WINDOW), end):
        if flat.text[start].isspace() or not (start == 0 or flat.text[start - 1] in _BOUNDARY):
            continue
        if flat.free(start, end) and (dates := parse_date_range(flat.text[start:end])) is not None:
            return start, dates
    return None


def _strip_edges(flat: Flat) -> Flat:
    """Drop separators left dangling at either end once the dates are cut out."""
    start, end = 0, len(flat.text)
    while start < end and flat.text[start] in _EDGE and not flat.protected[start]:
        start += 1
    while end > start and flat.text[end - 1] in _EDGE and not flat.protected[end - 1]:
        end -= 1
    return Flat(flat.text[start:end], flat.offsets[start:end], flat.protected[start:end])


def _join(flat: Flat, ranges: list[tuple[int, int]], separator: str) -> Field:
    """Several ranges as one field (the location when there are more fields than roles)."""
    fields = [flat.field(*span) for span in ranges]
    fields = [f for f in fields if f.text]
    if not fields:
        return Field("", 0, 0)
    return Field(separator.join(f.text for f in fields), fields[0].start, fields[-1].end)


def _location_ranges(flat: Flat, start: int, end: int, whole_place: bool = False) -> list[tuple[int, int]]:
    """ "Google, Seattle, WA" → organization and location; "Acme, Inc." stays one organization.

    With `whole_place`, a field that is itself a place ("Seattle, WA") stays whole.
    """
    if whole_place and is_location(flat.text[start:end]):
        return [(start, end)]
    sub = Flat(flat.text[start:end], flat.offsets[start:end], flat.protected[start:end])
    ranges = sub.split(_COMMA, limit=1)
    if ranges is None or is_company_suffix(sub.field(*ranges[1]).text):
        return [(start, end)]
    return [(start + low, start + high) for low, high in ranges]


def _pipe_fields(flat: Flat, heading: EntryHeading) -> None:
    ranges = flat.split(_PIPE) or [(0, len(flat.text))]
    found = _date_field(flat, ranges)
    if found is not None:
        index, heading.dates = found
        heading.dates_field = flat.field(*ranges.pop(index))
    elif (parenthesized := _parenthesized_date(flat)) is not None:
        start, end, heading.dates = parenthesized
        heading.dates_field = flat.field(start + 1, end - 1)
        flat = flat.without(start, end)
        ranges = flat.split(_PIPE) or [(0, len(flat.text))]
    heading.fields = [flat.field(*span) for span in ranges[:2]]
    if len(ranges) > 2:
        heading.fields.append(_join(flat, ranges[2:], " | "))
        heading.extra_fields = len(ranges) > 3


def _take_date_field(flat: Flat, ranges: list[tuple[int, int]], heading: EntryHeading) -> None:
    """Dates may be any field: the last field that is a date range, when no dates were found yet."""
    if heading.dates is None and (found := _date_field(flat, ranges)) is not None:
        index, heading.dates = found
        heading.dates_field = flat.field(*ranges.pop(index))


def _free_ranges(flat: Flat) -> tuple[list[tuple[int, int]], bool]:
    """Fields split by dots, else dashes, else " at ", else commas; and whether the split was by a symbol."""
    for pattern in (_DOTS, _DASHES):
        if (ranges := flat.split(pattern)) is not None:
            return ranges, True
    return flat.split(_AT, limit=1) or flat.split(_COMMA, limit=2) or [(0, len(flat.text))], False


def _free_fields(flat: Flat, heading: EntryHeading, second_line: bool) -> None:
    if (parenthesized := _parenthesized_date(flat)) is not None:
        start, end, heading.dates = parenthesized
        heading.dates_field = flat.field(start + 1, end - 1)
        flat = _strip_edges(flat.without(start, end))
    elif (trailing := _trailing_date(flat)) is not None:
        start, heading.dates = trailing
        heading.dates_field = flat.field(start, len(flat.text))
        flat = _strip_edges(Flat(flat.text[:start], flat.offsets[:start], flat.protected[:start]))
    ranges, by_symbol = _free_ranges(flat)
    ranges = [span for span in ranges if flat.field(*span).text]
    _take_date_field(flat, ranges, heading)
    if second_line and not by_symbol:
        ranges = _location_ranges(flat, 0, len(flat.text), whole_place=True) if ranges else []
    elif not second_line and len(ranges) == 2 and (by_symbol or flat.split(_AT, limit=1)):
        ranges = [ranges[0], *_location_ranges(flat, *ranges[1])]
    _take_date_field(flat, ranges, heading)
    heading.fields = [flat.field(*span) for span in ranges[:2]]
    if len(ranges) > 2:
        heading.fields.append(_join_source(flat, ranges[2:]))


def _join_source(flat: Flat, ranges: list[tuple[int, int]]) -> Field:
    """The remaining fields as typed, separators included ("Seattle – Remote")."""
    return flat.field(ranges[0][0], ranges[-1][1])


def read_entry_heading(source: str, low: int = 0, high: int | None = None, second_line: bool = False) -> EntryHeading:
    """The fields of `source[low:high]`, a heading's text after the `###`.

    With `second_line`, the text is the line under a heading: its fields are organization and
    location ("*Evergreen Telecom, Seattle, WA* — 2019 – 2021"), there is no title.
    """
    pieces, link_count = parse_pieces(source, low, high)
    if link_count > 1:
        pieces, _ = parse_pieces(source, low, high, links=False)
    flat = Flat.of(pieces)
    heading = EntryHeading(link_count=link_count, pipes=flat.split(_PIPE) is not None)
    heading.url = next((piece.link for piece in pieces if piece.link is not None), None)
    visible = [piece for piece in pieces if piece.text.strip()]
    heading.emphasized = bool(visible) and all(piece.bold or piece.italic for piece in visible)
    if heading.pipes:
        _pipe_fields(flat, heading)
    else:
        _free_fields(flat, heading, second_line)
    return heading
