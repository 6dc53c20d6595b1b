"""Every command that reads a resume tells the user what its import guessed or repaired, and a
file too damaged to read is one plain line that names it, never a library's own words."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from bench.bench_pathological import run_foldline
from editor.cli import main
from tests.conftest import SAMPLES
from tests.formats.damaged_files import NAME_LINE, junk_before_header, page_pdf, write
from tests.formats.test_hostile_files import docx_with_document, good_docx, good_pdf, raw_pdf, rezipped

STABLE_KEYS = {"keywords", "match_score", "spelling", "grammar", "findings", "fold", "attention", "ats", "problems"}
JSON_RESUME = {"basics": {"name": "Dana Kim"}, "work": [{"name": "Acme", "position": "PM", "startDate": "sometime"}]}
LIBRARY_WORDS = (
    "float()",
    "PSKeyword",
    "KeyError",
    "NoneType",
    "object has no attribute",
    "archive",
    "PDFObjRef",
    "/Root",
    "Traceback",
    "<_io",
    "Error -",
    "CRC",
    "Namespace prefix",
    "Invalid dictionary",
    "Ascii85",
    "seek",
)


def analyze_json(capsys: pytest.CaptureFixture[str], path: Path) -> tuple[dict, list[str]]:
    assert main(["analyze", str(path), "--json"]) == 0
    captured = capsys.readouterr()
    return json.loads(captured.out), captured.err.splitlines()


def test_analyze_json_of_a_damaged_pdf_carries_its_import_notes_and_prints_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report, err = analyze_json(capsys, write(tmp_path, "cv.pdf", junk_before_header()))
    assert report.keys() >= STABLE_KEYS
    notes = report["import_notes"]
    assert any("the PDF's header is damaged" in note["message"] for note in notes), notes
    assert all(note.keys() == {"line", "severity", "message"} for note in notes)
    assert err == [f"foldline: check: {note['message']}" for note in notes]


def test_analyze_of_a_json_resume_names_the_value_it_could_not_show(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "cv.json"
    source.write_text(json.dumps(JSON_RESUME), encoding="utf-8")
    assert main(["analyze", str(source)]) == 0
    err = capsys.readouterr().err
    assert err.startswith("foldline: check: work[0].startDate is not a date"), err
    report, _ = analyze_json(capsys, source)
    assert [note["message"][:30] for note in report["import_notes"]] == ["work[0].startDate is not a dat"]


def test_analyze_of_markdown_has_no_import_notes_and_a_quiet_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    report, err = analyze_json(capsys, SAMPLES / "resume.md")
    assert report["import_notes"] == [] and err == []


@pytest.mark.parametrize(
    "command",
    [("fit", "--json"), ("letter", "--jd", "{jd}", "-o", "letter.md"), ("apply", "--jd", "{jd}", "-o", "job")],
    ids=lambda command: command[0],
)
def test_every_command_reading_a_damaged_pdf_resume_prints_its_import_notes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: tuple[str, ...]
) -> None:
    source = write(tmp_path, "cv.pdf", junk_before_header())
    name, *options = (part.format(jd=SAMPLES / "job-description.txt") for part in command)
    options = [str(tmp_path / option) if option in ("letter.md", "job") else option for option in options]
    assert main([name, str(source), *options]) == 0
    err = capsys.readouterr().err.splitlines()
    assert any(line.startswith("foldline: check: the PDF's header is damaged") for line in err), err
    assert all(line.startswith("foldline: check: ") for line in err), err


# -- files too damaged to read: one plain line ----------------------------------------------------------


def without_part(name: str) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(good_docx()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for entry in source.infolist():
            if entry.filename != name:
                archive.writestr(entry.filename, source.read(entry.filename))
    return buffer.getvalue()


def bad_checksum() -> bytes:
    data = bytearray(good_docx())
    position = data.find(b"word/document.xml") + 60  # inside the part's compressed bytes
    data[position] ^= 0xFF
    return bytes(data)


def directory_pointing_past_the_end() -> bytes:
    data = bytearray(good_docx())
    end = data.rfind(b"PK\x05\x06") + 16  # where the ZIP's table of parts starts
    data[end : end + 4] = (len(data) * 3).to_bytes(4, "little")
    return bytes(data)


def macro_document() -> bytes:
    types = zipfile.ZipFile(io.BytesIO(good_docx())).read("[Content_Types].xml")
    macro = types.replace(b"wordprocessingml.document.main", b"ms-word.document.macroEnabled.main")
    return rezipped(good_docx(), {"[Content_Types].xml": macro})


UNREADABLE: dict[str, tuple[str, Callable[[], bytes], str]] = {
    "a word where the page size needs a number": (
        "cv.pdf",
        lambda: page_pdf(NAME_LINE, page=b"/MediaBox [0 0 612 abc]"),
        "the PDF's structure is damaged",
    ),
    "no document catalog": (
        "cv.pdf",
        lambda: raw_pdf({1: b"<< /Type /Foo >>"}).replace(b"/Root 1 0 R", b""),
        "the PDF's structure is damaged",
    ),
    "broken ASCII85 text": (
        "cv.pdf",
        lambda: page_pdf(b"abc\x7f~>", filters=b"/Filter /ASCII85Decode"),
        "page 1 of the PDF is damaged",
    ),
    "a misspelt compression": (
        "cv.pdf",
        lambda: page_pdf(NAME_LINE, filters=b"/Filter /FlateDeco"),
        "page 1 of the PDF is damaged",
    ),
    "a font dictionary cut short": (
        "cv.pdf",
        lambda: page_pdf(NAME_LINE, font=b"<< /Type /Font /Subtype >>"),
        "page 1 of the PDF is damaged",
    ),
    "random bytes after a PDF header": (
        "cv.pdf",
        lambda: b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n",
        "the PDF's structure is damaged",
    ),
    "no styles part": ("cv.docx", lambda: without_part("word/styles.xml"), "missing its styles"),
    "no text part": ("cv.docx", lambda: without_part("word/document.xml"), "missing its text"),
    "no list of parts": ("cv.docx", lambda: without_part("[Content_Types].xml"), "missing its list of contents"),
    "no relationships": ("cv.docx", lambda: without_part("_rels/.rels"), "missing its text"),
    "a bad checksum": ("cv.docx", bad_checksum, "compressed data is damaged"),
    "a table of parts past the end": ("cv.docx", directory_pointing_past_the_end, "compressed data is damaged"),
    "broken XML": ("cv.docx", lambda: docx_with_document(b"<w:document><w:body><w:p>"), "markup is broken"),
    "macros": ("cv.docx", macro_document, "with macros (.docm)"),
    "cut short": ("cv.docx", lambda: good_docx()[: len(good_docx()) // 2], "damaged or incomplete"),
    "a PDF cut short": ("cv.pdf", lambda: good_pdf()[:-200], "incomplete"),
}


@pytest.mark.parametrize("case", UNREADABLE)
def test_an_unreadable_file_is_one_plain_line_naming_it(tmp_path: Path, case: str) -> None:
    name, build, expected = UNREADABLE[case]
    write(tmp_path, name, build())
    run = run_foldline(["export", name, "-o", "out.md"], tmp_path, timeout=60)
    assert run.status == 1 and run.stdout == ""
    assert_one_plain_line(run.stderr, name, expected)
    assert not (tmp_path / "out.md").exists()


def test_an_unreadable_job_description_is_one_plain_line_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    posting = write(tmp_path, "posting.docx", without_part("word/styles.xml"))
    assert main(["analyze", str(SAMPLES / "resume.md"), "--jd", str(posting)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert_one_plain_line(captured.err, "posting.docx", "missing its styles")


def assert_one_plain_line(err: str, name: str, expected: str) -> None:
    assert len(err.splitlines()) == 1, err
    assert err.startswith(f"foldline: error: {name}: "), err
    assert expected in err
    assert not [word for word in LIBRARY_WORDS if word in err], err
