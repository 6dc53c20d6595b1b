"""The cover-letter PDF writer: a one-page business letter, with the layout map the resume PDF has.

Why the resume writer's machinery: the letterhead is drawn by the very code that draws the
resume's header (same name, contact line and template, so the two pages match when a recruiter
opens both), every line goes through the same line breaker and recorder (fonts embedded and
subset, no ligatures, text that extracts in reading order) and the layout map feeds the fold
and the attention model unchanged. What is the letter's own is in `layout`: block
format, 1-inch sides, 11-12 pt type (a full page of 10-point type is what makes readers give up).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache

from reportlab.platypus import Flowable, Spacer
from reportlab.platypus.flowables import HRFlowable

from editor.formats.atomic import write_atomic
from editor.formats.export.pdf_writer import (
    DocumentInfo,
    RenderedPdf,
    letterhead,
    page_style,
    render_story,
    text_fragments,
)
from editor.formats.letter.layout import (
    BOTTOM_MARGIN,
    LEADING,
    RULE_GAP,
    SIDE_MARGIN,
    TOP_MARGIN,
    LetterPart,
    letter_body_size,
    letter_parts,
)
from editor.model.letter import Letter
from editor.render.document_facts import letter_properties
from editor.render.fonts import register_family
from editor.render.line_breaking import Fragment, Origin
from editor.render.pdf_flowables import LineRecorder, TextBlock, TextStyle
from editor.render.templates import Template


@dataclass(frozen=True)
class _Look:
    """The letter's text styles for one template and type size."""

    template: Template
    body: TextStyle
    bullets: tuple[TextStyle, TextStyle]

    @property
    def line(self) -> float:
        """One empty line of body text: the unit of the gaps in `layout`."""
        return self.body.leading


@cache
def _look(template: Template, size: float) -> _Look:
    faces = register_family(template.body_font)
    leading = round(size * LEADING, 3)
    indent = template.bullet_indent * size / template.body_size
    bullets = tuple(
        TextStyle(
            faces,
            size,
            leading,
            template.text_color,
            indent=indent * (level + 1),
            bullet="•" if level == 0 else "◦",
            bullet_x=indent * level + 1.5,
        )
        for level in (0, 1)
    )
    return _Look(template, TextStyle(faces, size, leading, template.text_color), bullets)


def _story(letter: Letter, look: _Look, recorder: LineRecorder) -> list[Flowable]:
    """The letterhead as the resume draws it, a rule, then one text block per part of the letter."""
    story: list[Flowable] = letterhead(letter.header, look.template, recorder)
    if story:
        story[-1].spaceAfter = 0
        if look.template.heading_rule:  # the template's section rule, under the letterhead
            rule = HRFlowable(width="100%", thickness=0.7, color=look.template.accent, spaceBefore=RULE_GAP)
            story.append(rule)
        story.append(Spacer(0, look.line))
    for part in letter_parts(letter):
        style = look.body if part.level is None else look.bullets[min(part.level, 1)]
        block = TextBlock(_fragments(part, look.template), style, recorder)
        block.spaceBefore, block.spaceAfter = part.before * look.line, part.after * look.line
        story.append(block)
    return story


def _fragments(part: LetterPart, template: Template) -> list[Fragment]:
    origin = Origin(part.role, part.span, part.section, item=part.item)
    fragments = text_fragments(part.text, origin, template.accent)
    if part.bold:
        fragments = [
            Fragment(piece.text, piece.origin, piece.offset, True, piece.italic, piece.link, piece.color)
            for piece in fragments
        ]
    if part.label:  # drawn, not recorded: the layout map keeps the subject's own text and columns
        fragments.insert(0, Fragment(part.label, bold=part.bold))
    return fragments


def build_letter_pdf(letter: Letter, template: str | None = None, paper: str | None = None) -> RenderedPdf:
    """Render a letter; `template`/`paper` default to its settings, then to modern on US Letter."""
    chosen, page = page_style(letter.settings, template, paper)
    look = _look(chosen, letter_body_size(chosen, letter.settings))
    recorder = LineRecorder(page.height)
    properties = letter_properties(letter)
    info = DocumentInfo(
        title=properties.title,
        author=properties.author,
        subject=properties.subject,
        keywords=[],
        margins=(TOP_MARGIN, SIDE_MARGIN, BOTTOM_MARGIN, SIDE_MARGIN),
        font=look.body.faces.regular,
        kind="letter",
    )
    return render_story(_story(letter, look, recorder), recorder, page, info)


def write_letter_pdf(
    letter: Letter, path: str | os.PathLike[str], template: str | None = None, paper: str | None = None
) -> RenderedPdf:
    """Render a letter and write it atomically: the file is complete or untouched."""
    rendered = build_letter_pdf(letter, template, paper)
    write_atomic(path, rendered.data)
    return rendered
