"""A real window on a real X server (Xvfb): the app starts on the sample and draws something."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import REPO, SAMPLES

pytestmark = pytest.mark.xvfb

SCRIPT = textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtGui import QGuiApplication
    from editor.ui.application import create_application
    from editor.ui.autosave import AutosaveStore
    from editor.ui.main_window import MainWindow
    output, data = Path(sys.argv[1]), Path(sys.argv[2])
    app = create_application(sys.argv[:1])
    window = MainWindow(QSettings(str(data / "s.ini"), QSettings.Format.IniFormat),
                        AutosaveStore(data / "autosave"), data)
    window.resize(1400, 880)
    window.show()
    window.open_initial(sys.argv[3])
    def shoot():
        window.pipeline.wait_idle()
        app.processEvents()
        QGuiApplication.primaryScreen().grabWindow(0).save(str(output))
        window.close()
    QTimer.singleShot(2500, shoot)
    sys.exit(app.exec())
""")


@pytest.fixture
def display() -> str:
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.fail("Xvfb is missing: apt-get install xvfb (scripts/install-system-deps --test)")
    number = 90 + os.getpid() % 9
    server = subprocess.Popen(
        [xvfb, f":{number}", "-screen", "0", "1440x900x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    socket = Path(f"/tmp/.X11-unix/X{number}")
    deadline = time.monotonic() + 15
    while not socket.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_main_window_on_xvfb_is_not_blank(display: str, tmp_path: Path) -> None:
    output = tmp_path / "window.png"
    environment = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(output), str(tmp_path), str(SAMPLES / "resume.md")],
        env=environment,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    image = QImage(str(output))
    assert image.width() == 1440 and image.height() == 900
    colours = {image.pixel(x, y) for x in range(0, 1440, 7) for y in range(0, 900, 7)}
    assert len(colours) > 200, "the screenshot is nearly blank"
    # the page is white paper on the viewer's dark grey background, somewhere on the right half
    whites = sum(1 for x in range(720, 1440, 5) for y in range(100, 800, 5) if image.pixel(x, y) == 0xFFFFFFFF)
    assert whites > 500
