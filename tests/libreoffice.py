"""Converting documents with LibreOffice in tests, the way a user's Word or LibreOffice would open them.

Why a helper: each conversion needs a private LibreOffice profile (a user's running LibreOffice,
or another test, must not share it) and a fontconfig file that adds Foldline's bundled fonts,
or LibreOffice silently substitutes other fonts and the fidelity tests would measure nothing;
tests of what a machine without them sees ask for the system's fonts only.
A missing `soffice` is a test failure with the reason, never a skip (CI installs LibreOffice).
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import pytest

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
TIMEOUT_SECONDS = 180


@cache
def _workspace(bundled_fonts: bool) -> Path:
    """A folder for this test process: the LibreOffice profile, fontconfig file and font cache.

    Without `bundled_fonts` the fontconfig file holds only the system's fonts, like a recruiter's
    machine that never installed Foldline: what a document does not embed is then substituted.
    """
    folder = Path(tempfile.mkdtemp(prefix="foldline-lo-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    bundled = f"  <dir>{FONTS}</dir>\n" if bundled_fonts else ""
    (folder / "fonts.conf").write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
        f"{bundled}  <cachedir>{folder / 'fontconfig-cache'}</cachedir>\n</fontconfig>\n",
        encoding="utf-8",
    )
    return folder


def soffice() -> str:
    """The LibreOffice executable, or a failed test that says how to install it."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        pytest.fail("LibreOffice is not installed (no 'soffice' on PATH); install libreoffice-writer-nogui")
    return found


def convert(documents: Sequence[Path], target: str, outdir: Path, bundled_fonts: bool = True) -> list[Path]:
    """Convert documents with one LibreOffice run; `target` is a filter such as 'pdf' or 'odt'.

    Returns the converted files in the order given. One run for many files saves the ~1.5 s
    start-up each extra run would cost.
    """
    workspace = _workspace(bundled_fonts)
    outdir.mkdir(parents=True, exist_ok=True)
    command = [
        soffice(),
        f"-env:UserInstallation={(workspace / 'profile').as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        target,
        "--outdir",
        str(outdir),
        *map(str, documents),
    ]
    environment = {**os.environ, "FONTCONFIG_FILE": str(workspace / "fonts.conf")}
    try:
        finished = subprocess.run(
            command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, env=environment, check=False
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"LibreOffice did not convert {len(documents)} file(s) within {TIMEOUT_SECONDS} s")
    extension = target.split(":", 1)[0]
    results = [outdir / f"{Path(document).stem}.{extension}" for document in documents]
    missing = [path.name for path in results if not path.is_file()]
    if missing or finished.returncode != 0:
        pytest.fail(
            f"LibreOffice failed to make {', '.join(missing) or 'its output'} "
            f"(exit {finished.returncode}): {finished.stderr.strip()[-500:]}"
        )
    return results


def to_pdf(documents: Sequence[Path], outdir: Path, bundled_fonts: bool = True) -> list[Path]:
    """The documents as PDFs, laid out by LibreOffice with Foldline's bundled fonts (or only the system's)."""
    return convert(documents, "pdf", outdir, bundled_fonts)
