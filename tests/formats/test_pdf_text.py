"""Import keeps what the person wrote: a soft hyphen drawn inside a line is a hyphen, one at a line
end joins the word; an accent drawn as its own glyph over a letter becomes the accented letter;
links go where the document's link annotations put them; the paper size stays."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from editor.formats.importing.pdf.reader import read_pdf
from editor.formats.markdown.writer import write_markdown
from tests.formats.import_fixtures_pdf import _register_fonts

SIZE = 11


def _pdf(draw) -> str:
    """The Markdown import makes of a page `draw` fills."""
    _register_fonts()
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer)
    sheet.setFont("Import-Sans", SIZE)
    sheet.drawString(72, 740, "Dana Kim")
    draw(sheet)
    sheet.save()
    return write_markdown(read_pdf(buffer.getvalue()))


def _with_accent(sheet: canvas.Canvas, y: float, before: str, accent: str, letter: str, after: str, first: bool):
    """`before` + `letter` + `after`, the accent drawn over the letter as a glyph of its own, as
    pdfTeX does with OT1 fonts (accent first) or some converters do (letter first)."""
    sheet.setFont("Helvetica", SIZE)
    sheet.drawString(72, y, before)
    x = 72 + stringWidth(before, "Helvetica", SIZE)
    accent_x = x + (stringWidth(letter, "Helvetica", SIZE) - stringWidth(accent, "Helvetica", SIZE)) / 2
    steps = [(accent_x, accent), (x, letter + after)]
    for at, text in steps if first else steps[::-1]:
        sheet.drawString(at, y, text)


def test_a_soft_hyphen_inside_a_line_is_a_hyphen_and_at_a_line_end_joins_the_word() -> None:
    """LuaLaTeX (Awesome-CV) maps the hyphen of "high-impact" to U+00AD."""

    def draw(sheet: canvas.Canvas) -> None:
        sheet.drawString(72, 700, "Led high\u00adimpact, hands\u00adon work on open\u00ad")
        sheet.drawString(72, 686, "source tools.")

    text = _pdf(draw)
    assert "Led high-impact, hands-on work on opensource tools." in text
    assert "\u00ad" not in text


@pytest.mark.parametrize("accent_first", [True, False], ids=["accent drawn first", "letter drawn first"])
def test_an_accent_drawn_over_a_letter_becomes_the_accented_letter(accent_first: bool) -> None:
    def draw(sheet: canvas.Canvas) -> None:
        _with_accent(sheet, 700, "Universit", "\u00a8", "a", "t Wien", accent_first)
        _with_accent(sheet, 680, "F", "\u00a8", "u", "hrerschein Klasse B", accent_first)
        _with_accent(sheet, 660, "Caf", "\u00b4", "e", " owner", accent_first)

    text = _pdf(draw)
    assert "Universität Wien" in text and "Führerschein Klasse B" in text and "Café owner" in text
    assert not any(mark in text for mark in "\u00a8\u00b4\u0308\u0301")


def test_links_come_from_the_annotations_where_the_text_stands_not_from_text_that_recurs() -> None:
    """Awesome-CV: the GitHub and LinkedIn handles are the start of the e-mail address."""

    def draw(sheet: canvas.Canvas) -> None:
        items = [
            ("dana@example.com", "mailto:dana@example.com"),
            ("dana", "https://github.com/dana"),
            ("dana", "https://www.linkedin.com/in/dana"),
        ]
        x = 72.0
        for text, url in items:
            sheet.drawString(x, 720, text)
            width = stringWidth(text, "Import-Sans", SIZE)
            sheet.linkURL(url, (x, 717, x + width, 731), relative=0)
            x += width + 20

    text = _pdf(draw)
    assert "[dana](https://github.com/dana)" in text
    assert "[dana](https://www.linkedin.com/in/dana)" in text
    assert "[dana](mailto:" not in text


@pytest.mark.parametrize(("size", "setting"), [(A4, "---\npaper: a4\n---\n"), (LETTER, "")], ids=["A4", "Letter"])
def test_the_paper_size_is_kept_in_the_front_matter(size: tuple[float, float], setting: str) -> None:
    _register_fonts()
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=size)
    sheet.setFont("Import-Sans", SIZE)
    sheet.drawString(72, 700, "Dana Kim")
    sheet.save()
    text = write_markdown(read_pdf(buffer.getvalue()))
    assert text.startswith(setting + ("\n" if setting else "") + "# Dana Kim")


def test_a_hyphen_ending_a_line_is_kept_in_a_compound_and_dropped_inside_a_hyphenated_word() -> None:
    """TeX draws the same "-" for "open-source" broken at its hyphen and for "ex-perience" hyphenated."""
    lines = [
        "Built and maintained the internal and open-",
        "source tools of our cross-functional teams, ex-",
        "perience that shaped the man- and self-man-",
        "agement of support.",
    ]

    def draw(sheet: canvas.Canvas) -> None:
        for number, line in enumerate(lines):
            width = stringWidth(line, "Import-Sans", SIZE)
            spacing = (250 - width) / len(line) if number < len(lines) - 1 else 0  # full lines, as justified
            sheet.drawString(72, 700 - 14 * number, line, charSpace=spacing)

    text = _pdf(draw)
    assert (
        "open-source tools of our cross-functional teams, experience that shaped the man- and self-management" in text
    )
