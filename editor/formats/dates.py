"""Resume dates as people type them ("Mar 2021", "03/2021", "2019–2021", "since 2020"), and back.

Why one module: the Markdown reader, the DOCX and PDF importers and the recruiter checks all
need the same answer to "is this a date range, and which one?", and the writers need one
canonical spelling ("Mar 2021 – Present") so a round trip never changes a date.
"""

from __future__ import annotations

import re
from dataclasses import replace

from editor.model import DateRange, PartialDate

MIN_YEAR = 1900
MAX_YEAR = 2100
RANGE_DASH = " – "
MAX_RANGE_LENGTH = 80

_MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# The English names of each month, then the German, French and Spanish ones (a courtesy).
_ENGLISH_MONTH_NAMES = (
    "jan january",
    "feb february",
    "mar march",
    "apr april",
    "may",
    "jun june",
    "jul july",
    "aug august",
    "sep sept september",
    "oct october",
    "nov november",
    "dec december",
)
_OTHER_MONTH_NAMES = (
    "januar janv janvier ene enero",
    "februar fev fevr févr février fevrier febrero",
    "märz maerz mär mrz mars marzo",
    "avr avril abr abril",
    "mai mayo",
    "juni juin junio",
    "juli juil juillet julio",
    "aout août ago agosto",
    "septembre septiembre set",
    "okt oktober octobre octubre",
    "novembre noviembre",
    "dez dezember déc dec décembre decembre dic diciembre",
)
_MONTH_WORDS: dict[str, int] = {
    word: number
    for number, names in enumerate(zip(_ENGLISH_MONTH_NAMES, _OTHER_MONTH_NAMES, strict=True), start=1)
    for word in " ".join(names).split()
}
_ENGLISH_MONTHS = " ".join(_ENGLISH_MONTH_NAMES).split()
_FULL_MONTHS = frozenset(max(names.split(), key=len) for names in _ENGLISH_MONTH_NAMES if names != "may")
_ENGLISH_PRESENT = ("present", "current", "currently", "now", "today", "ongoing", "date")
_PRESENT_WORDS = frozenset(
    (
        *_ENGLISH_PRESENT,
        *[
            "heute",
            "aktuell",
            "jetzt",
            "presente",
            "actualidad",
            "actual",
            "aujourd'hui",
            "aujourd’hui",
            "présent",
            "actuellement",
        ],
    )
)
_OPEN_START_WORDS = frozenset(("since", "seit", "depuis", "desde"))
_ENGLISH_UNTIL = ("until", "till", "til", "to", "through", "thru")
# Every word an English date range may hold: such a range is shown in the canonical spelling.
ENGLISH_DATE_WORDS = frozenset((*_ENGLISH_MONTHS, *_ENGLISH_PRESENT, *_ENGLISH_UNTIL, "since", "from"))
_LETTERS = re.compile(r"[^\W\d_]+")
_FROM_WORDS = frozenset(("from", "von", "de", "du"))
_UNTIL_WORDS = frozenset((*_ENGLISH_UNTIL, "bis", "jusqu'à", "hasta"))
_RANGE_WORDS = _UNTIL_WORDS | frozenset(("-", "–", "—", "à", "a", "al"))

_YEAR = r"(?:19|20)\d\d|2100"
_SINGLE = re.compile(
    rf"""
    (?P<month_name>[^\W\d_][^\W\d_'’]*(?:[’'][^\W\d_]+)?)\.?,?\s*(?P<year_a>{_YEAR})
    | (?P<month_a>\d{{1,2}})\s*[/.-]\s*(?P<year_b>{_YEAR})
    | (?P<year_c>{_YEAR})\s*[/.-]\s*(?P<month_b>\d{{1,2}})
    | (?P<year_d>{_YEAR})
    """,
    re.VERBOSE,
)
_DASH_SPLIT = re.compile(r"\s*[–—]\s*|\s+-\s*|\s*-\s+|(?<=\d)-(?=\d|[^\W\d_])|(?<=[^\W\d_])-(?=\d)")
_WORD_SPLIT = re.compile(r"\s+")
_NUMERIC_MONTH = re.compile(rf"(?<!\d)\d{{1,2}}\s*[/.-]\s*(?:{_YEAR})|(?:{_YEAR})\s*[/.-]\s*\d{{1,2}}(?!\d)")
_HAS_YEAR = re.compile(r"(?:19|20)\d\d|2100")
_BRACKETS = {"(": ")", "[": "]", "{": "}"}


def parse_date(text: str) -> PartialDate | None:
    """One date such as "Mar 2021", "March 2021", "03/2021" or "2021", else None."""
    match = _SINGLE.fullmatch(text.strip())
    if match is None:
        return None
    groups = match.groupdict()
    year = int(groups["year_a"] or groups["year_b"] or groups["year_c"] or groups["year_d"])
    if groups["month_name"] is not None:
        month = _MONTH_WORDS.get(groups["month_name"].casefold())
        return PartialDate(year, month) if month is not None else None
    month_text = groups["month_a"] or groups["month_b"]
    if month_text is None:
        return PartialDate(year)
    month = int(month_text)
    return PartialDate(year, month) if 1 <= month <= 12 else None


def _is_present(text: str) -> bool:
    return text.strip().rstrip(".").casefold() in _PRESENT_WORDS


def _strip_brackets(text: str) -> str:
    text = text.strip()
    while len(text) >= 2 and _BRACKETS.get(text[0]) == text[-1]:
        text = text[1:-1].strip()
    return text


def _end_point(text: str) -> tuple[PartialDate | None, bool] | None:
    """The end of a range: a date, or "present"; None when it is neither."""
    if _is_present(text):
        return None, True
    date = parse_date(text)
    return (date, False) if date is not None else None


def _split_range(text: str) -> tuple[str, str] | None:
    """Two sides of "A – B", "A to B", "A-B" (first separator that gives two parseable sides)."""
    for match in _DASH_SPLIT.finditer(text):
        left, right = text[: match.start()], text[match.end() :]
        if parse_date(left) is not None and (right.strip() == "" or _end_point(right) is not None):
            return left, right
    words = _WORD_SPLIT.split(text)
    for index, word in enumerate(words[1:], start=1):
        if word.casefold() in _RANGE_WORDS:
            left, right = " ".join(words[:index]), " ".join(words[index + 1 :])
            if parse_date(left) is not None and _end_point(right) is not None:
                return left, right
    return None


def parse_date_range(text: str) -> DateRange | None:
    """The whole of `text` as a date range ("Mar 2021 – Present", "2019-2021", "since 2020"), else None;
    the range remembers how it was written."""
    text = _strip_brackets(text)
    found = _date_range(text)
    return replace(found, written=" ".join(text.split())) if found is not None else None


def _date_range(text: str) -> DateRange | None:
    if not text or len(text) > MAX_RANGE_LENGTH:
        return None
    if _is_present(text):
        return DateRange(present=True)
    if not _HAS_YEAR.search(text):
        return None
    first, _, rest = text.partition(" ")
    keyword = first.casefold()
    if keyword in _OPEN_START_WORDS and (start := parse_date(rest)) is not None:
        return DateRange(start=start, present=True)
    if keyword in _UNTIL_WORDS and (end := parse_date(rest)) is not None:
        return DateRange(end=end)
    if keyword in _FROM_WORDS and rest:
        text = rest
    single = parse_date(text)
    if single is not None:
        return DateRange(start=single)
    sides = _split_range(text)
    if sides is None:
        return None
    start = parse_date(sides[0])
    end_point = _end_point(sides[1]) if sides[1].strip() else (None, True)
    if start is None or end_point is None:
        return None
    end, present = end_point
    return DateRange(start=start, end=end, present=present)


def format_date(date: PartialDate) -> str:
    """ "Mar 2021" or "2021"."""
    if date.month is not None and 1 <= date.month <= 12:
        return f"{_MONTH_ABBREVIATIONS[date.month - 1]} {date.year}"
    return str(date.year)


def display_date_range(dates: DateRange) -> str:
    """What a page shows: the dates as written when they are in another language ("März 2019 –
    heute", "sept. 2020 – aujourd'hui"), spell months out ("February 2019") or number them
    ("03/2019"), else the canonical English spelling ("jan 2020 - present" as "Jan 2020 – Present")."""
    words = _LETTERS.findall(dates.written.casefold())
    if any(word not in ENGLISH_DATE_WORDS or word in _FULL_MONTHS for word in words):
        return dates.written
    if _NUMERIC_MONTH.search(dates.written):
        return dates.written
    return format_date_range(dates)


def format_date_range(dates: DateRange) -> str:
    """The canonical spelling: "Mar 2021 – Present", "2019 – 2021", "2022", "until 2021", "Present"."""
    if dates.start is None:
        if dates.present:
            return "Present"
        return f"until {format_date(dates.end)}" if dates.end is not None else ""
    start = format_date(dates.start)
    if dates.present:
        return f"{start}{RANGE_DASH}Present"
    if dates.end is not None:
        return f"{start}{RANGE_DASH}{format_date(dates.end)}"
    return start
