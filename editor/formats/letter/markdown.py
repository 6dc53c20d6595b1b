"""Read and write cover-letter Markdown, the resume dialect's sibling (docs: the module docstring below).

A letter is blocks separated by blank lines, in business-letter order::

    ---
    kind: letter            # marks the file as a letter (template, paper, jd, resume as for resumes)
    ---
    # Maria Delgado         # the letterhead: `# Name`, then headline and contact lines
    Seattle, WA · (206) 555-0147 · maria@example.com

    November 26, 2026       # a full date ("Date:" in front is allowed)

    Hiring Manager          # the recipient, one line each
    BrightPath Home Internet

    Re: Customer Support Team Lead    # optional subject line ("Subject:" works too)

    Dear Hiring Manager,    # the salutation: Dear/Hello/Hi/To whom it may concern …

    Body paragraphs, with **bold**, *italic*, [links](https://…) and `-` bullet lists.

    Sincerely,              # the closing, then the signature lines right under it
    Maria Delgado

    Enclosure: resume       # anything after the signature is a postscript

Which block is which is decided by content: the first full date is the date, the first
"Re:" line the subject, the first "Dear …," line the salutation and the last closing phrase
after it the closing; the other lines above the salutation are the recipient. Without a
salutation the body starts at the first block of sentences. Reading never raises; missing
parts are reported as problems with the line they belong at.

A line that would read as another part keeps its place with a backslash before its first
letter (`\\Best` under the signature, `\\Re: …` in the letterhead); it prints without it.
"""

from __future__ import annotations

from dataclasses import replace
from enum import Enum, auto

from editor.formats.letter.escapes import escape_line, unescaped_source, without_line_escapes
from editor.formats.letter.lines import (
    date_start,
    is_closing,
    is_salutation,
    is_signature_block,
    subject_start,
)
from editor.formats.markdown.comment_writer import letter_elements, place_among
from editor.formats.markdown.comments import letter_with_comments, mask_comments
from editor.formats.markdown.contacts import read_contact_line
from editor.formats.markdown.inline import Flat, parse_pieces, pieces_to_text
from editor.formats.markdown.inline_writer import write_text
from editor.formats.markdown.lines import (
    FRONT_MATTER_FENCE,
    Line,
    LineKind,
    Segments,
    classify,
    format_setting,
    is_setext_name_underline,
    needs_line_escape,
    read_front_matter,
    split_lines,
)
from editor.formats.markdown.reader import read_markdown
from editor.formats.markdown.writer import write_markdown
from editor.model import (
    Block,
    Bullet,
    BulletList,
    ContactKind,
    Header,
    Paragraph,
    Problem,
    Resume,
    Run,
    Severity,
    Span,
)
from editor.model.letter import Letter, missing_parts

NESTED_INDENT = 2
PROSE_WORDS = 10  # a line this long is a sentence of the body, not an address line
SUBJECT_LABEL = "Re: "
_IDENTIFYING = (ContactKind.EMAIL, ContactKind.PHONE, ContactKind.URL)


class _Place(Enum):
    """Where the writer puts a line that is none of the named parts, for `_misread`."""

    HEAD = auto()  # a letterhead line under the name
    FRONT = auto()  # a recipient line, above the salutation
    BODY = auto()  # a paragraph or bullet between salutation and closing
    TAIL = auto()  # a signature or postscript line, under the closing


def read_letter(text: str) -> Letter:
    """The cover letter in `text`; never raises, problems are reported in `Letter.problems`.

    HTML comments are private notes, as in a resume: blanked out, kept in `Letter.comments`.
    """
    masked = mask_comments(text)
    return letter_with_comments(_LetterReader(masked.text).read(), masked)


def plain_line(line: Line) -> Flat:
    """A line's characters as read (markup gone, escapes resolved), each with its source column.

    Why the recognisers read this and not the typed characters: the writer may spell markup
    differently ("__a__" becomes "**a**"), and a part must be recognised the same either way.
    """
    pieces, _ = parse_pieces(line.text, line.start, line.end)
    return Flat.of(pieces)


def _paragraph(lines: list[Line]) -> Paragraph:
    """Lines of one paragraph joined as the resume reader joins them (a line break reads as a space)."""
    parts = [(line.number, line.start, line.content) for line in lines if line.content]
    segments = Segments(parts or [(lines[0].number, lines[0].start, "")])
    pieces, _ = parse_pieces(segments.text)
    return Paragraph(pieces_to_text(without_line_escapes(pieces), segments.span), segments.whole())


def _after_label(line: Line, flat: Flat, start: int) -> Paragraph:
    """The line from plain character `start` on: a date or subject without its "Date:" or "Re:".

    The runs of the whole line are cut, not the source re-read from `start`: emphasis opened
    before the cut must keep its meaning ("*November 26, 2026*" stays one italic date).
    """
    column = flat.offsets[start] if start < len(flat.offsets) else line.end
    kept: list[Run] = []
    skip = start
    for run in _paragraph([line]).text:
        if skip >= len(run.text):
            skip -= len(run.text)
            continue
        span = run.span
        if skip and span is not None:
            span = Span(span.line, column, span.end_line, span.end_column)
        kept.append(Run(run.text[skip:], run.bold, run.italic, run.link, span))
        skip = 0
    return Paragraph(tuple(kept), Span.on_line(line.number, column, line.end))


class _LetterReader:
    """Splits the text into blocks, takes the letterhead off the top, then finds each part by content."""

    def __init__(self, text: str) -> None:
        raw = split_lines(text)
        self.settings, first, problems = read_front_matter(raw)
        self.problems: list[Problem] = list(problems)
        self.raw = raw
        self.blocks: list[list[Line]] = [[]]
        for number in range(first + 1, len(raw) + 1):
            line = classify(number, raw[number - 1])
            if line.kind in (LineKind.BLANK, LineKind.RULE):
                self.blocks.append([])
            else:
                self.blocks[-1].append(line)
        self.blocks = [block for block in self.blocks if block]

    def problem(self, line: int, message: str, severity: Severity = Severity.WARNING) -> None:
        self.problems.append(Problem(line, f"line {line}: {message}", severity))

    def read(self) -> Letter:
        header = self._header()
        self.blocks = [[text for line in block if (text := self._as_text(line)) is not None] for block in self.blocks]
        self.blocks = [block for block in self.blocks if block]
        lines = [line for block in self.blocks for line in block]
        starts = {block[0].number for block in self.blocks}
        plain = [plain_line(line).text for line in lines]
        salutation_at = next((index for index, text in enumerate(plain) if is_salutation(text)), None)
        after = salutation_at + 1 if salutation_at is not None else 0
        closing_at = next((index for index in reversed(range(after, len(lines))) if is_closing(plain[index])), None)
        end = closing_at if closing_at is not None else len(lines)
        body_at = after if salutation_at is not None else _prose_start(lines[:end], plain, starts)
        letter = Letter(
            header=header,
            salutation=_paragraph([lines[salutation_at]]) if salutation_at is not None else None,
            body=tuple(_blocks(_split(lines[body_at:end], starts))),
            closing=_paragraph([lines[closing_at]]) if closing_at is not None else None,
            settings=dict(self.settings),
        )
        letter = replace(letter, **self._front(lines[: salutation_at if salutation_at is not None else body_at]))
        if closing_at is not None:
            letter = replace(letter, **self._signature(lines[closing_at + 1 :], starts))
        for line, message in missing_parts(letter, self.blocks[0][0].number if self.blocks else len(self.raw)):
            self.problem(line, message)
        return replace(letter, problems=tuple(sorted(self.problems, key=lambda problem: problem.line)))

    def _header(self) -> Header:
        """The first block when it is a letterhead (`# Name`, or a name over a contact line), up to a date
        or salutation typed without a blank line before it."""
        if not self.blocks:
            return Header()
        block = self.blocks[0]
        cut = next((index for index, line in enumerate(block) if _starts_letter(line)), len(block))
        head = block[:cut]
        if not head or not _is_letterhead(head):
            return Header()
        self.blocks[0] = block[cut:]
        self.blocks = [block for block in self.blocks if block]
        sources = {line.number: unescaped_source(line) for line in head}
        text = "\n".join(sources.get(number, "") for number in range(1, len(self.raw) + 1))
        resume = read_markdown(text)
        for problem in resume.problems:
            self.problems.append(Problem(problem.line, problem.message.replace("resume", "letter"), problem.severity))
        return resume.header

    def _as_text(self, line: Line) -> Line | None:
        """Headings other than the name are text in a letter (with a note); a lone '#' or '-' is nothing."""
        if line.kind is LineKind.HEADING:
            self.problem(line.number, "a letter has no headings; this line is read as text", Severity.INFO)
            line = Line(line.number, line.text, LineKind.TEXT, line.start, line.end)
        return line if line.content else None

    def _front(self, lines: list[Line]) -> dict[str, object]:
        """The date, the subject and the recipient lines above the salutation."""
        found: dict[str, object] = {"date": None, "subject": None}
        recipient = []
        for line in lines:
            flat = plain_line(line)
            if found["date"] is None and (start := date_start(flat.text)) is not None:
                found["date"] = _after_label(line, flat, start)
            elif found["subject"] is None and (start := subject_start(flat.text)) is not None:
                found["subject"] = _after_label(line, flat, start)
            else:
                recipient.append(_paragraph([line]))
        return {**found, "recipient": tuple(recipient)}

    def _signature(self, lines: list[Line], starts: set[int]) -> dict[str, object]:
        """Signature lines right under the closing (or the short block after it), then the postscript."""
        groups = _split(lines, starts)
        under_closing = bool(lines) and lines[0].number not in starts
        signature: list[Line] = []
        if under_closing or (groups and is_signature_block([plain_line(line).text for line in groups[0]])):
            signature = groups.pop(0)
        return {
            "signature": tuple(_paragraph([line]) for line in signature),
            "postscript": tuple(_paragraph(group) for group in groups),
        }


def _prose_start(lines: list[Line], plain: list[str], starts: set[int]) -> int:
    """Where a letter without salutation starts: the paragraph or list holding its first sentence.

    Why a long line and not a long paragraph: the lines above the body are written back one
    per line, so a line-based test gives the same answer when the written letter is read again.
    A subject's words are counted without its label, which the writer spells "Re: " whatever was typed.
    """
    words = [len(text[subject_start(text) or 0 :].split()) for text in plain]
    prose = next((index for index in range(len(lines)) if words[index] >= PROSE_WORDS), None)
    if prose is None:
        return len(lines)
    start = prose
    while start > 0 and lines[start].number not in starts:
        start -= 1
    first_bullet = next((index for index in range(start, prose + 1) if lines[index].kind is LineKind.BULLET), None)
    return first_bullet if first_bullet is not None else start


def _starts_letter(line: Line) -> bool:
    """A date, subject or salutation line, where the letterhead ends (never the name or a contact line)."""
    if line.kind is LineKind.HEADING:
        return False
    plain = plain_line(line).text
    if date_start(plain) is None and subject_start(plain) is None and not is_salutation(plain):
        return False
    return read_contact_line(line.text, line.start, line.end, below_header_line=False) is None


def _is_letterhead(lines: list[Line]) -> bool:
    if any(line.kind is LineKind.HEADING and line.level == 1 for line in lines):
        return True
    if len(lines) > 1 and is_setext_name_underline(lines[1]):
        return True
    for line in lines[1:]:
        items = read_contact_line(line.text, line.start, line.end, below_header_line=True) or []
        if any(item.kind in _IDENTIFYING for item in items):
            return True
    return False


def _split(lines: list[Line], starts: set[int]) -> list[list[Line]]:
    """Lines regrouped into their blocks (a block starts at a line that opened one in the text)."""
    groups: list[list[Line]] = []
    for line in lines:
        if line.number in starts or not groups:
            groups.append([])
        groups[-1].append(line)
    return groups


def _blocks(groups: list[list[Line]]) -> list[Block]:
    """Body blocks: runs of text lines are paragraphs, `-` lines (with their wrapped lines) lists."""
    blocks: list[Block] = []
    for group in groups:
        first_bullet = next((index for index, line in enumerate(group) if line.kind is LineKind.BULLET), len(group))
        if first_bullet:
            blocks.append(_paragraph(group[:first_bullet]))
        items: list[list[Line]] = []
        for line in group[first_bullet:]:
            if line.kind is LineKind.BULLET:
                items.append([line])
            else:
                items[-1].append(line)
        if items:
            base = items[0][0].level
            bullets = []
            for item in items:
                text = _paragraph(item)
                bullets.append(Bullet(text.text, 1 if item[0].level >= base + NESTED_INDENT else 0, text.span))
            first, last = bullets[0].span, bullets[-1].span
            blocks.append(BulletList(tuple(bullets), Span(first.line, first.column, last.end_line, last.end_column)))
    return blocks


# -- writing ---------------------------------------------------------------------------------------


def write_letter(letter: Letter) -> str:
    """The letter as canonical letter Markdown that `read_letter` reads back to an equal letter.

    Any line the reader would take for another part at its place gets a line escape (`escapes`).
    """
    parts: list[str] = []
    header = letter.header
    has_header = bool(header.name or header.headline or header.contacts)
    if has_header:
        name, *lines = write_markdown(Resume(header=header)).strip("\n").split("\n")
        parts.append("\n".join([name, *(_unambiguous(line, _Place.HEAD, letter) for line in lines)]))
    if letter.date is not None:
        parts.append(_line(letter.date))
    parts.append("\n".join(_unambiguous(_line(line), _Place.FRONT, letter) for line in letter.recipient))
    if letter.subject is not None:
        parts.append(SUBJECT_LABEL + write_text(letter.subject.text))
    if letter.salutation is not None:
        parts.append(_line(letter.salutation))
    parts.extend(_block(block, letter) for block in letter.body)
    if letter.closing is not None:
        signature = (_unambiguous(_line(line), _Place.TAIL, letter) for line in letter.signature)
        parts.append("\n".join([_line(letter.closing), *signature]))
    parts.extend(_unambiguous(_line(paragraph), _Place.TAIL, letter) for paragraph in letter.postscript)
    parts = [part for part in parts if part]
    if parts and not has_header and _reads_as_letterhead(parts[0]):
        parts.insert(0, "#")  # an empty letterhead, so the recipient is not taken for the sender
    if letter.settings:
        settings = "\n".join(format_setting(key, value) for key, value in letter.settings.items())
        parts.insert(0, f"{FRONT_MATTER_FENCE}\n{settings}\n{FRONT_MATTER_FENCE}")
    written = "\n\n".join(parts) + "\n" if parts else ""
    if not letter.comments:
        return written
    elements = zip(letter_elements(letter), letter_elements(read_letter(written)), strict=False)
    return place_among(written, letter.comments, bool(letter.settings), elements)


def _reads_as_letterhead(block: str) -> bool:
    lines = [classify(number, text) for number, text in enumerate(block.split("\n"), start=1)]
    head = lines[: next((index for index, line in enumerate(lines) if _starts_letter(line)), len(lines))]
    return bool(head) and _is_letterhead(head)


def _line(paragraph: Paragraph) -> str:
    """One line of text, with a backslash where it would otherwise read as a heading, bullet or rule."""
    line = write_text(paragraph.text).lstrip()
    if not needs_line_escape(line):
        return line
    digits = len(line) - len(line.lstrip("0123456789"))
    return f"{line[:digits]}\\{line[digits:]}"


def _block(block: Block, letter: Letter) -> str:
    if isinstance(block, Paragraph):
        return _unambiguous(_line(block), _Place.BODY, letter)
    return "\n".join(_unambiguous(_bullet(item), _Place.BODY, letter) for item in block.items)


def _bullet(bullet: Bullet) -> str:
    prefix = "  " if bullet.level else ""
    content = write_text(bullet.text)
    line = f"{prefix}- {content}".rstrip()
    if classify(1, line).kind is not LineKind.BULLET:
        line = f"{prefix}- \\{content}"
    return line


def _unambiguous(text: str, place: _Place, letter: Letter) -> str:
    """The written line, with a line escape when the reader would take it for another part where it stands."""
    line = classify(1, text)
    return escape_line(line) if _misread(line, place, letter) else text


def _misread(line: Line, place: _Place, letter: Letter) -> bool:
    """True when a recogniser would read this line at `place` as the date, subject, salutation or closing.

    The reader's order decides: a letterhead ends at the first date, subject or salutation line;
    the first date and subject above the salutation are those; the first salutation anywhere is
    the salutation; the last closing after it is the closing.
    """
    if place is _Place.HEAD:
        return _starts_letter(line)
    content = plain_line(line).text
    if is_salutation(content) and (place is _Place.FRONT or letter.salutation is None):
        return True
    searched = place is not _Place.FRONT or letter.salutation is None  # closings are looked for below the salutation
    if is_closing(content) and searched and (place is _Place.TAIL or letter.closing is None):
        return True
    if place is not _Place.FRONT:
        return False
    return subject_start(content) is not None or (letter.date is None and date_start(content) is not None)
