"""The prose of a resume (headline, paragraphs, bullets) as plain text that still knows its source.

Why: grammar and wording checks must read "Raised CSAT by 8%" without the Markdown around it,
yet report the line and columns the user typed. Each plain character keeps the (line, column)
it came from, so an offset in the plain text maps straight back to the editor.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from editor.model import Bullet, BulletList, Entry, Paragraph, Resume, Section, SectionKind, Span

_LIST_MARKER = re.compile(r"\s*(?:[-*+•]|\d{1,3}[.)])\s+")
_INLINE = re.compile(
    r"(?P<image>!\[[^\]]*\]\([^)]*\))"
    r"|(?P<link>\[(?P<label>[^\]]*)\]\([^)]*\))"
    r"|(?P<tag><[A-Za-z/][^>]*>)"
    r"|(?P<escape>\\[!-/:-@\[-`{-~])"
    r"|(?P<marker>`+|\*+|~~|(?<!\w)_+|_+(?!\w))"
)
_CONTACT_HINT = re.compile(r"@|https?://|www\.|\d{3}\D{0,2}\d{3}\D?\d{4}|[·|•]")


def strip_markup(source: str, first_column: int = 0) -> tuple[str, list[int]]:
    """The plain text of one line of Markdown and, for each of its characters, its source column."""
    plain: list[str] = []
    columns: list[int] = []

    def keep(start: int, end: int) -> None:
        plain.append(source[start:end])
        columns.extend(range(first_column + start, first_column + end))

    position = 0
    for match in _INLINE.finditer(source):
        keep(position, match.start())
        if match["link"] is not None:
            label_text, label_columns = strip_markup(match["label"], first_column + match.start("label"))
            plain.append(label_text)
            columns.extend(label_columns)
        elif match["escape"] is not None:
            keep(match.start() + 1, match.end())
        position = match.end()
    keep(position, len(source))
    return "".join(plain), columns


@dataclass(frozen=True)
class ProseText:
    """One headline, paragraph or bullet: plain text plus the (line, column) of every character."""

    text: str
    positions: tuple[tuple[int, int], ...]
    kind: str  # "headline", "paragraph" or "bullet"
    section_kind: SectionKind | None = None
    entry: Entry | None = None

    @property
    def line(self) -> int:
        return self.positions[0][0] if self.positions else 0

    def locate(self, start: int, end: int) -> tuple[int, int, int | None]:
        """Line, column and end column of plain characters [start, end); no end column across lines."""
        start = min(max(start, 0), len(self.positions) - 1)
        end = min(max(end, start + 1), len(self.positions))
        line, column = self.positions[start]
        end_line, last_column = self.positions[end - 1]
        return line, column, last_column + 1 if end_line == line else None


def prose_texts(resume: Resume, text: str) -> list[ProseText]:
    """Every piece of prose the resume model points at in `text`, in document order."""
    lines = text.split("\n")
    found = [_from_lines(lines, [line], "headline") for line in _headline_lines(resume, lines)]
    for section in resume.sections:
        for element, entry in _blocks(section):
            if element.span is None:
                continue
            kind = "bullet" if isinstance(element, Bullet) else "paragraph"
            source_lines = range(element.span.line, element.span.end_line + 1)
            found.append(_from_lines(lines, source_lines, kind, section.kind, entry))
    return [piece for piece in found if piece.text.strip()]


def _blocks(section: Section) -> Iterator[tuple[Paragraph | Bullet, Entry | None]]:
    for item in section.items:
        blocks = item.blocks if isinstance(item, Entry) else (item,)
        entry = item if isinstance(item, Entry) else None
        for block in blocks:
            if isinstance(block, BulletList):
                yield from ((bullet, entry) for bullet in block.items)
            else:
                yield block, entry


def _from_lines(
    lines: list[str],
    numbers: range | list[int],
    kind: str,
    section_kind: SectionKind | None = None,
    entry: Entry | None = None,
) -> ProseText:
    """Join source lines into one plain text; a line break becomes a space mapped to the line's end."""
    plain: list[str] = []
    positions: list[tuple[int, int]] = []
    for number in numbers:
        if not 1 <= number <= len(lines):
            continue
        source = lines[number - 1]
        marker = _LIST_MARKER.match(source) if kind == "bullet" and not positions else None
        first = marker.end() if marker else len(source) - len(source.lstrip())
        line_text, columns = strip_markup(source[first:].rstrip(), first)
        if positions and line_text:
            plain.append(" ")
            positions.append((positions[-1][0], positions[-1][1] + 1))
        plain.append(line_text)
        positions.extend((number, column) for column in columns)
    return ProseText("".join(plain), tuple(positions), kind, section_kind, entry)


def _headline_lines(resume: Resume, lines: list[str]) -> list[int]:
    """Header lines that are neither the name nor the contact line."""
    header = resume.header
    if header.span is None:
        return []
    skip = {span.line for span in _contact_spans(resume)}
    if header.name_span is not None:
        skip.add(header.name_span.line)
    return [
        number
        for number in range(header.span.line, min(header.span.end_line, len(lines)) + 1)
        if number not in skip
        and lines[number - 1].strip()
        and not lines[number - 1].lstrip().startswith("#")
        and not _CONTACT_HINT.search(lines[number - 1])
    ]


def _contact_spans(resume: Resume) -> list[Span]:
    return [item.span for item in resume.header.contacts if item.span is not None]
