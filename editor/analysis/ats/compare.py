"""Each field a parser read, beside what the resume says: right, wrong or missing, why, and where to fix it.

The expected values come from the model (the name without credentials after a comma, the printed
contacts, each job's and school's fields, the listed skills); the parsed ones from `fields`, which
never sees the model. Text is compared after case, spacing, dashes and edge punctuation are
evened out, dates as date ranges, addresses without scheme or 'www.'.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from editor.analysis.ats.fields import ParsedEntry, ParsedResume
from editor.formats.dates import display_date_range, parse_date_range
from editor.model import ContactKind, Entry, Resume, SectionKind, Span
from editor.render.document_facts import credentials_start, shown_contacts, skill_keywords

RIGHT, WRONG, MISSING = "right", "wrong", "missing"
_EDGES = " \t,.;:|·•-–—"
_ADDRESS = re.compile(r"^(?:https?://)?(?:www\.)?", re.IGNORECASE)
_JOB_KINDS = (SectionKind.EXPERIENCE, SectionKind.VOLUNTEER)


@dataclass(frozen=True)
class FieldCheck:
    """One field: its label ('Job 2 · company'), what the resume says, what was parsed, the verdict."""

    label: str
    expected: str
    parsed: str
    verdict: str
    reason: str = ""
    line: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "field": self.label,
            "expected": self.expected,
            "parsed": self.parsed,
            "verdict": self.verdict,
            "reason": self.reason,
            "line": self.line,
        }


def compare_fields(resume: Resume, parsed: ParsedResume) -> tuple[FieldCheck, ...]:
    """Every field the resume has, judged against what was parsed."""
    header = resume.header
    checks: list[FieldCheck] = []
    name = header.name[: credentials_start(header.name)].strip()
    if name:
        checks.append(_judge("Name", name, parsed.name, _line(header.name_span)))
    contacts = [item for _index, item in shown_contacts(header.contacts)]
    for kind, label, found, same in (
        (ContactKind.EMAIL, "E-mail", parsed.emails, _same_text),
        (ContactKind.PHONE, "Phone", parsed.phones, _same_phone),
        (ContactKind.URL, "Link", parsed.links, _same_address),
    ):
        for item in (item for item in contacts if item.kind is kind):
            match = next((value for value in found if same(item.text, value)), found[0] if len(found) == 1 else "")
            checks.append(_judge(label, item.text, match, _line(item.span), same))
    for item in [item for item in contacts if item.kind is ContactKind.LOCATION][:1]:
        checks.append(_judge("Location", item.text, parsed.location, _line(item.span)))
    checks += _entries(resume, _JOB_KINDS, parsed.jobs, "Job", ("title", "company"))
    checks += _entries(resume, (SectionKind.EDUCATION,), parsed.schools, "School", ("degree", "school"))
    checks += _skills(resume, parsed.skills)
    return tuple(checks)


def _entries(
    resume: Resume, kinds: tuple[SectionKind, ...], parsed: tuple[ParsedEntry, ...], noun: str, names: tuple[str, str]
) -> list[FieldCheck]:
    entries = [item for section in resume.sections if section.kind in kinds for item in section.items]
    entries = [entry for entry in entries if isinstance(entry, Entry)]
    checks: list[FieldCheck] = []
    for number, entry in enumerate(entries, start=1):
        found = parsed[number - 1] if number <= len(parsed) else ParsedEntry()
        label = f"{noun} {number}"
        title, organization = entry.title.strip(), entry.organization.strip()
        if not title:  # the organisation is then the entry's heading, as the writers set it
            title, organization = organization, ""
            spans = {"title": entry.field_spans.get("organization")}
        else:
            spans = {"title": entry.field_spans.get("title"), "organization": entry.field_spans.get("organization")}
        where = _line(entry.span)
        checks.append(_judge(f"{label} · {names[0]}", title, found.title, _line(spans.get("title")) or where))
        if organization:
            line = _line(spans.get("organization")) or where
            checks.append(_judge(f"{label} · {names[1]}", organization, found.organization, line))
        if entry.location.strip():
            line = _line(entry.field_spans.get("location")) or where
            checks.append(_judge(f"{label} · location", entry.location, found.location, line))
        if entry.dates is not None and (spelled := display_date_range(entry.dates)):
            line = _line(entry.dates.span) or where
            checks.append(_judge(f"{label} · dates", spelled, found.dates, line, _same_dates))
    return checks


def _skills(resume: Resume, parsed: tuple[str, ...]) -> list[FieldCheck]:
    expected = skill_keywords(resume)
    section = resume.section(SectionKind.SKILLS)
    if not expected or section is None:
        return []
    read = {_normal(skill) for skill in parsed}
    missing = [skill for skill in expected if _normal(skill) not in read]
    line = _line(section.span)
    shown = f"{len(expected) - len(missing)} of {len(expected)}"
    if not missing:
        return [FieldCheck("Skills", f"{len(expected)} skills", shown, RIGHT, "", line)]
    verdict = MISSING if len(missing) == len(expected) else WRONG
    reason = "not read as skills: " + ", ".join(missing[:6]) + (" …" if len(missing) > 6 else "")
    return [FieldCheck("Skills", f"{len(expected)} skills", shown, verdict, reason, line)]


def _judge(label: str, expected: str, parsed: str, line: int, same=None) -> FieldCheck:
    same = same or _same_text
    if not parsed.strip():
        return FieldCheck(label, expected, "", MISSING, "a parser finds no such field", line)
    if same(expected, parsed):
        return FieldCheck(label, expected, parsed, RIGHT, "", line)
    return FieldCheck(label, expected, parsed, WRONG, _why(expected, parsed), line)


def _why(expected: str, parsed: str) -> str:
    """A reason a person can act on."""
    want, got = _normal(expected), _normal(parsed)
    if want in got:
        return "read together with the text beside it: keep this field apart from its neighbours"
    if got in want:
        return "read only in part: a separator or a change of font cuts it"
    return "a parser takes another line for this field"


def _normal(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[‐‑‒–—]", "-", text)
    return " ".join(text.split()).strip(_EDGES)


def _same_text(expected: str, parsed: str) -> bool:
    return _normal(expected) == _normal(parsed)


def _same_phone(expected: str, parsed: str) -> bool:
    return re.sub(r"\D", "", expected) == re.sub(r"\D", "", parsed) != ""


def _same_address(expected: str, parsed: str) -> bool:
    return _ADDRESS.sub("", _normal(expected)).rstrip("/") == _ADDRESS.sub("", _normal(parsed)).rstrip("/")


def _same_dates(expected: str, parsed: str) -> bool:
    want, got = parse_date_range(expected), parse_date_range(parsed)
    return want is not None and got is not None and display_date_range(want) == display_date_range(got)


def _line(span: Span | None) -> int:
    return span.line if span is not None else 0
