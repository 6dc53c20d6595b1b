"""The cover-letter document model: plain dataclasses, beside the resume model and sharing its parts.

Why a model of its own rather than a resume with one section: a business letter has parts a
resume lacks (date, recipient, salutation, closing, signature) that the writers lay out, and
the checks ask for by name ("the letter has no salutation"). Its pieces reuse the resume's
types: the sender is a `Header`, every line or paragraph is a `Paragraph` of styled runs, a
list of achievements in the body is a `BulletList`, so the inline reader, the writers' run
handling and the prose analyses work on letters unchanged.

Conventions are the resume model's: spans are 1-based lines and 0-based code-point columns and
are ignored by equality; `settings` is the front matter in order.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from editor.model.resume import Block, BulletList, Comment, Header, Paragraph, Problem, Section, SectionKind, Span

LETTER_KIND = "letter"  # the front matter's `kind:` value that marks a letter


@dataclass(frozen=True)
class Letter:
    """A cover letter in block format, top to bottom.

    `recipient` holds one paragraph per address line ("Hiring Manager", "BrightPath Home
    Internet", "Seattle, WA"); `subject` is an optional "Re: …" line (stored without "Re:");
    `body` the paragraphs and lists between the salutation and the closing; `signature` the
    lines under the closing (the name, perhaps a phone number); `postscript` what follows the
    signature after a blank line ("Enclosure: resume", "P.S. …").
    """

    header: Header = field(default_factory=Header)
    date: Paragraph | None = None
    recipient: tuple[Paragraph, ...] = ()
    subject: Paragraph | None = None
    salutation: Paragraph | None = None
    body: tuple[Block, ...] = ()
    closing: Paragraph | None = None
    signature: tuple[Paragraph, ...] = ()
    postscript: tuple[Paragraph, ...] = ()
    settings: dict[str, str] = field(default_factory=dict)
    problems: tuple[Problem, ...] = field(default=(), compare=False)
    comments: tuple[Comment, ...] = ()  # private notes, for the Markdown writer alone (see `Comment`)

    @property
    def body_paragraphs(self) -> tuple[Paragraph, ...]:
        """The body's paragraphs and list items, each as a paragraph, in reading order."""
        found: list[Paragraph] = []
        for block in self.body:
            if isinstance(block, BulletList):
                found.extend(Paragraph(item.text, item.span) for item in block.items)
            else:
                found.append(block)
        return tuple(found)


def letter_sections(letter: Letter) -> tuple[Section, ...]:
    """The letter below its letterhead as resume sections: date, recipient, then the letter itself.

    Why: the resume analyses (prose for grammar, keyword matching, the fold summary, the
    attention model's line labels) read sections; these three name the parts a reader skims
    ("date", "recipient", "letter") and the PDF writer numbers its lines by them.
    """
    letter_items: list[Paragraph | BulletList] = [part for part in (letter.subject, letter.salutation) if part]
    letter_items += letter.body
    letter_items += [part for part in (letter.closing, *letter.signature, *letter.postscript) if part]
    parts = (
        ("Date", (letter.date,) if letter.date else ()),
        ("Recipient", letter.recipient),
        ("Letter", tuple(letter_items)),
    )
    return tuple(Section(title, tuple(items), SectionKind.OTHER, _cover(items)) for title, items in parts)


def missing_parts(letter: Letter, first_line: int = 1) -> list[tuple[int, str]]:
    """What a business letter lacks, each with the line it belongs at (`first_line`: where the letter starts)."""
    body = letter.body_paragraphs
    body_line = body[0].span.line if body and body[0].span else first_line
    end_line = body[-1].span.end_line + 1 if body and body[-1].span else body_line
    found = []
    if letter.date is None:
        found.append((first_line, "the letter has no date (e.g. 'November 26, 2026' under your contact line)"))
    if not letter.recipient:
        found.append((first_line, "the letter has no recipient (the hiring manager's name, the company, its city)"))
    if letter.salutation is None:
        found.append((body_line, "the letter has no salutation (e.g. 'Dear Ms. Okafor,')"))
    if not body:
        found.append((body_line, "the letter has no body paragraphs"))
    if letter.closing is None:
        found.append((end_line, "the letter has no closing (e.g. 'Sincerely,' with your name under it)"))
    elif not letter.signature:
        span = letter.closing.span
        found.append((span.line if span else end_line, "the closing has no name under it"))
    return found


def without_spans(header: Header) -> Header:
    """A header borrowed from another document (the resume): its spans would point into that file."""
    headline = tuple(tuple(replace(run, span=None) for run in line) for line in header.headline)
    contacts = tuple(replace(item, span=None) for item in header.contacts)
    return Header(header.name, headline, contacts)


def _cover(items: tuple[Paragraph | BulletList, ...]) -> Span | None:
    spans = [item.span for item in items if item is not None and item.span is not None]
    if not spans:
        return None
    return Span(spans[0].line, spans[0].column, spans[-1].end_line, spans[-1].end_column)
