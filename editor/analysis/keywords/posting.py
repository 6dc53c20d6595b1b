"""Reading the shape of a job posting: its title, its sections and its cue words.

Why: a term under "Requirements" or followed by "required" weighs more than the same term
under "Nice to have" or followed by "is a plus", and the company blurb, benefits and EEO text
are not requirements at all. Postings are pasted as plain text, Markdown or all-caps
headings; this module turns any of them into content lines, each with what it means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from editor.analysis.keywords.lexicon import Lexicon, normalize_heading


class Context(Enum):
    """What a stretch of the posting is, for weighting the terms in it."""

    TITLE = "title"
    REQUIRED = "required"
    DUTIES = "duties"
    PREFERRED = "preferred"
    NEUTRAL = "neutral"
    BOILERPLATE = "boilerplate"


@dataclass(frozen=True, slots=True)
class PostingLine:
    """A line of the posting that may hold keywords (1-based `number`, code-point columns).

    `cues` are column ranges whose meaning a cue word changed: "OSHA 30 preferred",
    "ideally telecom", "license (required)".
    """

    number: int
    text: str
    section: Context
    cues: tuple[tuple[int, int, Context], ...] = ()
    bullet: bool = False

    def context_at(self, column: int) -> Context:
        for start, end, context in self.cues:
            if start <= column < end:
                return context
        return self.section


@dataclass(frozen=True, slots=True)
class Posting:
    """The parts of a posting keyword extraction reads."""

    lines: tuple[PostingLine, ...]
    title: str | None
    title_line: int | None
    title_columns: tuple[int, int] | None
    structured: bool
    organization: frozenset[str]


_MARKDOWN_EDGES = " \t#*_>•·-–—"
_TITLE_PREFIX = re.compile(r"^\W*(?:job title|position title|position|title|role|job)\s*:\s*", re.IGNORECASE)
_TITLE_CUT = re.compile(r"\s[-–—|·@]\s|[(,|·]|\s(?:at|to|for|with|in)\s")
_HEADER_HINT = re.compile(
    r"[·|—–]|\b[A-Z][a-z]+,\s?[A-Z]{2}\b|\b(?:remote|hybrid|on-site|onsite|full[- ]time|part[- ]time)\b", re.IGNORECASE
)
_METADATA_KEYS = frozenset(
    {
        "location",
        "locations",
        "department",
        "type",
        "job type",
        "employment type",
        "reports to",
        "salary",
        "pay",
        "schedule",
        "hours",
        "shift",
        "job id",
        "req id",
        "requisition",
        "category",
        "travel",
        "start date",
        "status",
        "compensation",
        "work location",
        "workplace type",
        "team",
    }
)
_ORGANIZATION_LEAD = re.compile(r"^\W*((?:[A-Z][\w&.'’-]*\s?){1,5})\s(?:is|are|was)\s(?:a|an|the)\b")
_BULLET = re.compile(r"\s*(?:[-*•·–◦▪]|\d{1,2}[.)])\s")
_BOUNDARY = ";."
_LEADING_CUE = re.compile(
    r"\b(?:(?P<preferred>ideally|preferably|bonus points (?:for|if)|nice to have|extra credit for)"
    r"|(?P<required>must have|must be|must))\b",
    re.IGNORECASE,
)
_TRAILING_CUE = re.compile(
    r"\b(?:(?P<verb>(?:is|are|would be|will be)\s+(?:a\s+(?:big\s+|huge\s+|strong\s+)?(?:plus|bonus)"
    r"|an?\s+(?:advantage|asset)|(?:strongly\s+|highly\s+)?(?:preferred|desired)|nice to have|beneficial|helpful))"
    r"|(?P<preferred>(?:strongly\s+|highly\s+)?(?:preferred|desired)|a\s+(?:big\s+)?(?:plus|bonus)|an asset)"
    r"|(?P<required>required|mandatory))\b",
    re.IGNORECASE,
)


def read_posting(text: str, words: Lexicon) -> Posting:
    """The content lines of a posting with their meaning, plus its title and employer words."""
    raw_lines = text.splitlines()
    title_index = _title_index(raw_lines, words)
    organization: set[str] = set()
    title = title_columns = None
    if title_index is not None:
        title, title_columns = _title_of(raw_lines[title_index])
    header_end = _header_block_end(raw_lines, title_index, organization)
    lines: list[PostingLine] = []
    section = Context.NEUTRAL
    structured = False
    for index, raw in enumerate(raw_lines):
        if index == title_index:
            lines.append(PostingLine(index + 1, raw, Context.TITLE))
            continue
        if index < header_end or not raw.strip():
            continue
        heading, offset = _heading(raw, words)
        if heading is not None and offset is None:
            section = heading
            structured = structured or heading in (Context.REQUIRED, Context.DUTIES, Context.PREFERRED)
            _note_organization(raw, organization)
            continue
        line_section = heading if heading is not None else section
        if line_section is Context.BOILERPLATE or words.boilerplate.search(raw):
            _note_organization(raw, organization)
            continue
        start = offset or 0
        lines.append(PostingLine(index + 1, raw, line_section, _cues(raw, start), bool(_BULLET.match(raw))))
    return Posting(
        tuple(lines),
        title,
        title_index + 1 if title_index is not None else None,
        title_columns,
        structured,
        frozenset(organization),
    )


def _title_index(raw_lines: list[str], words: Lexicon) -> int | None:
    """The line naming the job: a "Position:" line near the top, else the first line."""
    first = None
    for index, raw in enumerate(raw_lines[:8]):
        if not raw.strip():
            continue
        if _TITLE_PREFIX.match(raw):
            return index
        if first is None:
            first = index
    if first is None:
        return None
    heading = normalize_heading(raw_lines[first].strip(_MARKDOWN_EDGES).rstrip(":"))
    if heading in words.headings or len(raw_lines[first].split()) > 14:
        return None
    return first


def _title_of(raw: str) -> tuple[str, tuple[int, int]]:
    """The job title in the title line (without employer, place or team) and its columns."""
    prefix = _TITLE_PREFIX.match(raw)
    start = prefix.end() if prefix else 0
    while start < len(raw) and raw[start] in _MARKDOWN_EDGES:
        start += 1
    cut = _TITLE_CUT.search(raw, start)
    end = cut.start() if cut else len(raw)
    while end > start and raw[end - 1] in _MARKDOWN_EDGES + ":":
        end -= 1
    title = raw[start:end]
    if title.isupper():
        title = title.title()
    return title, (start, end)


def _header_block_end(raw_lines: list[str], title_index: int | None, organization: set[str]) -> int:
    """Skip the employer/place/type lines under the title ("Acme · Boston, MA · Full-time")."""
    if title_index is None:
        return 0
    index = title_index + 1
    while index < len(raw_lines) and index <= title_index + 4:
        raw = raw_lines[index]
        if raw.strip():
            right_below = index == title_index + 1
            if len(raw.split()) > 14 or not (right_below or _HEADER_HINT.search(raw)):
                break
            organization.update(_capitalised_words(re.split(r"[·|—–,]", raw)[0]))
        index += 1
    return index


def _heading(raw: str, words: Lexicon) -> tuple[Context | None, int | None]:
    """A section heading's meaning; the offset is set when content follows on the line ("Bonus: X")."""
    if _BULLET.match(raw):
        return None, None
    stripped = raw.strip().strip(_MARKDOWN_EDGES)
    head, colon, rest = stripped.partition(":")
    key = normalize_heading(head)
    word_count = len(key.split())
    kind = words.headings.get(key)
    if kind is None and key.startswith("about ") and word_count <= 5:
        kind = "boilerplate"
    if colon and rest.strip():
        return _inline_heading(raw, key, kind)
    if kind is not None and word_count <= 6 and not stripped.endswith((".", "!", "?")):
        return Context(kind), None
    looks_like_heading = colon or raw.lstrip().startswith("#") or stripped.isupper()
    return (Context.NEUTRAL if looks_like_heading and 0 < word_count <= 6 else None), None


def _inline_heading(raw: str, key: str, kind: str | None) -> tuple[Context | None, int | None]:
    """ "Bonus: GraphQL" is a preferred line; "Location: Austin" is metadata, not a requirement."""
    if key in _METADATA_KEYS:
        return Context.BOILERPLATE, None
    if kind is not None and len(key.split()) <= 5:
        return Context(kind), raw.index(":") + 1
    return None, None


def _cues(raw: str, start: int) -> tuple[tuple[int, int, Context], ...]:
    """Column ranges a cue word makes preferred or required."""
    cues: list[tuple[int, int, Context]] = []
    for match in _LEADING_CUE.finditer(raw, start):
        context = Context.PREFERRED if match.group("preferred") else Context.REQUIRED
        cues.append((match.start(), _next_boundary(raw, match.end(), _BOUNDARY), context))
    for match in _TRAILING_CUE.finditer(raw, start):
        if match.group("required"):
            context, stops = Context.REQUIRED, _BOUNDARY + ",("
        else:
            context = Context.PREFERRED
            stops = _BOUNDARY if match.group("verb") else _BOUNDARY + ",("
        cues.append((_previous_boundary(raw, match.start(), stops, start), match.end(), context))
    return tuple(cues)


def _next_boundary(raw: str, column: int, stops: str) -> int:
    positions = [raw.find(stop, column) for stop in stops]
    return min((p for p in positions if p >= 0), default=len(raw))


def _previous_boundary(raw: str, column: int, stops: str, floor: int) -> int:
    return max([floor, *(raw.rfind(stop, floor, column) + 1 for stop in stops)])


def _capitalised_words(text: str) -> set[str]:
    return {word.casefold() for word in re.findall(r"[A-Z][\w&'’]*", text)}


def _note_organization(raw: str, organization: set[str]) -> None:
    """Employer words from "About Acme" headings and "Acme is a ..." blurbs."""
    stripped = raw.strip().strip(_MARKDOWN_EDGES)
    if stripped.casefold().startswith("about ") and len(stripped.split()) <= 5:
        organization.update(_capitalised_words(stripped[6:]))
    lead = _ORGANIZATION_LEAD.match(stripped)
    if lead:
        organization.update(_capitalised_words(lead.group(1)))
