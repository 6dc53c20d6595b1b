"""Arabic letters in their joined (contextual) forms, read back by text extractors as the base letters.

Why: reportlab draws one glyph per character and does no shaping, so Arabic came out in isolated
letters, which an Arabic reader finds broken. `shape` replaces each letter by its initial, medial,
final or isolated presentation form (and lam + alef by their mandatory ligature) with
arabic-reshaper, before the line is put in visual order; the bundled Noto Sans Arabic maps those
forms to its joined glyphs. Presentation forms are a problem for search and parsers (`ﻣﻬﻨﺪﺳﺔ` is
not `مهندسة`), so the fonts' ToUnicode maps send each form back to its base letters (NFKC, the
ligature to lam + alef): pdftotext, pypdf and pdfplumber read the letters the user typed.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

_ARABIC_LETTER = re.compile("[\u0620-\u064a\u066e-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff\u0750-\u077f]")
# A ToUnicode entry for an Arabic presentation form: U+FB50-U+FDFF (forms A) or U+FE70-U+FEFF (forms B).
_FORM = re.compile(r"<([0-9A-F]{2})> <(F(?:B[5-9A-F]|[CD][0-9A-F]|E[7-9A-F])[0-9A-F])>")


@cache
def _reshaper():
    from arabic_reshaper import ArabicReshaper
    from arabic_reshaper.ligatures import LIGATURES

    # Only the mandatory lam-alef ligatures: the others (e.g. 'ALLAH' as one sign) change the text's look.
    ligatures = {name: "LAM WITH ALEF" in name and "MAKSURA" not in name for name, _forms in LIGATURES}
    return ArabicReshaper(configuration={"delete_harakat": False, "support_ligatures": True, **ligatures})


@lru_cache(maxsize=4096)
def shape(text: str) -> str:
    """`text` (in reading order) with its Arabic letters in joined forms; other text unchanged."""
    if _ARABIC_LETTER.search(text) is None:
        return text
    _extract_forms_as_letters()
    return _reshaper().reshape(text)


@cache
def _extract_forms_as_letters() -> None:
    """Make reportlab's ToUnicode maps give a presentation form's base letters (once per process)."""
    from reportlab.pdfbase import ttfonts

    original = ttfonts.makeToUnicodeCMap

    def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
        return _FORM.sub(_base_letters, original(fontname, subset))

    ttfonts.makeToUnicodeCMap = to_unicode_cmap


def _base_letters(entry: re.Match[str]) -> str:
    letters = unicodedata.normalize("NFKC", chr(int(entry.group(2), 16)))
    return f"<{entry.group(1)}> <{letters.encode('utf-16-be').hex().upper()}>"
