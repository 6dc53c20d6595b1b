"""Platypus flowables that draw resume text and record every line piece in the layout map.

Boxes follow the convention of PDF text extractors (pdfminer/pdfplumber): a character's box
is one em tall and its bottom sits at the font's descent below the baseline, so the layout map
and what an extractor reads agree to the hundredth of a point.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from functools import cache

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from editor.render.arabic import shape
from editor.render.bidi import has_rtl, visual_order
from editor.render.fonts import FaceNames, descent, font_for, is_bold_fallback, text_width
from editor.render.layout import LayoutLine, StyleRange
from editor.render.line_breaking import Fragment, Glyphs, Origin, Token, break_lines, tokenize

_BASELINE_RATIO = 0.8  # where the baseline sits within the em box centred in a line's leading
_BULLET_GAP = 0.45  # least space between a bullet and its text, in ems: extractors see a word break
_SYNTHETIC_BOLD = 0.035  # outline width, in ems, that makes a regular fallback glyph look bold
_PRECISION = 3  # decimals of a point kept in the layout map, so equal baselines compare equal
_NEVER_SPLIT_BELOW = 144.0  # headings shorter than this never split; taller ones are pathological input


@dataclass(frozen=True)
class Rule:
    """A line drawn under a block's text, e.g. under a section heading."""

    color: str
    thickness: float
    gap: float


@dataclass(frozen=True)
class TextStyle:
    """How a block of text is set: `indent` is the text's left edge, the bullet hangs at `bullet_x`."""

    faces: FaceNames
    size: float
    leading: float
    color: str
    align: str = "left"  # "left", "center" or "right"
    indent: float = 0.0
    bullet: str = ""
    bullet_x: float = 0.0
    rule: Rule | None = None

    @property
    def baseline_offset(self) -> float:
        """Distance from the top of a line to its baseline."""
        return (self.leading - self.size) / 2 + _BASELINE_RATIO * self.size


class LineRecorder:
    """Collects the layout lines of one build; flowables add to it as they are drawn."""

    def __init__(self, page_height: float) -> None:
        self.page_height = page_height
        self.lines: list[LayoutLine] = []


@cache
def _color(value: str) -> Color:
    return HexColor(value)


class TextBlock(Flowable):
    """A block of wrapped text (a name, a heading, a bullet) that records its lines when drawn."""

    def __init__(
        self,
        fragments: list[Fragment],
        style: TextStyle,
        recorder: LineRecorder,
        *,
        space_before: float = 0.0,
        space_after: float = 0.0,
        keep_with_next: bool = False,
    ) -> None:
        super().__init__()
        self.style, self.recorder = style, recorder
        self.spaceBefore, self.spaceAfter, self.keepWithNext = space_before, space_after, keep_with_next
        self._fragments, self._tokens = fragments, None
        self._lines: list[list[Token]] = []
        self._wrapped_for: float | None = None
        self._drawn_at = (0.0, 0.0)

    @property
    def tokens(self) -> list[Token]:
        """The block's words, measured when first needed: blocks past the last page never are."""
        if self._tokens is None:
            self._tokens = tokenize(self._fragments, self.style.faces, self.style.size)
        return self._tokens

    @property
    def natural_width(self) -> float:
        """The width of the text set on one line, indent included."""
        gaps = sum(t.gap.width for t in self.tokens[1:] if t.gap is not None)
        return self.style.indent + gaps + sum(t.width for t in self.tokens)

    def _line_height(self) -> float:
        rule = self.style.rule
        return len(self._lines) * self.style.leading + (rule.gap + rule.thickness if rule else 0.0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._wrapped_for != availWidth:
            self._lines = break_lines(self.tokens, availWidth - self.style.indent, self.style.size)
            self._wrapped_for = availWidth
        self.width, self.height = availWidth, self._line_height()
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Break between lines, leaving at least two lines on each page (no orphans, no widows)."""
        self.wrap(availWidth, availHeight)
        count = len(self._lines)
        fitting = int((availHeight + 1e-6) // self.style.leading)
        heading = self.style.rule is not None or self.keepWithNext
        fitting = min(fitting, count - 2)  # at least two lines go on to the next page
        if (heading and self.height < _NEVER_SPLIT_BELOW) or fitting < 2:
            return []
        return [
            self._part(self._lines[:fitting], self.style, self.spaceBefore, 0.0),
            self._part(self._lines[fitting:], replace(self.style, bullet=""), 0.0, self.spaceAfter),
        ]

    def _part(self, lines: list[list[Token]], style: TextStyle, space_before: float, space_after: float) -> TextBlock:
        """A fresh block for some lines of this one (a copy would carry Platypus's per-flowable state).

        Why the lines are handed over: greedy breaking of the rest gives the same lines again,
        and breaking them anew on every page made a 300-page paragraph cost pages × length.
        """
        part = TextBlock(
            [],
            style,
            self.recorder,
            space_before=space_before,
            space_after=space_after,
            keep_with_next=self.keepWithNext,
        )
        part._tokens = [token for line in lines for token in line]
        part._lines, part._wrapped_for = lines, self._wrapped_for
        return part

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        self._drawn_at = (x, y)
        super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        canvas, style = self.canv, self.style
        page = canvas.getPageNumber()
        for index, line in enumerate(self._lines):
            baseline = self.height - index * style.leading - style.baseline_offset
            placed = self._place(line)
            self._draw_line(canvas, placed, baseline, bullet=index == 0 and bool(style.bullet))
            self._record(placed, baseline, page)
        if style.rule is not None:
            canvas.setStrokeColor(_color(style.rule.color))
            canvas.setLineWidth(style.rule.thickness)
            canvas.line(0, style.rule.thickness / 2, self.width, style.rule.thickness / 2)

    def _place(self, line: list[Token]) -> list[tuple[float, Glyphs]]:
        """Each drawn slice with its x, spaces between words included."""
        placed: list[tuple[float, Glyphs]] = []
        x = 0.0
        for position, token in enumerate(line):
            if position and token.gap is not None:
                placed.append((x, token.gap))
                x += token.gap.width
            for piece in token.pieces:
                placed.append((x, piece))
                x += piece.width
        free = self.width - self.style.indent - x
        shift = self.style.indent + {"center": free / 2, "right": free}.get(self.style.align, 0.0)
        return [(position + shift, piece) for position, piece in placed]

    def _draw_line(self, canvas: Canvas, placed: list[tuple[float, Glyphs]], baseline: float, bullet: bool) -> None:
        """One text object per line, the bullet included, so extractors keep '• text' together."""
        if not placed:
            return
        looks = [self._look(piece) for _x, piece in placed]
        if any(synthetic for _font, _color, synthetic in looks):
            canvas.setLineWidth(_SYNTHETIC_BOLD * self.style.size)
        current = None
        if bullet:
            font, glyph = font_for(self.style.faces.regular, self.style.bullet)
            bullet_width = text_width(glyph, font, self.style.size)
            bullet_x = min(self.style.bullet_x, placed[0][0] - bullet_width - _BULLET_GAP * self.style.size)
            text = canvas.beginText(bullet_x, baseline)
            current = self._apply(text, (font, self.style.color, False), None)
            text.textOut(glyph)
            text.moveCursor(placed[0][0] - bullet_x, 0)
        else:
            text = canvas.beginText(placed[0][0], baseline)
        pending: list[str] = []
        drawn = [(shape(piece.text, piece.font), look) for (_x, piece), look in zip(placed, looks, strict=True)]
        if has_rtl("".join(piece for piece, _look in drawn)):
            drawn = visual_order(drawn)
        for piece, look in drawn:
            if look != current:
                if pending:
                    text.textOut("".join(pending))
                    pending.clear()
                current = self._apply(text, look, current)
            pending.append(piece)
        text.textOut("".join(pending))
        if current is not None and current[2]:
            text.setTextRenderMode(0)  # the render mode outlives the text object
        canvas.drawText(text)
        self._draw_links(canvas, placed, baseline)

    def _look(self, piece: Glyphs) -> tuple[str, str, bool]:
        """Font, colour, and whether bold must be imitated (a fallback font drawing bold text has no bold face)."""
        fragment = piece.fragment
        bold_face = piece.font == self.style.faces.face(True, fragment.italic) or is_bold_fallback(piece.font)
        synthetic = fragment.bold and not bold_face
        return piece.font, fragment.color or self.style.color, synthetic

    def _apply(self, text, look: tuple[str, str, bool], current: tuple[str, str, bool] | None) -> tuple:
        font, color, synthetic = look
        if current is None or font != current[0]:
            text.setFont(font, self.style.size)
        if current is None or color != current[1]:
            text.setFillColor(_color(color))
            text.setStrokeColor(_color(color))
        if (current is not None and synthetic != current[2]) or (current is None and synthetic):
            text.setTextRenderMode(2 if synthetic else 0)
        return look

    def _draw_links(self, canvas: Canvas, placed: list[tuple[float, Glyphs]], baseline: float) -> None:
        start = 0
        for end in range(1, len(placed) + 1):
            link = placed[start][1].fragment.link
            if end < len(placed) and placed[end][1].fragment.link == link:
                continue
            if link:
                last_x, last = placed[end - 1]
                bottom = baseline - descent(placed[start][1].font) * self.style.size
                rect = (placed[start][0], bottom, last_x + last.width, bottom + self.style.size)
                canvas.linkURL(link, rect, relative=1, thickness=0)
            start = end

    def _record(self, placed: list[tuple[float, Glyphs]], baseline: float, page: int) -> None:
        start = 0
        for end in range(1, len(placed) + 1):
            origin = placed[start][1].fragment.origin
            if end < len(placed) and placed[end][1].fragment.origin is origin:
                continue
            if origin is not None:
                piece = placed[start:end]
                while piece and piece[-1][1].text == " ":
                    piece.pop()
                while piece and piece[0][1].text == " ":
                    piece.pop(0)
                if piece:
                    self.recorder.lines.append(self._layout_line(piece, origin, baseline, page))
            start = end

    def _layout_line(self, piece: list[tuple[float, Glyphs]], origin: Origin, baseline: float, page: int) -> LayoutLine:
        size, (left, bottom_left) = self.style.size, self._drawn_at
        page_baseline = self.recorder.page_height - (bottom_left + baseline)
        fonts: Counter[str] = Counter()
        styles: list[StyleRange] = []
        position = 0
        for _x, glyphs in piece:
            fonts[glyphs.font] += len(glyphs.text)
            bold, italic = glyphs.fragment.bold, glyphs.fragment.italic
            end = position + len(glyphs.text)
            if bold or italic:
                previous = styles[-1] if styles else None
                if previous and previous.end == position and (previous.bold, previous.italic) == (bold, italic):
                    styles[-1] = StyleRange(previous.start, end, bold, italic)
                else:
                    styles.append(StyleRange(position, end, bold, italic))
            position = end
        descents = [descent(font) for font in fonts]
        bottom, top = page_baseline + max(descents) * size, page_baseline + (min(descents) - 1) * size
        last_x, last = piece[-1]
        return LayoutLine(
            page=page,
            x0=round(left + piece[0][0], _PRECISION),
            top=round(top, _PRECISION),
            x1=round(left + last_x + last.width, _PRECISION),
            bottom=round(bottom, _PRECISION),
            baseline=round(page_baseline, _PRECISION),
            text="".join(glyphs.text for _x, glyphs in piece),
            role=origin.role,
            font_size=size,
            font_name=fonts.most_common(1)[0][0],
            styles=tuple(styles),
            source=origin.source,
            source_offset=piece[0][1].offset,
            section=origin.section,
            entry=origin.entry,
            item=origin.item,
        )


Row = tuple[TextBlock | None, TextBlock | None]  # what sits on the left and what is right-aligned


class EntryHeading(Flowable):
    """An entry's heading rows, each a left block with a right-aligned block on its first baseline:
    title | dates, then organisation | location. The left block wraps short of the right one.

    Why right-aligned and not 'Company · City, ST': each field is then its own text object, far
    from its neighbour, so a parser reads the company and the location as two items. Never split.
    """

    _GAP = 12.0

    def __init__(self, rows: list[Row], space_before: float = 0.0) -> None:
        super().__init__()
        self.rows = [(left, right) for left, right in rows if left is not None or right is not None]
        self.spaceBefore, self.keepWithNext = space_before, True
        self._placed: list[tuple[float, float]] = []  # per row: its top (from the heading's top), the right's drop

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._placed, top = [], 0.0
        for left, right in self.rows:
            left_width, height, drop = availWidth, 0.0, 0.0
            if right is not None:
                right_width = min(right.natural_width, availWidth * 0.45)
                left_width = availWidth - right_width - self._GAP
                if left is not None:
                    drop = left.style.baseline_offset - right.style.baseline_offset
                height = drop + right.wrap(right_width, availHeight)[1]
            if left is not None:
                height = max(height, left.wrap(left_width, availHeight)[1])
            self._placed.append((top, drop))
            top += height
        self.width, self.height = availWidth, top
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Kept whole; only a pathologically tall heading falls apart into its blocks."""
        if self.height < _NEVER_SPLIT_BELOW:
            return []
        return [block for row in self.rows for block in row if block is not None]

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        top = y + self.height
        for (left, right), (row_top, drop) in zip(self.rows, self._placed, strict=True):
            if left is not None:
                left.drawOn(canvas, x, top - row_top - left.height)
            if right is not None:
                right.drawOn(canvas, x + self.width - right.width, top - row_top - drop - right.height)
