"""Renders the main window on the sample resume to the PNG the AppStream metainfo shows.

Why a script: the screenshot stays reproducible after UI changes. Run
`python packaging/make_screenshot.py` (offscreen, no display needed) and commit the PNG.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SCREENSHOT = Path(__file__).resolve().parent / "screenshots" / "main-window.png"
WINDOW_SIZE = (1400, 860)


def render_screenshot(target: Path = SCREENSHOT) -> Path:
    """Open the sample in a fresh window with throwaway settings, let analysis finish, save a grab."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from editor.resources import resource_path
    from editor.ui.application import create_application
    from editor.ui.autosave import AutosaveStore
    from editor.ui.main_window import MainWindow

    app = create_application(sys.argv[:1])
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings, AutosaveStore(folder / "autosave"), folder, inline=True)
        window.resize(*WINDOW_SIZE)
        window.show()
        window.open_initial(str(resource_path("samples", "resume.md")))
        for _ in range(20):  # layout, the inline analysis and the repaint each take an event-loop turn
            app.processEvents()
        window.pipeline.wait_idle()
        app.processEvents()
        target.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(target), "PNG"):
            raise SystemExit(f"make_screenshot: could not write {target}")
        window.editor.document().setModified(False)
        window.close()
    return target


if __name__ == "__main__":
    print(render_screenshot())
