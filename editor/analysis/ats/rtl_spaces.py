"""Word gaps in a PDF's TJ arrays read as spaces, between the words even in right-to-left text.

Why: LibreOffice (and other tools) draw a Hebrew or Arabic line as one TJ array with the word
gaps as offsets, not space glyphs. pypdf 7 misreads them twice: it appends the space it adds for
a gap to the run's text, while in a right-to-left run the glyphs drawn next are put *before* that
text, so every space ends up at the run's end ('נועהכהן '); and it takes a gap for a space only
past half the font's space width, which for a subset font without a space glyph is a guess
(0.25 em for LibreOffice's DejaVu Sans, wider than its 0.19 em Arabic word gaps). The field
reader stands on pypdf and read every such name, title and school glued. Within
`pdfjs_word_spaces()` a gap of 0.102 em is a space, as pdf.js counts it (`SPACE_IN_FLOW_MIN_FACTOR`
in its evaluator.js), and in a right-to-left run the space goes where the next glyphs meet it.
Other users of pypdf in the process (the extractor check, third-party parsers in the bench) keep
pypdf's own reading.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

_SPACE_IN_FLOW = 102.0  # thousandths of an em: pdf.js's SPACE_IN_FLOW_MIN_FACTOR (0.102)
_active: ContextVar[bool] = ContextVar("pdfjs_word_spaces", default=False)


@contextmanager
def pdfjs_word_spaces() -> Iterator[None]:
    """pypdf reads TJ word gaps as pdf.js does while the block runs (in this thread only)."""
    _install()
    token = _active.set(True)
    try:
        yield
    finally:
        _active.reset(token)


@cache
def _install() -> None:
    from pypdf._text_extraction._text_extractor import TextExtraction

    original = TextExtraction.process_tj_offset

    def process_tj_offset(self: TextExtraction, offset: float, space_width: float) -> None:
        if not _active.get():
            original(self, offset, space_width)
            return
        before = self.text
        original(self, offset, min(space_width, _SPACE_IN_FLOW))
        if self.rtl_dir and self.text == before + " ":
            self.text = " " + before

    TextExtraction.process_tj_offset = process_tj_offset
