"""`foldline fit`: the proposal in words or JSON, the fitted text written only when asked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from editor.cli import main
from tests.analysis import fit_fixtures
from tests.conftest import REPO, SAMPLES


def test_fit_prints_the_before_and_after_and_writes_nothing_by_default(tmp_path: Path, capsys) -> None:
    source = tmp_path / "cv.md"
    source.write_text(fit_fixtures.skills_block(), encoding="utf-8")
    assert main(["fit", str(source)]) == 0
    out = capsys.readouterr().out
    assert "key facts above the fold" in out and "Proposed changes:" in out and "front matter" in out
    assert "current title" in out.split("Lifts above the fold:")[1]
    assert source.read_text(encoding="utf-8") == fit_fixtures.skills_block()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["cv.md"]


def test_fit_json_and_output_from_a_real_process(tmp_path: Path) -> None:
    source, fitted = tmp_path / "cv.md", tmp_path / "fitted.md"
    source.write_text(fit_fixtures.long_summary(), encoding="utf-8")
    jd = SAMPLES / "job-description.txt"
    done = subprocess.run(
        [sys.executable, "-m", "editor.cli", "fit", str(source), "--jd", str(jd), "--json", "-o", str(fitted)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["screen"] == "chrome-1536x864" and report["changed"]
    assert report["after"]["facts_visible"] > report["before"]["facts_visible"]
    assert [move["kind"] for move in report["moves"]] == ["trim-summary"]
    assert fitted.read_text(encoding="utf-8") == report["text"]


def test_fit_with_an_unknown_screen_or_a_cover_letter_is_one_line(tmp_path: Path, capsys) -> None:
    assert main(["fit", str(SAMPLES / "resume.md"), "--screen", "crt"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("foldline: error: unknown screen") and err.count("\n") == 1
    assert main(["fit", str(SAMPLES / "cover-letter.md")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("foldline: error:") and "cover letter" in err and err.count("\n") == 1


def test_fit_never_writes_over_its_input_or_a_file_it_did_not_write(tmp_path: Path, capsys) -> None:
    source, notes = tmp_path / "cv.md", tmp_path / "notes.md"
    source.write_text(fit_fixtures.long_summary(), encoding="utf-8")
    notes.write_text("my own notes\n", encoding="utf-8")
    assert main(["fit", str(source), "-o", str(source)]) == 1
    assert "foldline: error:" in capsys.readouterr().err
    assert main(["fit", str(source), "-o", str(notes)]) == 1
    assert "--force" in capsys.readouterr().err
    assert source.read_text(encoding="utf-8") == fit_fixtures.long_summary()
    assert notes.read_text(encoding="utf-8") == "my own notes\n"
    assert main(["fit", str(source), "-o", str(notes), "--force"]) == 0
    assert notes.read_text(encoding="utf-8") != "my own notes\n"
