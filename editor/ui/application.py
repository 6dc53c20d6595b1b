"""Creating the QApplication and the main window, with the app's identity and folders."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from platformdirs import user_data_path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from editor import __version__
from editor.formats.atomic import PRIVATE_FILE_MODE, make_private_folder
from editor.formats.errors import FormatError
from editor.resources import resource_path
from editor.ui.autosave import AutosaveStore
from editor.ui.main_window import MainWindow
from editor.ui.qt_fonts import register_app_fonts

APP_ID = "io.github.foldline.Foldline"
APP_NAME = "Foldline"


def data_folder() -> Path:
    """Where autosaves, the personal dictionary and job descriptions are kept."""
    return user_data_path(APP_NAME, appauthor=False)


def make_private(folder: Path, settings_file: Path) -> None:
    """Autosaves, the dictionary, job descriptions and settings are personal: the user's only (0700/0600).

    Why the settings file is created here: Qt rewrites it keeping the mode it has, else 0644.
    """
    with contextlib.suppress(FormatError):
        make_private_folder(folder)
        make_private_folder(settings_file.parent)
    with contextlib.suppress(OSError):
        settings_file.touch(mode=PRIVATE_FILE_MODE)
        settings_file.chmod(PRIVATE_FILE_MODE)


def create_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    icon = resource_path("icons", "foldline.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    register_app_fonts()
    return app


def start(path: str | None, argv: list[str]) -> int:
    """Run the app until its window closes; `FOLDLINE_QUIT_AFTER_MS` closes it (smoke tests)."""
    app = create_application(argv)
    folder = data_folder()
    settings = QSettings()
    make_private(folder, Path(settings.fileName()))
    window = MainWindow(settings, AutosaveStore(folder / "autosave"), folder)
    window.show()
    window.open_initial(path)
    quit_after = _quit_after_ms()
    if quit_after is not None:
        QTimer.singleShot(quit_after, window.close)
    return app.exec()


def _quit_after_ms() -> int | None:
    import os

    value = os.environ.get("FOLDLINE_QUIT_AFTER_MS", "")
    return int(value) if value.isdigit() else None


if __name__ == "__main__":
    sys.exit(start(sys.argv[1] if len(sys.argv) > 1 else None, sys.argv))
