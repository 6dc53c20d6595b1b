"""Renders Foldline's icon SVG to the PNG sizes desktops look up, and copies it to where the app loads it.

Why committed outputs: installing the menu entry and building the bundle then need no renderer.
Run `python packaging/make_icons.py` after editing the SVG and commit what it writes.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

APP_ID = "io.github.foldline.Foldline"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
PACKAGING = Path(__file__).resolve().parent
SOURCE_SVG = PACKAGING / "icons" / f"{APP_ID}.svg"
HICOLOR = PACKAGING / "icons" / "hicolor"
WINDOW_ICON = PACKAGING.parent / "resources" / "icons" / "foldline.svg"


def png_path(size: int) -> Path:
    """Where the freedesktop icon theme layout keeps the icon at one size."""
    return HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render_icons() -> list[Path]:
    """Write every PNG size and the window icon copy; returns the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _application = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # rendering needs one alive
    renderer = QSvgRenderer(str(SOURCE_SVG))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {SOURCE_SVG} is not a valid SVG")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        target = png_path(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"make_icons: could not write {target}")
        written.append(target)
    WINDOW_ICON.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE_SVG, WINDOW_ICON)
    written.append(WINDOW_ICON)
    return written


if __name__ == "__main__":
    for path in render_icons():
        print(path.relative_to(PACKAGING.parent))
