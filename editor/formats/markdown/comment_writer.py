"""Putting private notes (HTML comments) back into the Markdown the resume and letter writers made.

Why after writing rather than while: the writer rewrites every line in canonical form, so a
comment cannot keep its column. It keeps its text exactly and its place among the elements: a
comment on its own lines goes before the element that followed it, an inline one at the end
of the line of the element it was typed in. The written text is read once more to learn where
each element landed (the round trip gives the same elements in the same order).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable
from itertools import accumulate

from editor.formats.markdown.comments import CLOSE
from editor.formats.markdown.lines import FRONT_MATTER_FENCE
from editor.formats.markdown.reader import read_markdown
from editor.model import BulletList, Comment, Entry, Header, Paragraph, Resume, Span
from editor.model.letter import Letter

Lines = tuple[int, int]  # first and last line of an element (1-based)


def place_comments(written: str, resume: Resume) -> str:
    """`written` (the writer's text for `resume`) with `resume.comments` put back."""
    if not resume.comments:
        return written
    elements = zip(resume_elements(resume), resume_elements(read_markdown(written)), strict=False)
    return place_among(written, resume.comments, bool(resume.settings), elements)


def place_among(
    written: str, comments: tuple[Comment, ...], has_settings: bool, elements: Iterable[tuple[Lines | None, ...]]
) -> str:
    """`written` with `comments` put back, given each element's (typed, written) lines, in any order."""
    lines = written.split("\n")
    first_free = _after_front_matter(lines) if has_settings else 0
    landing = _Landing([(old, new) for old, new in elements if old is not None and new is not None])
    placed: dict[tuple[int, int], list[str]] = defaultdict(list)  # (line index, 0 before it / 1 at its end)
    last = (first_free, 0)
    unclosed = ""
    for comment in comments:
        span = comment.span or Span(len(lines), 0, len(lines), 0)
        if not comment.text.endswith(CLOSE):
            unclosed = comment.text  # it runs to the end of the text, so it goes last
            continue
        target = landing.inline_target(span.line) if comment.inline else None
        above = landing.insert_before(span.end_line, len(lines) - 1)
        where = (target, 1) if target is not None else (landing.above_unowned(lines, above, first_free), 0)
        last = max(where, last)  # never before an earlier comment: their order is kept
        if last[1] == 1 and "\n" in "".join(placed[last][-1:]):
            last = (landing.next_element(last[0], len(lines) - 1), 0)  # as the reader will see it: on its own
        placed[last].append(comment.text)
    out = []
    for index, line in enumerate(lines):
        out.extend(placed.get((index, 0), ()))
        out.append(" ".join([line, *placed[index, 1]]) if (index, 1) in placed else line)
    return "\n".join(out) + unclosed


def _after_front_matter(lines: list[str]) -> int:
    """The index of the first line after the written front matter block."""
    closing = lines.index(FRONT_MATTER_FENCE, 1) if FRONT_MATTER_FENCE in lines[1:] else 0
    return closing + 1


class _Landing:
    """Where the elements were typed and where they were written, sorted for binary search."""

    def __init__(self, known: list[tuple[Lines, Lines]]) -> None:
        self.pairs = sorted(known, key=lambda pair: pair[0][0])  # stable: model order among equals
        self.typed = [old[0] for old, _ in self.pairs]
        self.written = sorted(new[0] - 1 for _, new in known)
        self.owned = {line - 1 for _, new in known for line in range(new[0], new[1] + 1)}
        # the highest written line among the elements from each pair on (0-based)
        self.first_after = list(accumulate(reversed([new[0] - 1 for _, new in self.pairs]), min))[::-1]

    def inline_target(self, line: int) -> int | None:
        """The written line (0-based) of the element typed on or last before `line`."""
        index = bisect_right(self.typed, line) - 1
        if index < 0:
            return None
        old, new = self.pairs[bisect_left(self.typed, self.typed[index])]
        return new[0] + min(line - old[0], new[1] - new[0]) - 1

    def insert_before(self, line: int, end: int) -> int:
        """The written line (0-based) above every element typed after `line`, else `end`.

        Why above every one: the writer may put them in another order (a letterhead's name typed
        under its headline is written first), and a note between them would split their block.
        """
        index = bisect_right(self.typed, line)
        return self.first_after[index] if index < len(self.pairs) else end

    def above_unowned(self, lines: list[str], index: int, top: int) -> int:
        """`index`, or higher while the line above it is text of no element (an empty `#` the writer
        added): a note between them would split their block in two."""
        while index > top and lines[index - 1].strip() and index - 1 not in self.owned:
            index -= 1
        return index

    def next_element(self, index: int, end: int) -> int:
        """The written line (0-based) of the first element written below line `index`, else `end`."""
        found = bisect_right(self.written, index)
        return self.written[found] if found < len(self.written) else end


def element_lines(span: Span | None) -> Lines | None:
    return (span.line, span.end_line) if span is not None else None


def header_elements(header: Header) -> list[Lines | None]:
    """The lines of the name, each headline line and each contact item."""
    found = [element_lines(header.name_span)]
    for text in header.headline:
        spans = [run.span for run in text if run.span is not None]
        found.append((spans[0].line, spans[-1].end_line) if spans else None)
    return found + [element_lines(item.span) for item in header.contacts]


def resume_elements(resume: Resume) -> list[Lines | None]:
    """The lines of every element in model order: header, headings, paragraphs, bullets."""
    found = header_elements(resume.header)
    for section in resume.sections:
        found.append((section.span.line, section.span.line) if section.span else None)
        for item in section.items:
            if isinstance(item, Entry):
                found.append((item.span.line, item.span.line) if item.span else None)
            found += block_elements(item.blocks if isinstance(item, Entry) else (item,))
    return found


def block_elements(blocks: tuple[Paragraph | BulletList, ...]) -> list[Lines | None]:
    """The lines of each paragraph and each bullet."""
    found: list[Lines | None] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            found.append(element_lines(block.span))
        else:
            found += [element_lines(bullet.span) for bullet in block.items]
    return found


def letter_elements(letter: Letter) -> list[Lines | None]:
    """The lines of every part of a cover letter in model order."""
    lines = [letter.date, *letter.recipient, letter.subject, letter.salutation]
    found = header_elements(letter.header) + [element_lines(line.span) if line else None for line in lines]
    found += block_elements(letter.body)
    ending = (letter.closing, *letter.signature, *letter.postscript)
    return found + [element_lines(line.span) for line in ending if line]
