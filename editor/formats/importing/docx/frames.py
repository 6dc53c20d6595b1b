"""Floating text frames of a Word document, and the order a reader's eye takes through them.

Why: where a frame sits in the XML says nothing about where it sits on the page. A PDF
"converted to Word" (LibreOffice, online converters) turns every line into its own absolutely
positioned frame, all anchored to the first paragraph in the order the PDF drew them, the
sidebar's lines interleaved with the main column's; Word templates put the contact block or a
sidebar in a text box. Frames come as DrawingML (`wp:anchor` … `wps:txbx`), VML
(`v:shape style="position:absolute"` … `v:textbox`) or framed paragraphs (`w:framePr`).

A few rich frames (several paragraphs each) are ordered by cutting the page into bands and
columns (top to bottom, left column before right). A page made of one-line frames is a PDF
page in disguise: its lines are laid out like a PDF's (`pdf.layout`: rows, column
gaps, columns) and wrapped lines joined into paragraphs and bullets (`pdf.paragraphs`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from docx.oxml.ns import qn
from lxml import etree

from editor.formats.importing.docx.styles import DEFAULT_SIZE
from editor.formats.importing.lines import StyledLine
from editor.formats.importing.pdf.chars import PdfChar, PdfLink, PdfMark, PdfPageText
from editor.formats.importing.pdf.layout import page_lines
from editor.formats.importing.pdf.paragraphs import paragraphs as pdf_paragraphs

EMU_PER_POINT = 12700
TWIPS_PER_POINT = 20
PARAGRAPH_HEIGHT = 12.0  # an empty paragraph's height: how far down a frame anchored in the next one sits
MIN_CONVERTED_FRAMES = 5
CONVERTED_SHARE = 0.8  # of the text frames, this many hold a single line on a converted PDF page
MAX_DOT_SIZE = 8.0  # a filled shape this small (points) beside a line is a drawn bullet
MARKER_REACH_EM = 3.0  # how far left of its line a bullet glyph or icon may stand
MAX_PLACED_FRAMES = 1000  # more frames than a resume has lines (a page has 60): kept in file order
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_WPS = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}"
_VML = "{urn:schemas-microsoft-com:vml}"
_VML_SHAPES = frozenset(f"{_VML}{tag}" for tag in ("shape", "rect", "roundrect", "oval", "group"))
_LENGTH = re.compile(r"(-?(?:\d+(?:\.\d*)?|\.\d+))\s*(pt|in|cm|mm|px|pc)?")
_POINTS_PER_UNIT = {"pt": 1.0, "in": 72.0, "cm": 72 / 2.54, "mm": 72 / 25.4, "px": 0.75, "pc": 12.0, None: 0.75}


@dataclass(frozen=True)
class Page:
    """Page size and margins in points: anchors count from the page, the margins or the text column."""

    width: float = 612.0
    height: float = 792.0
    left: float = 72.0
    right: float = 72.0
    top: float = 72.0


@dataclass(frozen=True)
class Frame:
    """A positioned frame: its box on the page (points, top-left origin) and what it holds.

    `blocks` are block elements walked as a body (a `w:txbxContent`, or framed paragraphs);
    a drawn dot (a CSS list disc a converter turned into a shape) has none: it marks a bullet.
    """

    left: float
    top: float
    width: float
    height: float
    blocks: tuple = ()

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height


def anchored_frame(box, page: Page, anchor_index: int) -> Frame | None:
    """The frame around a text box (`w:txbxContent`), None when the box flows with the text."""
    element = box.getparent()
    while element is not None:
        if element.tag == f"{_WP}anchor":
            return _drawing_frame(element, page, anchor_index, (box,))
        if element.tag == f"{_WP}inline":
            return None
        if element.tag in _VML_SHAPES:
            return _vml_frame(element, page, anchor_index, (box,))
        element = element.getparent()
    return None


def drawn_dots(element, page: Page, anchor_index: int) -> list[Frame]:
    """Small filled shapes without text under `element`: list bullets a converter drew as discs."""
    dots = []
    for anchor in element.iter(f"{_WP}anchor"):
        shape = anchor.find(f".//{_WPS}wsp")
        if shape is None or shape.find(f"{_WPS}txbx") is not None:
            continue
        frame = _drawing_frame(anchor, page, anchor_index, ())
        if 0 < frame.width <= MAX_DOT_SIZE and 0 < frame.height <= MAX_DOT_SIZE and _squarish(frame):
            dots.append(frame)
    return dots


def framed_paragraph(paragraph, page: Page, anchor_index: int) -> Frame | None:
    """A paragraph positioned by `w:framePr` (the older way Word and converters float text)."""
    properties = paragraph.find(qn("w:pPr"))
    frame = properties.find(qn("w:framePr")) if properties is not None else None
    if frame is None or (frame.get(qn("w:x")) is None and frame.get(qn("w:y")) is None):
        return None
    x, y = _twips(frame.get(qn("w:x"))), _twips(frame.get(qn("w:y")))
    width, height = _twips(frame.get(qn("w:w"))), abs(_twips(frame.get(qn("w:h"))))
    left = x if frame.get(qn("w:hAnchor")) == "page" else page.left + x
    top = y if frame.get(qn("w:vAnchor")) == "page" else page.top + y + anchor_index * PARAGRAPH_HEIGHT
    return Frame(left, top, width, height, (paragraph,))


def same_frame(first: Frame, paragraph) -> bool:
    """Does a framed paragraph continue the frame before it (Word repeats identical `w:framePr`)?"""
    previous = first.blocks[-1] if first.blocks else None
    if previous is None or previous.tag != qn("w:p"):
        return False
    return _frame_properties(previous) == _frame_properties(paragraph)


def lay_out(frames: list[Frame], lines_of: Callable[[Frame], list[StyledLine]], page: Page) -> list[StyledLine]:
    """The frames' lines in reading order."""
    texts = [frame for frame in frames if frame.blocks]
    walked = {id(frame): lines_of(frame) for frame in texts}
    if len(frames) > MAX_PLACED_FRAMES:
        return [line for frame in texts for line in walked[id(frame)]]
    single = sum(len(walked[id(frame)]) == 1 for frame in texts)
    if len(texts) >= MIN_CONVERTED_FRAMES and single >= CONVERTED_SHARE * len(texts):
        return _converted_page(texts, [frame for frame in frames if not frame.blocks], walked, page)
    return [line for frame in reading_order(texts) for line in walked[id(frame)]]


def reading_order(frames: list[Frame]) -> list[Frame]:
    """Frames top to bottom in bands that share no height; inside a band, left column before right."""
    if len(frames) < 2:
        return frames
    for edges in ((lambda frame: (frame.top, frame.bottom)), (lambda frame: (frame.left, frame.right))):
        groups = _separate(frames, edges)
        if len(groups) > 1:
            return [frame for group in groups for frame in reading_order(group)]
    return sorted(frames, key=lambda frame: (frame.top, frame.left))


def _separate(frames: list[Frame], edges: Callable[[Frame], tuple[float, float]]) -> list[list[Frame]]:
    """Frames grouped where their extents along one axis leave a gap (touching by a point still counts)."""
    groups: list[list[Frame]] = []
    reach = 0.0
    for frame in sorted(frames, key=lambda item: edges(item)[0]):
        start, end = edges(frame)
        if groups and start < reach - 1.0:
            groups[-1].append(frame)
            reach = max(reach, end)
        else:
            groups.append([frame])
            reach = end
    return groups


# -- a converted PDF page --------------------------------------------------------------------------


def _converted_page(
    texts: list[Frame], dots: list[Frame], walked: dict[int, list[StyledLine]], page: Page
) -> list[StyledLine]:
    """Frames turned back into positioned characters, then read the way a PDF page is read."""
    boxes = []
    for frame in texts:
        lines = walked[id(frame)]
        height = frame.height / max(len(lines), 1)
        boxes += [_Box(frame, line, frame.top + index * height, height) for index, line in enumerate(lines)]
    boxes = [_aligned(box, boxes) for box in boxes]
    chars: list[PdfChar] = []
    links: list[PdfLink] = []
    for box in boxes:
        _place(box, chars, links)
    marks = tuple(PdfMark(dot.left, dot.top, dot.right, dot.bottom) for dot in dots)
    ordered, _ = page_lines(PdfPageText(1, page.width, page.height, tuple(chars), tuple(links), marks))
    first = min(line.number for lines in walked.values() for line in lines)
    return [replace(line, number=first + index) for index, line in enumerate(pdf_paragraphs([ordered], [marks]))]


@dataclass(frozen=True)
class _Box:
    """One line of a frame where it stands on the page."""

    frame: Frame
    line: StyledLine
    top: float
    height: float

    @property
    def size(self) -> float:
        return self.line.size or DEFAULT_SIZE


def _aligned(box: _Box, boxes: list[_Box]) -> _Box:
    """A lone glyph (a bullet, an icon) drawn a little higher or lower than its line takes the line's height."""
    if len(box.line.text.strip()) != 1:
        return box
    middle = box.top + box.height / 2
    for other in boxes:
        beside = box.frame.right - 1.0 <= other.frame.left <= box.frame.left + MARKER_REACH_EM * other.size
        if len(other.line.text.strip()) > 1 and other.top <= middle <= other.top + other.height and beside:
            return replace(box, top=other.top, height=other.height)
    return box


def _place(box: _Box, chars: list[PdfChar], links: list[PdfLink]) -> None:
    """A line's characters spread evenly across its frame's width, styled as its runs are."""
    count = sum(len(run.text) for run in box.line.runs) or 1
    width = box.frame.width or count * box.size / 2
    height = box.height or box.size * 1.2
    step = width / count
    position = box.frame.left
    for run in box.line.runs:
        font = "docx-" + "bold" * run.bold + "italic" * run.italic
        start = position
        for character in run.text:
            chars.append(PdfChar(character, font, box.size, position, position + step, box.top, box.top + height, True))
            position += step
        if run.link and run.text:
            links.append(PdfLink(start, box.top, position, box.top + height, run.link))


# -- anchors -----------------------------------------------------------------------------------------


def _drawing_frame(anchor, page: Page, anchor_index: int, blocks: tuple) -> Frame:
    extent = anchor.find(f"{_WP}extent")
    width = _emu(extent.get("cx")) if extent is not None else 0.0
    height = _emu(extent.get("cy")) if extent is not None else 0.0
    horizontal, vertical = anchor.find(f"{_WP}positionH"), anchor.find(f"{_WP}positionV")
    left = _horizontal(horizontal, width, page)
    top = _vertical(vertical, page, anchor_index)
    return Frame(left, top, width, height, blocks)


def _horizontal(position, width: float, page: Page) -> float:
    if position is None:
        return page.left
    origin = position.get("relativeFrom") or "column"
    base = 0.0 if origin in ("page", "leftMargin", "insideMargin", "outsideMargin") else page.left
    if origin == "rightMargin":
        base = page.width - page.right
    align = position.findtext(f"{_WP}align")
    if align in ("center", "right"):
        room = page.width - page.left - page.right - width
        return page.left + (room if align == "right" else room / 2)
    return base + _emu(position.findtext(f"{_WP}posOffset"))


def _vertical(position, page: Page, anchor_index: int) -> float:
    flowing = page.top + anchor_index * PARAGRAPH_HEIGHT
    if position is None:
        return flowing
    origin = position.get("relativeFrom") or "paragraph"
    offset = _emu(position.findtext(f"{_WP}posOffset"))
    if origin in ("page", "topMargin"):
        return offset
    return (page.top if origin == "margin" else flowing) + offset


def _vml_frame(shape, page: Page, anchor_index: int, blocks: tuple) -> Frame | None:
    """A VML shape's box from its CSS-like style; None unless it is absolutely positioned."""
    style = {
        key.strip().casefold(): value.strip()
        for key, _, value in (item.partition(":") for item in (shape.get("style") or "").split(";"))
    }
    if style.get("position") != "absolute":
        return None
    left, top = _css_points(style.get("margin-left")), _css_points(style.get("margin-top"))
    if style.get("mso-position-horizontal-relative") != "page":
        left += page.left
    top += 0.0 if style.get("mso-position-vertical-relative") == "page" else page.top + anchor_index * PARAGRAPH_HEIGHT
    return Frame(left, top, _css_points(style.get("width")), _css_points(style.get("height")), blocks)


def _frame_properties(paragraph) -> bytes:
    properties = paragraph.find(qn("w:pPr"))
    frame = properties.find(qn("w:framePr")) if properties is not None else None
    return etree.tostring(frame) if frame is not None else b""


def _squarish(frame: Frame) -> bool:
    return 0.5 <= frame.width / frame.height <= 2.0


def _emu(value: str | None) -> float:
    try:
        return int(value or 0) / EMU_PER_POINT
    except ValueError:
        return 0.0


def _twips(value: str | None) -> float:
    try:
        return int(value or 0) / TWIPS_PER_POINT
    except ValueError:
        return 0.0


def _css_points(value: str | None) -> float:
    match = _LENGTH.fullmatch((value or "").strip())
    if match is None:
        return 0.0
    return float(match.group(1)) * _POINTS_PER_UNIT[match.group(2)]
