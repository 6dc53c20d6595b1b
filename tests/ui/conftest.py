"""Fixtures for window tests: isolated settings and data folders, and prompts that answer scripted."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from editor.ui.autosave import AutosaveStore, Recovery
from editor.ui.prompts import SaveChoice
from editor.ui.recovery_dialog import RecoveryChoice


class ScriptedPrompts:
    """Stands in for every dialog: answers come from lists, questions are recorded."""

    def __init__(self) -> None:
        self.open_paths: list[str | None] = []
        self.save_paths: list[str | None] = []
        self.save_choices: list[SaveChoice] = []
        self.yes_no: list[bool] = []
        self.errors: list[tuple[str, str]] = []
        self.questions: list[str] = []
        self.infos: list[str] = []
        self.recovery_choices: list[dict[str, RecoveryChoice]] = []
        self.offered: list[list[Recovery]] = []

    def open_path(self, title: str, folder: str, file_filter: str) -> str | None:
        return self.open_paths.pop(0) if self.open_paths else None

    def save_path(self, title: str, suggested: str, file_filter: str) -> str | None:
        return self.save_paths.pop(0) if self.save_paths else None

    def ask_save_changes(self, name: str) -> SaveChoice:
        self.questions.append(f"save changes to {name}")
        return self.save_choices.pop(0) if self.save_choices else SaveChoice.CANCEL

    def ask_yes_no(self, title: str, question: str) -> bool:
        self.questions.append(question)
        return self.yes_no.pop(0) if self.yes_no else False

    def choose_recoveries(self, copies: list[Recovery]) -> dict[str, RecoveryChoice]:
        self.offered.append(copies)
        return self.recovery_choices.pop(0) if self.recovery_choices else {}

    def error(self, title: str, message: str) -> None:
        self.errors.append((title, message))

    def info(self, title: str, message: str) -> None:
        self.infos.append(message)


@pytest.fixture
def prompts() -> ScriptedPrompts:
    return ScriptedPrompts()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def data_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def editor(qtbot) -> object:
    """The resume editor alone, shown."""
    from editor.ui.source_editor import SourceEditor

    widget = SourceEditor()
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def window(qtbot, settings, data_folder, prompts) -> Iterator[object]:
    """The main window with analysis running inline (the one concurrency seam, made synchronous)."""
    yield from _main_window(qtbot, settings, data_folder, prompts, inline=True)


@pytest.fixture
def threaded_window(qtbot, settings, data_folder, prompts) -> Iterator[object]:
    """The main window with its real worker thread, as a user runs it."""
    yield from _main_window(qtbot, settings, data_folder, prompts, inline=False)


def _main_window(qtbot, settings, data_folder, prompts, inline: bool) -> Iterator[object]:
    from editor.ui.main_window import MainWindow

    main = MainWindow(settings, AutosaveStore(data_folder / "autosave"), data_folder, inline=inline, prompts=prompts)
    qtbot.addWidget(main)
    main.resize(1400, 900)
    main.show()
    yield main
    main.editor.document().setModified(False)
    main.pipeline.wait_idle()
