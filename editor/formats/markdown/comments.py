"""HTML comments in resume Markdown: private notes that stay in the text and never print.

Why masking: each comment is replaced by spaces (line breaks kept) before the text is read, so
no paragraph, bullet or field can contain it, and every other element keeps the line and
column it was typed at. The comments travel beside the sections in `Resume.comments`, for the
Markdown writer alone. A `<!--` never closed hides the rest of the text, with a problem saying
so: a note must not reach a recruiter because a `-->` was forgotten.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from editor.model import BulletList, Comment, Entry, Paragraph, Problem, Resume, Span, Text
from editor.model.letter import Letter

OPEN = "<!--"
CLOSE = "-->"
_SPACES = re.compile(r" {2,}")
_LETTER_LINES = ("date", "subject", "salutation", "closing")  # a letter's one-paragraph parts


@dataclass(frozen=True)
class MaskedText:
    """The text with its comments blanked out, the comments in order, and problems found."""

    text: str
    comments: tuple[Comment, ...]
    problems: tuple[Problem, ...]


def mask_comments(text: str) -> MaskedText:
    """Blank out every `<!-- … -->` not escaped with a backslash; see the module docstring."""
    if OPEN not in text:
        return MaskedText(text, (), ())
    line_starts = [0, *(match.end() for match in re.finditer(r"\r\n|\r|\n", text))]
    pieces: list[str] = []
    found: list[tuple[str, Span]] = []
    problems: list[Problem] = []
    position = 0
    while (start := _next_open(text, position)) >= 0:
        close = text.find(CLOSE, start + 2)  # `<!-->` and `<!--->` are (empty) comments, as in CommonMark
        end = len(text) if close < 0 else close + len(CLOSE)
        pieces += [text[position:start], re.sub(r"[^\r\n]", " ", text[start:end])]
        span = Span(*_position(line_starts, start), *_position(line_starts, end))
        found.append((text[start:end].replace("\r\n", "\n").replace("\r", "\n"), span))
        if close < 0:
            message = f"line {span.line}: '<!--' is never closed with '-->': nothing after it is printed"
            problems.append(Problem(span.line, message))
        position = end
    masked = "".join([*pieces, text[position:]])
    lines = masked.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    comments = tuple(
        Comment(comment, _shares_a_line(lines[span.line - 1], lines[span.end_line - 1], span), span)
        for comment, span in found
    )
    return MaskedText(masked, comments, tuple(problems))


def _shares_a_line(first: str, last: str, span: Span) -> bool:
    """Whether printed text sits before the comment on its first line or after it on its last."""
    return bool(first[: span.column].strip() or last[span.end_column :].strip())


def with_comments(resume: Resume, masked: MaskedText) -> Resume:
    """`resume` read from `masked.text`, given its comments, problems and no gap where an inline one was.

    Why not in the header: there the reader tells a contact line from a headline by its spacing
    (several spaces separate contact items), so a headline keeps the gap as it was read.
    """
    if not masked.comments:
        return resume
    starts = _inline_starts(masked)
    return replace(
        resume,
        sections=tuple(replace(part, items=_items_without_gaps(part.items, starts)) for part in resume.sections),
        problems=_problems(resume.problems, masked),
        comments=masked.comments,
    )


def letter_with_comments(letter: Letter, masked: MaskedText) -> Letter:
    """`letter` read from `masked.text`, given its comments and problems, as `with_comments` does."""
    if not masked.comments:
        return letter
    starts = _inline_starts(masked)

    def closed(lines: tuple) -> tuple:
        return _items_without_gaps(lines, starts)

    return replace(
        letter,
        **{name: _item_without_gaps(getattr(letter, name), starts) for name in _LETTER_LINES},
        recipient=closed(letter.recipient),
        body=closed(letter.body),
        signature=closed(letter.signature),
        postscript=closed(letter.postscript),
        problems=_problems(letter.problems, masked),
        comments=masked.comments,
    )


def _inline_starts(masked: MaskedText) -> dict[int, list[Span]]:
    """Where each inline comment starts, by line."""
    starts: dict[int, list[Span]] = {}
    for comment in masked.comments:
        if comment.inline and comment.span is not None:
            starts.setdefault(comment.span.line, []).append(comment.span)
    return starts


def _problems(found: tuple[Problem, ...], masked: MaskedText) -> tuple[Problem, ...]:
    return tuple(sorted((*found, *masked.problems), key=lambda problem: problem.line))


def _next_open(text: str, start: int) -> int:
    """Where the next comment opens; a `\\<!--` (an odd run of backslashes before it) is text."""
    while (found := text.find(OPEN, start)) >= 0:
        before = found
        while before > 0 and text[before - 1] == "\\":
            before -= 1
        if (found - before) % 2 == 0:
            return found
        start = found + 1
    return -1


def _position(line_starts: list[int], offset: int) -> tuple[int, int]:
    """1-based line and 0-based column of `offset`, given where each line starts."""
    index = bisect_right(line_starts, offset) - 1
    return index + 1, offset - line_starts[index]


def _covers(span: Span | None, at: Span) -> bool:
    return span is not None and (span.line, span.column) <= (at.line, at.column) <= (span.end_line, span.end_column)


def _covering(span: Span | None, starts: dict[int, list[Span]]) -> bool:
    """Whether an inline comment starts inside `span` (looked up by line: linear in the text)."""
    if span is None:
        return False
    return any(_covers(span, at) for line in range(span.line, span.end_line + 1) for at in starts.get(line, ()))


def _without_gaps(text: Text, starts: dict[int, list[Span]]) -> Text:
    """Runs where an inline comment was, with its blanked-out gap closed to one space."""
    return tuple(replace(run, text=_SPACES.sub(" ", run.text)) if _covering(run.span, starts) else run for run in text)


def _items_without_gaps(items: tuple, starts: dict[int, list[Span]]) -> tuple:
    """Paragraphs and bullets (in entries too) with their comment gaps closed."""
    return tuple(_item_without_gaps(item, starts) for item in items)


def _item_without_gaps(item: object, starts: dict[int, list[Span]]) -> object:
    if isinstance(item, Entry):
        return replace(item, blocks=_items_without_gaps(item.blocks, starts))
    if isinstance(item, Paragraph):
        return replace(item, text=_without_gaps(item.text, starts))
    if isinstance(item, BulletList):
        bullets = tuple(replace(bullet, text=_without_gaps(bullet.text, starts)) for bullet in item.items)
        return replace(item, items=bullets)
    return item
