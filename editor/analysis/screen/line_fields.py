"""What each rendered line means to a recruiter: current or previous job, education, a bullet.

Why: the layout map knows a line is a job title; the fold summary and the attention model need
to know it is the *current* job's title, because TheLadders' six key fields (name, current
title/company, current dates, previous title/company, previous dates, education) are what a
recruiter looks for first. The resume model says which section is experience and which entry
is current ("Present"); without a model the section headings' words are used instead.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import Enum

from editor.model import Resume, SectionKind, section_kind
from editor.render.layout import LayoutLine, LayoutMap, Role


class Field(Enum):
    """A line's meaning for a recruiter skimming for fit."""

    NAME = "name"
    HEADLINE = "headline"
    CONTACT = "contact"
    HEADING = "section_heading"
    SUMMARY = "summary"
    CURRENT_TITLE = "current_title"
    CURRENT_COMPANY = "current_company"
    CURRENT_DATES = "current_dates"
    PREVIOUS_TITLE = "previous_title"
    PREVIOUS_COMPANY = "previous_company"
    PREVIOUS_DATES = "previous_dates"
    OLDER_TITLE = "older_title"
    OLDER_COMPANY = "older_company"
    OLDER_DATES = "older_dates"
    ENTRY_HEAD = "entry_head"  # title/organisation/dates of a project, award, certificate …
    LOCATION = "location"
    EDUCATION = "education"
    BULLET = "bullet"
    PARAGRAPH = "paragraph"
    SKILLS = "skills"


class KeyField(Enum):
    """TheLadders 2012's six data points that took "almost 80 %" of review time."""

    NAME = "name"
    CURRENT_TITLE_COMPANY = "current_title_company"
    CURRENT_DATES = "current_dates"
    PREVIOUS_TITLE_COMPANY = "previous_title_company"
    PREVIOUS_DATES = "previous_dates"
    EDUCATION = "education"


KEY_FIELD_WORDS = {
    KeyField.NAME: "name",
    KeyField.CURRENT_TITLE_COMPANY: "current title",
    KeyField.CURRENT_DATES: "current dates",
    KeyField.PREVIOUS_TITLE_COMPANY: "previous title",
    KeyField.PREVIOUS_DATES: "previous dates",
    KeyField.EDUCATION: "education",
}

_KEY_OF = {
    Field.NAME: KeyField.NAME,
    Field.CURRENT_TITLE: KeyField.CURRENT_TITLE_COMPANY,
    Field.CURRENT_COMPANY: KeyField.CURRENT_TITLE_COMPANY,
    Field.CURRENT_DATES: KeyField.CURRENT_DATES,
    Field.PREVIOUS_TITLE: KeyField.PREVIOUS_TITLE_COMPANY,
    Field.PREVIOUS_COMPANY: KeyField.PREVIOUS_TITLE_COMPANY,
    Field.PREVIOUS_DATES: KeyField.PREVIOUS_DATES,
    Field.EDUCATION: KeyField.EDUCATION,
}

_JOB_FIELDS = {  # (title, company, dates) by job rank 0 = current, 1 = previous, 2+ = older
    0: (Field.CURRENT_TITLE, Field.CURRENT_COMPANY, Field.CURRENT_DATES),
    1: (Field.PREVIOUS_TITLE, Field.PREVIOUS_COMPANY, Field.PREVIOUS_DATES),
    2: (Field.OLDER_TITLE, Field.OLDER_COMPANY, Field.OLDER_DATES),
}
_HEAD_ROLES = (Role.JOB_TITLE, Role.ORGANIZATION, Role.DATES)


@dataclass(frozen=True)
class LineLabel:
    """The meaning of one layout line and where it sits among its siblings."""

    field: Field
    key_field: KeyField | None
    element: tuple[object, ...]  # lines with equal keys form one element (a wrapped bullet, say)
    part: str  # the resume part in words: "current job", "education", "summary", "name" …
    job_rank: int | None  # 0 current, 1 previous, 2… older (experience entries only)
    item_rank: int  # 0 for the first bullet/paragraph of its entry or section
    line_in_item: int  # 0 for the first line of a wrapped bullet or paragraph
    item_line_count: int


def job_part_name(rank: int) -> str:
    """A job by recency in words."""
    return {0: "current job", 1: "previous job"}.get(rank, f"job {rank + 1}")


def label_lines(layout: LayoutMap, resume: Resume | None) -> tuple[LineLabel, ...]:
    """A label for every line of the layout map, in the same order."""
    kinds = _section_kinds(layout, resume)
    titles = _section_titles(layout, resume)
    ranks = _job_ranks(layout, resume, kinds)
    item_ranks = _item_ranks(layout.lines)
    groups = [_item_key(line) for line in layout.lines]
    totals = Counter(groups)
    seen: Counter[tuple[object, ...]] = Counter()
    labels = []
    for line, group, item_rank in zip(layout.lines, groups, item_ranks, strict=True):
        kind = kinds.get(line.section) if line.section is not None else None
        rank = ranks.get((line.section, line.entry))
        field = _field(line, kind, rank)
        part = _part(line, field, rank, titles)
        labels.append(LineLabel(field, _KEY_OF.get(field), group, part, rank, item_rank, seen[group], totals[group]))
        seen[group] += 1
    return tuple(labels)


def _field(line: LayoutLine, kind: SectionKind | None, rank: int | None) -> Field:
    by_role = {
        Role.NAME: Field.NAME,
        Role.HEADLINE: Field.HEADLINE,
        Role.CONTACT: Field.CONTACT,
        Role.SECTION_HEADING: Field.HEADING,
        Role.SKILL: Field.SKILLS,
        Role.LOCATION: Field.LOCATION,
    }
    if line.role in by_role:
        return by_role[line.role]
    if kind is SectionKind.SUMMARY:
        return Field.SUMMARY
    if kind is SectionKind.SKILLS:
        return Field.SKILLS
    if line.role in _HEAD_ROLES:
        if kind is SectionKind.EDUCATION:
            return Field.EDUCATION
        if rank is not None:
            return _JOB_FIELDS[min(rank, 2)][_HEAD_ROLES.index(line.role)]
        return Field.ENTRY_HEAD
    return Field.BULLET if line.role is Role.BULLET else Field.PARAGRAPH


def _part(line: LayoutLine, field: Field, rank: int | None, titles: dict[int, str]) -> str:
    if line.section is None:
        return {Field.NAME: "name", Field.HEADLINE: "headline"}.get(field, "contact line")
    if rank is not None:
        return job_part_name(rank)
    return titles.get(line.section, "section").lower()


def _section_kinds(layout: LayoutMap, resume: Resume | None) -> dict[int, SectionKind]:
    if resume is not None:
        return {index: section.kind for index, section in enumerate(resume.sections)}
    return {index: section_kind(title) for index, title in _section_titles(layout, None).items()}


def _section_titles(layout: LayoutMap, resume: Resume | None) -> dict[int, str]:
    titles = {
        line.section: line.text
        for line in layout.lines
        if line.role is Role.SECTION_HEADING and line.section is not None
    }
    if resume is not None:
        titles.update({index: section.title for index, section in enumerate(resume.sections)})
    return titles


def _job_ranks(
    layout: LayoutMap, resume: Resume | None, kinds: dict[int, SectionKind]
) -> dict[tuple[int | None, int | None], int]:
    """Experience entries by recency: the one marked 'Present' first, then document order."""
    jobs = list(
        dict.fromkeys(
            (line.section, line.entry)
            for line in layout.lines
            if line.entry is not None and kinds.get(line.section) is SectionKind.EXPERIENCE
        )
    )
    if resume is not None:
        jobs = [
            (index, number)
            for index, section in enumerate(resume.sections)
            if section.kind is SectionKind.EXPERIENCE
            for number in range(len(section.entries))
        ]
        current = next((job for job in jobs if _is_current(resume, *job)), None)
        if current is not None:
            jobs.remove(current)
            jobs.insert(0, current)
    return {job: rank for rank, job in enumerate(jobs)}


def _is_current(resume: Resume, section: int, entry: int) -> bool:
    dates = resume.sections[section].entries[entry].dates
    return dates is not None and dates.is_current


def _item_key(line: LayoutLine) -> tuple[object, ...]:
    if line.role is Role.CONTACT:  # the contact items (e-mail, phone …) form one element
        return (line.role,)
    return (line.role, line.section, line.entry, line.item)


def _item_ranks(lines: tuple[LayoutLine, ...]) -> list[int]:
    """The rank of each line's bullet/paragraph within its entry (or section), in reading order."""
    firsts: dict[tuple[object, ...], dict[object, int]] = {}  # a dict, not a list: a section of 60,000 bullets
    ranks = []
    for line in lines:
        if line.role not in (Role.BULLET, Role.PARAGRAPH, Role.SKILL):
            ranks.append(0)
            continue
        owner = firsts.setdefault((line.section, line.entry), {})
        ranks.append(owner.setdefault(line.item, len(owner)))
    return ranks
