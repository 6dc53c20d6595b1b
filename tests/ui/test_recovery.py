"""Unsaved work survives a crash: a killed app's autosave is offered back on the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from editor.ui.autosave import AutosaveStore


def test_killed_app_gets_its_text_back(window, tmp_path, data_folder, prompts) -> None:
    autosave = data_folder / "autosave"
    script = textwrap.dedent(f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from pathlib import Path
        from PySide6.QtCore import QSettings, QTimer
        from editor.ui.application import create_application
        from editor.ui.autosave import AutosaveStore
        from editor.ui.main_window import MainWindow
        app = create_application(sys.argv)
        window = MainWindow(QSettings({str(tmp_path / "child.ini")!r}, QSettings.Format.IniFormat),
                            AutosaveStore(Path({str(autosave)!r})), Path({str(data_folder)!r}), inline=True)
        window.show()
        window.editor.setPlainText("# Ana Ruiz\\nThe text I typed before the crash\\n")
        window.editor.document().setModified(True)
        window.files.autosave_now()
        print("autosaved", flush=True)
        app.exec()
    """)
    child = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parents[2]
    )
    try:
        deadline = time.monotonic() + 60
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip() == "autosaved" and time.monotonic() < deadline
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    prompts.yes_no = [True]
    assert window.files.offer_recovery()
    assert "The text I typed before the crash" in window.editor.toPlainText()
    assert window.editor.document().isModified()
    assert AutosaveStore(autosave).recoverable() == []


def test_autosave_is_left_alone_while_its_app_runs_and_removed_on_clean_close(window, data_folder, qtbot) -> None:
    qtbot.keyClicks(window.editor, "# Someone")
    window.files.autosave_now()
    store = AutosaveStore(data_folder / "autosave")
    assert list((data_folder / "autosave").glob("*.md"))
    assert store.recoverable() == []  # this process is alive: nothing to recover
    window.editor.document().setModified(False)
    window.close()
    assert not list((data_folder / "autosave").glob("*.md"))


def test_declining_recovery_discards_the_copy(window, data_folder, prompts) -> None:
    store = AutosaveStore(data_folder / "autosave")
    store.save("abc", "# Old text\n", None)
    meta = data_folder / "autosave" / "abc.json"
    meta.write_text(meta.read_text().replace(f'"pid": {os.getpid()}', '"pid": 0'))
    prompts.yes_no = [False]
    assert not window.files.offer_recovery()
    assert store.recoverable() == []
