"""The fields a resume parser makes of a file's lines: name, contacts, each job and school, skills.

Why this way: applicant tracking systems (and the open-source parsers job seekers test with, e.g.
OpenResume's) work from text items and lines, not from the document's structure: the largest line
at the top is the name, contact items are split on separators and matched by pattern, a short
capitalised line starts a section, a line with dates starts an entry and the line below it holds
the company. Every field is taken whole from one item, so a layout that glues two fields into one
item ('Company · City, ST') reads back wrong here as it does in those parsers.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field

from editor.analysis.ats.items import Line, TextItem, is_heading_style
from editor.formats.dates import parse_date_range
from editor.formats.markdown.entry import is_company_suffix
from editor.model import SectionKind
from editor.model.section_kinds import section_kind

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.IGNORECASE)
PHONE = re.compile(r"\+?\(?\d[\d\s().-]{5,}\d")
URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*|$)", re.IGNORECASE)
_LOCATION = re.compile(r"^[^\W\d_][^\d@|]*,\s*[^\W\d_][^\d@|]*$")
_SEPARATORS = re.compile(r"\s+[|·•]\s+|\s*\|\s*|\s{3,}")
_BULLET = re.compile(r"^[•◦▪‣●○■∙⋅*–\ue000-\uf8ff-]\s*")  # Word's Symbol-font bullets are private-use characters
_SKILL_SPLIT = re.compile(r"[,;|·•]")
_CREDENTIALS = re.compile(r"^(?:[A-Z][A-Za-z.-]{0,7})(?:,\s*[A-Z][A-Za-z.-]{0,7})*$")
_MAX_HEADING_WORDS = 5
_MAX_DETAIL_WORDS = 10
_JOB_KINDS = (SectionKind.EXPERIENCE, SectionKind.VOLUNTEER)


@dataclass(frozen=True)
class ParsedEntry:
    """A job or school as parsed: title (or degree), organisation (or school), location, dates."""

    title: str = ""
    organization: str = ""
    location: str = ""
    dates: str = ""


@dataclass(frozen=True)
class ParsedResume:
    """Every field a parser read from a file."""

    name: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    location: str = ""
    links: tuple[str, ...] = ()
    jobs: tuple[ParsedEntry, ...] = ()
    schools: tuple[ParsedEntry, ...] = ()
    skills: tuple[str, ...] = ()
    sections: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        return asdict(self)


def parse_fields(lines: list[Line]) -> ParsedResume:
    """The fields of a file's lines (from `items.pdf_lines` or `items.docx_lines`)."""
    if not lines:
        return ParsedResume()
    body_size = _body_size(lines)
    starts = [index for index, line in enumerate(lines) if index and _is_heading(line, body_size)]
    header = lines[: starts[0] if starts else len(lines)]
    ends = [*starts[1:], len(lines)]
    sections = [(lines[start], lines[start + 1 : end]) for start, end in zip(starts, ends, strict=True)]
    name_line = max(header, key=lambda line: line.size)
    contacts = _contacts([line for line in header if line is not name_line])
    jobs: list[ParsedEntry] = []
    schools: list[ParsedEntry] = []
    skills: list[str] = []
    for heading, body in sections:
        kind = section_kind(heading.text)
        if kind in _JOB_KINDS:
            jobs += _entries(body)
        elif kind is SectionKind.EDUCATION:
            schools += _entries(body)
        elif kind is SectionKind.SKILLS:
            skills += _skills(body)
    return ParsedResume(
        name=_name(name_line),
        emails=tuple(contacts["email"]),
        phones=tuple(contacts["phone"]),
        location=next(iter(contacts["location"]), ""),
        links=tuple(contacts["link"]),
        jobs=tuple(jobs),
        schools=tuple(schools),
        skills=tuple(skills),
        sections=tuple(heading.text for heading, _body in sections),
    )


def _body_size(lines: list[Line]) -> float:
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0]


def _is_heading(line: Line, body_size: float) -> bool:
    """A section heading: a Heading style, or one short item in capitals or bold, no larger digits."""
    if is_heading_style(line):
        return True
    text = line.text
    if len(line.items) != 1 or len(text.split()) > _MAX_HEADING_WORDS or re.search(r"[\d@/]", text):
        return False
    letters = re.sub(r"[^\w]", "", text)
    capitals = letters.isupper() and len(letters) > 2
    known = section_kind(text) is not SectionKind.OTHER
    return capitals or (known and (line.bold or line.size > body_size))


def _name(line: Line) -> str:
    """The name line's first item, without credentials after a comma ('Aisling O'Connor, RN, BSN')."""
    text = line.items[0].text.strip().rstrip(",")
    base, comma, rest = text.partition(",")
    if comma and _CREDENTIALS.match(rest.strip()):
        return base.strip()
    return text


def _contacts(lines: list[Line]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {"email": [], "phone": [], "link": [], "location": []}
    for piece in _contact_pieces(lines):
        kind, value = _contact(piece)
        if kind:
            found[kind].append(value)
    return found


def _contact_pieces(lines: list[Line]) -> list[str]:
    """The header's items split on separators; an address broken after '-' or '/' at a line end is joined."""
    pieces: list[str] = []
    for line in lines:
        parts = [piece.strip() for item in line.items for piece in _SEPARATORS.split(item.text) if piece.strip()]
        if parts and pieces and pieces[-1].endswith(("-", "/")) and not pieces[-1].endswith(" -"):
            pieces[-1] += parts.pop(0)
        pieces += parts
    return pieces


def _contact(piece: str) -> tuple[str, str]:
    if match := EMAIL.search(piece):
        return "email", match.group()
    if match := URL.search(piece):
        return "link", match.group()
    if (match := PHONE.search(piece)) and len(re.sub(r"\D", "", match.group())) >= 7:
        return "phone", match.group().strip()
    if _LOCATION.match(piece):
        return "location", piece
    return "", ""


def _is_bullet(line: Line) -> bool:
    return line.style.startswith("list") or bool(_BULLET.match(line.text))


def _dates_of(item: TextItem) -> str:
    """The item's text when all of it is a date range, else ''."""
    text = item.text.strip()
    return text if re.search(r"\d{4}", text) and parse_date_range(text) is not None else ""


def _split_dates(line: Line) -> tuple[list[TextItem], str]:
    """The line's items without its dates, and the dates: a whole item, or the last words of one."""
    for position, item in enumerate(line.items):
        if dates := _dates_of(item):
            return [*line.items[:position], *line.items[position + 1 :]], dates
    last = line.items[-1]
    words = last.text.split()
    for count in range(min(6, len(words) - 1), 0, -1):
        tail = " ".join(words[-count:])
        if _dates_of(TextItem(tail, 0, 0, 0)):
            rest = TextItem(" ".join(words[:-count]), last.x, last.y, last.size, last.bold)
            return [*line.items[:-1], rest], tail
    return line.items, ""


@dataclass
class _Draft:
    title: str = ""
    organization: str = ""
    location: str = ""
    dates: str = ""
    details_open: bool = True
    extra: list[str] = field(default_factory=list)

    def entry(self) -> ParsedEntry:
        return ParsedEntry(self.title, self.organization, self.location, self.dates)


def _entries(lines: list[Line]) -> list[ParsedEntry]:
    """Entries of a section: a dated (or bold) line starts one; the short line below it is the organisation."""
    drafts: list[_Draft] = []
    in_body = True
    margin = min((line.items[0].x for line in lines), default=0.0) + 1.0  # wrapped bullet lines are indented
    for line in lines:
        if _is_bullet(line):
            in_body = True
            if drafts:
                drafts[-1].details_open = False
            continue
        items, dates = _split_dates(line)
        previous = drafts[-1] if drafts and not in_body else None
        if dates and previous and not previous.dates and not _text(items):
            previous.dates = dates  # dates set on their own line under the title or the organisation
            previous.details_open = previous.details_open and not previous.organization
            continue
        complete = bool(drafts and drafts[-1].dates and drafts[-1].organization)
        starts = bool(dates) or (line.bold and line.items[0].x <= margin and (in_body or not drafts or complete))
        if starts:
            title = _text(items).rstrip(",")
            drafts.append(_Draft(title=title, dates=dates))
            in_body = False
            continue
        draft = drafts[-1] if drafts else None
        if draft is None or not draft.details_open or in_body or len(line.text.split()) > _MAX_DETAIL_WORDS:
            in_body = True
            continue
        if not draft.organization:
            draft.organization, draft.location = _organization_and_place(items)
        elif not draft.location:
            draft.location = line.text
        draft.details_open = False
    return [draft.entry() for draft in drafts]


def _organization_and_place(items: list[TextItem]) -> tuple[str, str]:
    """The organisation line: a far-right item is the place; else a trailing 'City, Region' after a comma."""
    if len(items) > 1:
        return items[0].text.strip(), items[-1].text.strip()
    parts = [part.strip() for part in items[0].text.split(",")]
    place = parts[-2:]
    short = all(len(part.split()) <= 3 for part in place)
    if len(parts) >= 3 and short and _LOCATION.match(", ".join(place)) and not is_company_suffix(place[0]):
        return ", ".join(parts[:-2]), ", ".join(place)
    return items[0].text.strip(), ""


def _text(items: list[TextItem]) -> str:
    return " ".join(item.text for item in items).strip()


def _skills(lines: list[Line]) -> list[str]:
    found: list[str] = []
    for item in _unwrapped(lines):
        text = _BULLET.sub("", item)
        label, colon, rest = text.partition(":")
        if colon and len(label.split()) <= 4:
            text = rest
        found += [part.strip(" .") for part in _SKILL_SPLIT.split(text) if part.strip(" .")]
    return found


def _unwrapped(lines: list[Line]) -> list[str]:
    """Each item's text with its wrapped lines joined: a line indented past the one before continues it."""
    joined: list[tuple[float, str]] = []
    for line in lines:
        x = line.items[0].x if line.items else 0.0
        if joined and not _BULLET.match(line.text) and x > joined[-1][0] + 1.0:
            joined[-1] = (joined[-1][0], f"{joined[-1][1]} {line.text}")
        else:
            joined.append((x, line.text))
    return [text for _x, text in joined]
