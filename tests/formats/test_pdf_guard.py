"""The PDF guard ends on every stream and counts what every filter chain decodes to; reading a
page is bounded in time even when it only parses operators that draw nothing."""

from __future__ import annotations

import binascii
import time
import zlib

import pytest

from editor.formats.errors import FormatError
from editor.formats.importing.guard import check_pdf_streams
from editor.formats.importing.pdf.chars import read_pdf_pages
from editor.formats.importing.pdf.reader import read_pdf
from tests.formats.test_hostile_files import _refused, one_page_pdf, stream

NO_OPS = b"q Q "  # save and restore the graphics state: parsed, never drawn


def flate(data: bytes, window_bits: int = 15) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, window_bits)
    return compressor.compress(data) + compressor.flush()


def zeros_bomb(window_bits: int = 15, megabytes: int = 100) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, window_bits)
    return b"".join(compressor.compress(bytes(2**20)) for _ in range(megabytes)) + compressor.flush()


def page_with_content(content: bytes, filters: bytes) -> bytes:
    return one_page_pdf(b"", extra={4: stream(content, b"/Filter " + filters)})


@pytest.mark.timeout(20)
def test_a_stream_that_ends_on_a_megabyte_with_a_byte_left_over_is_checked_at_once() -> None:
    """AltaCV's sample PDF: zlib finishes exactly at a 1 MB step with the end-of-line before
    `endstream` left over; the guard used to loop on it for ever."""
    content = flate(NO_OPS * 2**18) + b"\r"
    started = time.monotonic()
    check_pdf_streams(page_with_content(content, b"/FlateDecode"))
    assert time.monotonic() - started < 2


@pytest.mark.parametrize(
    "filters, encoded",
    [
        (b"/FlateDecode", lambda: zeros_bomb(window_bits=9)),  # a 512-byte window: the stream starts 0x18, not x
        (b"[/ASCIIHexDecode /FlateDecode]", lambda: binascii.hexlify(zeros_bomb())),
        (b"[/Fl /Fl]", lambda: flate(zeros_bomb())),
        (b"/RunLengthDecode", lambda: b"\x81\x00" * (100 * 2**20 // 128) + b"\x80"),
        (b"/Fl#61teDecode", zeros_bomb),
    ],
    ids=["small window", "hex then flate", "flate twice", "run length", "escaped name"],
)
def test_every_filter_chain_is_counted_to_what_it_inflates_to(filters: bytes, encoded) -> None:
    assert "expands to more than" in _refused(read_pdf, page_with_content(encoded(), filters))


def test_a_filter_given_by_reference_is_looked_up() -> None:
    pdf = one_page_pdf(b"", extra={4: stream(zeros_bomb(), b"/Filter 9 0 R"), 9: b"[/FlateDecode]"})
    assert "expands to more than" in _refused(read_pdf, pdf)


def test_streams_under_the_limit_pass_whatever_their_filters() -> None:
    text = b"BT /F1 12 Tf 72 700 Td (Dana Kim) Tj ET"
    pdf = page_with_content(binascii.hexlify(flate(text, window_bits=9)) + b">", b"[/AHx /FlateDecode]")
    assert read_pdf(pdf).header.name == "Dana Kim"


@pytest.mark.timeout(30)
def test_a_page_of_operators_that_draw_nothing_stops_at_the_time_budget() -> None:
    """pdfminer parses `q Q` without calling the drawing device, where the budget used to be checked."""
    pdf = page_with_content(flate(NO_OPS * 3 * 2**20), b"/FlateDecode")
    started = time.monotonic()
    with pytest.raises(FormatError, match="took more than 1 s"):
        read_pdf_pages(pdf, seconds=1)
    assert time.monotonic() - started < 3
