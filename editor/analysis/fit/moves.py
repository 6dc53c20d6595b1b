"""Simple content moves that lift key facts: the skills section above the summary, and a summary
longer than three lines trimmed to its first sentences.

Why proposed as text: the text is the user's (docs/architecture.md, principle 2). A move is a new version of
the whole text the user sees side by side and accepts with one click; nothing is rewritten silently.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from editor.analysis.screen.line_fields import Field, LineLabel
from editor.model import Paragraph, Resume, Section, SectionKind
from editor.render.layout import LayoutMap

SUMMARY_LINES = 3
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“(*_]*[A-Z0-9])")
_MARKUP = re.compile(r"[*_`]")


@dataclass(frozen=True)
class Move:
    """One content change: `kind` is 'skills-first' or 'trim-summary'; a trim says what it keeps and drops."""

    kind: str
    description: str
    kept: str = ""
    dropped: str = ""


def skills_first(text: str, resume: Resume) -> tuple[str, Move] | None:
    """The text with the skills section moved just above the summary, when it is below it."""
    summary, skills = _index(resume, SectionKind.SUMMARY), _index(resume, SectionKind.SKILLS)
    if summary is None or skills is None or skills < summary:
        return None
    lines = text.split("\n")
    start, end = _section_lines(resume, skills, len(lines))
    block = lines[start:end]
    while block and not block[-1].strip():
        block.pop()
    rest = lines[:start] + lines[end:]
    while rest and not rest[-1].strip() and end >= len(lines):
        rest.pop()
    at = _section_lines(resume, summary, len(lines))[0]
    moved = rest[:at] + block + [""] + rest[at:]
    if text.endswith("\n") and moved[-1] != "":
        moved.append("")
    title = resume.sections[skills].title
    return "\n".join(moved), Move("skills-first", f"move “{title}” above “{resume.sections[summary].title}”")


def trimmed_summary(
    text: str, resume: Resume, layout: LayoutMap, labels: Sequence[LineLabel]
) -> tuple[str, Move] | None:
    """The text with a summary of more than three rendered lines cut to the whole sentences that fit in three."""
    index = _index(resume, SectionKind.SUMMARY)
    if index is None:
        return None
    section = resume.sections[index]
    paragraphs = [item for item in section.items if isinstance(item, Paragraph) and item.span is not None]
    if not paragraphs or len(paragraphs) != len(section.items):
        return None
    rendered = [line.text for line, label in zip(layout.lines, labels, strict=True) if label.field is Field.SUMMARY]
    if len(rendered) <= SUMMARY_LINES:
        return None
    budget = sum(len(line) + 1 for line in rendered[:SUMMARY_LINES])
    lines = text.split("\n")
    first, last = paragraphs[0].span.line - 1, paragraphs[-1].span.end_line  # type: ignore[union-attr]
    sentences = _SENTENCE_END.split(" ".join(line.strip() for line in lines[first:last] if line.strip()))
    kept, length = [], 0
    for sentence in sentences:
        length += len(_MARKUP.sub("", sentence)) + 1
        if length > budget:
            break
        kept.append(sentence)
    if not kept or len(kept) == len(sentences):
        return None
    kept_text, dropped_text = " ".join(kept), " ".join(sentences[len(kept) :])
    move = Move(
        "trim-summary",
        f"trim “{section.title}” to {SUMMARY_LINES} lines ({len(rendered)} now)",
        kept=kept_text,
        dropped=dropped_text,
    )
    return "\n".join([*lines[:first], kept_text, *lines[last:]]), move


def _index(resume: Resume, kind: SectionKind) -> int | None:
    return next((index for index, section in enumerate(resume.sections) if section.kind is kind), None)


def _section_lines(resume: Resume, index: int, line_count: int) -> tuple[int, int]:
    """The 0-based line range of a section, its trailing blank lines included."""
    section: Section = resume.sections[index]
    start = section.span.line - 1 if section.span else 0
    following = resume.sections[index + 1].span if index + 1 < len(resume.sections) else None
    return start, following.line - 1 if following else line_count
