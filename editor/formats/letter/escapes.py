"""Line escapes: a backslash before the first letter of a letter line keeps that line plain text.

Why: a letter's parts are found by what a line says ("Best" is a closing, "Re: x" a subject,
"November 26, 2026" the date), so a postscript that says "Best" or a letterhead line that
says "Re: …" would be read back as another part. The writer puts a backslash before the first
letter or digit of such a line (`\\Best`); no recogniser matches a line that starts with one,
and the reader drops it, so the line prints as typed. A backslash before a letter is literal
text in the resume dialect, so the escape cannot clash with one: the writer spells a literal
backslash as `\\\\`.
"""

from __future__ import annotations

from dataclasses import replace

from editor.formats.markdown.inline import Flat, Piece, parse_pieces
from editor.formats.markdown.lines import Line

LINE_ESCAPE = "\\"


def line_escapes(pieces: list[Piece]) -> set[int]:
    """Source offsets of line escapes: an unescaped backslash, first non-blank character of its line, before a
    letter or digit."""
    found: set[int] = set()
    at_start = True
    for piece in pieces:
        for index, character in enumerate(piece.text):
            if character == "\n":
                at_start = True
            elif at_start and not character.isspace():
                at_start = False
                if character == LINE_ESCAPE and not piece.escaped and piece.text[index + 1 : index + 2].isalnum():
                    found.add(piece.start + index)
    return found


def without_line_escapes(pieces: list[Piece]) -> list[Piece]:
    """The pieces of a paragraph with the backslash of each line escape left out."""
    escapes = line_escapes(pieces)
    if not escapes:
        return pieces
    kept: list[Piece] = []
    for piece in pieces:
        cuts = sorted(offset for offset in escapes if piece.start <= offset < piece.end)
        if not cuts:
            kept.append(piece)
            continue
        begin = piece.start  # an unescaped piece: its text is its source, one character per offset
        for cut in [*cuts, piece.end]:
            if cut > begin:
                text = piece.text[begin - piece.start : cut - piece.start]
                kept.append(replace(piece, text=text, start=begin, end=cut))
            begin = cut + 1
    return kept


def unescaped_source(line: Line) -> str:
    """The line's text with its line escape's backslash moved to the front as a space, so every column after it
    stays where it was (what the resume reader is given for a letterhead line)."""
    escapes = line_escapes(parse_pieces(line.text, line.start, line.end)[0])
    if not escapes:
        return line.text
    column = escapes.pop()
    return " " + line.text[:column] + line.text[column + 1 :]


def escape_line(line: Line) -> str:
    """The line with a line escape before its first letter or digit."""
    flat = Flat.of(parse_pieces(line.text, line.start, line.end)[0])
    first = next(index for index, character in enumerate(flat.text) if not character.isspace())
    column = flat.offsets[first]
    return line.text[:column] + LINE_ESCAPE + line.text[column:]
