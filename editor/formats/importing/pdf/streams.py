"""How many bytes each stream of a PDF decodes to, found without ever holding more than a limit.

Why by hand: pdfminer decodes a stream in full when it reads it, whatever its filters
(`/FlateDecode` with any zlib window, `[/ASCIIHexDecode /FlateDecode]`, LZW, run length), so a
40 KB bomb would take gigabytes before a parser could complain. Here every filter chain
pdfminer would run is run with a cap, and a stream that passes it costs at most the cap.
"""

from __future__ import annotations

import logging
import re
import zlib
from collections.abc import Callable, Iterator
from io import BytesIO

from pdfminer.ascii85 import ascii85decode, asciihexdecode
from pdfminer.lzw import LZWDecoder

from editor.formats.importing.reader_notes import DAMAGE_LOG, DAMAGED_STREAM

_STREAM = re.compile(rb"(?<!end)stream\r?\n")
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[^\s/\[\]<>()]+|\d+\s+\d+\s+R)")
_NAME = re.compile(rb"/([^\s/\[\]<>()]+)")
_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_DICTIONARY_REACH = 4096  # bytes before `stream` searched for the stream's dictionary
_INPUT_STEP = 64 * 1024
_damage = logging.getLogger(DAMAGE_LOG)


def _inflate(data: bytes, cap: int) -> bytes:
    """What zlib inflates `data` to (any window size), stopped past `cap`. Each call either
    consumes input or fills the output, so the loop cannot spin (a finished stream with bytes
    left over stops it). A broken or cut stream counts what came before the break (`_broken`)."""
    inflater = zlib.decompressobj()
    out = bytearray()
    for start in range(0, len(data), _INPUT_STEP):
        pending = data[start : start + _INPUT_STEP]
        while pending and not inflater.eof and len(out) <= cap:
            try:
                produced = inflater.decompress(pending, cap + 1 - len(out))
            except zlib.error:
                return _broken(out)
            if not produced and len(inflater.unconsumed_tail) == len(pending):
                return _broken(out)
            out += produced
            pending = inflater.unconsumed_tail
        if inflater.eof or len(out) > cap:
            break
    return bytes(out) if inflater.eof or len(out) > cap else _broken(out)


def _broken(out: bytearray) -> bytes:
    """What a damaged stream held before the break, logged: pdfminer keeps that part without a
    word, so any text after the break is silently missing from the import."""
    _damage.warning(DAMAGED_STREAM)
    return bytes(out)


def _lzw(data: bytes, cap: int) -> bytes:
    out = bytearray()
    for piece in LZWDecoder(BytesIO(data)).run():
        out += piece
        if len(out) > cap:
            break
    return bytes(out)


def _run_length(data: bytes, cap: int) -> bytes:
    """PDF 1.7 §7.4.5: a length byte n < 128 copies n + 1 bytes, n > 128 repeats one byte 257 − n times."""
    out = bytearray()
    index = 0
    while index < len(data) and len(out) <= cap and data[index] != 128:
        length = data[index]
        if length < 128:
            out += data[index + 1 : index + 2 + length]
            index += length + 2
        else:
            out += data[index + 1 : index + 2] * (257 - length)
            index += 2
    return bytes(out)


def _unbounded(decode: Callable[[bytes], bytes]) -> Callable[[bytes, int], bytes]:
    """A filter whose output is at most four times its input (which the file size bounds)."""
    return lambda data, cap: decode(data)[: cap + 1]


_DECODERS: dict[bytes, Callable[[bytes, int], bytes]] = {
    b"FlateDecode": _inflate,
    b"Fl": _inflate,
    b"LZWDecode": _lzw,
    b"LZW": _lzw,
    b"RunLengthDecode": _run_length,
    b"RL": _run_length,
    b"ASCIIHexDecode": _unbounded(asciihexdecode),
    b"AHx": _unbounded(asciihexdecode),
    b"ASCII85Decode": _unbounded(ascii85decode),
    b"A85": _unbounded(ascii85decode),
}


def decoded_sizes(data: bytes, cap: int) -> Iterator[int]:
    """For each filtered stream of the PDF, the bytes its filter chain decodes to (more than
    `cap` means "over the cap"). Images (DCT, JPX, CCITT) end the chain: text reading leaves them be."""
    for match in _STREAM.finditer(data):
        filters = _filters(data, match.start())
        if not filters or filters[0] not in _DECODERS:
            continue
        start = match.end()
        end = data.find(b"endstream", start)
        decoded = data[start : end if end > 0 else len(data)]
        for name in filters:
            decode = _DECODERS.get(name)
            if decode is None:
                break
            try:
                decoded = decode(decoded, cap)
            except (ValueError, EOFError):
                decoded = b""  # pdfminer stops at damaged data the same way
            if len(decoded) > cap:
                break
        yield len(decoded)


def _filters(data: bytes, stream_at: int) -> list[bytes]:
    """The filter names in the dictionary before `stream` (an indirect array is looked up)."""
    head = data[max(0, stream_at - _DICTIONARY_REACH) : stream_at]
    head = head[head.rfind(b"obj") + 1 :] if b"obj" in head else head
    found = _FILTER.search(head)
    if found is None:
        return []
    value = found.group(1)
    if value.endswith(b"R"):
        number, generation = value.split()[:2]
        target = re.search(rb"\b%s\s+%s\s+obj\s*(\[[^\]]*\]|/[^\s/\[\]<>()]+)" % (number, generation), data)
        value = target.group(1) if target else b""
    return [_ESCAPE.sub(lambda hexed: bytes([int(hexed.group(1), 16)]), name) for name in _NAME.findall(value)]
