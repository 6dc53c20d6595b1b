"""The frozen one-folder bundle (PyInstaller) runs the command line and the app with no Python installed.

The bundle is built with `packaging/build` unless `dist/` already holds one newer than every file
it is made from; a lock keeps two test runs from building into `dist/` at once.
"""

from __future__ import annotations

import fcntl
import json
import os
import platform
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pdfplumber
import pytest
from docx import Document

from editor import __version__

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"
BUNDLE = REPO / "dist" / "foldline"
EXECUTABLE = BUNDLE / "foldline"
ARCHIVE = REPO / "dist" / f"foldline-{__version__}-linux-{platform.machine()}.tar.gz"
SAMPLE = REPO / "resources" / "samples" / "resume.md"
BUILT_FROM = (
    REPO / "editor",
    REPO / "resources",
    REPO / "pyproject.toml",
    PACKAGING / "foldline.spec",
    PACKAGING / "launcher.py",
    PACKAGING / "pyinstaller-hooks",
    PACKAGING / "build",
    PACKAGING / "install-desktop-entry",
    PACKAGING / "icons",
    PACKAGING / "io.github.foldline.Foldline.desktop",
    PACKAGING / "io.github.foldline.Foldline.metainfo.xml",
)


def newest_source_time() -> float:
    files = [path for source in BUILT_FROM for path in (source.rglob("*") if source.is_dir() else [source])]
    return max(path.stat().st_mtime for path in files if path.is_file() and "__pycache__" not in path.parts)


def bundle_is_fresh() -> bool:
    if not (EXECUTABLE.is_file() and ARCHIVE.is_file()):
        return False
    return min(EXECUTABLE.stat().st_mtime, ARCHIVE.stat().st_mtime) > newest_source_time()


@pytest.fixture(scope="module")
def bundle() -> Iterator[Path]:
    lock_path = REPO / "build" / "bundle.lock"
    lock_path.parent.mkdir(exist_ok=True)
    with lock_path.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not bundle_is_fresh():
            build = subprocess.run(
                ["bash", str(PACKAGING / "build")],
                env={**os.environ, "PYTHON": sys.executable},
                capture_output=True,
                text=True,
                timeout=1500,
                check=False,
            )
            assert build.returncode == 0, build.stdout[-4000:] + build.stderr[-4000:]
        yield BUNDLE  # held locked: a concurrent run must not rebuild the bundle under these tests


def run_bundle(arguments: list[str], home: Path, **environment: str) -> subprocess.CompletedProcess[str]:
    """Run the frozen `foldline` with a private home folder and only the system's libraries to lean on."""
    variables = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        **environment,
    }
    return subprocess.run(
        [str(EXECUTABLE), *arguments], env=variables, cwd=home, capture_output=True, text=True, timeout=120, check=False
    )


def test_bundle_prints_its_version(bundle: Path, tmp_path: Path) -> None:
    result = run_bundle(["--version"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"foldline {__version__}"


def test_bundle_exports_the_sample_to_a_pdf_with_its_text(bundle: Path, tmp_path: Path) -> None:
    output = tmp_path / "out.pdf"
    result = run_bundle(["export", str(SAMPLE), "-o", str(output)], tmp_path)
    assert result.returncode == 0, result.stderr
    with pdfplumber.open(output) as pdf:
        assert "Maria Delgado" in pdf.pages[0].extract_text()


def test_bundle_exports_docx_from_python_docx_templates(bundle: Path, tmp_path: Path) -> None:
    output = tmp_path / "out.docx"
    result = run_bundle(["export", str(SAMPLE), "-o", str(output)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Maria Delgado" in [paragraph.text for paragraph in Document(str(output)).paragraphs]


def test_bundle_imports_a_pdf_back_to_markdown(bundle: Path, tmp_path: Path) -> None:
    pdf, markdown = tmp_path / "resume.pdf", tmp_path / "back.md"
    assert run_bundle(["export", str(SAMPLE), "-o", str(pdf)], tmp_path).returncode == 0
    result = run_bundle(["export", str(pdf), "-o", str(markdown)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "# Maria Delgado" in markdown.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "language", "typos"),
    [
        (
            "# Jane Roe\nSupport Lead\n\n## Experience\n### Agent | Acme | 2020 – Present\n"
            "- Improved managment of the support queue\n",
            "en",
            ["managment"],
        ),
        (
            "# Lena Müller\nProjektmanagerin\n\n## Berufserfahrung\n### Teamleiterin | Nordlicht AG | 2019 – heute\n"
            "- Führung von zwölf Mitarbeitenden und Schulung neuer Kolleginnen mit viel Erfahrnug\n",
            "de",
            ["Erfahrnug"],
        ),
    ],
    ids=["english", "german"],
)
def test_bundle_finds_a_typo_with_its_bundled_dictionaries(
    bundle: Path, tmp_path: Path, text: str, language: str, typos: list[str]
) -> None:
    resume = tmp_path / "resume.md"
    resume.write_text(text, encoding="utf-8")
    result = run_bundle(["analyze", str(resume), "--json"], tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["language"]["code"] == language
    assert [issue["word"] for issue in report["spelling"]] == typos


def test_bundle_opens_the_sample_in_its_window_and_exits_cleanly(bundle: Path, tmp_path: Path) -> None:
    """Also proves the None-refcount guard (ctypes, imported with the UI) works frozen."""
    result = run_bundle([str(SAMPLE)], tmp_path, FOLDLINE_QUIT_AFTER_MS="2000")
    assert result.returncode == 0, result.stderr
    for failure in ("Traceback", "Error", "could not load the Qt platform plugin"):
        assert failure not in result.stderr


def test_bundle_leaves_out_the_parts_of_qt_foldline_does_not_use(bundle: Path) -> None:
    names = [path.relative_to(bundle).as_posix() for path in bundle.rglob("*")]
    unused = ("Qt6Qml", "Qt6Quick", "Qt6WebEngine", "Qt63D", "Qt6Multimedia", "Qt6Charts", "Qt6Designer", "libqgtk3")
    assert [name for name in names if any(part in name for part in unused)] == []
    assert [name for name in names if name.endswith(".qm")] == []
    assert any(name.endswith("plugins/platforms/libqxcb.so") for name in names)
    assert any(name.endswith("plugins/platforms/libqwayland.so") for name in names)


def test_linux_archive_carries_the_bundle_and_its_menu_entry_installer(bundle: Path, tmp_path: Path) -> None:
    with tarfile.open(ARCHIVE) as archive:
        names = set(archive.getnames())
    assert {
        "foldline/foldline",
        "foldline/install-desktop-entry",
        "foldline/desktop/io.github.foldline.Foldline.desktop",
    } <= names

    data_home = tmp_path / "share"
    environment = {**os.environ, "XDG_DATA_HOME": str(data_home)}
    installer = subprocess.run(
        ["bash", str(bundle / "install-desktop-entry")], env=environment, capture_output=True, text=True, check=False
    )
    assert installer.returncode == 0, installer.stderr
    entry = (data_home / "applications" / "io.github.foldline.Foldline.desktop").read_text(encoding="utf-8")
    assert f"Exec={EXECUTABLE} %f" in entry.splitlines()
