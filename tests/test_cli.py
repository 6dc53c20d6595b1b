"""The `foldline` command line: conversions, the report envelope and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import main
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "resume.md"
JD = SAMPLES / "job-description.txt"


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_one_line_error(code: int, err: str, *fragments: str) -> None:
    assert code != 0
    assert err.startswith("foldline: error: ")
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in err


def test_export_markdown_to_json_and_back_keeps_the_resume(tmp_path: Path, capsys) -> None:
    from editor.formats.markdown.reader import read_markdown

    as_json = tmp_path / "cv.json"
    back = tmp_path / "cv.md"
    assert run(capsys, "export", str(SAMPLE), "-o", str(as_json))[0] == 0
    assert run(capsys, "export", str(as_json), "-o", str(back))[0] == 0
    original = read_markdown(SAMPLE.read_text(encoding="utf-8"))
    again = read_markdown(back.read_text(encoding="utf-8"))
    assert again.header == original.header
    assert [section.title for section in again.sections] == [section.title for section in original.sections]


def test_export_sample_json_to_markdown_and_back_keeps_every_field(tmp_path: Path, capsys) -> None:
    source = SAMPLES / "resume.json"
    markdown, back = tmp_path / "cv.md", tmp_path / "back.json"
    assert run(capsys, "export", str(source), "-o", str(markdown))[0] == 0
    assert run(capsys, "export", str(markdown), "-o", str(back))[0] == 0
    assert json.loads(back.read_text(encoding="utf-8")) == json.loads(source.read_text(encoding="utf-8"))


def test_importing_a_pdf_says_what_to_check(tmp_path: Path, capsys) -> None:
    source = Path(__file__).parent / "formats" / "engine_pdfs" / "sidebar-chromium-es.pdf"
    code, out, err = run(capsys, "export", str(source), "-o", str(tmp_path / "cv.md"))
    assert code == 0 and out.startswith("wrote ")
    assert err == "foldline: check: page 1: read as two columns, left then right; check the order\n"
    written = (tmp_path / "cv.md").read_text(encoding="utf-8")
    assert written.startswith("---\nlanguage: es\npaper: a4\n---\n\n# Sofía Hernández\n")


def test_export_pdf_and_docx_write_real_files(tmp_path: Path, capsys) -> None:
    pdf, docx = tmp_path / "cv.pdf", tmp_path / "cv.docx"
    assert run(capsys, "export", str(SAMPLE), "-o", str(pdf), "--template", "classic", "--paper", "a4")[0] == 0
    assert run(capsys, "export", str(SAMPLE), "-o", str(docx))[0] == 0
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert docx.read_bytes().startswith(b"PK")


def test_analyze_json_prints_the_stable_envelope(capsys) -> None:
    code, out, _ = run(capsys, "analyze", str(SAMPLE), "--jd", str(JD), "--json")
    assert code == 0
    report = json.loads(out)
    for key in ("keywords", "match_score", "spelling", "grammar", "findings", "fold", "attention", "ats"):
        assert key in report
    assert report["fold"]["screen"]
    assert 0 < report["fold"]["visible_fraction"] <= 1


def test_missing_file_is_one_clear_line(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "export", str(tmp_path / "nope.md"), "-o", str(tmp_path / "x.json"))
    assert_one_line_error(code, err, "no such file")


def test_unknown_output_type_names_the_choices(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "export", str(SAMPLE), "-o", str(tmp_path / "cv.odt"))
    assert_one_line_error(code, err, ".odt", ".pdf", ".docx")
    assert not (tmp_path / "cv.odt").exists()


def test_unknown_input_type_is_refused(capsys, tmp_path: Path) -> None:
    strange = tmp_path / "cv.xyz"
    strange.write_text("hello", encoding="utf-8")
    code, _, err = run(capsys, "export", str(strange), "-o", str(tmp_path / "cv.md"))
    assert_one_line_error(code, err, ".xyz")


def test_an_old_word_or_opendocument_file_is_refused_with_what_to_do(tmp_path: Path, capsys) -> None:
    for suffix, program in ((".doc", "Word or LibreOffice"), (".odt", "LibreOffice"), (".pages", "Pages")):
        source = tmp_path / f"cv{suffix}"
        source.write_bytes(b"not read")
        code, _out, err = run(capsys, "export", str(source), "-o", str(tmp_path / "cv.md"))
        assert_one_line_error(code, err, f"cv{suffix}", f"open it in {program} and save a copy as a Word document")


def test_invalid_json_says_where(capsys, tmp_path: Path) -> None:
    broken = tmp_path / "cv.json"
    broken.write_text('{"basics": {"name": "A",}', encoding="utf-8")
    code, _, err = run(capsys, "export", str(broken), "-o", str(tmp_path / "cv.md"))
    assert_one_line_error(code, err, "JSON")


def test_json_that_is_not_a_resume_is_refused(capsys, tmp_path: Path) -> None:
    other = tmp_path / "package.json"
    other.write_text('{"name": "left-pad", "version": "1.0.0"}', encoding="utf-8")
    code, _, err = run(capsys, "export", str(other), "-o", str(tmp_path / "cv.md"))
    assert_one_line_error(code, err)


def test_unreadable_encoding_is_refused(capsys, tmp_path: Path) -> None:
    latin = tmp_path / "cv.md"
    latin.write_bytes("# José Núñez\n".encode("latin-1"))
    code, _, err = run(capsys, "export", str(latin), "-o", str(tmp_path / "cv.json"))
    assert_one_line_error(code, err, "UTF-8")


def test_unknown_template_and_screen_name_the_choices(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "export", str(SAMPLE), "-o", str(tmp_path / "cv.pdf"), "--template", "fancy")
    assert_one_line_error(code, err, "modern")
    code, _, err = run(capsys, "analyze", str(SAMPLE), "--screen", "crt-640x480")
    assert_one_line_error(code, err, "chrome-1920x1080")


def test_failed_export_leaves_the_existing_file_untouched(capsys, tmp_path: Path) -> None:
    target = tmp_path / "cv.json"
    target.write_text("precious", encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text("[1, 2", encoding="utf-8")
    code, _, _ = run(capsys, "export", str(broken), "-o", str(target))
    assert code != 0
    assert target.read_text(encoding="utf-8") == "precious"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.json", "cv.json"]


def test_unwritable_target_is_one_line(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "export", str(SAMPLE), "-o", str(tmp_path / "missing-folder" / "cv.pdf"))
    assert_one_line_error(code, err, "does not exist")


def test_templates_and_screens_are_listed(capsys) -> None:
    code, out, _ = run(capsys, "templates")
    assert code == 0 and "modern" in out and "classic" in out and "compact" in out
    code, out, _ = run(capsys, "screens")
    assert code == 0 and "chrome-1536x864" in out and "(default)" in out


def test_version_and_errors_from_a_real_process() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "editor.cli", "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0 and done.stdout.startswith("foldline ")
    done = subprocess.run(
        [sys.executable, "-m", "editor.cli", "export", "missing.md", "-o", "x.pdf"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and done.stderr.startswith("foldline: error:")


def test_heatmap_writes_a_png_of_the_screen(tmp_path: Path, capsys) -> None:
    from PySide6.QtGui import QImage

    output = tmp_path / "skim.png"
    code, _, err = run(
        capsys, "heatmap", str(SAMPLE), "--jd", str(JD), "--screen", "chrome-1366x768", "-o", str(output)
    )
    assert code == 0, err
    image = QImage(str(output))
    assert not image.isNull() and image.width() >= 1200
    colours = {image.pixel(x, y) for x in range(0, image.width(), 9) for y in range(0, image.height(), 9)}
    assert len(colours) > 100


def test_heatmap_refuses_a_non_png_target(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "heatmap", str(SAMPLE), "-o", str(tmp_path / "skim.jpg"))
    assert_one_line_error(code, err, "PNG")
