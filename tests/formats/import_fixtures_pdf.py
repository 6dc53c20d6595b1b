"""PDF resumes drawn the ways other tools draw them, from an import `Content`.

* LaTeX-like: Times, words placed one by one with no space characters (as TeX does),
  letter-spaced small headings, right-aligned dates, hyphenated line ends;
* two columns: a full-width header, a sidebar (contact, skills) and a main column;
* browser-like: a TrueType font with real spaces, icon-font glyphs (private use) before the
  contact items and as bullets, an "ﬁ" ligature, bold keywords as separate runs.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from reportlab.lib.pagesizes import LETTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from editor.resources import resource_path
from tests.formats.import_fixtures import Content, Job

ICONS = ("\uef00", "\uef01", "\uef02", "\uef03")  # private-use glyphs of DejaVu Sans, standing in for an icon font
BULLET_ICON = "\uef04"


@cache
def _register_fonts() -> None:
    for name, folder, file in (
        ("Import-Sans", "NotoSans", "NotoSans-Regular.ttf"),
        ("Import-Sans-Bold", "NotoSans", "NotoSans-Bold.ttf"),
        ("Import-Icons", "fallback", "DejaVuSans.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", folder, file))))


def wrap(text: str, font: str, size: float, width: float, hyphenate: bool = False) -> list[str]:
    """Greedy line breaking; with `hyphenate`, a long word that does not fit is split with a hyphen."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if pdfmetrics.stringWidth(candidate, font, size) <= width:
            current = candidate
            continue
        if hyphenate and len(word) >= 6:
            for cut in range(len(word) - 3, 2, -1):
                head = f"{current} {word[:cut]}-".strip()
                if pdfmetrics.stringWidth(head, font, size) <= width:
                    lines.append(head)
                    current = word[cut:]
                    break
            else:
                lines.append(current)
                current = word
            continue
        lines.append(current)
        current = word
    return [*lines, current] if current else lines


@dataclass
class _Pen:
    """A canvas with a cursor that moves down and turns the page when it reaches the bottom."""

    canvas: canvas.Canvas
    x: float
    y: float
    width: float
    top: float = 740.0
    bottom: float = 54.0
    hyphenated: list[str] = field(default_factory=list)

    def down(self, distance: float) -> None:
        self.y -= distance
        if self.y < self.bottom:
            self.canvas.showPage()
            self.y = self.top

    def words(self, x: float, text: str, font: str, size: float, char_space: float = 0.0) -> float:
        """Each word placed on its own, without space characters (TeX style); returns the end x."""
        space = pdfmetrics.stringWidth(" ", font, size) + 2 * char_space
        for word in text.split():
            label = self.canvas.beginText(x, self.y)
            label.setFont(font, size)
            label.setCharSpace(char_space)
            label.textOut(word)
            self.canvas.drawText(label)
            x += pdfmetrics.stringWidth(word, font, size) + char_space * len(word) + space
        return x

    def right(self, text: str, font: str, size: float, tex: bool = False) -> None:
        x = self.x + self.width - pdfmetrics.stringWidth(text, font, size)
        if tex:
            self.words(x, text, font, size)
        else:
            self.canvas.setFont(font, size)
            self.canvas.drawString(x, self.y, text)


def _save(draw: Callable[[canvas.Canvas], None]) -> bytes:
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=LETTER, invariant=1)
    draw(sheet)
    sheet.save()
    return buffer.getvalue()


# -- LaTeX-like ---------------------------------------------------------------------------------------


def latex_like(content: Content) -> bytes:
    """Times, centred name, letter-spaced capitals with a rule, TeX word placement, hyphenation."""

    def draw(sheet: canvas.Canvas) -> None:
        pen = _Pen(sheet, 54, 740, 504)
        for text, font, size in ((content.name, "Times-Bold", 22), (content.headline, "Times-Italic", 11)):
            width = pdfmetrics.stringWidth(text, font, size)
            pen.words(306 - width / 2, text, font, size)
            pen.down(size * 1.3)
        contact = f"{content.email} | {content.phone} | {content.location} | {content.website}"
        pen.words(306 - pdfmetrics.stringWidth(contact, "Times-Roman", 10) / 2, contact, "Times-Roman", 10)
        pen.down(26)
        summary, experience, education, skills = content.titles
        _latex_heading(pen, summary)
        for line in wrap(content.summary, "Times-Roman", 10.5, pen.width, hyphenate=True):
            pen.words(pen.x, line, "Times-Roman", 10.5)
            pen.down(13)
        for title, jobs in ((experience, content.jobs), (education, content.schools)):
            pen.down(8)
            _latex_heading(pen, title)
            for job in jobs:
                _latex_entry(pen, job)
        pen.down(8)
        _latex_heading(pen, skills)
        for line in content.skills:
            label, _, rest = line.partition(":")
            end = pen.words(pen.x, f"{label}:", "Times-Bold", 10.5)
            pen.words(end, rest, "Times-Roman", 10.5)
            pen.down(13)

    return _save(draw)


def _latex_heading(pen: _Pen, title: str) -> None:
    pen.words(pen.x, title.upper(), "Times-Bold", 11.5, char_space=2.4)
    pen.canvas.line(pen.x, pen.y - 4, pen.x + pen.width, pen.y - 4)
    pen.down(18)


def _latex_entry(pen: _Pen, job: Job) -> None:
    pen.words(pen.x, job.title, "Times-Bold", 10.5)
    pen.right(job.dates, "Times-Roman", 10.5, tex=True)
    pen.down(12.5)
    pen.words(pen.x, job.organization, "Times-Italic", 10.5)
    pen.right(job.location, "Times-Italic", 10.5, tex=True)
    pen.down(13)
    for bullet in job.bullets:
        pen.words(pen.x + 8, "•", "Times-Roman", 10.5)
        for line in wrap(bullet, "Times-Roman", 10.5, pen.width - 20, hyphenate=True):
            if line.endswith("-"):
                pen.hyphenated.append(line.split()[-1])
            pen.words(pen.x + 20, line, "Times-Roman", 10.5)
            pen.down(12.5)
    pen.down(5)


# -- two columns ---------------------------------------------------------------------------------------


def two_columns(content: Content) -> bytes:
    """A full-width header, then a 150 pt sidebar (contact, skills) beside the main column."""

    def draw(sheet: canvas.Canvas) -> None:
        sheet.setFont("Helvetica-Bold", 24)
        sheet.drawString(40, 740, content.name)
        sheet.setFont("Helvetica", 12)
        sheet.drawString(40, 720, content.headline)
        side = _Pen(sheet, 40, 680, 150)
        summary, experience, education, skills = content.titles
        side_texts = [("CONTACT", True), *((item, False) for item in (content.email, content.phone))]
        side_texts += [(content.location, False), (content.website, False), ("", False), (skills.upper(), True)]
        side_texts += [(line, False) for item in content.skills for line in wrap(item, "Helvetica", 9, 150)]
        for text, bold in side_texts:
            sheet.setFont("Helvetica-Bold" if bold else "Helvetica", 11 if bold else 9)
            sheet.drawString(side.x, side.y, text)
            side.down(16 if bold else 12)
        main = _Pen(sheet, 215, 680, 357)
        _column_heading(main, summary)
        for line in wrap(content.summary, "Helvetica", 9.5, main.width):
            sheet.setFont("Helvetica", 9.5)
            sheet.drawString(main.x, main.y, line)
            main.down(12)
        for title, jobs in ((experience, content.jobs), (education, content.schools)):
            main.down(6)
            _column_heading(main, title)
            for job in jobs:
                sheet.setFont("Helvetica-Bold", 10.5)
                sheet.drawString(main.x, main.y, job.title)
                main.down(12.5)
                sheet.setFont("Helvetica", 9.5)
                sheet.drawString(main.x, main.y, f"{job.organization} · {job.location} · {job.dates}")
                main.down(12.5)
                for bullet in job.bullets:
                    for number, line in enumerate(wrap(bullet, "Helvetica", 9.5, main.width - 12)):
                        if number == 0:
                            sheet.drawString(main.x + 2, main.y, "•")
                        sheet.drawString(main.x + 12, main.y, line)
                        main.down(12)
                main.down(5)

    return _save(draw)


def _column_heading(pen: _Pen, title: str) -> None:
    pen.canvas.setFont("Helvetica-Bold", 12)
    pen.canvas.drawString(pen.x, pen.y, title.upper())
    pen.down(17)


# -- browser-like --------------------------------------------------------------------------------------


def browser_like(content: Content) -> bytes:
    """A TrueType font with real spaces, icons before contact items and as bullets, an ﬁ ligature."""
    _register_fonts()

    def draw(sheet: canvas.Canvas) -> None:
        pen = _Pen(sheet, 48, 738, 516)
        sheet.setFont("Import-Sans-Bold", 26)
        sheet.drawString(pen.x, pen.y, content.name)
        pen.down(22)
        sheet.setFont("Import-Sans", 13)
        sheet.drawString(pen.x, pen.y, content.headline)
        pen.down(20)
        x = pen.x
        for icon, item in zip(ICONS, (content.email, content.phone, content.location, content.website), strict=True):
            sheet.setFont("Import-Icons", 9)
            sheet.drawString(x, pen.y, icon)
            sheet.setFont("Import-Sans", 9)
            sheet.drawString(x + 12, pen.y, item)
            x += 24 + pdfmetrics.stringWidth(item, "Import-Sans", 9)
        pen.down(30)
        summary, experience, education, skills = content.titles
        _browser_heading(pen, summary)
        _browser_paragraph(pen, content.summary.replace("fi", "\ufb01"), pen.x, pen.width)
        for title, jobs in ((experience, content.jobs), (education, content.schools)):
            _browser_heading(pen, title)
            for job in jobs:
                sheet.setFont("Import-Sans-Bold", 11)
                sheet.drawString(pen.x, pen.y, job.title)
                pen.down(14)
                sheet.setFont("Import-Sans", 10)
                sheet.drawString(pen.x, pen.y, f"{job.organization} · {job.location} · {job.dates}")
                pen.down(15)
                for bullet in job.bullets:
                    sheet.setFont("Import-Icons", 6)
                    sheet.drawString(pen.x + 4, pen.y + 1.5, BULLET_ICON)
                    _browser_paragraph(pen, bullet, pen.x + 16, pen.width - 16, space_after=1)
                pen.down(6)
        _browser_heading(pen, skills)
        for line in content.skills:
            _browser_paragraph(pen, line, pen.x, pen.width, space_after=1)

    return _save(draw)


def _browser_heading(pen: _Pen, title: str) -> None:
    pen.down(6)
    pen.canvas.setFont("Import-Sans-Bold", 14)
    pen.canvas.drawString(pen.x, pen.y, title)
    pen.down(19)


def _browser_paragraph(pen: _Pen, text: str, x: float, width: float, space_after: float = 6) -> None:
    """Wrapped lines, each drawn as two runs (first word, rest), as a browser splits text into spans."""
    for line in wrap(text, "Import-Sans", 10, width):
        first, _, rest = line.partition(" ")
        pen.canvas.setFont("Import-Sans", 10)
        pen.canvas.drawString(x, pen.y, first + " ")
        pen.canvas.drawString(x + pdfmetrics.stringWidth(first + " ", "Import-Sans", 10), pen.y, rest)
        pen.down(13.5)
    pen.down(space_after)
