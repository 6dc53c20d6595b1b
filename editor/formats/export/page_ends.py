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
from reportlab.platypus.doctemplate import ActionFlowable

from editor.render.fonts import line_end_mark
from editor.render.pdf_flowables import EntryHeading, LineRecorder, TextBlock

_PITCH = 1.25  # the mark sits a body line below the last line, in font sizes


class PageEnds:
    """The page template's `onPage` and `onPageEnd`, and the flowable that tells them the story has ended."""

    def __init__(self, recorder: LineRecorder, font: str, top_margin: float) -> None:
        self.recorder, self.font, self.top_margin = recorder, font, top_margin
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
        if _starts_entry(getattr(document, "upcoming", None)):
            self._mark(canvas, document.leftMargin, self.recorder.page_height - self.top_margin / 2)
        else:
            self._mark(canvas, last.x0, self.recorder.page_height - last.baseline - last.font_size * _PITCH)

    def _mark(self, canvas: Canvas, x: float, y: float) -> None:
        text = canvas.beginText(x, y)
        text.setFont(self.font, 1)
        text.textOut(line_end_mark(self.font))
        canvas.drawText(text)


class PagedDocument(BaseDocTemplate):
    """A document template that knows, when a page ends, which flowable the next page begins with."""

    upcoming: Flowable | None = None

    def handle_flowable(self, flowables: list[Flowable]) -> None:
        self.upcoming = _first_content(flowables)
        super().handle_flowable(flowables)


def _first_content(flowables: list[Flowable]) -> Flowable | None:
    """The first flowable that draws something: frame breaks skipped, a kept-together group opened."""
    for flowable in flowables:
        if isinstance(flowable, ActionFlowable):
            continue
        inner = getattr(flowable, "_content", None)
        return _first_content(inner) if isinstance(inner, list) else flowable
    return None


def _starts_entry(flowable: Flowable | None) -> bool:
    """An entry's heading, or a section heading (the one text block kept with what follows)."""
    return isinstance(flowable, EntryHeading) or (isinstance(flowable, TextBlock) and bool(flowable.keepWithNext))


class _StoryEnd(Flowable):
    """Draws nothing; tells the page ends that the story's end is on the current page."""

    def __init__(self, ends: PageEnds) -> None:
        super().__init__()
        self.ends = ends

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        self.ends.ended = True
