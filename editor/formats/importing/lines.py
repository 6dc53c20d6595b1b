"""The unit an importer hands to the structure step: one line of text with the hints its reader saw."""

from __future__ import annotations

from dataclasses import dataclass

from editor.formats.importing.text import without_tabs
from editor.model import Bullet, BulletList, Paragraph, Problem, SectionItem, Severity, Text, plain


@dataclass(frozen=True)
class StyledLine:
    """One line of an imported document with the hints its reader could see.

    A DOCX paragraph (or a line of it after a manual break) or a PDF line with its wrapped
    continuation lines joined. `where` names the place for the user ("paragraph 12",
    "page 2, line 7"); `number` is the 1-based position used as the problem's line.
    `heading_level` is 0 for a Title style and n for "Heading n"; `bullet_level` is set when
    the reader saw list numbering or a bullet glyph (already removed from `runs`); `indent`
    is the left indent in points, from which a reader tells nested bullets.
    """

    runs: Text
    where: str
    number: int
    size: float = 0.0
    heading_level: int | None = None
    bullet_level: int | None = None
    page_header: bool = False
    indent: float = 0.0

    @property
    def text(self) -> str:
        return plain(self.runs)

    @property
    def is_bullet(self) -> bool:
        return self.bullet_level is not None


def line_problem(line: StyledLine, message: str, severity: Severity = Severity.WARNING) -> Problem:
    """A problem the user can find: "page 2, line 7: could not tell the dates of this entry"."""
    return Problem(line.number, f"{line.where}: {message}", severity)


def plain_items(lines: list[StyledLine]) -> list[SectionItem]:
    """Paragraphs and bullet lists, in order, for text that is not part of an entry heading."""
    items: list[SectionItem] = []
    bullets: list[Bullet] = []
    for line in lines:
        if line.is_bullet:
            bullets.append(Bullet(without_tabs(line.runs), min(line.bullet_level or 0, 1)))
            continue
        if bullets:
            items.append(BulletList(tuple(bullets)))
            bullets = []
        items.append(Paragraph(without_tabs(line.runs)))
    if bullets:
        items.append(BulletList(tuple(bullets)))
    return items
