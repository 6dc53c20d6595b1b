"""The lines a cover letter is built from: a date, a "Re:" line, a salutation, a closing.

Why separate from the reader: the writer, `is_letter` and the letter checks ask the same
questions ("is 'Best regards,' a closing?"), and one set of patterns keeps their answers equal.
Each recogniser looks at one line's plain content (no Markdown marker) and never raises.
"""

from __future__ import annotations

import re

from editor.formats.dates import parse_date
from editor.formats.markdown.lines import read_front_matter, split_lines
from editor.model.letter import LETTER_KIND

MAX_SALUTATION_WORDS = 10
MAX_BARE_SALUTATION_WORDS = 5  # "Dear Ms. Ana Okafor" without a comma; longer is a sentence
MAX_CLOSING_WORDS = 5
MAX_SIGNATURE_WORDS = 12

_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_ORDINAL = r"(?:st|nd|rd|th)?"
_DATE_FORMS = (
    re.compile(rf"{_WEEKDAY}(?P<month>[^\W\d_]{{3,9}})\.?\s+(?P<day>\d{{1,2}}){_ORDINAL},?\s+(?P<year>\d{{4}})", re.I),
    re.compile(
        rf"{_WEEKDAY}(?P<day>\d{{1,2}}){_ORDINAL}\.?\s+(?:of\s+)?(?P<month>[^\W\d_]{{3,9}})\.?,?\s+(?P<year>\d{{4}})",
        re.I,
    ),
    re.compile(r"(?P<year>\d{4})-(?P<month_number>\d{1,2})-(?P<day>\d{1,2})"),
    re.compile(r"(?P<either>\d{1,2})[/.](?P<day>\d{1,2})[/.](?P<year>\d{4})"),  # US or European order
)
_DATE_LABEL = re.compile(r"date\s*:\s*", re.I)
_SUBJECT_LABEL = re.compile(r"(?:re|subject|regarding|ref)\s*:\s*", re.I)
_SALUTATION = re.compile(
    r"(?:dear|hello|hi|hey|greetings|good (?:morning|afternoon|day)|to whom it may concern)(?![\w'’-])", re.I
)
_CLOSINGS = frozenset(
    word
    for line in (
        "sincerely|sincerely yours|yours sincerely|yours truly|very truly yours|yours faithfully|faithfully",
        "regards|best regards|kind regards|warm regards|warmest regards|with regards|kindest regards",
        "best|all the best|best wishes|with best wishes|warm wishes|cheers|cordially|respectfully",
        "respectfully yours|thank you|thanks|many thanks|with thanks|with appreciation|with gratitude",
        "gratefully|thank you for your consideration|thank you for your time|looking forward",
    )
    for word in line.split("|")
)
_CLOSING_PUNCTUATION = ",!—–-"  # not ".": "Thank you." ends a paragraph


def date_start(content: str) -> int | None:
    """Where the date starts when the whole line is one ("November 26, 2026", "Date: 2026-11-26"), else None."""
    text = content.strip()
    label = _DATE_LABEL.match(text)
    start = label.end() if label else 0
    if is_date(text[start:]):
        return len(content) - len(content.lstrip()) + start
    return None


def is_date(text: str) -> bool:
    """A full calendar date: day, month and year, in any common order or spelling."""
    for form in _DATE_FORMS:
        match = form.fullmatch(text.strip())
        if match is None:
            continue
        groups = match.groupdict()
        if not 1 <= int(groups["day"]) <= 31:
            continue
        if groups.get("month") is not None:
            found = parse_date(f"{groups['month']} {groups['year']}") is not None
        elif groups.get("month_number") is not None:
            found = 1 <= int(groups["month_number"]) <= 12
        else:
            found = 1 <= int(groups["either"]) <= 31 and min(int(groups["either"]), int(groups["day"])) <= 12
        if found:
            return True
    return False


def subject_start(content: str) -> int | None:
    """Where a subject line's text starts after its label ("Re: ", "Subject: "), else None."""
    label = _SUBJECT_LABEL.match(content)
    if label is None or not content[label.end() :].strip():
        return None
    return label.end()


def is_salutation(content: str) -> bool:
    """ "Dear Ms. Okafor,", "Hello BrightPath team!", "To whom it may concern:"."""
    text = content.strip()
    if _SALUTATION.match(text) is None or len(text.split()) > MAX_SALUTATION_WORDS:
        return False
    if text.endswith((",", ":", "!", "—")):
        return True
    return text[:5].casefold() == "dear " and len(text.split()) <= MAX_BARE_SALUTATION_WORDS and text[-1:].isalpha()


def is_closing(content: str) -> bool:
    """ "Sincerely,", "Best regards", "Thank you,": the line above the signature."""
    text = content.strip()
    if not text or len(text.split()) > MAX_CLOSING_WORDS:
        return False
    return text.rstrip(_CLOSING_PUNCTUATION).strip().casefold() in _CLOSINGS


def is_signature_block(lines: list[str]) -> bool:
    """A few short lines that are not sentences: a name, a title, a phone number.

    Why words and not lines: a block that is not a signature is written back as one joined
    paragraph, and must not read as a signature then.
    """
    text = " ".join(line.strip() for line in lines)
    return 0 < len(text.split()) <= MAX_SIGNATURE_WORDS and not text.endswith((".", "?", "!"))


def is_letter(text: str) -> bool:
    """True for cover-letter text: front matter `kind: letter`, or a salutation and a closing line.

    A front matter `kind:` other than letter says it is not one, whatever its shape.
    """
    lines = split_lines(text)
    settings, first, _ = read_front_matter(lines)
    kind = settings.get("kind", "").strip().casefold()
    if kind:
        return kind == LETTER_KIND
    contents = [line.strip().lstrip("#").strip() for line in lines[first:] if line.strip()]
    salutation = next((index for index, line in enumerate(contents) if is_salutation(line)), None)
    return salutation is not None and any(is_closing(line) for line in contents[salutation + 1 :])
