"""Telling a contact line from a headline under the name, and reading its items.

A line is a contact line when one of its items is an e-mail address, a phone number, a URL
or a "City, ST" location, or — below another header line — when ` · `, ` | `, ` • ` split it
into two or more items. Dashes (` – `, ` - `), tabs and wide gaps also separate items, but
only on a line that holds a recognised item, so "Support Lead – Team Coach" stays a headline.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from editor.formats.markdown.inline import Flat, parse_pieces
from editor.model import ContactKind

STRONG_SEPARATORS = "|·•⋅∙◦●♦◆★▪"
_STRONG = re.compile(rf"\s*[{STRONG_SEPARATORS}]\s*")
_STRONG_OR_GAP = re.compile(rf"\s*[{STRONG_SEPARATORS}]\s*|\s*\t\s*|\s{{3,}}")
_ANY = re.compile(rf"\s*[{STRONG_SEPARATORS}]\s*|\s+[—–-]\s+|\s*\t\s*|\s{{3,}}")

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_TLDS = (
    "com|org|net|io|dev|me|co|ai|app|info|edu|gov|uk|de|fr|ca|au|in|us|eu|page|site|xyz|tech|ly|so|gg|to|nl|se"
    "|ch|es|it|jp|be|at|dk|no|fi|pl|cz|ie|nz|br|mx|blog|link|online|studio|design|cloud|codes|works|cv|id|is"
    "|pro|biz|sh|tv|fm|ninja|social|email|me"
)
URL = re.compile(rf"(?:https?://|www\.)[^\s<>]+|(?<![\w@.\-])(?:[\w-]+\.)+(?:{_TLDS})(?:/[^\s<>]*)?(?![\w.]*\w)")
_PHONE = re.compile(r"\+?\(?\d[\d\s().\-]{6,}\d")
_PHONE_BREAK = re.compile(r"\.\s|\s-\s|\s{2,}")  # "1. 206…", "2019 - 2021", wide gaps end a number
_PHONE_LABEL = re.compile(r"\b(?:phone|tel|mobile|cell|telefon|tél)\b", re.IGNORECASE)
_URL_TAIL = ".,;:!?)]}'\""
_PLACES = frozenset(
    [
        "alabama",
        "alaska",
        "arizona",
        "arkansas",
        "california",
        "colorado",
        "connecticut",
        "delaware",
        "florida",
        "georgia",
        "hawaii",
        "idaho",
        "illinois",
        "indiana",
        "iowa",
        "kansas",
        "kentucky",
        "louisiana",
        "maine",
        "maryland",
        "massachusetts",
        "michigan",
        "minnesota",
        "mississippi",
        "missouri",
        "montana",
        "nebraska",
        "nevada",
        "ohio",
        "oklahoma",
        "oregon",
        "pennsylvania",
        "tennessee",
        "texas",
        "utah",
        "vermont",
        "virginia",
        "washington",
        "wisconsin",
        "wyoming",
        "usa",
        "canada",
        "mexico",
        "brazil",
        "argentina",
        "chile",
        "colombia",
        "peru",
        "england",
        "scotland",
        "wales",
        "ireland",
        "france",
        "germany",
        "spain",
        "portugal",
        "italy",
        "netherlands",
        "belgium",
        "switzerland",
        "austria",
        "sweden",
        "norway",
        "denmark",
        "finland",
        "poland",
        "czechia",
        "greece",
        "turkey",
        "israel",
        "egypt",
        "nigeria",
        "kenya",
        "india",
        "pakistan",
        "china",
        "japan",
        "korea",
        "singapore",
        "malaysia",
        "indonesia",
        "philippines",
        "vietnam",
        "thailand",
        "australia",
    ]
) | frozenset(
    (
        "new hampshire",
        "new jersey",
        "new mexico",
        "new york",
        "north carolina",
        "north dakota",
        "rhode island",
        "south carolina",
        "south dakota",
        "west virginia",
        "united states",
        "united kingdom",
        "new zealand",
        "south africa",
        "south korea",
        "hong kong",
        "british columbia",
        "ontario",
        "quebec",
        "alberta",
        "bavaria",
        # the countries in the languages Foldline reads section titles in
        "deutschland",
        "österreich",
        "schweiz",
        "frankreich",
        "spanien",
        "italien",
        "suisse",
        "belgique",
        "allemagne",
        "espagne",
        "italie",
        "españa",
        "méxico",
        "alemania",
        "francia",
        "italia",
        "svizzera",
        "brasil",
        "россия",
        "беларусь",
        "украина",
        "казахстан",
    )
)
_LOCATION = re.compile(r"[^\W\d_][\w.'’ -]{0,40},\s*(?P<region>[^\W\d_][\w. ]{0,30}?)(?:\s+\d{4,5}(?:-\d{4})?)?")


@dataclass(frozen=True)
class ContactField:
    """One item of a contact line before it becomes a ContactItem (offsets are in the source)."""

    text: str
    kind: ContactKind
    link: str | None
    start: int
    end: int


def find_phone(text: str) -> str | None:
    """A phone number in `text` ("(206) 555-0147", "+44 20 7946 0958"); dates like "2019 - 2021" are not."""
    for match in _PHONE.finditer(text):
        for part in _PHONE_BREAK.split(match.group()):
            candidate = part.strip()
            digits = sum(character.isdigit() for character in candidate)
            if 9 <= digits <= 15 and (not candidate.isdigit() or _PHONE_LABEL.search(text)):
                return candidate
    return None


def _url_match(masked: str, text: str) -> tuple[int, int] | None:
    """Where a web address is in `masked`, without trailing punctuation of `text` ("see x.com.")."""
    match = URL.search(masked)
    if match is None:
        return None
    end = match.end()
    while end > match.start() and text[end - 1] in _URL_TAIL:
        end -= 1
    return (match.start(), end) if end > match.start() else None


def _with_scheme(url: str) -> str:
    return url if "://" in url else f"https://{url}"


def is_location(text: str) -> bool:
    """ "Seattle, WA", "Berlin, Germany", "Austin, TX 78701"."""
    match = _LOCATION.fullmatch(text.strip())
    if match is None:
        return False
    region = match.group("region")
    return (region.isupper() and 2 <= len(region) <= 3) or region.casefold() in _PLACES


def auto_link(text: str) -> str | None:
    """The link a bare contact item gets: mailto: for an e-mail, https:// for a web address."""
    return _detect(text, text)[1]


def contact_kind(text: str, link: str | None = None) -> ContactKind:
    """What an item is, from its explicit link if it has one, else from its text."""
    if link is not None:
        if link.startswith("mailto:"):
            return ContactKind.EMAIL
        return ContactKind.PHONE if link.startswith("tel:") else ContactKind.URL
    return _detect(text, text)[0]


def _detect(text: str, masked: str) -> tuple[ContactKind, str | None]:
    """Kind and link of a bare item; patterns match `masked` (escaped characters hidden), links copy `text`."""
    if (email := EMAIL.search(masked)) is not None:
        return ContactKind.EMAIL, f"mailto:{text[email.start() : email.end()]}"
    if (url := _url_match(masked, text)) is not None:
        return ContactKind.URL, _with_scheme(text[url[0] : url[1]])
    if find_phone(masked) is not None:
        return ContactKind.PHONE, None
    # An escaped letter or underscore ("WA\\_") cannot make a place out of a headline; an escaped comma can.
    place = "".join(
        shown if hidden == "\x00" and (shown.isalnum() or shown == "_") else hidden
        for hidden, shown in zip(masked, text, strict=True)
    )
    return (ContactKind.LOCATION if is_location(place) else ContactKind.OTHER), None


def _link_in(links: list[tuple[int, str]], start: int, end: int) -> str | None:
    """The first link starting in [start, end); `links` is sorted by offset."""
    index = bisect_left(links, start, key=lambda link: link[0])
    return links[index][1] if index < len(links) and links[index][0] < end else None


def _items(flat: Flat, ranges: list[tuple[int, int]], links: list[tuple[int, str]]) -> list[ContactField]:
    items: list[ContactField] = []
    masked = "".join(
        "\x00" if hidden else character for character, hidden in zip(flat.text, flat.protected, strict=True)
    )
    for start, end in ranges:
        low, high = flat.bounds(start, end)
        if low == high:
            continue
        text = flat.text[low:high]
        explicit = _link_in(links, start, end)
        kind, link = (contact_kind(text, explicit), explicit) if explicit else _detect(text, masked[low:high])
        items.append(ContactField(text, kind, link, flat.offsets[low], flat.offsets[high - 1] + 1))
    return items


def _line_items(source: str, low: int, high: int) -> tuple[Flat, list[tuple[int, str]], list[ContactField]]:
    """Every item of a line split at any separator; a line whose item holds two links keeps them as text."""
    pieces, _ = parse_pieces(source, low, high)
    flat = Flat.of(pieces)
    links: list[tuple[int, str]] = []
    position, previous = 0, None
    for piece in pieces:
        if piece.link is not None and piece.link != previous:
            links.append((position, piece.link))
        position, previous = position + len(piece.text), piece.link
    ranges = flat.split(_ANY) or [(0, len(flat.text))]
    if sum(1 for start, end in ranges if _link_in(links, start, end) is not None) < len(links):
        pieces, _ = parse_pieces(source, low, high, links=False)
        flat, links = Flat.of(pieces), []
        ranges = flat.split(_ANY) or [(0, len(flat.text))]
    return flat, links, _items(flat, ranges, links)


def read_contact_item(text: str) -> ContactField | None:
    """The one item `text` is read as (the writer checks its output with this), else None."""
    _, _, items = _line_items(text, 0, len(text))
    return items[0] if len(items) == 1 else None


def read_contact_line(source: str, low: int, high: int, below_header_line: bool) -> list[ContactField] | None:
    """The items of `source[low:high]` when it is a contact line, else None (it is a headline)."""
    flat, links, items = _line_items(source, low, high)
    if any(item.kind is not ContactKind.OTHER for item in items):
        return items
    if below_header_line and flat.split(_STRONG) is not None:
        items = _items(flat, flat.split(_STRONG_OR_GAP) or [], links)
        return items if len(items) >= 2 else None
    return None
