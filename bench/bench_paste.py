"""The longest UI-thread stall while pasting or opening a hostile text in the real window (issue 20).

Each case pastes its text through the clipboard into the resume editor (or opens a .md file
holding it) in the real main window with its worker thread, then keeps the event loop running
until the analysis is shown and autosave has had its turn. A 5 ms heartbeat timer records every
event-loop turn; the stall is the longest gap between two beats, which is what the user feels
(a keystroke or a repaint waits that long). Budget: ≤ 100 ms on every turn.

Run: QT_QPA_PLATFORM=offscreen python bench/bench_paste.py [CASE-SUBSTRING ... | sweep]   (RUNS=3 by default)
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from bench.bench_pathological import JD, SAMPLE, data_url_bullet, long_lines
from editor.ui.application import create_application
from editor.ui.autosave import AutosaveStore
from editor.ui.file_controller import AUTOSAVE_INTERVAL_MS
from editor.ui.long_lines import MAX_LINE
from editor.ui.main_window import MainWindow

RUNS = int(os.environ.get("RUNS", "3"))
BUDGET_MS = 100.0
HEARTBEAT_MS = 5
SETTLE_MS = AUTOSAVE_INTERVAL_MS + 1500  # long enough for one autosave turn after the paste

# name: the text pasted at the end of the resume's first bullet (or opened as a bullet of a file)
CASES: dict[str, Callable[[], str]] = {
    "200,000-char token": lambda: "Built " + "abcdefghij" * 20_000,
    f"{MAX_LINE - 100:,}-char word (near the longest line the editor takes)": lambda: "x" * (MAX_LINE - 100),
    "600 KB of 10,000-char lines": lambda: long_lines().split("## Notes\n", 1)[1],
    "60 KB base64 data URL": data_url_bullet,
}
# `sweep`: single tokens of growing length, to find the longest line one layout turn can take
# (the editor refuses lines past MAX_LINE with a dialog, which would wait for a click here)
SWEEP: dict[str, Callable[[], str]] = {
    f"{length:,}-char token": lambda length=length: "abcdefghij" * (length // 10)
    for length in (100_000, 200_000, MAX_LINE - 100)
}


class Heartbeat:
    """A fast repeating timer: the longest gap between its beats is the UI thread's longest stall.

    Each beat also notes the UI thread's CPU time: on a shared machine a turn's wall time includes
    waiting for a core, its CPU time is the work the turn itself did.
    """

    def __init__(self) -> None:
        self.beats: list[tuple[float, float]] = []
        self._timer = QTimer()
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self._beat)

    def _beat(self) -> None:
        self.beats.append((time.perf_counter(), time.thread_time()))

    def start(self) -> None:
        self.beats = []
        self._beat()
        self._timer.start()

    def stop(self, since: float) -> tuple[float, float, float]:
        """In ms: the longest gap, the longest that began at `since` or later, the most CPU in one gap."""
        self._timer.stop()
        self._beat()
        pairs = list(zip(self.beats, self.beats[1:], strict=False))
        walls = [(later[0] - earlier[0], earlier[0]) for earlier, later in pairs]
        cpu = max(later[1] - earlier[1] for earlier, later in pairs)
        return max(wall for wall, _ in walls) * 1000, max(w for w, began in walls if began >= since) * 1000, cpu * 1000


def run_loop(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def settle(window: MainWindow) -> None:
    """Let the window go idle: analysis shown, nothing pending."""
    for _ in range(200):
        run_loop(50)
        if not window.pipeline.is_busy():
            break
    run_loop(300)


def reset(window: MainWindow, folder: Path) -> None:
    window.editor.document().setModified(False)
    path = folder / "resume.md"
    path.write_text(SAMPLE, encoding="utf-8")
    window.files.open_path(str(path))
    settle(window)


def paste(window: MainWindow, text: str) -> None:
    """Paste through the system clipboard at the end of the first bullet, as Ctrl+V does."""
    block = window.editor.document().find("- ").block()
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.editor.setTextCursor(cursor)
    QApplication.clipboard().setText(text)
    window.editor.paste()


def open_file(window: MainWindow, folder: Path, text: str) -> None:
    head, rest = SAMPLE.split("\n- ", 1)
    path = folder / "hostile.md"
    path.write_text(f"{head}\n- {text}\n- {rest}", encoding="utf-8")
    window.files.open_path(str(path))


@dataclass
class Stall:
    """One run: the longest stall, the longest after the paste's or open's own turn, autosave seen."""

    worst_ms: float
    after_ms: float
    cpu_ms: float
    autosaved: bool


def measure(window: MainWindow, folder: Path, verb: str, text: str) -> Stall:
    """Paste or open `text`, keep the loop running until autosave has had a turn and analysis is idle."""
    done: list[float] = []

    def act() -> None:
        if verb == "paste":
            paste(window, text)
        else:
            open_file(window, folder, text)
        done.append(time.perf_counter())

    heartbeat = Heartbeat()
    heartbeat.start()
    QTimer.singleShot(0, act)
    run_loop(SETTLE_MS)
    settle(window)
    worst, after, cpu = heartbeat.stop(since=done[0])
    copies = [path.read_text(encoding="utf-8") for path in (folder / "autosave").glob("*.md")]
    return Stall(worst, after, cpu, any(text in copy for copy in copies))


def main() -> None:
    create_application(sys.argv)
    wanted = [argument.lower() for argument in sys.argv[1:]]
    cases = {**CASES, **SWEEP} if "sweep" in wanted else CASES
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        settings = QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings, AutosaveStore(folder / "autosave"), folder)
        window.resize(1500, 950)
        window.show()
        reset(window, folder)
        window.job_panel.set_text(JD)
        settle(window)
        print(f"Longest UI-thread stall per case, {RUNS} runs each (budget ≤ {BUDGET_MS:.0f} ms on every turn);")
        print("'after' leaves out the paste's or open's own turn; CPU: the most UI-thread CPU time in one turn")
        for case, make in cases.items():
            if wanted and wanted != ["sweep"] and not any(word in case.lower() for word in wanted):
                continue
            text = make()
            for verb in ("paste", "open"):
                runs = []
                for _ in range(RUNS):
                    reset(window, folder)
                    runs.append(measure(window, folder, verb, text))
                worst = [run.worst_ms for run in runs]
                after = [run.after_ms for run in runs]
                cpu = [run.cpu_ms for run in runs]
                verdict = "within" if max(worst) <= BUDGET_MS else "OVER"
                missed = verb == "paste" and not all(run.autosaved for run in runs)  # an opened file is unmodified
                print(
                    f"  {verb:5} {case:28} median {statistics.median(worst):4.0f} ms  max {max(worst):4.0f} ms"
                    f"  (after: median {statistics.median(after):3.0f}, max {max(after):3.0f};"
                    f" UI-thread CPU in one turn: median {statistics.median(cpu):3.0f})  {verdict}"
                    f"{'  autosave MISSED' if missed else ''}"
                )
        window.editor.document().setModified(False)
        window.close()


if __name__ == "__main__":
    main()
