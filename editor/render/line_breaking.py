"""Line breaking for the PDF writer: styled text fragments in, measured words and lines out.

Why our own line breaker instead of reportlab's Paragraph: the layout map must know exactly
which characters sit where, split into pieces by meaning (organisation and location share a
line), and which font draws each character (fallbacks for CJK, Hebrew, symbols). Breaking the
lines ourselves makes every recorded box the very geometry that is drawn, with no reverse
engineering of Paragraph internals, and skips Paragraph's markup parser.

Text is cleaned on the way: invisible control characters are dropped, ligature characters
(U+FB00-FB06) are spelled out and private-use characters become U+FFFD, so what a text
extractor reads back is plain text. Arabic is measured (and drawn) in its joined forms
(`arabic.shape`); no other shaping happens, hence no other ligatures either.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from editor.model import Span
from editor.render.arabic import shape
from editor.render.fonts import FaceNames, font_for, text_width
from editor.render.layout import Role

_BREAKING_SPACE = re.compile(r"[ \t\n\r\f\v\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]+")
_CLOSING_PUNCTUATION = frozenset("、。，．：；？！）」』】〉》〕｝］")
_TOLERANCE = 1e-6


@dataclass(frozen=True)
class Origin:
    """What model element a piece of text renders, for the layout map."""

    role: Role
    source: Span | None = None
    section: int | None = None
    entry: int | None = None
    item: int | None = None


@dataclass(frozen=True)
class Fragment:
    """Text with one look and one origin; `offset` is where `text` starts in the origin's plain text.

    A fragment without an origin (a ' · ' separator) is drawn but not recorded. With
    `joins_previous`, the spaces it starts with are no line break opportunity, so a line never
    begins with a separator.
    """

    text: str
    origin: Origin | None = None
    offset: int = 0
    bold: bool = False
    italic: bool = False
    link: str | None = None
    color: str | None = None
    joins_previous: bool = False


class Glyphs:
    """Characters of one fragment drawn in one font; `offset` locates the first one in its origin."""

    __slots__ = ("font", "fragment", "offset", "text", "width")

    def __init__(self, text: str, font: str, fragment: Fragment, offset: int) -> None:
        self.text, self.font, self.fragment, self.offset = text, font, fragment, offset
        self.width = 0.0


class Token:
    """A word (no break inside) and the space before it, if any."""

    __slots__ = ("gap", "pieces", "width")

    def __init__(self, gap: Glyphs | None) -> None:
        self.gap, self.pieces, self.width = gap, [], 0.0


def _is_cjk(character: str) -> bool:
    """Scripts written without spaces, where a line may break between any two characters."""
    code = ord(character)
    return 0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF or code >= 0x20000


def _printable(character: str) -> str:
    """What to draw for a character: nothing for invisible controls, letters for ligatures, U+FFFD for private use."""
    category = unicodedata.category(character)
    if category in ("Cc", "Cf"):
        return ""
    if category in ("Co", "Cn", "Cs"):
        return "\ufffd"
    if 0xFB00 <= ord(character) <= 0xFB06:
        return unicodedata.normalize("NFKC", character)
    return character


class _Tokenizer:
    """Turns fragments into tokens: words with their fonts resolved and widths measured."""

    def __init__(self, faces: FaceNames, size: float) -> None:
        self.faces, self.size = faces, size
        self.tokens: list[Token] = []
        self.current: Token | None = None
        self.gap: Glyphs | None = None
        self.after_cjk = False

    def run(self, fragments: list[Fragment]) -> list[Token]:
        for fragment in fragments:
            font = self.faces.face(fragment.bold, fragment.italic)
            position = 0
            if fragment.joins_previous and self.current is not None:
                position = len(fragment.text) - len(fragment.text.lstrip(" "))
                self._word(fragment, font, 0, position)
            for space in _BREAKING_SPACE.finditer(fragment.text, position):
                self._word(fragment, font, position, space.start())
                if self.current is not None:
                    self.gap = Glyphs(" ", font, fragment, fragment.offset + space.start())
                    self.current = None
                position = space.end()
            self._word(fragment, font, position, len(fragment.text))
        for token in self.tokens:
            self._measure(token)
        return self.tokens

    def _start_token(self) -> Token:
        token = Token(self.gap if self.tokens else None)
        if token.gap is not None and self.tokens and self.tokens[-1].pieces:
            self._space_in_fallback(token.gap, self.tokens[-1].pieces[-1].font)
        self.gap, self.current = None, token
        self.tokens.append(token)
        return token

    def _space_in_fallback(self, gap: Glyphs, previous: str) -> None:
        """A space after a word in a fallback font is set in that font: pdf.js starts a new text item
        at each change of font, so '中村 ' then 'Aiko' touch and parsers join them, where '中村',
        ' ', 'Aiko' left a gap and OpenResume dropped 中村 from the name."""
        if previous != gap.font and previous not in self.faces.all and font_for(previous, " ")[0] == previous:
            gap.font = previous

    def _word(self, fragment: Fragment, font: str, start: int, end: int) -> None:
        if start >= end:
            return
        word = fragment.text[start:end]
        if word.isascii() and word.isprintable():
            token = self._start_token() if self.current is None or self.after_cjk else self.current
            self.after_cjk = False
            token.pieces.append(Glyphs(word, font, fragment, fragment.offset + start))
            return
        for index, character in enumerate(word, start):
            for drawn in _printable(character):
                self._character(fragment, font, drawn, fragment.offset + index)

    def _character(self, fragment: Fragment, font: str, character: str, offset: int) -> None:
        if unicodedata.combining(character) and self.current is not None and self.current.pieces:
            last = self.current.pieces[-1]
            composed = unicodedata.normalize("NFC", last.text[-1] + character)
            if len(composed) == 1 and font_for(last.font, composed) == (last.font, composed):
                last.text = last.text[:-1] + composed
                return
        drawn_font, character = font_for(font, character, fragment.bold)
        cjk = _is_cjk(character) and character not in _CLOSING_PUNCTUATION
        token = self.current
        if token is None or cjk or self.after_cjk:
            token = self._start_token()
        self.after_cjk = cjk
        last = token.pieces[-1] if token.pieces else None
        if last is not None and last.font == drawn_font and last.fragment is fragment:
            last.text += character
        else:
            token.pieces.append(Glyphs(character, drawn_font, fragment, offset))

    def _measure(self, token: Token) -> None:
        for piece in token.pieces:
            piece.width = text_width(shape(piece.text, piece.font), piece.font, self.size)
            token.width += piece.width
        if token.gap is not None:
            token.gap.width = text_width(" ", token.gap.font, self.size)


def _split_token(token: Token, width: float, size: float) -> list[Token]:
    """Cut a word longer than a line into line-sized chunks (a long URL, a run of CJK)."""
    chunks: list[Token] = []
    chunk = Token(token.gap)
    for piece in token.pieces:
        start = 0
        for index, character in enumerate(piece.text):
            advance = text_width(character, piece.font, size)
            if chunk.width + advance > width and (chunk.pieces or index > start):
                if index > start:
                    chunk.pieces.append(_slice(piece, start, index, size))
                chunks.append(chunk)
                chunk, start = Token(None), index
            chunk.width += advance
        if start < len(piece.text):
            chunk.pieces.append(_slice(piece, start, len(piece.text), size))
    chunks.append(chunk)
    return chunks


def _slice(piece: Glyphs, start: int, end: int, size: float) -> Glyphs:
    part = Glyphs(piece.text[start:end], piece.font, piece.fragment, piece.offset + start)
    part.width = text_width(part.text, part.font, size)
    return part


def tokenize(fragments: list[Fragment], faces: FaceNames, size: float) -> list[Token]:
    """The words of some fragments, each character in a font that has it, measured at `size`."""
    return _Tokenizer(faces, size).run(fragments)


def break_lines(tokens: list[Token], width: float, size: float) -> list[list[Token]]:
    """Greedy line breaking; the space before the first word of a line is not drawn."""
    lines: list[list[Token]] = []
    line: list[Token] = []
    used = 0.0
    pending = list(reversed(tokens))
    while pending:
        token = pending.pop()
        gap = token.gap.width if line and token.gap is not None else 0.0
        if line and used + gap + token.width > width + _TOLERANCE:
            lines.append(line)
            line, used, gap = [], 0.0, 0.0
        if not line and token.width > width and sum(len(piece.text) for piece in token.pieces) > 1:
            chunks = _split_token(token, width, size)
            if len(chunks) > 1:
                pending.extend(reversed(chunks))
                continue
        line.append(token)
        used += gap + token.width
    if line:
        lines.append(line)
    return lines
