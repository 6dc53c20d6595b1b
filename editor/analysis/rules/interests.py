"""The personal-interests rule: one short line of interests, at the end, sets a candidate apart.

Recruiters reading a pile of similar backgrounds remember the person who is "a passionate
Seahawks fan, just ran a half marathon"; the line humanises a technical resume. So the rule
suggests adding one when it is missing and, when there is one, advises only on its length
(one or two lines) and place (the last section). It never suggests removing it.
"""

from __future__ import annotations

from collections.abc import Iterator

from editor.analysis.findings import Finding
from editor.analysis.rules.context import Rule, RuleContext, RuleInfo
from editor.model import Section, SectionKind, Severity
from editor.render.layout import Role

MAX_LINES = 2
MAX_CHARACTERS = 200  # about two printed lines without a layout map
EXAMPLE = "Passionate Seahawks fan, just ran a half marathon and training for a full marathon"

PERSONAL_INTERESTS = RuleInfo(
    "personal-interests",
    "One short line of personal interests, at the end",
    Severity.INFO,
    "Among a pile of similar backgrounds, one line about you as a person is what a recruiter remembers and "
    "starts the conversation with; it humanises a technical resume. Keep it to a line or two, last.",
)


def check_personal_interests(context: RuleContext) -> Iterator[Finding]:
    sections = context.resume.sections
    interests = context.sections_of(SectionKind.INTERESTS)
    if not interests:
        if any(section.kind is SectionKind.EXPERIENCE for section in sections):
            yield PERSONAL_INTERESTS.finding(
                f"Add one short line of personal interests as the last section, e.g. “{EXAMPLE}”: it sets you "
                "apart from similar candidates",
                _last_line(context),
            )
        return
    section = interests[-1]
    line = section.span.line if section.span is not None else 0
    lines = _printed_lines(context, section)
    if lines > MAX_LINES:
        yield PERSONAL_INTERESTS.finding(
            f"“{section.title}” runs to {lines} lines; one or two lines are enough to show the person", line
        )
    if sections[-1] is not section:
        yield PERSONAL_INTERESTS.finding(
            f"Move “{section.title}” to the end of the resume: the work comes first, the person last", line
        )


def _printed_lines(context: RuleContext, section: Section) -> int:
    """Lines the section's text takes on the page (estimated from its length without a layout map)."""
    if section.span is None:
        return 0
    rows = range(section.span.line + 1, section.span.end_line + 1)
    if context.layout is not None:
        return sum(
            1
            for line in context.layout.lines
            if line.source is not None and line.source.line in rows and line.role is not Role.SECTION_HEADING
        )
    text = " ".join(piece.text for piece in context.prose if piece.section_kind is SectionKind.INTERESTS)
    pieces = sum(1 for piece in context.prose if piece.section_kind is SectionKind.INTERESTS)
    return max(pieces, -(-len(text) // (MAX_CHARACTERS // MAX_LINES)))


def _last_line(context: RuleContext) -> int:
    """The last non-blank line, where the interests line belongs."""
    return next((number for number in range(len(context.lines), 0, -1) if context.lines[number - 1].strip()), 0)


RULES = (Rule(PERSONAL_INTERESTS, check_personal_interests),)
