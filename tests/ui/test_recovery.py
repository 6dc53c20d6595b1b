"""Unsaved work survives a crash: every killed window's autosave is offered back, each on its own."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from editor.ui.application import make_private
from editor.ui.autosave import AutosaveStore
from editor.ui.recovery_dialog import RecoveryChoice

REPO = Path(__file__).resolve().parents[2]
CHILD = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from editor.ui.application import create_application
    from editor.ui.autosave import AutosaveStore
    from editor.ui.main_window import MainWindow
    settings_file, autosave, data, path, typed, ending = sys.argv[1:]
    app = create_application(sys.argv[:1])
    window = MainWindow(QSettings(settings_file, QSettings.Format.IniFormat), AutosaveStore(Path(autosave)),
                        Path(data), inline=True)
    window.show()
    if path:
        window.files.open_path(path)
    window.editor.setPlainText(typed)
    window.editor.document().setModified(True)
    window.files.autosave_now()
    if ending == "close":
        window.editor.document().setModified(False)  # the user chose "Discard" on closing
        window.close()
        print("closed", flush=True)
    else:
        print("autosaved", flush=True)
        app.exec()
""")


class Window:
    """A Foldline window in its own process, which types `typed`, autosaves, then waits or closes."""

    def __init__(self, tmp_path: Path, data_folder: Path, path: str, typed: str, ending: str = "wait") -> None:
        arguments = [str(tmp_path / "child.ini"), str(data_folder / "autosave"), str(data_folder), path, typed, ending]
        self.process = subprocess.Popen(
            [sys.executable, "-c", CHILD, *arguments],
            stdout=subprocess.PIPE,
            text=True,
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"},
        )
        assert self.process.stdout is not None
        self.said = self.process.stdout.readline().strip()

    def kill(self) -> None:
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)


@pytest.fixture
def windows() -> Iterator[list[Window]]:
    started: list[Window] = []
    yield started
    for window in started:
        if window.process.poll() is None:
            window.kill()


def _copies(data_folder: Path) -> list[str]:
    return sorted(path.read_text(encoding="utf-8") for path in (data_folder / "autosave").glob("*.md"))


def test_killed_app_gets_its_text_back_even_when_the_new_one_has_its_pid(
    window, tmp_path, data_folder, prompts, windows
) -> None:
    windows.append(Window(tmp_path, data_folder, "", "# Ana Ruiz\nThe text I typed before the crash\n"))
    assert windows[0].said == "autosaved"
    assert AutosaveStore(data_folder / "autosave").recoverable() == []  # its window is still open
    windows[0].kill()
    [meta] = (data_folder / "autosave").glob("*.json")  # a restart that got the crashed process's id
    meta.write_text(json.dumps({**json.loads(meta.read_text()), "pid": os.getpid()}))
    prompts.recovery_choices = [{meta.stem: RecoveryChoice.RESTORE}]
    assert window.files.offer_recovery()
    assert "The text I typed before the crash" in window.editor.toPlainText()
    assert window.editor.document().isModified()
    assert AutosaveStore(data_folder / "autosave").recoverable() == []  # now this window's copy


def test_two_crashed_windows_are_offered_in_one_list_and_no_for_one_keeps_the_other(
    window, tmp_path, data_folder, prompts, windows
) -> None:
    resume = tmp_path / "resume.md"
    resume.write_text("# Ana Ruiz\n", encoding="utf-8")
    windows += [Window(tmp_path, data_folder, str(resume), f"# Ana Ruiz\nEdits from window {n}\n") for n in (1, 2)]
    for child in windows:
        child.kill()
    assert len(_copies(data_folder)) == 2  # one file, two windows: two copies
    keys = {path.read_text().splitlines()[1]: path.stem for path in (data_folder / "autosave").glob("*.md")}
    prompts.recovery_choices = [{keys["Edits from window 1"]: RecoveryChoice.DISCARD}]
    assert not window.files.offer_recovery()
    [offered] = prompts.offered
    assert {copy.source_path for copy in offered} == {str(resume.resolve())} and len(offered) == 2
    assert _copies(data_folder) == ["# Ana Ruiz\nEdits from window 2\n"]
    prompts.recovery_choices = [{keys["Edits from window 2"]: RecoveryChoice.RESTORE}]
    assert window.files.offer_recovery()  # the next start offers what was kept
    assert window.editor.toPlainText() == "# Ana Ruiz\nEdits from window 2\n"


def test_a_window_closing_cleanly_leaves_the_crashed_one_s_copy_on_the_same_file(
    window, tmp_path, data_folder, prompts, windows
) -> None:
    resume = tmp_path / "resume.md"
    resume.write_text("# Ana Ruiz\n", encoding="utf-8")
    windows.append(Window(tmp_path, data_folder, str(resume), "# Ana Ruiz\nCrashed window's edits\n"))
    windows.append(Window(tmp_path, data_folder, str(resume), "# Ana Ruiz\nDiscarded edits\n", ending="close"))
    assert windows[1].said == "closed"
    windows[0].kill()
    prompts.recovery_choices = [{}]
    assert not window.files.offer_recovery()  # "Keep for later" is what every copy gets by default
    assert [copy.text for copy in prompts.offered[0]] == ["# Ana Ruiz\nCrashed window's edits\n"]
    assert _copies(data_folder) == ["# Ana Ruiz\nCrashed window's edits\n"]


@pytest.mark.parametrize(
    ("meta", "damaged"),
    [
        ('{"pid": null, "saved_at": 1}', False),  # the process id is never read
        ('{"pid": "abc", "source_path": null}', True),
        ("[1, 2]", True),
        ("{not json", True),
        ('{"source_path": 7, "saved_at": "x"}', True),
        ("[" * 60_000, True),
        ('{"saved_at": NaN}', True),
        ("\udcff", True),
    ],
)
def test_damaged_autosave_details_never_stop_the_app_and_the_text_is_offered(
    window, data_folder, prompts, meta, damaged
) -> None:
    folder = data_folder / "autosave"
    folder.mkdir()
    (folder / "0123456789abcdef.md").write_text("# Ana Ruiz\nKept text\n", encoding="utf-8")
    (folder / "0123456789abcdef.json").write_bytes(meta.encode("utf-8", errors="surrogateescape"))
    window.open_initial(None)
    [[copy]] = prompts.offered
    assert copy.text == "# Ana Ruiz\nKept text\n"
    assert ("damaged" in copy.note) is damaged
    assert _copies(data_folder) == ["# Ana Ruiz\nKept text\n"]  # kept for later by default


def test_a_copy_from_an_older_foldline_keyed_by_path_and_pid_is_offered(window, data_folder, prompts) -> None:
    folder = data_folder / "autosave"
    folder.mkdir()
    (folder / "5f1d2c3b4a596877.md").write_text("# Old version\n", encoding="utf-8")
    (folder / "5f1d2c3b4a596877.json").write_text('{"source_path": null, "pid": 1, "saved_at": 5}')
    prompts.recovery_choices = [{"5f1d2c3b4a596877": RecoveryChoice.RESTORE}]
    assert window.files.offer_recovery()
    assert window.editor.toPlainText() == "# Old version\n"


def test_autosave_is_private_and_removed_on_clean_close(window, data_folder, qtbot) -> None:
    old_umask = os.umask(0o022)
    try:
        qtbot.keyClicks(window.editor, "# Someone")
        window.files.autosave_now()
    finally:
        os.umask(old_umask)
    folder = data_folder / "autosave"
    assert folder.stat().st_mode & 0o777 == 0o700
    assert {path.suffix: path.stat().st_mode & 0o777 for path in folder.iterdir()} == {
        ".md": 0o600,
        ".json": 0o600,
        ".lock": 0o600,
    }
    assert AutosaveStore(folder).recoverable() == []  # this window is open: nothing to recover
    window.editor.document().setModified(False)
    window.close()
    assert list(folder.iterdir()) == []


def test_settings_and_the_data_folder_are_the_user_s_only(tmp_path) -> None:
    old_umask = os.umask(0o022)
    try:
        settings_file = tmp_path / "config" / "Foldline" / "Foldline.conf"
        make_private(tmp_path / "data" / "Foldline", settings_file)
        settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
        settings.setValue("recent_files", ["/home/ana/resume.md"])
        settings.sync()
    finally:
        os.umask(old_umask)
    assert settings_file.stat().st_mode & 0o777 == 0o600  # Qt rewrote it and kept the mode
    assert "resume.md" in settings_file.read_text()
    assert {(tmp_path / "data" / "Foldline").stat().st_mode & 0o777, settings_file.parent.stat().st_mode & 0o777} == {
        0o700
    }


def test_special_files_in_the_autosave_folder_never_block_the_start(window, data_folder, prompts) -> None:
    folder = data_folder / "autosave"
    folder.mkdir()
    os.mkfifo(folder / "aaaaaaaaaaaaaaaa.md")  # no writer: reading it would wait forever
    (folder / "bbbbbbbbbbbbbbbb.md").write_text("# Ana Ruiz\n", encoding="utf-8")
    os.mkfifo(folder / "bbbbbbbbbbbbbbbb.json")
    window.open_initial(None)
    [[copy]] = prompts.offered
    assert copy.text == "# Ana Ruiz\n" and "damaged" in copy.note
    assert (folder / "aaaaaaaaaaaaaaaa.md").exists()  # left alone, never deleted
