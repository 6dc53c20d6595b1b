"""Text items and lines as a resume parser sees a file: positioned runs of text, grouped by baseline.

Why our own and not the layout map: the field reader must judge any file (an import, another
tool's PDF, LibreOffice's print of our DOCX) the way an ATS does, from the file alone. A PDF's
items come from pypdf's text visitor (one item per text object or move, the unit pdf.js and
OpenResume see: ~30 ms for two pages); a DOCX's from its paragraphs, split at tabs.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

_SAME_LINE = 0.45  # items whose baselines differ by less than this share of the font size are one line
_BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demi")
_HEADING_STYLES = ("heading 1", "heading1")


@dataclass
class TextItem:
    """A run of text drawn at one place: x and baseline y in points (y grows downwards), its size."""

    text: str
    x: float
    y: float
    size: float
    bold: bool = False


@dataclass
class Line:
    """Items on one baseline of one page, left to right; `style` is a DOCX paragraph style, if any."""

    page: int
    y: float
    items: list[TextItem] = field(default_factory=list)
    style: str = ""

    @property
    def text(self) -> str:
        return " ".join(" ".join(item.text for item in self.items).split())

    @property
    def size(self) -> float:
        return max((item.size for item in self.items), default=0.0)

    @property
    def bold(self) -> bool:
        letters = [item for item in self.items if item.text.strip()]
        return bool(letters) and all(item.bold for item in letters)


def pdf_lines(data: bytes) -> list[Line]:
    """The lines of every page of a PDF, top to bottom, from the items pypdf's visitor reports."""
    import pypdf

    from editor.analysis.ats.rtl_spaces import pdfjs_word_spaces

    reader = pypdf.PdfReader(io.BytesIO(data))
    lines: list[Line] = []
    for number, page in enumerate(reader.pages, start=1):
        height = float(page.mediabox.height)
        items: list[TextItem] = []
        with pdfjs_word_spaces():
            page.extract_text(visitor_text=_collector(items, height))
        lines += _group(number, items)
    return lines


def _collector(items: list[TextItem], page_height: float):
    """A pypdf visitor: a new item wherever the text is moved; text that flows on from the last (pypdf
    does not advance the position within a text object), even in another font, extends it, as
    parsers join touching items. An item is bold when its first text is."""
    last: list[tuple[float, float]] = [(-1.0, -1.0)]

    def visit(text: str, cm, tm, font, size: float) -> None:
        if not text or text == "\n" or font is None:
            return
        x, y = cm[4] + tm[4] * cm[0], page_height - (cm[5] + tm[5] * cm[3])
        text = text.replace("\n", " ")
        if items and (x, y) == last[0]:
            items[-1].text += text
            return
        last[0] = (x, y)
        bold = any(word in str(font.get("/BaseFont", "")).lower() for word in _BOLD_NAMES)
        items.append(TextItem(text, x, y, size * (abs(cm[3] * tm[3]) or 1.0), bold))

    return visit


def _group(page: int, items: list[TextItem]) -> list[Line]:
    lines: list[Line] = []
    for item in sorted((item for item in items if item.text.strip()), key=lambda item: (item.y, item.x)):
        item.text = " ".join(item.text.split())  # pypdf returns right-to-left text in reading order
        if lines and abs(lines[-1].y - item.y) < _SAME_LINE * max(item.size, lines[-1].size):
            lines[-1].items.append(item)
        else:
            lines.append(Line(page, item.y, [item]))
    for line in lines:
        line.items.sort(key=lambda item: item.x)
        line.items = _join_scripts(line.items)
    return lines


def _is_wide(character: str) -> bool:
    """CJK and full-width characters: one em wide, set in a fallback font beside Latin text."""
    return "\u2e80" <= character <= "\ufaff" or "\uff00" <= character <= "\uffef" or character >= "\U00020000"


def _join_scripts(items: list[TextItem]) -> list[TextItem]:
    """Join an item to the next when one is CJK, the other not, and they touch (within half an em).

    Why: another tool (LibreOffice) places each font's run apart, and parsers join touching items,
    so '中村 愛子' and 'Aiko Nakamura' are one name. Only across scripts, where CJK's fixed width
    makes 'touching' measurable without the fonts' metrics.
    """
    joined = items[:1]
    for item in items[1:]:
        last = joined[-1]
        wide = sum(1.0 if _is_wide(character) else 0.55 for character in last.text) * last.size
        if (_is_wide(last.text[-1]) != _is_wide(item.text[0])) and item.x <= last.x + wide + last.size / 2:
            last.text = f"{last.text} {item.text}"
        else:
            joined.append(item)
    return joined


def docx_lines(data: bytes) -> list[Line]:
    """A DOCX's body paragraphs as lines, each tab-separated part an item (dates, a location)."""
    import docx

    document = docx.Document(io.BytesIO(data))
    body = document.styles["Normal"].font.size
    body_size = body.pt if body is not None else 11.0
    lines: list[Line] = []
    for index, paragraph in enumerate(document.paragraphs):
        style = (paragraph.style.name if paragraph.style is not None else "").lower()
        size = paragraph.style.font.size if paragraph.style is not None else None
        style_size = size.pt if size is not None else body_size
        style_bold = bool(paragraph.style is not None and paragraph.style.font.bold)
        line = Line(1, float(index), style=style)
        position = 0.0
        for part, bold in _tab_parts(paragraph, style_bold):
            if part.strip():
                line.items.append(TextItem(" ".join(part.split()), position, float(index), style_size, bold))
            position += 1.0
        if line.items:
            lines.append(line)
    return lines


def _tab_parts(paragraph, style_bold: bool) -> list[tuple[str, bool]]:
    """The paragraph's text cut at tabs, each part bold when all its runs are."""
    parts: list[tuple[str, bool]] = [("", True)]
    for run in paragraph.iter_inner_content():
        runs = [run] if hasattr(run, "bold") else list(getattr(run, "runs", ()))
        for each in runs:
            bold = each.bold if each.bold is not None else style_bold
            for index, piece in enumerate(each.text.split("\t")):
                if index:
                    parts.append(("", True))
                text, all_bold = parts[-1]
                parts[-1] = (text + piece, all_bold and (bold or not piece.strip()))
    return parts


def is_heading_style(line: Line) -> bool:
    return line.style in _HEADING_STYLES
