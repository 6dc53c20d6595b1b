"""What the glyphs of a line say, where a glyph alone says something else: accents drawn as
their own glyph over a letter, and a soft hyphen drawn inside a line.

Why: pdfTeX with the old OT1 encoding has no "ä" glyph; it draws a spacing diaeresis "¨" over
an "a" (TeXbook, ch. 9, \\accent), so the glyphs read "Universit¨at". LuaTeX maps the hyphen of
"high-impact" to U+00AD, the soft hyphen, which text cleaning drops as invisible, or (shaped
by HarfBuzz) to U+2010, which a search for "high-impact" misses; but the person typed "-", and
a glyph that is drawn is seen, so inside a line it is a hyphen. (At the end of a line it marks
a word broken across lines, which `pdf.paragraphs` joins again.)
"""

from __future__ import annotations

import unicodedata

from editor.formats.importing.pdf.chars import PdfChar

SOFT_HYPHEN = "\u00ad"
_HYPHENS = ("\u2010", "\u2011")  # HarfBuzz names the hyphen of "high-impact" U+2010: the person typed "-"
MIN_OVERLAP = 0.3  # of the narrower glyph's width: an accent sits over its letter, not beside it

# Spacing accents and the combining marks they stand for (Unicode 15, ch. 7.9 "Spacing Clones").
_COMBINING = {
    "\u00a8": "\u0308",  # ¨ diaeresis
    "\u00b4": "\u0301",  # ´ acute
    "`": "\u0300",  # grave
    "\u02cb": "\u0300",
    "\u02c6": "\u0302",  # ˆ circumflex
    "^": "\u0302",
    "\u02dc": "\u0303",  # ˜ tilde
    "~": "\u0303",
    "\u00af": "\u0304",  # ¯ macron
    "\u02c9": "\u0304",
    "\u02d8": "\u0306",  # ˘ breve
    "\u02d9": "\u0307",  # ˙ dot above
    "\u02da": "\u030a",  # ˚ ring above
    "\u02dd": "\u030b",  # ˝ double acute
    "\u02c7": "\u030c",  # ˇ caron
    "\u00b8": "\u0327",  # ¸ cedilla
    "\u02db": "\u0328",  # ˛ ogonek
}


def glyph_texts(chars: list[PdfChar]) -> list[tuple[PdfChar, str]]:
    """Each glyph with its text, an accent folded into the letter it is drawn over (the next
    glyph or, as some engines draw them, the one before) and composed (NFC)."""
    texts = [char.text for char in chars]
    for index, char in enumerate(chars):
        mark = _COMBINING.get(char.text)
        if mark is None:
            continue
        for other in (index + 1, index - 1):
            if 0 <= other < len(chars) and texts[other][:1].isalpha() and _over(char, chars[other]):
                texts[other] = unicodedata.normalize("NFC", texts[other] + mark)
                texts[index] = ""
                break
    last = len(chars) - 1
    return [
        (char, "-" if text in _HYPHENS or (text == SOFT_HYPHEN and index < last) else text)
        for index, (char, text) in enumerate(zip(chars, texts, strict=True))
        if text
    ]


def _over(accent: PdfChar, letter: PdfChar) -> bool:
    overlap = min(accent.x1, letter.x1) - max(accent.x0, letter.x0)
    narrower = min(accent.x1 - accent.x0, letter.x1 - letter.x0)
    return narrower > 0 and overlap >= MIN_OVERLAP * narrower
