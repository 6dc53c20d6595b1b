"""Word spaces in right-to-left text that pypdf reads from a TJ array, put between the words.

Why: LibreOffice (and other tools) draw a Hebrew or Arabic line as one TJ array with the word
gaps as offsets, not space glyphs. pypdf 7 sees the gap and adds a space, but appends it to the
text of the run, while in a right-to-left run the glyphs drawn next are put *before* that text:
every space ends up at the run's end ('נועהכהן '). The field reader stands on pypdf, so it read
every such name, title and school glued. In a right-to-left run the space belongs at the start
of the text read so far, where the next glyphs meet it; pdf.js and pdftotext place it there.
"""

from __future__ import annotations

from pypdf._text_extraction._text_extractor import TextExtraction

_original = TextExtraction.process_tj_offset


def _process_tj_offset(self: TextExtraction, offset: float, space_width: float) -> None:
    before = self.text
    _original(self, offset, space_width)
    if self.rtl_dir and self.text == before + " ":
        self.text = " " + before


def place_rtl_word_spaces() -> None:
    """Make pypdf put a TJ array's word gaps between right-to-left words (idempotent)."""
    TextExtraction.process_tj_offset = _process_tj_offset
