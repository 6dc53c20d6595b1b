"""The desktop integration: menu entry, AppStream metadata, icons, the per-user installer and the wheel.

Validated with the freedesktop tools software centres use (`desktop-file-validate`, `appstreamcli`),
which `scripts/install-system-deps --test` installs.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PIL import Image

from editor import __version__

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"
APP_ID = "io.github.foldline.Foldline"
DESKTOP_FILE = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
ICON_SVG = PACKAGING / "icons" / f"{APP_ID}.svg"
INSTALLER = PACKAGING / "install-desktop-entry"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
STRING_ESCAPES = {"s": " ", "n": "\n", "t": "\t", "r": "\r"}


def run(command: list[str], **options: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False, **options)  # type: ignore[call-overload]


def desktop_entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))


def exec_arguments(value: str) -> list[str]:
    """An Exec value split into arguments, as the Desktop Entry spec's unescaping and quoting define."""
    unescaped = re.sub(r"\\(.)", lambda match: STRING_ESCAPES.get(match[1], match[1]), value)
    arguments, current, quoted, index = [], "", False, 0
    while index < len(unescaped):
        character = unescaped[index]
        if quoted and character == "\\":
            index += 1
            current += unescaped[index]
        elif character == '"':
            quoted = not quoted
        elif character == " " and not quoted:
            arguments.append(current)
            current = ""
        else:
            current += character
        index += 1
    return [argument.replace("%%", "%") for argument in [*arguments, current] if argument]


def install(data_home: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "XDG_DATA_HOME": str(data_home)}
    return run(["bash", str(INSTALLER), *arguments], env=environment)


@pytest.fixture
def fake_foldline(tmp_path: Path) -> Path:
    """An executable standing in for `foldline` at an awkward path (space, quote, dollar, percent)."""
    executable = tmp_path / 'My "Apps" $HOME 100%' / "foldline"
    executable.parent.mkdir()
    executable.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    executable.chmod(0o755)
    return executable


def test_desktop_entry_passes_desktop_file_validate() -> None:
    result = run(["desktop-file-validate", str(DESKTOP_FILE)])
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_passes_appstream_validation() -> None:
    result = run(["appstreamcli", "validate", "--no-net", "--explain", str(METAINFO)])
    assert result.returncode == 0, result.stdout + result.stderr


def test_one_app_id_names_the_menu_entry_metadata_icon_and_running_app() -> None:
    from editor.ui.application import APP_ID as RUNNING_APP_ID

    metainfo = ElementTree.parse(METAINFO).getroot()
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.findtext("launchable") == DESKTOP_FILE.name
    assert desktop_entry(DESKTOP_FILE)["Icon"] == APP_ID
    assert ICON_SVG.is_file()
    assert RUNNING_APP_ID == APP_ID


def test_menu_entry_opens_resumes_in_every_readable_format() -> None:
    entry = desktop_entry(DESKTOP_FILE)
    assert entry["Exec"] == "foldline %f"
    assert set(entry["MimeType"].rstrip(";").split(";")) == {
        "text/markdown",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/pdf",
        "application/json",
    }
    assert entry["Categories"] == "Office;WordProcessor;"


def test_metainfo_names_the_current_release_and_the_command() -> None:
    metainfo = ElementTree.parse(METAINFO).getroot()
    assert metainfo.find("releases/release").get("version") == __version__
    assert metainfo.findtext("provides/binary") == "foldline"
    assert metainfo.find("content_rating").get("type").startswith("oars-")


def test_metainfo_screenshot_is_committed_at_the_declared_size() -> None:
    image = ElementTree.parse(METAINFO).getroot().find("screenshots/screenshot/image")
    screenshot = PACKAGING / "screenshots" / image.text.rsplit("/", 1)[-1]
    with Image.open(screenshot) as picture:
        assert picture.size == (int(image.get("width")), int(image.get("height")))


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_is_rendered_at_each_theme_size(size: int) -> None:
    with Image.open(PACKAGING / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png") as icon:
        assert icon.size == (size, size)
        assert icon.mode == "RGBA" and icon.getextrema()[3][0] == 0  # transparent around the page


def test_window_icon_is_the_packaged_icon() -> None:
    assert (REPO / "resources" / "icons" / "foldline.svg").read_bytes() == ICON_SVG.read_bytes()


def test_installer_adds_menu_entry_icons_and_metadata_for_the_user(tmp_path: Path, fake_foldline: Path) -> None:
    data_home = tmp_path / "share"
    result = install(data_home, "--exec", str(fake_foldline))
    assert result.returncode == 0, result.stderr

    installed = data_home / "applications" / DESKTOP_FILE.name
    validation = run(["desktop-file-validate", str(installed)])
    assert validation.returncode == 0 and not validation.stdout.strip(), validation.stdout
    assert exec_arguments(desktop_entry(installed)["Exec"]) == [str(fake_foldline), "%f"]
    for size in ICON_SIZES:
        assert (data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    tree = run(["appstreamcli", "validate-tree", "--no-net", str(tmp_path)])  # metainfo finds its menu entry
    assert tree.returncode == 0, tree.stdout


def test_uninstall_removes_everything_the_installer_added(tmp_path: Path, fake_foldline: Path) -> None:
    data_home = tmp_path / "share"
    assert install(data_home, "--exec", str(fake_foldline)).returncode == 0
    result = install(data_home, "--uninstall")
    assert result.returncode == 0, result.stderr
    left = [path for path in data_home.rglob("*") if path.is_file() and APP_ID in path.name]
    assert left == []


def test_installer_without_foldline_says_how_to_get_it(tmp_path: Path) -> None:
    environment = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "share")}
    result = run(["bash", str(INSTALLER)], env=environment)
    assert result.returncode == 1
    assert "foldline is not installed" in result.stderr and "INSTALL.md" in result.stderr
    assert not (tmp_path / "share" / "applications").exists()


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_wheel_carries_every_resource(tmp_path: Path) -> None:
    """`pip install .` and `pipx install .` get fonts, samples, word lists and icons inside the package."""
    build = run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path), str(REPO)])
    assert build.returncode == 0, build.stderr
    (wheel,) = tmp_path.glob("foldline-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        packaged = {name.removeprefix("editor/resources/") for name in archive.namelist()}
    resources = REPO / "resources"
    expected = {path.relative_to(resources).as_posix() for path in resources.rglob("*") if path.is_file()}
    assert expected - packaged == set()
    assert {"icons/foldline.svg", "samples/resume.md"} <= expected
