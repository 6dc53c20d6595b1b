"""Startup benchmark: launch of `foldline resume.md` to its window on screen, cold and warm.

Run: python bench/bench_startup.py [--runs N] [--bundle dist/foldline/foldline] [--imports]

Measures the `foldline` launcher beside this Python (the source venv) and, when built, the
PyInstaller bundle. Each launch gets a private Xvfb and a fresh settings/data folder, and is timed
from the spawn to the X server mapping its window (the window can be used from then on), and to the
process exiting on its own (`FOLDLINE_QUIT_AFTER_MS=0`: the window closes at once, after the first
analysis). "Cold" evicts the launcher's own files (venv or bundle, stdlib, the checkout) from the
page cache first, as after a reboot; shared system libraries stay cached. Without Xvfb only the
launch-to-exit figure is printed. `--imports` lists the slowest imports on the way to the window.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import os
import select
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "resources" / "samples" / "resume.md"
BUNDLE = REPO / "dist" / "foldline" / "foldline"
BUDGET_S = 1.5  # docs/architecture.md: cold start to an interactive window
TIMEOUT_S = 60.0
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
MAP_NOTIFY = 19


class MapWatcher:
    """Waits for a window to be mapped on an X display (ctypes on libX11: no extra package)."""

    def __init__(self, display_name: str) -> None:
        library = ctypes.util.find_library("X11")
        if library is None:
            raise OSError("libX11 not found")
        self._x11 = x11 = ctypes.cdll.LoadLibrary(library)
        x11.XOpenDisplay.restype = ctypes.c_void_p
        x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x11.XDefaultRootWindow.restype = ctypes.c_ulong
        x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x11.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        for name in ("XFlush", "XPending", "XConnectionNumber", "XCloseDisplay"):
            getattr(x11, name).argtypes = [ctypes.c_void_p]
        x11.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        self._display = x11.XOpenDisplay(display_name.encode())
        if not self._display:
            raise OSError(f"cannot open X display {display_name}")
        x11.XSelectInput(self._display, x11.XDefaultRootWindow(self._display), SUBSTRUCTURE_NOTIFY_MASK)
        x11.XFlush(self._display)
        self._event = (ctypes.c_long * 24)()  # XEvent is a union of 24 longs; its first int is the type

    def wait_for_map(self, deadline: float) -> float | None:
        """The monotonic time a window got mapped, or None if none was before the deadline."""
        descriptor = self._x11.XConnectionNumber(self._display)
        while time.monotonic() < deadline:
            while self._x11.XPending(self._display):
                self._x11.XNextEvent(self._display, self._event)
                if ctypes.cast(self._event, ctypes.POINTER(ctypes.c_int))[0] == MAP_NOTIFY:
                    return time.monotonic()
            select.select([descriptor], [], [], max(0.0, deadline - time.monotonic()))
        return None

    def close(self) -> None:
        self._x11.XCloseDisplay(self._display)


class VirtualDisplay:
    """A private Xvfb so launches do not depend on (or disturb) a desktop."""

    def __init__(self) -> None:
        read_end, write_end = os.pipe()
        self._process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_end)
        with os.fdopen(read_end) as display_number:
            self.name = f":{display_number.readline().strip()}"

    def close(self) -> None:
        self._process.terminate()
        self._process.wait(10)


def evict_from_page_cache(folders: list[Path]) -> None:
    """Drop these files' cached pages (pages other processes have mapped stay)."""
    for folder in folders:
        paths = (
            [folder]
            if folder.is_file()
            else (Path(root) / name for root, _, names in os.walk(folder) for name in names)
        )
        for path in paths:
            try:
                descriptor = os.open(path, os.O_RDONLY)
            except OSError:
                continue
            try:
                os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(descriptor)


def source_files() -> list[Path]:
    """What starting the source venv's launcher reads: the venv, Python's stdlib and libpython, the checkout."""
    library = Path(sysconfig.get_config_var("LIBDIR") or "/") / (sysconfig.get_config_var("LDLIBRARY") or "")
    paths = [Path(sys.prefix), Path(sysconfig.get_paths()["stdlib"]), REPO / "editor", REPO / "resources"]
    return [*paths, library] if library.is_file() else paths


def launch_once(command: list[str], home: Path, display: str | None) -> tuple[float | None, float]:
    """(seconds to the window being mapped or None, seconds to the process exiting) for one launch."""
    environment = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "FOLDLINE_QUIT_AFTER_MS": "0",
    }
    if display:
        environment.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        environment.pop("WAYLAND_DISPLAY", None)
    else:
        environment["QT_QPA_PLATFORM"] = "offscreen"
    watcher = MapWatcher(display) if display else None
    try:
        start = time.monotonic()
        process = subprocess.Popen(
            command, env=environment, cwd=home, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        mapped = watcher.wait_for_map(start + TIMEOUT_S) if watcher else None
        code = process.wait(TIMEOUT_S)
        exited = time.monotonic()
    finally:
        if watcher:
            watcher.close()
    if code != 0:
        raise SystemExit(f"bench_startup: {' '.join(command)} exited with {code}")
    return (None if mapped is None else mapped - start), exited - start


def measure(label: str, command: list[str], cache_files: list[Path], runs: int, display: str | None) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        home = Path(scratch)
        launch_once(command, home, display)  # warm-up: first-run settings and font caches
        results: dict[str, list[tuple[float | None, float]]] = {"cold": [], "warm": []}
        for _ in range(runs):
            evict_from_page_cache(cache_files)
            results["cold"].append(launch_once(command, home, display))
            results["warm"].append(launch_once(command, home, display))
    for mode, timings in results.items():
        shown = [mapped for mapped, _ in timings if mapped is not None]
        exits = [exited for _, exited in timings]
        window = f"window on screen {statistics.median(shown):5.2f} s" if shown else "window on screen     n/a"
        verdict = "" if not shown else ("  ok" if statistics.median(shown) <= BUDGET_S else "  OVER BUDGET")
        print(
            f"{label:<7} {mode}  {window}  (budget {BUDGET_S} s){verdict}   "
            f"launch to exit {statistics.median(exits):5.2f} s   median of {runs}"
        )


def slowest_imports(count: int = 15) -> Iterator[str]:
    """The modules with the largest cumulative import time on the way to the main window."""
    probe = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import editor.cli, editor.app, editor.ui.application"],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    rows = []
    for line in probe.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), int(parts[0]), parts[2].rstrip()))
    for cumulative, own, name in sorted(rows, reverse=True)[:count]:
        yield f"  {cumulative / 1000:7.1f} ms cumulative {own / 1000:6.1f} ms own  {name.strip()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="cold and warm launches per target (default 5)")
    parser.add_argument("--bundle", type=Path, default=BUNDLE, help="the bundle's executable, if built")
    parser.add_argument("--imports", action="store_true", help="also list the slowest imports")
    args = parser.parse_args()

    display = VirtualDisplay() if shutil.which("Xvfb") else None
    if display is None:
        print("Xvfb not found: timing launch to exit only, offscreen")
    try:
        launcher = Path(sys.executable).parent / "foldline"
        source = (
            [str(launcher), str(SAMPLE)] if launcher.exists() else [sys.executable, "-m", "editor.cli", str(SAMPLE)]
        )
        measure("source", source, source_files(), args.runs, display and display.name)
        if args.bundle.exists():
            measure(
                "bundle", [str(args.bundle), str(SAMPLE)], [args.bundle.parent], args.runs, display and display.name
            )
        else:
            print(f"bundle  not built ({args.bundle}); run packaging/build")
    finally:
        if display:
            display.close()
    if args.imports:
        print("slowest imports (source, warm):")
        for line in slowest_imports():
            print(line)


if __name__ == "__main__":
    main()
