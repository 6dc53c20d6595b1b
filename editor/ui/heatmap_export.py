"""`foldline heatmap`: the recruiter's screen with the fold and the heatmap, as a shareable PNG.

The picture is drawn by the same RecruiterScreen widget the app shows (rendered offscreen),
beside a short legend of what the skim saw and missed, so a slide shows what the app shows.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter

from editor.analysis.attention.heatmap import legend
from editor.analysis.snapshot import AnalysisRequest
from editor.formats.atomic import write_atomic
from editor.formats.errors import FormatError
from editor.formats.provenance import CREATOR
from editor.model import Problem

IMAGE_SIZE = (1800, 1000)
SCREEN_WIDTH = 1120
BACKGROUND = QColor("#f6f8fa")
TEXT = QColor("#1b1f24")
MUTED = QColor("#57606a")


def write_heatmap_png(
    input_path: str,
    jd_path: str | None,
    output: str,
    *,
    screen_id: str | None = None,
    template: str | None = None,
    paper: str | None = None,
) -> tuple[Path, tuple[Problem, ...]]:
    """Analyse a resume file and write the heatmap picture; returns where, with what the import of a
    PDF, Word or JSON file had to guess or repair. Raises FormatError for bad input."""
    if Path(output).suffix.lower() != ".png":
        raise FormatError(f"{Path(output).name}: the heatmap is written as a PNG image; name it *.png")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from editor.formats.importing.job_description import read_job_description
    from editor.formats.registry import read_resume_and_text
    from editor.ui.application import create_application
    from editor.ui.live_work import LiveRequest, run_live_analysis

    resume, text, notes = read_resume_and_text(input_path)
    jd_text = read_job_description(jd_path) if jd_path else ""
    create_application([])
    request = AnalysisRequest(
        text=text, jd_text=jd_text, screen_id=screen_id, template=template, paper=paper, resume=resume
    )
    result = run_live_analysis(LiveRequest(request, pixels_per_point=2.0))
    image = compose(result)
    image.setText("Software", CREATOR)  # the PNG's tEXt mark: a later heatmap may replace this file unasked
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    write_atomic(output, bytes(QByteArray(buffer.data())))
    return Path(output), notes


def compose(result) -> QImage:
    """The screen on the left, the findings of the skim on the right."""
    from editor.ui.recruiter_screen import RecruiterScreen

    analysis = result.analysis
    image = QImage(*IMAGE_SIZE, QImage.Format.Format_RGB32)
    image.fill(BACKGROUND)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    screen = RecruiterScreen()
    palette = screen.palette()
    palette.setColor(palette.ColorRole.Window, BACKGROUND)
    screen.setPalette(palette)
    screen.set_document(result.pages, analysis.pdf.layout, analysis.fold, result.heat)
    screen.set_heatmap_opacity(0.75)
    height = min(IMAGE_SIZE[1] - 40, screen.screen_height_for(SCREEN_WIDTH))
    screen.resize(SCREEN_WIDTH, height)
    screen.render(painter, QPoint(10, (IMAGE_SIZE[1] - height) // 2))
    _draw_text_panel(painter, analysis, QRectF(SCREEN_WIDTH + 30, 50, IMAGE_SIZE[0] - SCREEN_WIDTH - 70, 900))
    painter.end()
    return image


def _draw_text_panel(painter: QPainter, analysis, area: QRectF) -> None:
    attention = analysis.attention
    y = area.top()

    def text(value: str, size: float, colour: QColor = TEXT, bold: bool = False, gap: float = 10) -> None:
        nonlocal y
        font = QFont("Source Sans 3")
        font.setPointSizeF(size)
        font.setBold(bold)
        painter.setFont(font)
        painter.setPen(colour)
        box = painter.boundingRect(QRectF(area.left(), y, area.width(), 2000), Qt.TextFlag.TextWordWrap, value)
        painter.drawText(box, Qt.TextFlag.TextWordWrap, value)
        y = box.bottom() + gap

    seconds = attention.budget_ms / 1000
    text(f"What a recruiter sees in {seconds:.1f} seconds", 24, bold=True, gap=6)
    text(analysis.fold.screen.label, 13, MUTED, gap=22)
    text(f"{round(analysis.fold.visible_fraction * 100)} % of page 1 is on the first screen", 16, bold=True, gap=4)
    text(
        f"{round(attention.key_field_share * 100)} % of the skim goes to name, titles, companies, dates and "
        "education (recruiters spend about 80 % there).",
        13,
        MUTED,
        gap=22,
    )
    for line in attention.summary.split(". "):
        if line.strip():
            text(line.strip().rstrip(".") + ".", 13, gap=12)
    if analysis.keywords.terms:
        text(f"Keyword match {analysis.keywords.score}/100 against the job description", 13, MUTED, gap=22)
    _draw_legend(painter, QRectF(area.left(), max(y + 10, area.bottom() - 60), 360, 16))


def _draw_legend(painter: QPainter, bar: QRectF) -> None:
    gradient = QLinearGradient(bar.topLeft(), bar.topRight())
    for position, colour in legend(6):
        gradient.setColorAt(position, QColor(colour))
    painter.fillRect(bar, gradient)
    font = QFont("Source Sans 3")
    font.setPointSizeF(11)
    painter.setFont(font)
    painter.setPen(MUTED)
    painter.drawText(QRectF(bar.left(), bar.bottom() + 4, bar.width(), 20), Qt.AlignmentFlag.AlignLeft, "a glance")
    painter.drawText(
        QRectF(bar.left(), bar.bottom() + 4, bar.width(), 20), Qt.AlignmentFlag.AlignRight, "most eyeball time"
    )
