"""Registering the bundled fonts with reportlab, and choosing a fallback font per character.

Why fallbacks: a template family covers Latin, Greek and Cyrillic, but a name in Chinese or
Hebrew, or a ★ in a skills line, would otherwise print as empty boxes (peer tools' users
report exactly that). Each character the family lacks is drawn with the first bundled
fallback font that has it, and a character no font has becomes U+FFFD, never tofu.

Registration happens once per process (cached); reportlab keeps per-document font state in a
weak dictionary, so the registered fonts can be shared by every build.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from editor.render.templates import FontFamily
from editor.resources import resource_path

REPLACEMENT_CHARACTER = "\ufffd"
_WIDTH_CACHE_LIMIT = 200_000
_widths: dict[tuple[str, str], float] = {}

# In the order they are tried: Hebrew and Arabic first (DejaVu has cruder forms of both), then
# symbols and most other alphabets, and last the large CJK font (loaded only when needed).
FALLBACK_FILES = (
    ("Foldline-NotoSansHebrew", "NotoSansHebrew-Regular.ttf"),
    ("Foldline-NotoSansArabic", "NotoSansArabic-Regular.ttf"),
    ("Foldline-DejaVuSans", "DejaVuSans.ttf"),
    ("Foldline-DroidSansFallback", "DroidSansFallback.ttf"),
)
_REPLACEMENT_FONT = 2  # DejaVu Sans draws U+FFFD
# The bold faces of fallbacks that have one (same characters): a bold Hebrew or Arabic name or title
# is drawn in it rather than imitated with an outline, so it looks bold and its font is named bold,
# which is how pdf.js-based parsers (OpenResume) find a name that is not in Latin letters.
BOLD_FALLBACK_FILES = {
    "Foldline-NotoSansHebrew": ("Foldline-NotoSansHebrew-Bold", "NotoSansHebrew-Bold.ttf"),
    "Foldline-NotoSansArabic": ("Foldline-NotoSansArabic-Bold", "NotoSansArabic-Bold.ttf"),
}


@dataclass(frozen=True)
class FaceNames:
    """The reportlab names of a family's four registered faces."""

    regular: str
    bold: str
    italic: str
    bold_italic: str

    @property
    def all(self) -> tuple[str, str, str, str]:
        return self.regular, self.bold, self.italic, self.bold_italic

    def face(self, bold: bool, italic: bool) -> str:
        if bold:
            return self.bold_italic if italic else self.bold
        return self.italic if italic else self.regular


@cache
def _register(name: str, path: str) -> TTFont:
    font = TTFont(name, path)
    pdfmetrics.registerFont(font)
    return font


def _file_stem(file_name: str) -> str:
    return file_name.rsplit(".", 1)[0]


@cache
def register_family(family: FontFamily) -> FaceNames:
    """Register a template's four faces with reportlab (once) and return their names."""
    files = (family.regular, family.bold, family.italic, family.bold_italic)
    for file_name in files:
        _register(_file_stem(file_name), str(resource_path("fonts", family.directory, file_name)))
    names = FaceNames(*(_file_stem(file_name) for file_name in files))
    pdfmetrics.registerFontFamily(
        names.regular, normal=names.regular, bold=names.bold, italic=names.italic, boldItalic=names.bold_italic
    )
    return names


def _glyph_map(font_name: str) -> dict[int, int]:
    return pdfmetrics.getFont(font_name).face.charToGlyph


def has_glyph(font_name: str, character: str) -> bool:
    """True when a registered font draws `character` itself."""
    return _glyph_map(font_name).get(ord(character), 0) != 0


@cache
def _fallback_font(index: int) -> str:
    name, file_name = FALLBACK_FILES[index]
    _register(name, str(resource_path("fonts", "fallback", file_name)))
    return name


@cache
def fallback_for(character: str) -> str:
    """The fallback font that draws `character`; for a character no font has, the one that draws U+FFFD."""
    for index in range(len(FALLBACK_FILES)):
        name = _fallback_font(index)
        if has_glyph(name, character):
            return name
    return _fallback_font(_REPLACEMENT_FONT)


def font_for(font_name: str, character: str, bold: bool = False) -> tuple[str, str]:
    """The font and the character to draw: the font itself, a fallback (its bold face for `bold`
    text, where it has one), or a fallback's U+FFFD."""
    if has_glyph(font_name, character):
        return font_name, character
    fallback = fallback_for(character)
    if not has_glyph(fallback, character):
        return fallback, REPLACEMENT_CHARACTER
    if bold and fallback in BOLD_FALLBACK_FILES:
        return _bold_fallback(fallback), character
    return fallback, character


@cache
def _bold_fallback(fallback: str) -> str:
    name, file_name = BOLD_FALLBACK_FILES[fallback]
    _register(name, str(resource_path("fonts", "fallback", file_name)))
    return name


def is_bold_fallback(font_name: str) -> bool:
    """True for the bold face of a fallback font (drawn as is, not emboldened)."""
    return any(font_name == name for name, _file in BOLD_FALLBACK_FILES.values())


LINE_END_MARK = "\x85"  # NEL: whitespace to Python's str.split, a glyph to pdf.js (its \\s has no U+0085)


def line_end_mark(font_name: str) -> str:
    """A character that draws the font's blank space glyph yet is no whitespace to pdf.js.

    Why: pdf.js ends a line only when a non-space glyph follows on another line, so the last line
    of a page ran into the next page's first. A blank glyph read back as U+0085 ends it for pdf.js
    while every Python extractor (and text.split()) still sees only whitespace.
    """
    glyphs = _glyph_map(font_name)
    glyphs.setdefault(ord(LINE_END_MARK), glyphs[ord(" ")])
    return LINE_END_MARK


def descent(font_name: str) -> float:
    """How far below the baseline the font's em box reaches, as a fraction of the size (positive)."""
    return -pdfmetrics.getFont(font_name).face.descent / 1000.0


def text_width(text: str, font_name: str, size: float) -> float:
    """The advance width of `text` in points, remembered per word.

    Why: the live preview re-renders the same words on every pause in typing; measuring each
    word once makes line breaking cheap. The cache is dropped whole when it grows too large.
    """
    key = (font_name, text)
    width = _widths.get(key)
    if width is None:
        if len(_widths) >= _WIDTH_CACHE_LIMIT:
            _widths.clear()
        width = _widths[key] = pdfmetrics.getFont(font_name).stringWidth(text, 1.0)
    return width * size
