"""Walking a Word document's XML in reading order into styled lines.

python-docx's `paragraphs` skip what resumes are full of: text boxes (`w:txbxContent`, once
in `mc:Choice` and again in the `mc:Fallback` copy), content controls (`w:sdt`), tracked
insertions, field results (HYPERLINK fields), tables used for layout and page headers. This
walker reads the XML itself, in document order, and reads each text box once. Frames placed
on the page (floating text boxes, framed paragraphs) wait until the next paragraph with text
and are then read in page order (`frames`). Text in an icon font is icons.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from docx.oxml.ns import qn

from editor.formats.importing.docx.frames import (
    Frame,
    Page,
    anchored_frame,
    drawn_dots,
    framed_paragraph,
    lay_out,
    same_frame,
)
from editor.formats.importing.docx.styles import (
    Look,
    StyleBook,
    font_name,
    indent_of,
    merge,
    numbering_of,
    run_look,
)
from editor.formats.importing.lines import StyledLine
from editor.formats.importing.text import icon_glyph, is_icon_font, is_private_use
from editor.model import Run

MAX_DEPTH = 40
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_ALTERNATE, _CHOICE = f"{_MC}AlternateContent", f"{_MC}Choice"
_HYPERLINK_FIELD = re.compile(r'HYPERLINK\s+"([^"]+)"', re.IGNORECASE)
_HEADING_NAME = re.compile(r"heading (\d)")
_TEXT_BOX = qn("w:txbxContent")
_INLINE_CONTAINERS = frozenset(
    qn(tag) for tag in ("w:ins", "w:smartTag", "w:customXml", "w:dir", "w:bdo", "w:moveTo", "w:sdtContent")
)
_BLOCK_CONTAINERS = frozenset(qn(tag) for tag in ("w:customXml", "w:sdtContent", "w:ins", "w:moveTo"))
_BLOCKS_WITH_TEXT = frozenset((qn("w:tbl"), qn("w:sdt"), _ALTERNATE, *_BLOCK_CONTAINERS))
_SKIPPED = frozenset(qn(tag) for tag in ("w:del", "w:moveFrom", "w:pPr", "w:rPr", "w:sdtPr", "w:sdtEndPr"))


@dataclass
class _Piece:
    text: str
    bold: bool
    italic: bool
    size: float
    link: str | None


@dataclass
class _ParagraphState:
    """What is collected while one paragraph's runs are read."""

    pieces: list[_Piece] = field(default_factory=list)
    text_boxes: list = field(default_factory=list)
    drawings: list = field(default_factory=list)  # elements that may hold drawn shapes
    fields: list[list] = field(default_factory=list)  # open complex fields: [instruction, link]


class DocxWalker:
    """Turns block-level XML (a body, a cell, a header, a text box) into `StyledLine`s in reading order."""

    def __init__(self, styles: StyleBook, rels_of, page: Page | None = None) -> None:
        self.styles = styles
        self.rels_of = rels_of  # part -> {rId: target URL}
        self.page = page or Page()
        self.count = 0

    def blocks(self, container, part, region: str, depth: int = 0) -> Iterator[StyledLine]:
        if depth > MAX_DEPTH:
            yield from self._flattened(container, region)
            return
        floating: list[Frame] = []  # positioned frames waiting for the next paragraph with text
        anchors = 0  # paragraphs without text since the first waiting frame
        for child in container:
            tag = child.tag
            if tag == qn("w:p"):
                framed = framed_paragraph(child, self.page, anchors)
                if framed is not None and floating and same_frame(floating[-1], child):
                    floating[-1] = replace(floating[-1], blocks=(*floating[-1].blocks, child))
                    continue
                if framed is not None:
                    floating.append(framed)
                    continue
                own, boxes, drawings = self._paragraph(child, part, region, depth)
                if floating and any(line.text.strip() for line in own):
                    yield from self._floating(floating, part, region, depth)
                    floating, anchors = [], 0
                yield from own
                flowing, frames = self._positioned(boxes, drawings, anchors)
                for box in flowing:
                    yield from self.blocks(box, part, region, depth + 1)
                floating += frames
                anchors += bool(floating)
                continue
            if floating and tag in _BLOCKS_WITH_TEXT:
                yield from self._floating(floating, part, region, depth)
                floating, anchors = [], 0
            if tag == qn("w:tbl"):
                yield from self._table(child, part, region, depth)
            elif tag == qn("w:sdt") or tag in _BLOCK_CONTAINERS:
                yield from self.blocks(child, part, region, depth + 1)
            elif tag == _ALTERNATE:
                yield from self.blocks(_choice(child), part, region, depth + 1)
        if floating:
            yield from self._floating(floating, part, region, depth)

    def _floating(self, frames: list[Frame], part, region: str, depth: int) -> Iterator[StyledLine]:
        """Positioned frames in reading order (see `frames`)."""
        for line in lay_out(frames, lambda frame: self._frame_lines(frame, part, region, depth + 1), self.page):
            yield replace(line, page_header=region != "body")

    def _frame_lines(self, frame: Frame, part, region: str, depth: int) -> list[StyledLine]:
        """A frame's lines; frames nested in a framed paragraph are read where they are anchored."""
        lines: list[StyledLine] = []
        for block in frame.blocks:
            if block.tag != qn("w:p"):
                lines += self.blocks(block, part, region, depth)
                continue
            own, boxes, _ = self._paragraph(block, part, region, depth)
            lines += own
            for box in boxes:
                lines += self.blocks(box, part, region, depth + 1)
        return [line for line in lines if line.text.strip()]

    def _positioned(self, boxes: list, drawings: list, anchors: int) -> tuple[list, list[Frame]]:
        """The text boxes that flow with the text, and the frames placed on the page (drawn dots too)."""
        flowing, frames = [], []
        for box in boxes:
            frame = anchored_frame(box, self.page, anchors)
            if frame is None:
                flowing.append(box)
            else:
                frames.append(frame)
        frames += [dot for element in drawings for dot in drawn_dots(element, self.page, anchors)]
        return flowing, frames

    # -- tables ------------------------------------------------------------------------------

    def _table(self, table, part, region: str, depth: int) -> Iterator[StyledLine]:
        """Row by row; a row of one-line cells becomes one line with tabs between the cells."""
        for row in _children(table, qn("w:tr")):
            cells = [list(self.blocks(cell, part, region, depth + 1)) for cell in _children(row, qn("w:tc"))]
            simple = all(len(lines) <= 1 and not any(line.is_bullet for line in lines) for lines in cells)
            filled = [lines[0] for lines in cells if lines]
            if simple and len(filled) > 1:
                joined: list[Run] = []
                for line in filled:
                    joined += [Run("\t")] * bool(joined) + list(line.runs)
                yield StyledLine(
                    tuple(joined),
                    filled[0].where,
                    filled[0].number,
                    max(line.size for line in filled),
                    page_header=filled[0].page_header,
                )
            else:
                for lines in cells:
                    yield from lines

    # -- paragraphs --------------------------------------------------------------------------

    def _paragraph(self, paragraph, part, region: str, depth: int) -> tuple[list[StyledLine], list, list]:
        """The paragraph's own lines, its text boxes (`w:txbxContent`) and the drawings they sit in."""
        properties = paragraph.find(qn("w:pPr"))
        style_element = properties.find(qn("w:pStyle")) if properties is not None else None
        style_id = style_element.get(qn("w:val")) if style_element is not None else self.styles.default_paragraph_style
        style = self.styles.style(style_id or "")
        state = _ParagraphState()
        self._inline(paragraph, part, state, merge(style, self.styles.defaults), depth)
        numbering = numbering_of(properties) or style.numbering
        list_format = self.styles.list_format(numbering)
        bullet_level = numbering[1] if numbering and list_format and list_format[0] != "none" else None
        if bullet_level is None and _starts_with_symbol(state.pieces):
            bullet_level = 0
        indent = indent_of(properties)
        if indent is None:
            indent = style.indent if style.indent is not None else (list_format[1] if list_format else 0.0)
        outline = properties.find(qn("w:outlineLvl")) if properties is not None else None
        heading_level = _heading_level(style, outline)
        lines = []
        for pieces in _split_lines(state.pieces):
            self.count += 1
            size = _weighted_size(pieces)
            line_runs = tuple(Run(piece.text, piece.bold, piece.italic, piece.link) for piece in pieces)
            lines.append(
                StyledLine(
                    line_runs,
                    _where(region, self.count),
                    self.count,
                    size,
                    heading_level,
                    bullet_level,
                    page_header=region != "body",
                    indent=indent,
                )
            )
        return lines, state.text_boxes, state.drawings

    def _inline(self, element, part, state: _ParagraphState, look: Look, depth: int, link: str | None = None) -> None:
        for child in element:
            tag = child.tag
            if tag == qn("w:r"):
                self._run(child, part, state, look, link)
            elif tag == qn("w:hyperlink"):
                target = self.rels_of(part).get(child.get(qn("r:id")) or "") or link
                self._inline(child, part, state, look, depth + 1, target)
            elif tag == qn("w:fldSimple"):
                found = _HYPERLINK_FIELD.search(child.get(qn("w:instr")) or "")
                self._inline(child, part, state, look, depth + 1, found.group(1) if found else link)
            elif tag == qn("w:sdt") or tag in _INLINE_CONTAINERS:
                self._inline(child, part, state, look, depth + 1, link)
            elif tag == _ALTERNATE:
                self._inline(_choice(child), part, state, look, depth + 1, link)
            elif tag not in _SKIPPED and depth < MAX_DEPTH:
                state.text_boxes += _text_boxes(child)
                state.drawings.append(child)

    def _run(self, run, part, state: _ParagraphState, paragraph_look: Look, link: str | None) -> None:
        properties = run.find(qn("w:rPr"))
        character_style = properties.find(qn("w:rStyle")) if properties is not None else None
        look = run_look(properties)
        if character_style is not None:
            look = merge(look, self.styles.style(character_style.get(qn("w:val")) or ""))
        look = merge(look, paragraph_look)
        icon_font = font_name(properties)
        icon_font = icon_font if is_icon_font(icon_font) else ""
        for child in run:
            text = self._run_text(child, state)
            if text is None:
                if child.tag != qn("w:rPr"):
                    state.text_boxes += _text_boxes(child)
                    state.drawings.append(child)
                continue
            if icon_font and text.strip():
                text = _icons(icon_font, text)
            field_link = next((open_field[1] for open_field in reversed(state.fields) if open_field[1]), None)
            state.pieces.append(_Piece(text, bool(look.bold), bool(look.italic), look.size or 0.0, link or field_link))

    def _run_text(self, child, state: _ParagraphState) -> str | None:
        """The characters one run child stands for; None for children that are not text."""
        tag = child.tag
        if tag == qn("w:t"):
            return child.text or ""
        if tag in (qn("w:tab"), qn("w:ptab")):
            return "\t"
        if tag in (qn("w:br"), qn("w:cr")):
            return "\n"
        if tag == qn("w:noBreakHyphen"):
            return "-"
        if tag == qn("w:sym"):
            code = child.get(qn("w:char")) or ""
            return chr(int(code, 16)) if re.fullmatch(r"[0-9A-Fa-f]{1,6}", code) and int(code, 16) < 0x110000 else ""
        if tag == qn("w:fldChar"):
            kind = child.get(qn("w:fldCharType"))
            if kind == "begin":
                state.fields.append(["", None])
            elif kind == "separate" and state.fields:
                found = _HYPERLINK_FIELD.search(state.fields[-1][0])
                state.fields[-1][1] = found.group(1) if found else None
            elif kind == "end" and state.fields:
                state.fields.pop()
            return ""
        if tag == qn("w:instrText"):
            if state.fields:
                state.fields[-1][0] += child.text or ""
            return ""
        return None

    def _flattened(self, container, region: str) -> Iterator[StyledLine]:
        """Text nested deeper than any real resume, kept as one plain line rather than walked."""
        text = " ".join(node.text or "" for node in container.iter(qn("w:t")))
        if text.strip():
            self.count += 1
            yield StyledLine((Run(text),), _where(region, self.count), self.count, page_header=region != "body")


def _starts_with_symbol(pieces: list[_Piece]) -> bool:
    """A typed Symbol- or Wingdings-font bullet ( then a tab) at the start of the paragraph."""
    text = "".join(piece.text for piece in pieces[:3]).lstrip()
    return len(text) > 2 and is_private_use(text[0]) and text[1].isspace()


def _icons(font: str, text: str) -> str:
    """Icon-font text as private-use glyphs, one per icon: converters write an icon's name
    ("MOBILE-ALT") where the PDF drew one glyph, and a name is no word of the resume."""
    return " ".join(
        token if all(is_private_use(char) for char in token) else icon_glyph(font, token) for token in text.split()
    )


def _choice(alternate):
    """The first `mc:Choice` of an `mc:AlternateContent`; its `mc:Fallback` is a copy and is skipped."""
    choice = alternate.find(_CHOICE)
    return choice if choice is not None else ()


def _children(element, tag: str) -> Iterator:
    """Children with `tag`, looking through content controls and custom XML wrapped around them."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in (qn("w:sdt"), qn("w:customXml"), qn("w:sdtContent")):
            yield from _children(child, tag)


def _text_boxes(element) -> list:
    """The outermost text boxes inside a drawing or picture (not those nested in another box)."""
    if element.tag == _TEXT_BOX:
        return [element]
    boxes = []
    for child in element:
        if child.tag == f"{_MC}Fallback":
            continue
        boxes += _text_boxes(child)
    return boxes


def _split_lines(pieces: list[_Piece]) -> Iterator[list[_Piece]]:
    """Pieces split at manual line breaks (Shift+Enter) into one list per visible line."""
    current: list[_Piece] = []
    for piece in pieces:
        parts = piece.text.split("\n")
        for index, part in enumerate(parts):
            if index:
                yield current
                current = []
            if part:
                current.append(_Piece(part, piece.bold, piece.italic, piece.size, piece.link))
    yield current


def _weighted_size(pieces: list[_Piece]) -> float:
    counts: dict[float, int] = {}
    for piece in pieces:
        counts[piece.size] = counts.get(piece.size, 0) + len(piece.text.strip())
    return max(counts, key=counts.get) if counts else 0.0


def _heading_level(style: Look, outline) -> int | None:
    name = style.name.casefold()
    if name == "title":
        return 0
    if (match := _HEADING_NAME.fullmatch(name)) is not None:
        return int(match.group(1))
    level = outline.get(qn("w:val")) if outline is not None else None
    if level is not None and level.isdigit() and int(level) < 9:
        return int(level) + 1
    if style.outline_level is not None and style.outline_level < 9:
        return style.outline_level + 1
    return None


def _where(region: str, number: int) -> str:
    return {"body": f"paragraph {number}", "header": "page header", "footer": "page footer"}[region]
