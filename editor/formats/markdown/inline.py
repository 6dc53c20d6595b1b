"""Inline Markdown of the resume dialect: emphasis, links and escapes, read into runs.

The dialect (documented in resources/help/resume-markdown.md):
* `**bold**`, `__bold__`, `*italic*`, `_italic_`, `***both***`; an underscore inside a word
  (snake_case) is a letter; a marker that is never closed stays literal text.
* `[text](url)`, `[text](<url with spaces>)`, `<https://…>`, `<name@example.com>`.
* A backslash before any punctuation or symbol makes it literal (`\\*`, `\\|`, `\\·`).

Why not CommonMark's full delimiter algorithm: the reader must be fast on every keystroke,
never fail on garbage, and agree exactly with `inline_writer` (`parse(write(runs)) == runs`);
a small deterministic rule set is easier to keep in step than the 17 rules of the spec.
Closers match openers of the same character and length; emphasis nests up to three deep.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from editor.model import Run, Span, Text

MAX_NESTING = 3

_SPECIAL = re.compile(r"[\\*_\[<]")
_DELIMITER_OR_ESCAPE = re.compile(r"\\.|\*+|_+")
_LINK = re.compile(r"\[((?:\\.|[^\[\]\\\n])+)\]\((?:<((?:\\[\\<>]|[^<>\n\\]|\\(?![\\<>]))+)>|([^()\s<>]+))\)")
_BRACKETED_ESCAPE = re.compile(r"\\([\\<>])")  # what the writer escapes inside `(<...>)`
_AUTOLINK = re.compile(r"<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>")
_AUTOLINK_TEXT = re.compile(_AUTOLINK.pattern[1:-1])


def is_escapable(character: str) -> bool:
    """Characters a backslash makes literal: punctuation and symbols, never letters, digits or spaces."""
    return not (character.isalnum() or character.isspace())


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of parsed text: `text` came from source[start:end] (an escape is two source chars)."""

    text: str
    start: int
    end: int
    bold: bool = False
    italic: bool = False
    link: str | None = None

    @property
    def escaped(self) -> bool:
        return self.end - self.start != len(self.text)

    def source_offsets(self) -> range | list[int]:
        """The source offset of each character of `text`."""
        return [self.start + 1] if self.escaped else range(self.start, self.end)


@dataclass(frozen=True, slots=True)
class _Delimiter:
    length: int
    can_open: bool


class _InlineParser:
    """One parse of `source[low:high]`; the delimiter table is built once for the whole range."""

    def __init__(self, source: str, low: int, high: int, links: bool) -> None:
        self.source = source
        self.links = links
        self.link_count = 0
        self.pieces: list[Piece] = []
        self.openers: dict[int, _Delimiter] = {}
        self.closers: dict[tuple[str, int], list[int]] = {}
        for match in _DELIMITER_OR_ESCAPE.finditer(source, low, high):
            if match.group().startswith("\\"):
                continue
            start, end = match.span()
            before = source[start - 1] if start > 0 else " "
            after = source[end] if end < len(source) else " "
            is_underscore = source[start] == "_"
            can_open = not after.isspace() and not (is_underscore and before.isalnum())
            can_close = not before.isspace() and not (is_underscore and after.isalnum())
            self.openers[start] = _Delimiter(end - start, can_open)
            if can_close:
                self.closers.setdefault((source[start], end - start), []).append(start)

    def _closer(self, character: str, length: int, after: int, high: int) -> int | None:
        positions = self.closers.get((character, length), ())
        index = bisect_left(positions, after)
        if index < len(positions) and positions[index] + length <= high:
            return positions[index]
        return None

    def parse(self, low: int, high: int, bold: bool, italic: bool, link: str | None, depth: int) -> None:
        source = self.source
        position = text_start = low

        def flush(until: int) -> None:
            if until > text_start:
                self.pieces.append(Piece(source[text_start:until], text_start, until, bold, italic, link))

        while (match := _SPECIAL.search(source, position, high)) is not None:
            index = match.start()
            character = source[index]
            if character == "\\":
                if index + 1 < high and is_escapable(source[index + 1]):
                    flush(index)
                    self.pieces.append(Piece(source[index + 1], index, index + 2, bold, italic, link))
                    position = text_start = index + 2
                else:
                    position = index + 1
                continue
            if character in "[<":
                found = self._link(index, high, bold, italic, link, depth, flush) if link is None else None
                position = found if found is not None else index + 1
                if found is not None:
                    text_start = found
                continue
            delimiter = self.openers.get(index)
            if delimiter is None:
                position = index + 1
                continue
            after = index + delimiter.length
            closer = None
            if delimiter.can_open and delimiter.length <= 3 and depth < MAX_NESTING:
                closer = self._closer(character, delimiter.length, after, high)
            if closer is None:
                position = after
                continue
            flush(index)
            strong, emphasis = delimiter.length >= 2, delimiter.length != 2
            self.parse(after, closer, bold or strong, italic or emphasis, link, depth + 1)
            position = text_start = closer + delimiter.length
        flush(high)

    def _link(self, index: int, high: int, bold: bool, italic: bool, link: str | None, depth: int, flush) -> int | None:
        if not self.links:
            return None
        source = self.source
        if source[index] == "[":
            match = _LINK.match(source, index, high)
            if match is None:
                return None
            flush(index)
            self.link_count += 1
            target = _BRACKETED_ESCAPE.sub(r"\1", match.group(2)) if match.group(2) else match.group(3)
            self.parse(match.start(1), match.end(1), bold, italic, target, depth)
            return match.end()
        match = _AUTOLINK.match(source, index, high)
        if match is None:
            return None
        flush(index)
        self.link_count += 1
        address = match.group(1)
        target = address if ":" in address else f"mailto:{address}"
        self.pieces.append(Piece(address, match.start(1), match.end(1), bold, italic, target))
        return match.end()


def parse_pieces(source: str, low: int = 0, high: int | None = None, links: bool = True) -> tuple[list[Piece], int]:
    """The pieces of `source[low:high]` and how many links it holds."""
    high = len(source) if high is None else high
    parser = _InlineParser(source, low, high, links)
    parser.parse(low, high, False, False, None, 0)
    return parser.pieces, parser.link_count


def pieces_to_text(pieces: list[Piece], locate: Callable[[int, int], Span]) -> Text:
    """Merge pieces with the same style into runs; line breaks inside a paragraph become spaces."""
    result: list[Run] = []
    group: list[Piece] = []

    def close_group() -> None:
        if group:
            text = "".join(piece.text for piece in group).replace("\n", " ")
            first = group[0]
            result.append(Run(text, first.bold, first.italic, first.link, locate(first.start, group[-1].end)))
            group.clear()

    for piece in pieces:
        if group and (piece.bold, piece.italic, piece.link) != (group[0].bold, group[0].italic, group[0].link):
            close_group()
        group.append(piece)
    close_group()
    return tuple(result)


@dataclass(frozen=True)
class Flat:
    """Plain characters of parsed pieces with each one's source offset; `protected` ones (escaped or
    inside a link) never act as separators."""

    text: str
    offsets: tuple[int, ...]
    protected: tuple[bool, ...]

    @classmethod
    def of(cls, pieces: list[Piece]) -> Flat:
        offsets: list[int] = []
        protected: list[bool] = []
        for piece in pieces:
            offsets.extend(piece.source_offsets())
            protected.extend([piece.escaped or piece.link is not None] * len(piece.text))
        return cls("".join(piece.text for piece in pieces), tuple(offsets), tuple(protected))

    def without(self, start: int, end: int) -> Flat:
        """The text with [start, end) cut out, and one space beside the cut so words stay one space apart."""
        if start > 0 and self.text[start - 1].isspace():
            start -= 1
        elif end < len(self.text) and self.text[end].isspace():
            end += 1
        keep = [*range(start), *range(end, len(self.text))]
        return Flat(
            "".join(self.text[i] for i in keep),
            tuple(self.offsets[i] for i in keep),
            tuple(self.protected[i] for i in keep),
        )

    def free(self, start: int, end: int) -> bool:
        return not any(self.protected[start:end])

    def split(self, pattern: re.Pattern[str], limit: int = 0) -> list[tuple[int, int]] | None:
        """Ranges between unprotected matches of `pattern`, or None when it does not occur."""
        ranges: list[tuple[int, int]] = []
        start = 0
        for match in pattern.finditer(self.text):
            if match.end() > match.start() and self.free(match.start(), match.end()):
                ranges.append((start, match.start()))
                start = match.end()
                if limit and len(ranges) == limit:
                    break
        if not ranges:
            return None
        ranges.append((start, len(self.text)))
        return ranges

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """[start, end) without the spaces at either end."""
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return start, end

    def field(self, start: int, end: int) -> Field:
        start, end = self.bounds(start, end)
        if start == end:
            return Field("", 0, 0)
        return Field(self.text[start:end], self.offsets[start], self.offsets[end - 1] + 1)


@dataclass(frozen=True)
class Field:
    """One field's plain text and its source offsets (end exclusive); empty fields have no place."""

    text: str
    start: int
    end: int


def is_autolink(text: str, link: str) -> bool:
    """True when `<text>` reads back as a link to `link`."""
    if not _AUTOLINK_TEXT.fullmatch(text):
        return False
    return link == (text if ":" in text else f"mailto:{text}")
