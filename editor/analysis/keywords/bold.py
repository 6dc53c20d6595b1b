"""Bolding matched job-description terms in the resume Markdown: a pure text -> text function.

Why so sparingly (one new bold per bullet, two bold phrases in all): bold draws the skimming
eye only while it is rare; a bullet with three bold phrases reads as noise, and a Skills list
in bold is a wall. The app offers the result for the user to accept; it never rewrites the
text behind their back.
"""

from __future__ import annotations

import re

from editor.analysis.keywords.lexicon import Category
from editor.analysis.keywords.report import KeywordReport, Occurrence

MAX_BOLD_PER_BULLET = 2

_BULLET = re.compile(r"\s*(?:[-*+]|\d{1,3}[.)])\s+")
# Stretches a new bold must not touch: bold, links, code, italics, URLs.
_PROTECTED = re.compile(
    r"\*\*.+?\*\*|__.+?__|!?\[[^\]]*\]\([^)]*\)|`[^`]*`|(?<![*\w])\*(?!\*).+?(?<!\*)\*(?![*\w])"
    r"|(?<!\w)_(?!_).+?(?<!_)_(?!\w)|https?://\S+"
)
_BOLD = re.compile(r"\*\*.+?\*\*|__.+?__")


def bold_matched_keywords(resume_text: str, report: KeywordReport, per_bullet: int = 1) -> str:
    """The resume text with the heaviest matched terms of each bullet wrapped in `**`.

    `report` must come from `match_keywords` on this very text (a stale occurrence whose text
    no longer sits at its columns is skipped). Only bullets of experience, project and volunteer
    sections are bolded, never soft skills; a bullet that already has MAX_BOLD_PER_BULLET bold
    phrases is left alone.
    """
    lines = resume_text.split("\n")
    by_line: dict[int, list[tuple[float, str, Occurrence]]] = {}
    for result in report.terms:
        if result.keyword.category is Category.SOFT:
            continue
        for occurrence in result.occurrences:
            by_line.setdefault(occurrence.location.line, []).append(
                (result.keyword.weight, result.keyword.term, occurrence)
            )
    for number, items in by_line.items():
        if number not in report.entry_lines or not 0 < number <= len(lines):
            continue
        lines[number - 1] = _bold_bullet(lines[number - 1], items, per_bullet)
    return "\n".join(lines)


def _bold_bullet(line: str, items: list[tuple[float, str, Occurrence]], per_bullet: int) -> str:
    marker = _BULLET.match(line)
    if marker is None:
        return line
    room = min(per_bullet, MAX_BOLD_PER_BULLET - len(_BOLD.findall(line)))
    protected = [match.span() for match in _PROTECTED.finditer(line)]
    chosen: list[tuple[int, int, str]] = []
    for _, term, occurrence in sorted(items, key=lambda item: (-item[0], item[2].location.column)):
        if len(chosen) >= room:
            break
        start, end = occurrence.location.column, occurrence.location.end_column
        if start < marker.end() or line[start:end] != occurrence.text:
            continue
        taken = protected + [(first, stop) for first, stop, _ in chosen]
        if any(first < end and start < stop for first, stop in taken) or any(t == term for _, _, t in chosen):
            continue
        chosen.append((start, end, term))
    for start, end, _ in sorted(chosen, reverse=True):
        line = f"{line[:start]}**{line[start:end]}**{line[end:]}"
    return line
