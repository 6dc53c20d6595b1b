"""The parts of a resume keyword matching reads, and where a missing term would fit.

Why the model and the text together: the text gives exact line and column positions for the
editor, the model says what each line is - the contact line and an entry's place and dates
are not keywords, the Skills section is a list where "Go" needs no other context, and an
experience entry is where a missing duty belongs.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from editor.analysis.keywords.lexicon import Category, Lexicon
from editor.analysis.keywords.report import Fit, Keyword
from editor.analysis.keywords.text import phrase_key
from editor.model import BulletList, Entry, Paragraph, Resume, SectionKind, Span, plain

# Markdown link targets, bare URLs and e-mail addresses hold no keywords. An address is looked
# for only where a run of non-spaces starts, so a 100,000-character token costs one pass, not n².
_NOT_WORDS = re.compile(r"\]\([^)\s]*\)|\b(?:https?://|www\.)\S+|(?<!\S)[^\s@]+@[^\s@]+\.\w+")
_ENTRY_SECTIONS = (SectionKind.EXPERIENCE, SectionKind.PROJECTS, SectionKind.VOLUNTEER)
_MAX_REASONS = 3
_HOME = {
    Category.CERTIFICATION: SectionKind.CERTIFICATES,
    Category.EDUCATION: SectionKind.EDUCATION,
    Category.SOFT: SectionKind.SUMMARY,
    Category.SKILL: SectionKind.SKILLS,
}


@dataclass(frozen=True, slots=True)
class _Unit:
    """A place a term could go: a section, or one entry of it, its lines and the word stems it uses."""

    section: str
    kind: SectionKind
    entry: str | None
    span: Span | None
    words: frozenset[str]

    @property
    def line(self) -> int | None:
        return self.span.line if self.span else None

    def holds(self, lines: frozenset[int]) -> bool:
        return self.span is not None and any(self.span.line <= line <= self.span.end_line for line in lines)


class CoTerm(NamedTuple):
    """A posting term that shares a posting line with a missing one, and the resume lines that have it."""

    term: str
    weight: float
    resume_lines: frozenset[int]


@dataclass(frozen=True, slots=True)
class ResumeText:
    """The resume lines worth searching (masked where they hold no keywords) and its places."""

    lines: tuple[tuple[int, str], ...]
    skills_lines: frozenset[int]
    entry_lines: frozenset[int]
    units: tuple[_Unit, ...]
    headline_line: int | None


def read_resume_text(resume: Resume, text: str) -> ResumeText:
    """The searchable lines of a resume text, using the model's spans where it has them."""
    raw_lines = text.splitlines()
    masks: dict[int, list[tuple[int, int]]] = {}
    for span in _spans_without_keywords(resume):
        if span.line == span.end_line:
            masks.setdefault(span.line, []).append((span.column, span.end_column))
    first_line = _first_content_line(resume)
    lines = []
    for number, raw in enumerate(raw_lines, start=1):
        if number < first_line or not raw.strip():
            continue
        masked = _NOT_WORDS.sub(lambda match: " " * len(match.group()), raw)
        for start, end in masks.get(number, ()):
            masked = masked[:start] + " " * (min(end, len(masked)) - start) + masked[end:]
        lines.append((number, masked))
    headline = resume.header.headline[0] if resume.header.headline else ()
    headline_line = headline[0].span.line if headline and headline[0].span else None
    return ResumeText(
        tuple(lines),
        _section_lines(resume, (SectionKind.SKILLS,)),
        _section_lines(resume, _ENTRY_SECTIONS),
        tuple(_units(resume)),
        headline_line,
    )


def _section_lines(resume: Resume, kinds: tuple[SectionKind, ...]) -> frozenset[int]:
    return frozenset(
        line
        for section in resume.sections
        if section.kind in kinds and section.span is not None
        for line in range(section.span.line, section.span.end_line + 1)
    )


def _first_content_line(resume: Resume) -> int:
    """Where the resume proper starts: lines above it are front matter (template, paper, jd)."""
    spans = [resume.header.span, *(section.span for section in resume.sections)]
    return min((span.line for span in spans if span is not None), default=1)


def _spans_without_keywords(resume: Resume) -> Iterable[Span]:
    """The contact items, each entry's location and dates, and private notes (line by line: they never print)."""
    for comment in resume.comments:
        if (span := comment.span) is not None:
            for line in range(span.line, span.end_line + 1):
                end = span.end_column if line == span.end_line else sys.maxsize
                yield Span.on_line(line, span.column if line == span.line else 0, end)
    for contact in resume.header.contacts:
        if contact.span is not None:
            yield contact.span
    if resume.header.name_span is not None:
        yield resume.header.name_span
    for section in resume.sections:
        for entry in section.entries:
            for name in ("location", "dates"):
                if name in entry.field_spans:
                    yield entry.field_spans[name]


def _words(texts: Iterable[str]) -> frozenset[str]:
    return frozenset(stem for text in texts for stem in phrase_key(text))


def _units(resume: Resume) -> Iterable[_Unit]:
    for section in resume.sections:
        texts = [section.title]
        for item in section.items:
            if isinstance(item, Entry):
                label = ", ".join(part for part in (item.title, item.organization) if part)
                yield _Unit(
                    section.title,
                    section.kind,
                    label,
                    item.span,
                    _words([item.title, item.organization, *_block_texts(item.blocks)]),
                )
            else:
                texts.extend(_block_texts((item,)))
        yield _Unit(section.title, section.kind, None, section.span, _words(texts))


def _block_texts(blocks: Iterable[Paragraph | BulletList]) -> list[str]:
    texts = []
    for block in blocks:
        if isinstance(block, Paragraph):
            texts.append(plain(block.text))
        else:
            texts.extend(plain(bullet.text) for bullet in block.items)
    return texts


def best_fit(keyword: Keyword, resume: ResumeText, words: Lexicon, co_terms: Sequence[CoTerm]) -> Fit | None:
    """The section or entry where a missing term fits best, and the matched terms that say so.

    A skill, certificate, degree or soft skill has a home section (Skills, Certifications,
    Education, Summary); a duty or phrase goes to the experience entry that already has the
    most of the posting terms listed beside it, or else shares the most words with them.
    """
    if keyword.posting_title:
        return Fit("headline", None, resume.headline_line, ())
    home = _HOME.get(keyword.category)
    for unit in resume.units:
        if unit.kind is home and unit.entry is None:
            return Fit(unit.section, None, unit.line, ())
    if keyword.category is Category.CERTIFICATION:
        return Fit("Certifications", None, None, ())
    wanted = {stem for stem in keyword.related | set(keyword.key) if stem not in words.generic_words}
    best, best_score, reasons = None, 0.0, ()
    for unit in resume.units:
        if unit.kind not in _ENTRY_SECTIONS or unit.entry is None:
            continue
        present = [co for co in co_terms if unit.holds(co.resume_lines)]
        score = sum(co.weight for co in present) + 0.1 * len(wanted & unit.words)
        if score > best_score:
            best, best_score = unit, score
            reasons = tuple(co.term for co in sorted(present, key=lambda co: -co.weight)[:_MAX_REASONS])
    if best is None:
        best = next((unit for unit in resume.units if unit.kind in _ENTRY_SECTIONS and unit.entry), None)
    if best is None:
        return None
    return Fit(best.section, best.entry, best.line, reasons)
