"""Hostile input through every command: each case ends within 10 s and 500 MB with one line or a result.

The files are generated here (special files, bombs as job descriptions, pathological lengths).
Each command runs in a child process under a data-memory limit and a measured peak RSS, the way
a user's shell runs it. The 10 s are CPU seconds (the child's and its workers'): wall-clock time
on a machine busy with other work measured the machine, not Foldline (a 4 s export took 10.3 s
beside four test runs). Wall-clock time is still bounded, at three times that, and the bench
(`bench/bench_pathological.py`) reports wall-clock medians.
"""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import replace
from pathlib import Path

import pytest

from bench.bench_pathological import CASES, Run, run_case, run_foldline
from editor.analysis.keywords.resume import read_resume_text
from editor.analysis.proofing.spelling import Speller
from editor.analysis.screen.line_fields import label_lines
from editor.formats.errors import FormatError
from editor.formats.importing.job_description import read_job_description
from editor.formats.markdown.reader import read_markdown
from editor.render.layout import LayoutLine, LayoutMap, Role
from tests.conftest import SAMPLES
from tests.formats.test_hostile_files import (
    DOCX_CASES,
    LAUGHS,
    PDF_CASES,
    deeply_nested,
    document_xml,
    docx_with_document,
    good_docx,
    good_pdf,
    rezipped,
    zeros_part,
)

TIME_LIMIT_S = 10.0
WALL_LIMIT_S = 3 * TIME_LIMIT_S
MEMORY_LIMIT_MB = 500


def foldline(*args: str | Path, cwd: Path) -> Run:
    """`foldline ARGS` in a child under the memory limit, killed well past the time limit."""
    return run_foldline([str(arg) for arg in args], cwd, WALL_LIMIT_S, MEMORY_LIMIT_MB)


def assert_bounded(run: Run) -> None:
    assert run.cpu_seconds < TIME_LIMIT_S, f"took {run.cpu_seconds:.1f} CPU seconds: {run.stderr}"
    assert run.seconds < WALL_LIMIT_S, f"took {run.seconds:.1f} s: {run.stderr}"
    assert run.peak_mb < MEMORY_LIMIT_MB, f"peaked at {run.peak_mb:.0f} MB"


def assert_one_line_error(run: Run, *words: str) -> str:
    assert_bounded(run)
    assert run.status == 1, run.stderr
    lines = run.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("foldline: error: "), run.stderr
    for word in words:
        assert word in lines[0]
    return lines[0]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name in ("resume.md", "job-description.txt"):
        shutil.copy(SAMPLES / name, tmp_path / name)
    return tmp_path


# -- one guarded reading path ---------------------------------------------------------------------


def test_a_pipe_a_device_or_a_folder_is_refused_by_every_command(folder: Path) -> None:
    os.mkfifo(folder / "pipe.md")
    os.mkfifo(folder / "pipe.txt")
    (folder / "folder.txt").mkdir()
    cases = [
        (("export", "pipe.md", "-o", "out.pdf"), "pipe.md"),
        (("analyze", "resume.md", "--jd", "pipe.txt"), "pipe.txt"),
        (("heatmap", "resume.md", "--jd", "/dev/zero", "-o", "out.png"), "/dev/zero"),
        (("letter", "resume.md", "--jd", "folder.txt", "-o", "letter.md"), "folder"),
    ]
    for args, named in cases:
        assert_one_line_error(foldline(*args, cwd=folder), named)
    assert not any((folder / name).exists() for name in ("out.pdf", "out.png", "letter.md"))


JD_BOMBS = {
    "entity bomb": lambda: docx_with_document(document_xml().replace(b"<w:document", LAUGHS + b"<w:document", 1)),
    "256-deep nesting": lambda: deeply_nested(256),
    "zip bomb": lambda: rezipped(good_docx(), add=zeros_part("word/media/a.bin", 30)),
}


@pytest.mark.parametrize("case", JD_BOMBS)
def test_a_word_job_description_bomb_is_one_line_in_analyze(folder: Path, case: str) -> None:
    (folder / "jd.docx").write_bytes(JD_BOMBS[case]())
    line = assert_one_line_error(foldline("analyze", "resume.md", "--jd", "jd.docx", cwd=folder), "jd.docx")
    assert "internal error" not in line


@pytest.mark.parametrize(
    "suffix, case", [(".docx", name) for name in DOCX_CASES] + [(".pdf", name) for name in PDF_CASES]
)
def test_every_hostile_resume_file_as_a_job_description_is_read_or_refused_in_one_line(
    tmp_path: Path, suffix: str, case: str
) -> None:
    make = (DOCX_CASES if suffix == ".docx" else PDF_CASES)[case][0]
    path = tmp_path / f"posting{suffix}"
    path.write_bytes(make())
    start = time.perf_counter()
    try:
        text = read_job_description(path)
    except FormatError as error:
        message = str(error)
        assert message.startswith("posting") and "\n" not in message
    else:
        assert isinstance(text, str)
    assert time.perf_counter() - start < 2.0


def test_library_warnings_on_a_damaged_pdf_posting_never_reach_stderr(folder: Path) -> None:
    (folder / "junk.pdf").write_bytes(b"junk\n" + good_pdf())
    (folder / "cut.pdf").write_bytes(b"junk\n" + good_pdf()[:300])
    readable = foldline("analyze", "resume.md", "--jd", "junk.pdf", cwd=folder)
    assert readable.status == 0 and readable.stderr == ""
    assert_one_line_error(foldline("analyze", "resume.md", "--jd", "cut.pdf", cwd=folder), "cut.pdf")


# -- linear cost: pathological lengths end in time, in bounded memory ---------------------------------


@pytest.mark.parametrize("case", CASES)
def test_pathological_lengths_end_within_the_limits_with_a_result_or_one_line(tmp_path: Path, case: str) -> None:
    run = run_case(tmp_path, case, WALL_LIMIT_S, MEMORY_LIMIT_MB)
    assert_bounded(run)
    if run.status != 0:
        assert_one_line_error(run)


@pytest.mark.parametrize(
    "line",
    ["Built " + "abcdefghij" * 10_000, "Sites: " + "www.example.com and " * 5000, "Mail " + "a@b.co or " * 5000],
    ids=["100,000-character token", "5,000 addresses", "5,000 e-mails"],
)
def test_spelling_and_keyword_masking_of_a_pathological_line_take_linear_time(line: str) -> None:
    text = f"# Dana Kim\n\n## Experience\n- {line}\n- Led a tem of five\n"
    resume = read_markdown(text)
    start = time.perf_counter()
    misspelt = [item.word for item in Speller().check(text, resume)]
    read_resume_text(resume, text)
    assert time.perf_counter() - start < 1.5
    assert "tem" in misspelt


def test_labelling_a_section_of_sixty_thousand_bullet_lines_takes_linear_time() -> None:
    line = LayoutLine(1, 72, 100, 500, 112, 110, "- Did it", Role.BULLET, 10.5, "Body", section=1, entry=None)
    layout = LayoutMap(612, 792, 1, tuple(replace(line, item=item) for item in range(60_000)))
    start = time.perf_counter()
    labels = label_lines(layout, None)
    assert time.perf_counter() - start < 2.0
    assert [label.item_rank for label in labels[:3]] == [0, 1, 2]


# -- never write over a source --------------------------------------------------------------------


def test_export_refuses_to_write_over_its_input_by_path_inode_or_hard_link(folder: Path) -> None:
    assert foldline("export", "resume.md", "-o", "cv.docx", cwd=folder).status == 0
    original = (folder / "cv.docx").read_bytes()
    os.link(folder / "cv.docx", folder / "linked.docx")
    for output in ("./cv.docx", str(folder / "cv.docx"), "linked.docx"):
        assert_one_line_error(foldline("export", "cv.docx", "-o", output, "--force", cwd=folder), "being read")
    assert (folder / "cv.docx").read_bytes() == original


def test_export_keeps_a_file_foldline_did_not_write_unless_forced(folder: Path) -> None:
    theirs, original = folder / "theirs.docx", good_docx()
    theirs.write_bytes(original)
    assert_one_line_error(foldline("export", "resume.md", "-o", "theirs.docx", cwd=folder), "--force")
    assert theirs.read_bytes() == original
    assert foldline("export", "resume.md", "-o", "theirs.docx", "--force", cwd=folder).status == 0
    assert theirs.read_bytes() != original
    for output in ("theirs.docx", "mine.pdf", "mine.pdf"):  # Foldline's exports are replaced without --force
        run = foldline("export", "resume.md", "-o", output, cwd=folder)
        assert run.status == 0, run.stderr


def test_a_heatmap_keeps_a_picture_foldline_did_not_write_and_replaces_its_own(folder: Path) -> None:
    picture = folder / "photo.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    assert_one_line_error(foldline("heatmap", "resume.md", "-o", "photo.png", cwd=folder), "--force")
    assert picture.read_bytes() == b"\x89PNG\r\n\x1a\n" + bytes(100)
    for _ in range(2):
        assert foldline("heatmap", "resume.md", "-o", "heat.png", cwd=folder).status == 0
