"""A blank mark after each page's last line, placed so pdf.js-based parsers split entries where the page does.

Why: pdf.js (which OpenResume and many ATS parsers read PDFs with) ends a line only when a
non-space glyph follows on another line of the same page, so a page's last line ran into the next
page's first ('…by 70%Research Fellow') and the entry was lost. The mark is the font's blank
space glyph read back as U+0085 (`fonts.line_end_mark`): whitespace to Python's extractors.

Where it sits matters to OpenResume, which starts an entry wherever a line stands more than
1.4 lines below the one before it, measured on y alone (pages ignored). Inside an entry the mark
sits one line below the page's last line, so no gap opens; when the next page starts an entry
or a section, it sits in the top margin, so the next page's first line is that far below it.
A second mark opens every later page: pdf.js sees no line end across pages, so without it the
next page's first line would join the mark's line and the split would fall one line too late.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable

from editor.render.fonts import line_end_mark
from editor.render.layout import LayoutMap, Role
from editor.render.pdf_flowables import LineRecorder

_PITCH = 1.25  # the mark sits a body line below the last line, in font sizes
_STARTS = (Role.SECTION_HEADING, Role.JOB_TITLE, Role.ORGANIZATION, Role.DATES)


class PageEnds:
    """The page template's `onPage` and `onPageEnd`, and the flowable that tells them the story has ended."""

    def __init__(self, recorder: LineRecorder, font: str, top_margin: float, before_starts: frozenset[int]) -> None:
        self.recorder, self.font, self.top_margin = recorder, font, top_margin
        self.before_starts = before_starts  # pages whose next page starts an entry or a section
        self.ended = False

    def end_flowable(self) -> Flowable:
        return _StoryEnd(self)

    def start(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        """The page template's `onPage`: a mark in the top margin of every page but the first."""
        if canvas.getPageNumber() > 1:
            self._mark(canvas, document.leftMargin, self.recorder.page_height - self.top_margin / 2)

    def end(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        """The page template's `onPageEnd`: a mark after the page's last line when another page follows."""
        last = self.recorder.lines[-1] if self.recorder.lines else None
        page = canvas.getPageNumber()
        if self.ended or last is None or last.page != page:
            return
        if page in self.before_starts:
            self._mark(canvas, document.leftMargin, self.recorder.page_height - self.top_margin / 2)
        else:
            self._mark(canvas, last.x0, self.recorder.page_height - last.baseline - last.font_size * _PITCH)

    def _mark(self, canvas: Canvas, x: float, y: float) -> None:
        text = canvas.beginText(x, y)
        text.setFont(self.font, 1)
        text.textOut(line_end_mark(self.font))
        canvas.drawText(text)


def pages_before_starts(layout: LayoutMap) -> frozenset[int]:
    """The pages whose next page begins with an entry's heading or a section heading."""
    firsts: dict[int, Role] = {}
    for line in layout.lines:
        firsts.setdefault(line.page, line.role)
    return frozenset(page - 1 for page, role in firsts.items() if page > 1 and role in _STARTS)


class _StoryEnd(Flowable):
    """Draws nothing; tells the page ends that the story's end is on the current page."""

    def __init__(self, ends: PageEnds) -> None:
        super().__init__()
        self.ends = ends

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        self.ends.ended = True
