"""Arabic letters in their joined (contextual) forms, read back by text extractors as the base letters.

Why: reportlab draws one glyph per character and does no shaping, so Arabic came out in isolated
letters, which an Arabic reader finds broken. `shape` replaces each letter by its initial, medial,
final or isolated presentation form (and lam + alef by their mandatory ligature) with
arabic-reshaper, before the line is put in visual order; the bundled Noto Sans Arabic maps those
forms to its joined glyphs. Presentation forms are a problem for search and parsers (`ﻣﻬﻨﺪﺳﺔ` is
not `مهندسة`), so the fonts' ToUnicode maps send each form back to its base letter (NFKC; the
lam-alef ligature to lam, a blank mark drawn after it to alef): pdftotext, pdf.js, pypdf and
pdfplumber read the letters the user typed.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

_ARABIC_LETTER = re.compile("[\u0620-\u064a\u066e-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff\u0750-\u077f]")
# A ToUnicode entry for an Arabic presentation form: U+FB50-U+FDFF (forms A) or U+FE70-U+FEFF (forms B).
_FORM = re.compile(r"<([0-9A-F]{2})> <(F(?:B[5-9A-F]|[CD][0-9A-F]|E[7-9A-F])[0-9A-F])>")
_LAM = "\u0644"
# The alef of each lam-alef ligature (U+FEF5-U+FEFC, isolated and final), and the blank, zero-width
# character drawn after the ligature that reads back as that alef (private use: typed text never
# reaches the writer with one, `line_breaking._printable` turns them into U+FFFD).
_LIGATURE_ALEF = {
    "\ufef5": "\u0622",
    "\ufef6": "\u0622",
    "\ufef7": "\u0623",
    "\ufef8": "\u0623",
    "\ufef9": "\u0625",
    "\ufefa": "\u0625",
    "\ufefb": "\u0627",
    "\ufefc": "\u0627",
}
_ALEF_MARK = {"\u0622": "\uf8e0", "\u0623": "\uf8e1", "\u0625": "\uf8e2", "\u0627": "\uf8e3"}
_READ_AS = {ord(mark): alef for alef, mark in _ALEF_MARK.items()} | {ord(ligature): _LAM for ligature in _LIGATURE_ALEF}


@cache
def _reshaper():
    from arabic_reshaper import ArabicReshaper
    from arabic_reshaper.ligatures import LIGATURES

    # Only the mandatory lam-alef ligatures: the others (e.g. 'ALLAH' as one sign) change the text's look.
    ligatures = {name: "LAM WITH ALEF" in name and "MAKSURA" not in name for name, _forms in LIGATURES}
    return ArabicReshaper(configuration={"delete_harakat": False, "support_ligatures": True, **ligatures})


@lru_cache(maxsize=4096)
def shape(text: str, font: str) -> str:
    """`text` (in reading order) with its Arabic letters in joined forms, as `font` draws them.

    A lam-alef ligature is followed by a blank mark that reads back as its alef: one glyph read
    as two letters is turned round by pdftotext and pdf.js when they put right-to-left text in
    reading order ('ألكثر' for 'لأكثر', in LibreOffice's PDFs too); two glyphs read as one letter
    each come back right from every extractor.
    """
    if _ARABIC_LETTER.search(text) is None:
        return text
    _extract_forms_as_letters()
    _blank_alef_marks(font)
    shaped = _reshaper().reshape(text)
    return "".join(
        character + _ALEF_MARK[_LIGATURE_ALEF[character]] if character in _LIGATURE_ALEF else character
        for character in shaped
    )


@cache
def _blank_alef_marks(font: str) -> None:
    """Draw the alef marks with the font's space glyph at no width (the page shows only the ligature)."""
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(font).face
    for mark in _ALEF_MARK.values():
        face.charToGlyph.setdefault(ord(mark), face.charToGlyph[ord(" ")])
        face.charWidths[ord(mark)] = 0


@cache
def _extract_forms_as_letters() -> None:
    """Make reportlab's ToUnicode maps give a presentation form's base letters (once per process)."""
    from reportlab.pdfbase import ttfonts

    original = ttfonts.makeToUnicodeCMap

    def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
        cmap = original(fontname, subset)
        for code, value in enumerate(subset):
            if value in _READ_AS:
                cmap = cmap.replace(f"<{code:02X}> <{value:04X}>", f"<{code:02X}> <{ord(_READ_AS[value]):04X}>")
        return _FORM.sub(_base_letters, cmap)

    ttfonts.makeToUnicodeCMap = to_unicode_cmap


def _base_letters(entry: re.Match[str]) -> str:
    letters = unicodedata.normalize("NFKC", chr(int(entry.group(2), 16)))
    return f"<{entry.group(1)}> <{letters.encode('utf-16-be').hex().upper()}>"
