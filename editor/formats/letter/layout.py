"""The parts of a cover letter in print order, with the space around each: what both letter writers set.

Why one list: the PDF and the Word file must put the same lines in the same order with the same
gaps (users of peer tools complain most about a Word file that does not match the PDF), so the
block-format rules live here once and each writer only turns parts into its own paragraphs.
Gaps are in lines of body text (one line = the body leading), the way typists space a letter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import count

from editor.model import Paragraph, Span, Text
from editor.model.letter import Letter
from editor.render.layout import Role
from editor.render.templates import Template

SIZE_SETTING = "font-size"  # front matter: the letter's type size in points ("font-size: 11")
MIN_BODY_SIZE, MAX_BODY_SIZE = 11.0, 12.0  # the derived size; a `font-size:` setting may leave this range
SETTING_LIMITS = (6.0, 16.0)
LEADING = 1.32  # looser than a resume's: a letter is read in sentences, not skimmed in fragments
SIDE_MARGIN = 72.0  # one inch, as business letters are set
TOP_MARGIN = 54.0
BOTTOM_MARGIN = 54.0
RULE_GAP = 7.0  # between the contact line and the rule under the letterhead (templates with heading rules)
SUBJECT_LABEL = "Re: "
DATE, RECIPIENT, LETTER = 0, 1, 2  # section numbers of `letter_sections`, used in the layout map

PART_GAP = 1.0  # an empty line between date, recipient, subject
PARAGRAPH_GAP = 0.75  # between paragraphs: a little less than an empty line reads as one letter
BULLET_GAP = 0.15
SIGNATURE_ROOM = 1.6  # between the closing and the typed name, room for a signature

_SIZE = re.compile(r"\s*(\d{1,2}(?:\.\d+)?)\s*(?:pt)?\s*", re.IGNORECASE)


@dataclass(frozen=True)
class LetterPart:
    """One printed paragraph of a letter below the letterhead.

    `label` is printed before the text but belongs to no source ("Re: "); `level` is a bullet's
    nesting level, None for a paragraph; `section`/`item` number it in the layout map.
    """

    text: Text
    span: Span | None
    role: Role
    section: int
    item: int | None
    after: float
    before: float = 0.0
    level: int | None = None
    label: str = ""
    bold: bool = False


def letter_body_size(template: Template, settings: dict[str, str]) -> float:
    """The letter's type size: `font-size:` from the front matter, else the template's body size plus
    one point kept within 11-12 pt."""
    match = _SIZE.fullmatch(settings.get(SIZE_SETTING, ""))
    if match is not None:
        low, high = SETTING_LIMITS
        return min(max(float(match.group(1)), low), high)
    return min(max(template.body_size + 1.0, MIN_BODY_SIZE), MAX_BODY_SIZE)


def letter_parts(letter: Letter) -> list[LetterPart]:
    """Date, recipient, subject, salutation, body, closing, signature and postscript, with their gaps."""
    parts: list[LetterPart] = []
    items = count()  # item numbers within the letter section

    def add(paragraph: Paragraph, role: Role, section: int, item: int | None, after: float, **options) -> None:
        parts.append(LetterPart(paragraph.text, paragraph.span, role, section, item, after, **options))

    if letter.date is not None:
        add(letter.date, Role.PARAGRAPH, DATE, None, PART_GAP)  # read in passing: not a resume date
    for index, line in enumerate(letter.recipient):
        add(line, Role.PARAGRAPH, RECIPIENT, index, PART_GAP if index == len(letter.recipient) - 1 else 0.0)
    if letter.subject is not None:
        add(letter.subject, Role.JOB_TITLE, LETTER, next(items), PART_GAP, label=SUBJECT_LABEL, bold=True)
    if letter.salutation is not None:
        add(letter.salutation, Role.PARAGRAPH, LETTER, next(items), PARAGRAPH_GAP)
    for block in letter.body:
        if isinstance(block, Paragraph):
            add(block, Role.PARAGRAPH, LETTER, next(items), PARAGRAPH_GAP)
            continue
        for index, bullet in enumerate(block.items):
            gap = PARAGRAPH_GAP if index == len(block.items) - 1 else BULLET_GAP
            add(Paragraph(bullet.text, bullet.span), Role.BULLET, LETTER, next(items), gap, level=bullet.level)
    if letter.closing is not None:
        add(letter.closing, Role.PARAGRAPH, LETTER, next(items), SIGNATURE_ROOM if letter.signature else 0.0)
    for line in letter.signature:
        add(line, Role.PARAGRAPH, LETTER, next(items), 0.0)
    for index, paragraph in enumerate(letter.postscript):
        add(paragraph, Role.PARAGRAPH, LETTER, next(items), PARAGRAPH_GAP, before=PART_GAP if index == 0 else 0.0)
    return parts
