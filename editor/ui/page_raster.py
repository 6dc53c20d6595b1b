"""Rasterising the exported PDF bytes with QtPdf: the preview is the export (docs/architecture.md, principle 3).

Safe to call from a worker thread: it touches no widgets, only QPdfDocument and QImage.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument

POINTS_PER_INCH = 72.0


def keep_pdf_engine_loaded(owner: QObject) -> QPdfDocument:
    """An idle document that lives as long as `owner`, so PDFium stays loaded between renders.

    Why: QtPdf starts PDFium for the first document and shuts it down with the last; every
    start-and-shut-down cycle leaks ~57 kB (Qt 6.12), so a preview that renders with a fresh
    document each refresh grew 40 MB over an hour of editing (bench/bench_memory.py); with one
    document alive the growth is nil.
    """
    return QPdfDocument(owner)


def rasterize_pages(pdf_bytes: bytes, pixels_per_point: float, pages: range | None = None) -> list[QImage]:
    """Each requested page (0-based) as an opaque white-backed image at the given scale.

    Why white-backed: QPdfDocument.render gives an ARGB32 image with a transparent background
    (its corner pixel is rgba 0, 0, 0, 0 with PySide6 6.12), which would show the viewer's grey
    through the page.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf_bytes))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        return []
    wanted = pages if pages is not None else range(document.pageCount())
    images = []
    for page in wanted:
        if page >= document.pageCount():
            break
        size = document.pagePointSize(page)
        pixel_size = QSize(
            max(1, round(size.width() * pixels_per_point)), max(1, round(size.height() * pixels_per_point))
        )
        rendered = document.render(page, pixel_size)
        image = QImage(pixel_size, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.drawImage(0, 0, rendered)
        painter.end()
        images.append(image)
    document.close()
    buffer.close()
    return images
