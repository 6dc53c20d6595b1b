"""Every import runs in a worker process that is killed at its deadline or its memory cap: a
loop no budget inside the readers can see, or a file that makes a parser take all the memory,
ends in one line that says what happened and what to do."""

from __future__ import annotations

import os
import time
import zlib
from pathlib import Path

import pytest

from editor.formats.bounded import BoundedCall, Overrun
from editor.formats.errors import FormatError
from editor.formats.registry import read_resume, start_reading
from tests.formats.test_hostile_files import one_page_pdf, stream

MB = 2**20


def loop_forever() -> None:
    """A reader stuck in a loop that checks no clock (what the PDF guard used to do)."""
    while True:
        pass


def take_all_memory() -> None:
    """A reader that keeps every byte it inflates."""
    kept = []
    while True:
        kept.append(bytearray(16 * MB))


def no_op_pdf(megabytes: int = 3) -> bytes:
    """A page of `q Q` operators: pdfminer parses it for seconds and draws nothing."""
    content = zlib.compress(b"q Q " * (megabytes * MB // 4))
    return one_page_pdf(b"", extra={4: stream(content, b"/Filter /FlateDecode")})


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return Path(f"/proc/{pid}/status").read_text().find("State:\tZ") >= 0


@pytest.mark.timeout(30)
def test_a_loop_that_checks_no_clock_is_killed_at_the_deadline() -> None:
    started = time.monotonic()
    call = BoundedCall(__name__, loop_forever.__name__, (), seconds=1.5, memory_bytes=1024 * MB)
    call.wait()
    assert 1.5 <= time.monotonic() - started < 6
    with pytest.raises(Overrun) as stopped:
        call.result()
    assert stopped.value.kind == "time" and _gone(call.pid)


@pytest.mark.timeout(60)
def test_a_reader_that_takes_all_memory_is_stopped_at_the_cap() -> None:
    call = BoundedCall(__name__, take_all_memory.__name__, (), seconds=40, memory_bytes=400 * MB)
    call.wait()
    with pytest.raises(Overrun) as stopped:
        call.result()
    assert stopped.value.kind == "memory" and _gone(call.pid)


@pytest.mark.timeout(30)
def test_a_slow_pdf_past_the_import_deadline_is_one_line_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "cv.pdf"
    path.write_bytes(no_op_pdf())
    started = time.monotonic()
    with pytest.raises(FormatError) as refused:
        read_resume(path, seconds=1)
    assert time.monotonic() - started < 6
    message = str(refused.value)
    assert message.startswith("cv.pdf: took longer than 1 s to read; it may be damaged")
    assert "print it to a new PDF" in message and "\n" not in message


def test_an_import_that_is_cancelled_stops_its_worker(tmp_path: Path) -> None:
    path = tmp_path / "cv.pdf"
    path.write_bytes(no_op_pdf())
    call = start_reading(path)
    time.sleep(0.3)
    assert not call.poll()
    call.cancel()
    assert call.poll() and _gone(call.pid)


def test_a_readers_own_error_comes_back_as_its_one_line(tmp_path: Path) -> None:
    path = tmp_path / "cv.docx"
    path.write_bytes(b"%PDF-1.4 not a word document %%EOF")
    with pytest.raises(FormatError, match=r"^cv\.docx: this file is a PDF, not a Word document"):
        read_resume(path)


def test_a_good_pdf_reads_the_same_through_the_worker() -> None:
    fixture = Path(__file__).parent / "engine_pdfs" / "basic-typst.pdf"
    assert read_resume(fixture).header.name == "Jordan Rivera"
