"""The entries of one imported section: which lines head a job or a degree, and what each field is.

An entry heading is one to three short lines around a line with a date range: "Title" over
"Company · City — 2019 – 2021", "Title | Company | City | 2019 – 2021", or LaTeX's "Title
2019 – 2021" over "Company  City". Bold lines followed by bullets in an experience section
are entries whose dates could not be told (a problem says so). Everything else stays a
paragraph or a bullet, so no text is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor.formats.importing.lines import StyledLine, line_problem, plain_items
from editor.formats.importing.text import ends_like_sentence, is_emphasized
from editor.formats.importing.vocabulary import looks_like_job_title, looks_like_organization
from editor.formats.markdown.contacts import is_location
from editor.formats.markdown.entry import read_entry_heading
from editor.formats.markdown.inline_writer import escape
from editor.model import DateRange, Entry, Paragraph, Problem, SectionItem, SectionKind, runs

HEAD_LINE_MAX_WORDS = 10
EMPHASIZED_HEAD_MAX_WORDS = 14
DATED_LINE_MAX_WORDS = 14
HEAD_MAX_LINES = 3
DATED_KINDS = frozenset((SectionKind.EXPERIENCE, SectionKind.EDUCATION, SectionKind.VOLUNTEER))
ENTRY_KINDS = DATED_KINDS | {SectionKind.PROJECTS}
PLAIN_KINDS = frozenset((SectionKind.SUMMARY, SectionKind.SKILLS, SectionKind.LANGUAGES, SectionKind.INTERESTS))
_STRONG = re.compile(r"\s*[|·•]\s*|\s+[—–-]\s+|\t")
_EDGES = " \t,;|·•—–-("


@dataclass(frozen=True)
class _Head:
    """Lines [start, end) of a section that head an entry; `dated` is the line with its dates, if any."""

    start: int
    end: int
    dated: int | None


def section_items(lines: list[StyledLine], kind: SectionKind) -> tuple[list[SectionItem], list[Problem]]:
    """The section's entries, paragraphs and bullet lists in order, and what the user should check."""
    if kind in PLAIN_KINDS:
        return plain_items(lines), []
    dates = [_line_dates(line) for line in lines]
    heads = _find_heads(lines, dates, kind)
    if not heads:
        return plain_items(lines), []
    items: list[SectionItem] = plain_items(lines[: heads[0].start])
    problems: list[Problem] = []
    expect_dates = kind in DATED_KINDS or any(head.dated is not None for head in heads)
    for position, head in enumerate(heads):
        body_end = heads[position + 1].start if position + 1 < len(heads) else len(lines)
        dated = lines[head.dated] if head.dated is not None else None
        found = dates[head.dated] if head.dated is not None else None
        entry, entry_problems = _entry(
            lines[head.start : head.end], dated, found, lines[head.end : body_end], expect_dates
        )
        items.append(entry)
        problems.extend(entry_problems)
    return items, problems


def _line_dates(line: StyledLine) -> DateRange | None:
    """The date range on a short heading-like line ("Title | Acme | 2019 – 2021"), else None."""
    text = line.text
    words = len(text.split())
    if line.is_bullet or words > DATED_LINE_MAX_WORDS + 6 or (text.endswith(".") and words > 6):
        return None
    heading = read_entry_heading(_source(text))
    if heading.dates is None:
        return None
    other_words = sum(len(field.text.split()) for field in heading.fields)
    return heading.dates if other_words <= DATED_LINE_MAX_WORDS else None


def _source(text: str) -> str:
    """A line as entry-heading Markdown: markup escaped, column gaps (tabs) as field separators."""
    return escape(text).replace("\t", " | ")


def _head_shaped(line: StyledLine, max_words: int) -> bool:
    text = line.text
    words = len(text.split())
    limit = EMPHASIZED_HEAD_MAX_WORDS if is_emphasized(line.runs) else max_words
    return not line.is_bullet and 0 < words <= limit and not ends_like_sentence(text) and ": " not in text


def _is_undated_title(lines: list[StyledLine], dates: list[DateRange | None], index: int) -> bool:
    """A bold line followed by bullets or text, with no dated line just below it to join."""
    line = lines[index]
    if not (is_emphasized(line.runs) or (line.heading_level or 0) >= 1) or not _head_shaped(line, HEAD_LINE_MAX_WORDS):
        return False
    following = lines[index + 1 : index + 3]
    for offset, below in enumerate(following, start=index + 1):
        if dates[offset] is not None:
            return False
        if below.is_bullet or not _head_shaped(below, HEAD_LINE_MAX_WORDS):
            break
    return index + 1 < len(lines)


def _find_heads(lines: list[StyledLine], dates: list[DateRange | None], kind: SectionKind) -> list[_Head]:
    heads: list[_Head] = []
    consumed = 0
    undated_allowed = kind in ENTRY_KINDS or any(date is not None for date in dates)
    for index in range(len(lines)):
        if index < consumed:
            continue
        if dates[index] is not None:
            start = index
            while start > consumed and index - start < HEAD_MAX_LINES - 1 and dates[start - 1] is None:
                above = lines[start - 1]
                second = index - start == 1
                if not _head_shaped(above, HEAD_LINE_MAX_WORDS) or (second and not is_emphasized(above.runs)):
                    break
                start -= 1
            end = index + 1
            if end < len(lines) and end - start < HEAD_MAX_LINES and _follows_head(lines, dates, end):
                end += 1
                if _dates_above_title(lines, start, index, end) and _follows_head(lines, dates, end):
                    end += 1  # Europass: dates, then the bold title, then "Organisation, Place"
            heads.append(_Head(start, end, index))
            consumed = end
        elif undated_allowed and _is_undated_title(lines, dates, index):
            heads.append(_Head(index, index + 1, None))
            consumed = index + 1
    return heads


def _follows_head(lines: list[StyledLine], dates: list[DateRange | None], index: int) -> bool:
    """The line under a dated line is the organisation line unless it starts the next entry."""
    if dates[index] is not None or not _head_shaped(lines[index], HEAD_LINE_MAX_WORDS):
        return False
    return index + 1 >= len(lines) or dates[index + 1] is None


def _dates_above_title(lines: list[StyledLine], start: int, dated: int, end: int) -> bool:
    """A line of dates alone heads the entry and the bold title under it has a line below it to join."""
    return (
        start == dated
        and not _without_dates(lines[dated].text).strip()
        and is_emphasized(lines[end - 1].runs)
        and end < len(lines)
        and end - start < HEAD_MAX_LINES
    )


def _without_dates(text: str) -> str:
    """A heading line with its date range cut out ("Engineer (2019 – 2021)" gives "Engineer")."""
    heading = read_entry_heading(_source(text))
    if heading.dates_field is None:
        return text
    cut = text.rfind(heading.dates_field.text)
    if cut < 0:
        return text
    before, after = text[:cut].rstrip(_EDGES), text[cut + len(heading.dates_field.text) :].lstrip(" )]\t,;|")
    return f"{before} {after}".strip()


@dataclass
class _Fields:
    """The named parts of an entry heading in reading order, and the location if one was seen."""

    named: list[str]
    location: str = ""


def _fields(head: list[StyledLine], dated: StyledLine | None) -> _Fields:
    """Split the heading lines at separators ("|", "·", "—", tabs) and take the location out."""
    pieces: list[tuple[int, str]] = []  # (line within the heading, text)
    for position, line in enumerate(head):
        text = _without_dates(line.text) if line is dated else line.text
        pieces += [(position, part.strip()) for part in _STRONG.split(text) if part.strip()]
    named = [text for _, text in pieces]
    fields = _Fields(named)
    whole = next((index for index in range(1, len(named)) if is_location(named[index])), None)
    if whole is None and (beside := _beside_dates(head, dated)) in named:
        whole = named.index(beside)
    if whole is not None:
        fields.location = named.pop(whole)
    else:
        for index, (position, text) in enumerate(pieces):
            rest, place = _trailing_location(text, guess=position > 0)
            if place:
                fields.location, named[index] = place, rest
                break
    fields.named = named = [text for text in named if text]
    single = len({position for position, _ in pieces}) <= 1  # a line of only dates does not count
    if single and not fields.location and len(named) == 2 and ", " in named[0] and _place_like(named[1]):
        fields.location = named.pop()  # "Title, Organisation — City"
    if len(named) == 1 and single:
        fields.named = _split_single(named[0], fields)
    elif not fields.location and len(named) == 3 and (single or _place_like(named[2])):
        fields.location = named.pop(2)  # "Title | Organisation | Location | Dates", positionally
    return fields


def _beside_dates(head: list[StyledLine], dated: StyledLine | None) -> str | None:
    """The right-hand text of a heading line when another line's right-hand text is the dates.

    Two-line headings set as two columns put title and organisation on the left, dates and
    place on the right, in either order: Jake's "Title  Dates / Company  City" or Awesome-CV's
    "Title  City / Company  Dates". Whatever stands right opposite the dates is the place.
    """
    if dated is None or len(head) < 2 or "\t" not in dated.text:
        return None
    if read_entry_heading(_source(dated.text.rsplit("\t", 1)[1])).dates is None:
        return None
    for line in head:
        parts = line.text.split("\t")
        if line is dated or len(parts) != 2:
            continue
        if len(parts[1].split()) <= 4 and not looks_like_organization(parts[1]):
            return parts[1].strip()
    return None


def _place_like(text: str) -> bool:
    """A short capitalised name that is neither a job title nor an organisation: "Madrid", "New York"."""
    words = text.split()
    return (
        0 < len(words) <= 3
        and text[:1].isupper()
        and not looks_like_job_title(text)
        and not (looks_like_organization(text))
    )


def _trailing_location(piece: str, guess: bool) -> tuple[str, str]:
    """ "Acme Corp, Seattle, WA" gives ("Acme Corp", "Seattle, WA"); with `guess`, "Acme GmbH, Berlin" too."""
    parts = piece.split(", ")
    if len(parts) >= 3 and is_location(", ".join(parts[-2:])):
        return ", ".join(parts[:-2]), ", ".join(parts[-2:])
    if len(parts) == 2 and is_location(piece):
        return "", piece
    if guess and len(parts) >= 2 and _place_like(parts[-1]):
        return ", ".join(parts[:-1]), parts[-1]
    return piece, ""


def _split_single(text: str, fields: _Fields) -> list[str]:
    """One line with no separators: "Engineer at Acme", "Engineer, Acme, Seattle"."""
    at = re.split(r"\s+(?:at|@)\s+", text, maxsplit=1)
    if len(at) == 2:
        return at
    parts = text.split(", ")
    if len(parts) >= 3 and not fields.location and not looks_like_organization(parts[-1]):
        fields.location = ", ".join(parts[2:])
        return parts[:2]
    return [parts[0], ", ".join(parts[1:])] if len(parts) >= 2 else parts


def _entry(
    head: list[StyledLine],
    dated: StyledLine | None,
    dates: DateRange | None,
    body: list[StyledLine],
    expect_dates: bool,
) -> tuple[Entry, list[Problem]]:
    fields = _fields(head, dated)
    named = fields.named
    title, organization, *extra = [*named, "", ""][: max(2, len(named))]
    if _swapped(title, organization):
        title, organization = organization, title
    problems: list[Problem] = []
    blocks = plain_items(body)
    if extra:
        blocks.insert(0, Paragraph(runs(" · ".join(extra))))
        message = "this entry heading has more parts than title, organisation and location; the rest is a paragraph"
        problems.append(line_problem(head[0], message))
    if dates is None and expect_dates:
        problems.append(line_problem(head[0], "could not tell the dates of this entry"))
    url = next((run.link for line in head for run in line.runs if run.link), None)
    return Entry(title, organization, fields.location, dates, url, tuple(blocks)), problems


def _swapped(title: str, organization: str) -> bool:
    """ "Acme Corp" over "Engineer": the organisation came first."""
    if not organization:
        return False
    return (looks_like_organization(title) or not looks_like_job_title(title)) and (
        looks_like_job_title(organization) and not looks_like_organization(organization)
    )
