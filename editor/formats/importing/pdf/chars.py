"""The characters of a PDF with their font, size and box, read under a time, page and size budget.

Why pdfminer.six directly (the engine under pdfplumber): the budget has to be checked *inside*
a page — a hostile PDF can nest form XObjects so one page draws millions of glyphs — and a
device that pdfminer calls for every glyph is the one place that can stop it. The characters
are the same pdfplumber would report (its `chars` are pdfminer's LTChar objects), without
building a dictionary per character. Coordinates here are top-left origin, in points.
"""

from __future__ import annotations

import io
import logging
import math
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pdfminer.converter import PDFLayoutAnalyzer
from pdfminer.layout import LTChar, LTContainer, LTPage
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect, PDFXRefFallback
from pdfminer.pdffont import PDFFont
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1
from pdfminer.utils import apply_matrix_pt

from editor.formats.errors import FormatError
from editor.formats.importing.damage import damaged
from editor.formats.importing.deadline import time_limit
from editor.formats.importing.pdf.tex_bitmaps import cork_text, is_tex_bitmap_font
from editor.formats.importing.reader_notes import DAMAGE_LOG, INDEX_REBUILT
from editor.formats.importing.text import icon_glyph, is_icon_font

_damage = logging.getLogger(DAMAGE_LOG)  # what pdfminer works around without a word, told in plain words

MAX_PAGES = 30
MAX_SECONDS = 8.0
FIGURE_COST = 50  # a form XObject is parsed again each time it is drawn
MAX_DRAWING_OPERATIONS = 200_000  # glyphs, paths and images: 30 dense pages draw about 120,000
MIN_MARK, MAX_MARK = 1.5, 8.0  # points: the size of a bullet a browser draws as a filled disc or square


@dataclass(frozen=True, slots=True)
class PdfChar:
    text: str
    font: str
    size: float
    x0: float
    x1: float
    top: float
    bottom: float
    upright: bool
    rotation: int = 0  # degrees clockwise the baseline is turned: 90 reads downwards, 270 upwards


@dataclass(frozen=True)
class PdfLink:
    """A link annotation's box (top-left origin) and target."""

    x0: float
    top: float
    x1: float
    bottom: float
    url: str


@dataclass(frozen=True)
class PdfMark:
    """A small filled shape (top-left origin): a bullet drawn as a disc or a square, not a glyph."""

    x0: float
    top: float
    x1: float
    bottom: float


@dataclass(frozen=True)
class PdfPageText:
    number: int
    width: float
    height: float
    chars: tuple[PdfChar, ...]
    links: tuple[PdfLink, ...]
    marks: tuple[PdfMark, ...] = ()


class _Budget:
    """Counts glyphs and drawing operations and watches the clock; over budget is a FormatError."""

    def __init__(self, seconds: float, operations: int) -> None:
        self.deadline = time.monotonic() + seconds
        self.seconds = seconds
        self.left = operations
        self.calls = 0

    def spend(self, cost: int = 1) -> None:
        self.left -= cost
        if self.left < 0:
            raise FormatError("the PDF draws far more than a resume does; it is damaged or not a resume")
        self.calls += 1
        if self.calls % 256 == 0 and time.monotonic() > self.deadline:
            raise FormatError(_too_slow(self.seconds))


class _Resources(PDFResourceManager):
    """Fonts as pdfminer loads them, noting which are TeX bitmap fonts (their text is by code)."""

    def __init__(self) -> None:
        super().__init__(caching=True)
        self.tex_bitmap_fonts: set[int] = set()

    def get_font(self, objid: object, spec: Mapping[str, Any]) -> PDFFont:
        font = super().get_font(objid, spec)
        if is_tex_bitmap_font(spec):
            self.tex_bitmap_fonts.add(id(font))
        return font


class _CharDevice(PDFLayoutAnalyzer):
    """Collects glyphs; paths and images are counted against the budget but not kept."""

    def __init__(self, resources: _Resources, budget: _Budget) -> None:
        super().__init__(resources, pageno=1, laparams=None)
        self.budget = budget
        self.resources = resources
        self.page: LTPage | None = None
        self.marks: list[tuple[float, float, float, float]] = []

    def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate) -> float:
        self.budget.spend()
        advance = super().render_char(matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate)
        if id(font) in self.resources.tex_bitmap_fonts:
            self.cur_item._objs[-1]._text = cork_text(cid)
        return advance

    def begin_figure(self, *args, **kwargs) -> None:
        self.budget.spend(FIGURE_COST)
        super().begin_figure(*args, **kwargs)

    def paint_path(self, gstate: object, stroke: bool, fill: bool, evenodd: bool, path: list) -> None:
        """Counted, and kept when it is a small filled dot or square: a bullet drawn as a shape."""
        self.budget.spend()
        if not fill:
            return
        points = [
            apply_matrix_pt(self.ctm, (float(x), float(y)))
            for segment in path
            for x, y in zip(segment[1::2], segment[2::2], strict=False)
        ]
        if not points:
            return
        xs, ys = [x for x, _ in points], [y for _, y in points]
        width, height = max(xs) - min(xs), max(ys) - min(ys)
        if MIN_MARK <= width <= MAX_MARK and MIN_MARK <= height <= MAX_MARK and 0.6 <= width / height <= 1.6:
            self.marks.append((min(xs), min(ys), max(xs), max(ys)))

    def render_image(self, *args, **kwargs) -> None:
        self.budget.spend()

    def receive_layout(self, ltpage: LTPage) -> None:
        self.page = ltpage


def read_pdf_pages(data: bytes, max_pages: int = MAX_PAGES, seconds: float = MAX_SECONDS) -> list[PdfPageText]:
    """Every page's characters and links. Raises FormatError for encrypted, damaged or runaway PDFs."""
    with time_limit(seconds, _too_slow(seconds)):
        return _read_pages(data, max_pages, _Budget(seconds, MAX_DRAWING_OPERATIONS))


def _too_slow(seconds: float) -> str:
    return f"reading the PDF took more than {seconds:.0f} s; it is too complex for a resume"


def _read_pages(data: bytes, max_pages: int, budget: _Budget) -> list[PdfPageText]:
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)), password="")
    except PDFPasswordIncorrect:
        raise FormatError("the PDF is password-protected; save a copy without a password and try again") from None
    except PDFEncryptionError:
        raise FormatError("the PDF is encrypted in a way Foldline cannot read; save an unencrypted copy") from None
    _report_repairs(data, document)
    resources = _Resources()
    pages: list[PdfPageText] = []
    for number, page in enumerate(PDFPage.create_pages(document), start=1):
        if number > max_pages:
            raise FormatError(f"the PDF has more than {max_pages} pages; Foldline imports resumes up to {max_pages}")
        device = _CharDevice(resources, budget)
        try:
            PDFPageInterpreter(resources, device).process_page(page)
            if device.page is not None:
                pages.append(_page_text(number, device.page, page, device.marks))
        except (FormatError, RecursionError, MemoryError):
            raise
        except Exception as error:  # pdfminer raises many types for a damaged page: name the page
            raise FormatError(damaged("PDF", error, page=number)) from None
    return pages


def _report_repairs(data: bytes, document: PDFDocument) -> None:
    """Log what pdfminer mended silently: bytes before the header (which also put every offset in
    the index off, so the header says it all), or an index it rebuilt by scanning the file."""
    start = data.find(b"%PDF-")
    if start > 0:
        before = "1 byte of something else comes" if start == 1 else f"{start} bytes of something else come"
        _damage.warning(f"the PDF's header is damaged ({before} before it); the text was read anyway")
    elif any(isinstance(xref, PDFXRefFallback) for xref in document.xrefs):
        _damage.warning(INDEX_REBUILT)


def _page_text(
    number: int, layout: LTPage, page: PDFPage, marks: list[tuple[float, float, float, float]]
) -> PdfPageText:
    top_edge = layout.y1
    chars = []
    for item in _chars(layout):
        rotation = _rotation(item)
        chars.append(
            PdfChar(
                icon_glyph(item.fontname, item.get_text()) if is_icon_font(item.fontname) else item.get_text(),
                item.fontname,
                round(item.size if rotation in (0, 180) else item.width, 2),
                item.x0 - layout.x0,
                item.x1 - layout.x0,
                top_edge - item.y1,
                top_edge - item.y0,
                item.upright,
                rotation,
            )
        )
    shapes = tuple(PdfMark(x0 - layout.x0, top_edge - y1, x1 - layout.x0, top_edge - y0) for x0, y0, x1, y1 in marks)
    return PdfPageText(number, layout.width, layout.height, tuple(chars), _links(page, layout), shapes)


def _rotation(char: LTChar) -> int:
    """The baseline's turn, clockwise on the page, to the nearest quarter turn."""
    a, b = char.matrix[0], char.matrix[1]
    return round(-math.degrees(math.atan2(b, a)) / 90) % 4 * 90


def _chars(container: LTContainer) -> list[LTChar]:
    """Glyphs in drawing order, including those inside form XObjects (figures)."""
    found: list[LTChar] = []
    stack = [iter(container)]
    while stack:
        item = next(stack[-1], None)
        if item is None:
            stack.pop()
        elif isinstance(item, LTChar):
            found.append(item)
        elif isinstance(item, LTContainer):
            stack.append(iter(item))
    return found


def _links(page: PDFPage, layout: LTPage) -> tuple[PdfLink, ...]:
    """URI link annotations; anything malformed is ignored (links are a nicety, text is not)."""
    links: list[PdfLink] = []
    annotations = resolve1(page.annots)
    for reference in annotations if isinstance(annotations, list) else ():
        try:
            annotation = resolve1(reference)
            action = resolve1(annotation.get("A")) or {}
            uri = resolve1(action.get("URI"))
            x0, y0, x1, y1 = (float(resolve1(value)) for value in resolve1(annotation.get("Rect")))
        except (AttributeError, TypeError, ValueError):
            continue
        if isinstance(uri, bytes):
            uri = uri.decode("latin-1", errors="replace")
        if isinstance(uri, str) and uri:
            left, top_edge = layout.x0, layout.y1
            links.append(
                PdfLink(min(x0, x1) - left, top_edge - max(y0, y1), max(x0, x1) - left, top_edge - min(y0, y1), uri)
            )
    return tuple(links)
