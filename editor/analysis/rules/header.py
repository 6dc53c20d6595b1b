"""Rules about the header and personal data: what a recruiter needs to reach you, and no more."""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.analysis.findings import Finding, QuickFix
from editor.analysis.rules.context import Rule, RuleContext, RuleInfo
from editor.model import ContactKind, Severity

HOME_ADDRESS = RuleInfo(
    "home-address",
    "Street address in the header",
    Severity.WARNING,
    "Recruiters only need your city to judge commute or relocation; a street address spends first-screen space "
    "and exposes you to identity theft.",
)
MISSING_CONTACT = RuleInfo(
    "missing-contact",
    "No e-mail or phone in the header",
    Severity.WARNING,
    "A recruiter who likes the resume calls or writes within minutes; if the way to reach you is not in the "
    "header, they move on to the next candidate.",
)
PERSONAL_DATA = RuleInfo(
    "irrelevant-personal-data",
    "Personal data a recruiter should not see",
    Severity.WARNING,
    "Age, family status, nationality, religion, photos and ID numbers invite bias, and many employers screen out "
    "resumes that carry them to stay clear of discrimination claims.",
)

_SUFFIXES = (
    "Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir"
    "|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Crescent|Cres|Close|Grove|Loop|Alley|Pike|Plaza|Row"
)
_STREET = re.compile(
    r"(?<![\w-])(?:\d{1,6}[A-Za-z]?(?:-\d{1,4})?\s+(?:[NSEW]\.?\s+)?(?:[A-Z0-9][\w'.-]*\s+){0,4}?"
    rf"(?i:{_SUFFIXES})\b\.?|(?i:P\.?\s?O\.?\s+Box)\s+\d+)"
    r"(?:,?\s+(?i:Apt|Apartment|Suite|Ste|Unit|Flat)\.?\s*[\w-]+|,?\s+#\s?[\w-]+)?"
)
_CITY = re.compile(
    r",?\s+(?P<city>[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){0,3})"
    r"(?:,\s*(?P<state>[A-Z]{2})\b)?(?:\s+(?:\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}))?"
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<!\w)\+?\(?\d[\d\s().-]{6,}\d(?!\w)")

_LABELLED = (
    ("your date of birth", r"date of birth|birth\s?date|place of birth|d\.o\.b\.?|dob"),
    ("your age", r"age"),
    ("your marital status", r"marital status|family status|civil status"),
    ("your nationality", r"nationality"),
    ("your religion", r"religion|religious affiliation|faith"),
    ("your gender", r"gender|sex"),
    ("an ID number", r"social security(?: number| no\.?)?|ssn|national insurance(?: number| no\.?)?|national id"),
)
_ANYWHERE = (
    ("your date of birth", r"\bborn\s+(?:on\s+|in\s+)?(?:\d|[A-Z][a-z]+ \d)"),
    ("your age", r"\b\d{2}\s+years\s+old\b"),
    ("your marital status", r"\bmarital status\b"),
    ("an ID number", r"\b(?:social security|SSN)\b|\b\d{3}-\d{2}-\d{4}\b"),
    ("a photo", r"!\[[^\]]*\]\([^)]*\)"),
)
_HEADER_ONLY = (
    ("your marital status", r"\b(?:married|single|divorced|widowed)\b"),
    ("a photo", r"\b(?:photo|photograph|headshot|picture)\b"),
    ("your nationality", r"\b(?:nationality|citizen of)\b"),
)
_PERSONAL = [
    (label, re.compile(rf"(?<![\w-])(?:{pattern})(?:\s*:|\s+[–-]\s)\s*\S", re.IGNORECASE))
    for label, pattern in _LABELLED
] + [(label, re.compile(pattern, re.IGNORECASE)) for label, pattern in _ANYWHERE]
_PERSONAL_IN_HEADER = [(label, re.compile(pattern, re.IGNORECASE)) for label, pattern in _HEADER_ONLY]


def check_home_address(context: RuleContext) -> Iterator[Finding]:
    for number in context.header_lines:
        line = context.line_text(number)
        for street in _STREET.finditer(line):
            city = _CITY.match(line, street.end())
            end = city.end() if city else street.end()
            place = ", ".join(part for part in (city and city["city"], city and city["state"]) if part)
            replacement = place or "City, ST"
            yield HOME_ADDRESS.finding(
                f'Your street address is on the resume; "{replacement}" is all a recruiter needs',
                number,
                street.start(),
                end,
                QuickFix(replacement, number, street.start(), end),
            )


def check_missing_contact(context: RuleContext) -> Iterator[Finding]:
    kinds = {item.kind for item in context.resume.header.contacts}
    header = "\n".join(context.line_text(number) for number in context.header_lines)
    missing = []
    if ContactKind.EMAIL not in kinds and not _EMAIL.search(header):
        missing.append("e-mail address")
    if ContactKind.PHONE not in kinds and not _PHONE.search(_EMAIL.sub("", header)):
        missing.append("phone number")
    if missing:
        yield MISSING_CONTACT.finding(f"No {' or '.join(missing)} in the header", context.name_line)


def check_personal_data(context: RuleContext) -> Iterator[Finding]:
    header = set(context.header_lines)
    for number, line in context.body_lines():
        patterns = _PERSONAL + (_PERSONAL_IN_HEADER if number in header else [])
        reported = set()
        for label, pattern in patterns:
            found = pattern.search(line)
            if found and label not in reported:
                reported.add(label)
                yield PERSONAL_DATA.finding(
                    f"Leave out {label}: recruiters must not weigh it", number, found.start(), found.end()
                )


RULES = (
    Rule(HOME_ADDRESS, check_home_address),
    Rule(MISSING_CONTACT, check_missing_contact),
    Rule(PERSONAL_DATA, check_personal_data),
)
