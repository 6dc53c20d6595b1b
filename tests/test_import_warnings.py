"""What a reading library says about a damaged file reaches the user as a plain import note,
counted once per meaning, and never as a raw line on stderr, through any command that reads a file."""

from __future__ import annotations

import logging
import shutil
import warnings
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from bench.bench_pathological import Run, run_foldline
from editor.formats.errors import FormatError
from editor.formats.importing.docx.reader import read_docx
from editor.formats.importing.pdf.reader import read_pdf
from editor.formats.importing.reader_notes import library_messages, plain_notes
from editor.formats.markdown.writer import write_markdown
from editor.formats.registry import read_resume
from tests.conftest import SAMPLES
from tests.formats.damaged_files import (
    broken_font_box,
    index_pointing_nowhere,
    junk_before_header,
    page_without_size,
    sample_pdf,
    stream_cut_short,
    text_stream_broken_at_once,
    write,
)
from tests.formats.test_hostile_files import good_docx

ENGINE_FILES = Path(__file__).resolve().parent / "formats"
RAW_WORDS = ("pdfminer", "xref", "FontBBox", "MediaBox", "%PDF", "zlib", "Warning")

DAMAGED: dict[str, tuple[Callable[[], bytes], str]] = {
    "bytes before the header": (junk_before_header, "the PDF's header is damaged"),
    "an index pointing nowhere": (index_pointing_nowhere, "the PDF's index of its contents is damaged"),
    "a font with a broken bounding box": (broken_font_box, "a font's measurements are damaged"),
    "a page without a size": (page_without_size, "a page has no valid size; it was read as US Letter"),
    "a compressed stream cut short": (stream_cut_short, "some text may be missing"),
}


def damage_notes(messages: list[str]) -> list[str]:
    return [message for message in messages if "damage" in message or "no valid size" in message]


# -- the notes --------------------------------------------------------------------------------------


@pytest.mark.parametrize("case", DAMAGED)
def test_a_damaged_pdf_is_read_in_the_worker_with_one_plain_note(tmp_path: Path, case: str) -> None:
    make, expected = DAMAGED[case]
    resume = read_resume(write(tmp_path, "cv.pdf", make()))  # the worker process, as the app and CLI read it
    notes = damage_notes([problem.message for problem in resume.problems])
    assert len(notes) == 1 and expected in notes[0], notes
    assert not any(word in notes[0] for word in RAW_WORDS)


@pytest.mark.parametrize("make", [junk_before_header, index_pointing_nowhere], ids=["header", "index"])
def test_a_pdf_damaged_around_its_text_keeps_every_word(make: Callable[[], bytes]) -> None:
    assert write_markdown(read_pdf(make())) == write_markdown(read_pdf(sample_pdf()))


def test_text_after_the_break_in_a_cut_stream_is_lost_and_the_note_says_so() -> None:
    resume = read_pdf(stream_cut_short())
    text = write_markdown(resume)
    assert "Dana Kim" in text and "Product manager" not in text
    assert any("compare with the original" in problem.message for problem in resume.problems)


def test_a_pdf_whose_text_stream_is_broken_is_called_damaged_not_a_scan(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="compressed text is damaged and none of it could be read") as refused:
        read_resume(write(tmp_path, "cv.pdf", text_stream_broken_at_once()))
    assert "scan" not in str(refused.value)


def test_a_word_reader_warning_is_a_note_naming_the_word_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    data, document = good_docx(), docx.Document

    def warning_document(source):  # as a library would on an odd part of the package
        warnings.warn("odd part /word/extra.xml ignored", UserWarning, stacklevel=1)
        return document(source)

    monkeypatch.setattr(docx, "Document", warning_document)
    resume = read_docx(data)
    assert resume.header.name == "Dana Kim"
    assert [problem.message for problem in resume.problems][-1:] == [
        "the file has minor damage (a warning from the Word reader); check the text"
    ]


def test_clean_files_from_real_software_get_no_damage_note() -> None:
    files = sorted((ENGINE_FILES / "engine_pdfs").glob("*.pdf")) + sorted((ENGINE_FILES / "engine_docx").glob("*.docx"))
    assert len(files) > 10
    noted = {}
    for path in files:
        messages = [problem.message for problem in read_resume(path).problems]
        if damage_notes(messages):
            noted[path.name] = damage_notes(messages)
    assert noted == {}
    assert damage_notes([problem.message for problem in read_pdf(sample_pdf()).problems]) == []


def test_repeated_warnings_are_one_note_with_a_count_and_unknown_ones_one_note_naming_the_reader(
    capfd: pytest.CaptureFixture[str],
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # as a strict test run would: a library's warning must not become an error
        with library_messages() as heard:
            for _ in range(3):
                logging.getLogger("pdfminer.pdffont").warning("Could not get FontBBox from font descriptor")
            logging.getLogger("pdfminer.pdfinterp").warning("Cannot set gray level because %r is invalid", "/g")
            logging.getLogger("lxml").error("something nobody has seen")
            warnings.warn("an odd part in the package", UserWarning, stacklevel=1)
            warnings.warn("an old call", DeprecationWarning, stacklevel=1)  # about code, not the file
    assert capfd.readouterr().err == ""
    assert plain_notes(heard, "PDF reader") == [
        "a font's measurements are damaged; words may run together or break apart, check the spacing "
        "(reported 3 times)",
        "some of the PDF's drawing instructions are damaged and were skipped; check the order of the text",
        "the file has minor damage (2 warnings from the PDF reader); check the text",
    ]


# -- nothing raw on stderr, whatever the command --------------------------------------------------------


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("damaged")
    shutil.copy(SAMPLES / "resume.md", folder / "resume.md")
    write(folder, "header.pdf", junk_before_header())
    write(folder, "fonts.pdf", broken_font_box())
    return folder


def foldline(folder: Path, *args: str) -> Run:
    return run_foldline(list(args), folder, timeout=60)


@pytest.mark.parametrize("name, note", [("header.pdf", "header is damaged"), ("fonts.pdf", "measurements")])
def test_export_of_a_damaged_pdf_prints_its_note_as_a_check_line_and_nothing_raw(
    folder: Path, name: str, note: str
) -> None:
    run = foldline(folder, "export", name, "-o", f"{name}.md", "--force")
    assert run.status == 0, run.stderr
    lines = run.stderr.splitlines()
    assert lines and all(line.startswith("foldline: check: ") for line in lines), run.stderr
    assert any(note in line for line in lines)


@pytest.mark.parametrize(
    "args",
    [
        ("analyze", "header.pdf"),
        ("analyze", "fonts.pdf", "--json"),
        ("fit", "header.pdf", "--jd", "header.pdf"),
        ("heatmap", "fonts.pdf", "-o", "heat.png", "--force"),
    ],
    ids=" ".join,
)
def test_commands_reading_a_damaged_pdf_resume_print_its_notes_as_check_lines(
    folder: Path, args: tuple[str, ...]
) -> None:
    run = foldline(folder, *args)
    assert run.status == 0, run.stderr
    lines = run.stderr.splitlines()
    assert lines and all(line.startswith("foldline: check: ") for line in lines), run.stderr
    assert damage_notes(lines), run.stderr
    assert not any(word in run.stderr for word in RAW_WORDS)


def test_a_damaged_pdf_job_description_prints_nothing_on_stderr(folder: Path) -> None:
    run = foldline(folder, "analyze", "resume.md", "--jd", "fonts.pdf")
    assert run.status == 0 and run.stderr == "", run.stderr


def test_a_damaged_pdf_that_cannot_be_read_is_one_line(folder: Path) -> None:
    unreadable_size = page_without_size().replace(b"/Contents", b"/MediaBox [0 0 x y] /Contents")
    write(folder, "hopeless.pdf", unreadable_size)
    with pytest.raises(FormatError):
        read_resume(folder / "hopeless.pdf")
    run = foldline(folder, "export", "hopeless.pdf", "-o", "hopeless.md")
    assert run.status == 1 and len(run.stderr.splitlines()) == 1, run.stderr
    assert run.stderr.startswith("foldline: error: hopeless.pdf: ")
