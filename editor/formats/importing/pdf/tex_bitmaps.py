"""The text of TeX's bitmap (Type 3) fonts, which carry no text mapping of their own.

A pdfTeX document set in T1-encoded Computer Modern on a TeX without the cm-super outlines
(`\\usepackage[T1]{fontenc}`, as many templates have) embeds each font as Type 3 bitmaps whose
glyphs are named "a0" to "a255". Readers then fall back to the standard encoding: letters come
out, but "ﬁ", "ﬂ", dashes and accented letters do not ("é" reads as "Ø"). The glyph codes are
those of TeX's T1 (Cork) encoding, so that table gives the text back.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from pdfminer.pdftypes import dict_value, list_value, resolve1
from pdfminer.psparser import PSLiteral

_CONTROLS = "`´ˆ˜¨˝˚ˇ˘¯˙¸˛‚‹›“”„«»–—\u200b0ıȷﬀﬁﬂﬃﬄ"  # codes 0-31
_UPPER_EXTRA = "ĂĄĆČĎĚĘĞĹĽŁŃŇŊŐŔŘŚŠŞŤŢŰŮŸŹŽŻĲİđ§"  # 128-159
_LOWER_EXTRA = "ăąćčďěęğĺľłńňŋőŕřśšşťţűůÿźžżĳ¡¿£"  # 160-191
_CAPITALS = "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖŒØÙÚÛÜÝÞ"  # 192-222; 223 is "SS"
_SMALL = "àáâãäåæçèéêëìíîïðñòóôõöœøùúûüýþß"  # 224-255
_ASCII = "".join(chr(code) for code in range(32, 127)).replace("'", "’").replace("`", "‘")
CORK: tuple[str, ...] = (*_CONTROLS, *_ASCII, "-", *_UPPER_EXTRA, *_LOWER_EXTRA, *_CAPITALS, "SS", *_SMALL)
_BITMAP_GLYPH = re.compile(r"a\d{1,3}")


def is_tex_bitmap_font(spec: Mapping[str, Any]) -> bool:
    """A Type 3 font whose glyph names are pdfTeX's "a<code>" for a bitmap font."""
    if getattr(resolve1(spec.get("Subtype")), "name", None) != "Type3":
        return False
    encoding = resolve1(spec.get("Encoding"))
    if not isinstance(encoding, dict):
        return False
    differences = list_value(dict_value(encoding).get("Differences", []))
    glyphs = [item.name for item in differences if isinstance(item, PSLiteral) and item.name != ".notdef"]
    return bool(glyphs) and all(_BITMAP_GLYPH.fullmatch(name) for name in glyphs)


def cork_text(code: int) -> str:
    """The text of glyph `code` in a T1-encoded TeX font."""
    return CORK[code] if 0 <= code < len(CORK) else "\ufffd"
