"""Read resume Markdown (the text the user edits) into the Resume model.

The dialect is documented for users in resources/help/resume-markdown.md. In short: optional front
matter, `# Name`, headline and contact lines, `## Section`, `### Title | Organization |
Location | Dates` entries, paragraphs and bullets. Nothing is dropped: text the reader does
not understand becomes paragraphs or headline lines, with a `Problem` naming its line.

Why a hand-written line reader rather than a Markdown library: every model element must carry
the span it was typed at, garbage must never raise, and the parse runs on every pause in
typing, so it has to take a few milliseconds for a two-page resume.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from editor.formats.markdown.comments import mask_comments, with_comments
from editor.formats.markdown.contacts import read_contact_line
from editor.formats.markdown.entry import ROLES, EntryHeading, read_entry_heading
from editor.formats.markdown.inline import parse_pieces, pieces_to_text
from editor.formats.markdown.lines import (
    Line,
    LineKind,
    Segments,
    classify,
    is_setext_name_underline,
    is_setext_section_underline,
    read_front_matter,
    split_lines,
)
from editor.model import (
    Block,
    Bullet,
    BulletList,
    ContactItem,
    Entry,
    Header,
    Paragraph,
    Problem,
    Resume,
    Section,
    SectionItem,
    Severity,
    Span,
    Text,
    section_kind,
)

NESTED_INDENT = 2
LONG_HEADLINE = 120
SECOND_LINE_LIMIT = 150
UNDATED_SECOND_LINE_WORDS = 8
NAME_LIMIT = 50


def read_markdown(text: str) -> Resume:
    """The resume in `text`; never raises, problems are reported in `Resume.problems`.

    HTML comments are private notes: blanked out before reading, kept in `Resume.comments`.
    """
    masked = mask_comments(text)
    return with_comments(_Reader(masked.text).read(), masked)


def _text(line: Line) -> Text:
    segments = Segments.of_line(line)
    pieces, _ = parse_pieces(segments.text)
    return pieces_to_text(pieces, segments.span)


def _plain(line: Line) -> str:
    """A name or section title: inline markup removed, links kept as typed (a title has no link)."""
    pieces, _ = parse_pieces(line.text, line.start, line.end, links=False)
    return "".join(piece.text for piece in pieces).strip()


def _cover(first: Span | None, last: Span | None) -> Span | None:
    if first is None or last is None:
        return first or last
    return Span(first.line, first.column, last.end_line, last.end_column)


@dataclass
class _ListBuilder:
    base_indent: int
    bullets: list[tuple[int, list[Line]]] = field(default_factory=list)

    def add(self, line: Line) -> None:
        level = 1 if line.level >= self.base_indent + NESTED_INDENT else 0
        self.bullets.append((level, [line]))

    def build(self) -> BulletList:
        items = []
        for level, lines in self.bullets:
            parts = [(line.number, line.start, line.content) for line in lines if line.content]
            segments = Segments(parts or [(lines[0].number, lines[0].start, "")])
            pieces, _ = parse_pieces(segments.text)
            items.append(Bullet(pieces_to_text(pieces, segments.span), level, segments.whole()))
        return BulletList(tuple(items), _cover(items[0].span, items[-1].span))


@dataclass
class _EntryBuilder:
    line: Line
    heading: EntryHeading
    second: Line | None = None
    second_heading: EntryHeading | None = None
    blocks: list[Block] = field(default_factory=list)


@dataclass
class _SectionBuilder:
    title: str
    span: Span
    items: list[SectionItem] = field(default_factory=list)
    entry: _EntryBuilder | None = None


class _Reader:
    """One pass over the lines; blocks go to the open entry, else the open section, else the header."""

    def __init__(self, text: str) -> None:
        raw = split_lines(text)
        self.settings, first, problems = read_front_matter(raw)
        self.problems: list[Problem] = list(problems)
        self.lines = [classify(number, raw[number - 1]) for number in range(first + 1, len(raw) + 1)]
        headings = (line for line in self.lines if line.kind is LineKind.HEADING)
        first_heading = next(headings, None)
        self.name_line_number = first_heading.number if first_heading and first_heading.level == 1 else None
        self.name: Line | None = None
        self.name_problem_reported = False
        self.header_lines: list[Line] = []
        self.sections: list[_SectionBuilder] = []
        self.paragraph: list[Line] = []
        self.bullets: _ListBuilder | None = None
        self.blank_before = True

    def problem(self, line: int, message: str, severity: Severity = Severity.WARNING) -> None:
        self.problems.append(Problem(line, f"line {line}: {message}", severity))

    # -- the pass ------------------------------------------------------------------------------

    def read(self) -> Resume:
        skip = False
        for index, line in enumerate(self.lines):
            if skip:
                skip = False
                continue
            following = self.lines[index + 1] if index + 1 < len(self.lines) else None
            if line.kind is LineKind.TEXT and following is not None and self._is_setext(line, following):
                self._heading(line, 1 if is_setext_name_underline(following) else 2)
                skip = True
            elif line.kind is LineKind.HEADING:
                self._heading(line, line.level)
            elif not self.sections:
                self._header_line(line)
            else:
                self._body_line(line)
            self.blank_before = line.kind in (LineKind.BLANK, LineKind.RULE)
        self._close_section()
        header = self._header()
        return Resume(
            header, tuple(self._built_sections()), dict(self.settings), tuple(sorted(self.problems, key=_line))
        )

    def _is_setext(self, line: Line, following: Line) -> bool:
        if not self.blank_before or line.start > 3:
            return False
        if is_setext_name_underline(following):
            return True
        if not is_setext_section_underline(following) or (self.name is None and not self.sections):
            return False
        return read_contact_line(line.text, line.start, line.end, below_header_line=False) is None

    def _heading(self, line: Line, level: int) -> None:
        if level == 1 and self.name is None and not self.sections:
            self.name = line
            if not line.content.strip():
                self.problem(line.number, "the name heading '#' is empty")
            return
        if level == 1:
            self.problem(line.number, "a second '#' heading is read as a section ('## Title')")
        if level <= 2:
            self._close_section()
            title = _plain(line)
            if not title:
                self.problem(line.number, "the section heading has no title")
            self.sections.append(_SectionBuilder(title, Span.on_line(line.number, 0, len(line.text.rstrip()))))
            return
        if level > 3:
            self.problem(line.number, f"'{'#' * level}' is read as an entry heading ('###')", Severity.INFO)
        if not self.sections:
            self.problem(line.number, "an entry heading ('###') before any section ('## Title')")
            self.sections.append(_SectionBuilder("", Span.on_line(line.number, 0, 0)))
        section = self.sections[-1]
        self._close_entry(section)
        heading = read_entry_heading(line.text, line.start, line.end)
        section.entry = _EntryBuilder(line, heading)

    def _header_line(self, line: Line) -> None:
        if line.kind in (LineKind.TEXT, LineKind.BULLET) and line.content.strip():
            if self.name is None and self.name_line_number is not None and not self.name_problem_reported:
                self.name_problem_reported = True
                self.problem(line.number, "text before the name ('# Name')")
            self.header_lines.append(line)

    def _body_line(self, line: Line) -> None:
        section = self.sections[-1]
        entry = section.entry
        if line.kind in (LineKind.BLANK, LineKind.RULE):
            self._close_paragraph()
            return
        if line.kind is LineKind.BULLET:
            self._close_paragraph()
            if self.bullets is None:
                self.bullets = _ListBuilder(line.level)
            self.bullets.add(line)
            return
        if entry is not None and self._second_line(entry, line):
            return
        if self.bullets is not None and self.bullets.bullets and (not self.blank_before or line.indent >= 2):
            self.bullets.bullets[-1][1].append(line)
            return
        if self.bullets is not None:
            self._close_blocks()
        self.paragraph.append(line)

    def _second_line(self, entry: _EntryBuilder, line: Line) -> bool:
        """A line right under a heading holding the organization, location or dates it lacks."""
        if entry.blocks or entry.second is not None or self.paragraph or self.bullets is not None:
            return False
        if line.number != entry.line.number + 1 or len(line.content) > SECOND_LINE_LIMIT:
            return False
        second = read_entry_heading(line.text, line.start, line.end, second_line=True)
        heading = entry.heading
        if second.link_count > 1 or (second.url and heading.url) or (second.dates and heading.dates):
            return False
        if second.dates is None and not _names_a_place(second):
            return False
        values = [value for value in second.fields if value.text]
        free = [role for role in ROLES[1:] if not heading.role(role).text]
        if len(values) > len(free) or (not values and second.dates is None):
            return False
        entry.second, entry.second_heading = line, second
        return True

    # -- closing blocks ------------------------------------------------------------------------

    def _target(self) -> list:
        section = self.sections[-1]
        return section.entry.blocks if section.entry is not None else section.items

    def _close_paragraph(self) -> None:
        if self.paragraph:
            segments = Segments([(line.number, line.start, line.content) for line in self.paragraph])
            pieces, _ = parse_pieces(segments.text)
            self._target().append(Paragraph(pieces_to_text(pieces, segments.span), segments.whole()))
            self.paragraph = []

    def _close_blocks(self) -> None:
        self._close_paragraph()
        if self.bullets is not None:
            self._target().append(self.bullets.build())
            self.bullets = None

    def _close_entry(self, section: _SectionBuilder) -> None:
        self._close_blocks()
        if section.entry is not None:
            section.items.append(self._entry(section.entry))
            section.entry = None

    def _close_section(self) -> None:
        if self.sections:
            self._close_entry(self.sections[-1])

    # -- building the model --------------------------------------------------------------------

    def _entry(self, builder: _EntryBuilder) -> Entry:
        heading, line = builder.heading, builder.line
        fields = {role: (heading.role(role), line) for role in ROLES if heading.role(role).text}
        dates, dates_at = heading.dates, (heading.dates_field, line)
        url = heading.url
        second, second_line = builder.second_heading, builder.second
        if second is not None and second_line is not None:
            free = [role for role in ROLES[1:] if role not in fields]
            for role, value in zip(free, [value for value in second.fields if value.text], strict=False):
                fields[role] = (value, second_line)
            if second.dates is not None:
                dates, dates_at = second.dates, (second.dates_field, second_line)
            url = url or second.url
        self._entry_problems(heading, line)
        spans = {role: Span.on_line(at.number, value.start, value.end) for role, (value, at) in fields.items()}
        if dates is not None and dates_at[0] is not None:
            spans["dates"] = Span.on_line(dates_at[1].number, dates_at[0].start, dates_at[0].end)
            dates = replace(dates, span=spans["dates"])
        last_line = second_line or line
        span = Span(line.number, 0, last_line.number, len(last_line.text.rstrip()))
        if builder.blocks:
            span = _cover(span, builder.blocks[-1].span)
        text = {role: value.text for role, (value, _) in fields.items()}
        return Entry(
            title=text.get("title", ""),
            organization=text.get("organization", ""),
            location=text.get("location", ""),
            dates=dates,
            url=url,
            blocks=tuple(builder.blocks),
            span=span,
            field_spans=spans,
        )

    def _entry_problems(self, heading: EntryHeading, line: Line) -> None:
        if not heading.role("title").text:
            self.problem(line.number, "the entry heading has no title ('### Title | Organization | Dates')")
        if heading.extra_fields:
            self.problem(line.number, "the entry heading has more than four fields; the rest is read as the location")
        if heading.link_count > 1:
            self.problem(line.number, "an entry heading holds one link; these links are kept as text")

    def _built_sections(self) -> list[Section]:
        sections = []
        for builder in self.sections:
            last = builder.items[-1].span if builder.items else None
            span = _cover(builder.span, last) if last else builder.span
            sections.append(Section(builder.title, tuple(builder.items), section_kind(builder.title), span))
        return sections

    def _header(self) -> Header:
        lines = list(self.header_lines)
        name_line = self.name
        if name_line is None and lines and _looks_like_name(lines[0]):
            name_line = lines.pop(0)
            self.problem(name_line.number, "read as your name; start the line with '# ' to say so", Severity.INFO)
        elif name_line is None and (lines or self.sections):
            first = lines[0].number if lines else self.sections[0].span.line
            self.problem(first, "the resume has no name: start its first line with '# '")
        headline: list[Text] = []
        contacts: list[ContactItem] = []
        for line in lines:
            items = read_contact_line(line.text, line.start, line.end, below_header_line=bool(headline or contacts))
            if items is None:
                headline.append(_text(line))
                if len(line.content) > LONG_HEADLINE:
                    message = "a long line under the name is read as a headline; a summary belongs under '## Summary'"
                    self.problem(line.number, message, Severity.INFO)
                continue
            for item in items:
                span = Span.on_line(line.number, item.start, item.end)
                contacts.append(ContactItem(item.text, item.kind, item.link, span))
        name = _plain(name_line) if name_line is not None else ""
        name_span = Segments.of_line(name_line).whole() if name_line is not None else None
        spans = [Span.on_line(line.number, 0, len(line.text.rstrip())) for line in [*lines, name_line] if line]
        span = None
        if spans:
            spans.sort(key=lambda s: s.line)
            span = _cover(spans[0], spans[-1])
        return Header(name, tuple(headline), tuple(contacts), span, name_span)


def _names_a_place(second: EntryHeading) -> bool:
    """An undated line under a heading must look like "*Evergreen Telecom, Seattle, WA*", not a sentence."""
    text = " ".join(value.text for value in second.fields)
    return second.emphasized and len(text.split()) <= UNDATED_SECOND_LINE_WORDS and not text.endswith(".")


def _looks_like_name(line: Line) -> bool:
    """A first line such as "Maria Delgado" in a resume without '# ' (short, capitalised, no digits)."""
    if line.kind is not LineKind.TEXT:
        return False
    text = _plain(line)
    words = text.split()
    if not 1 < len(words) <= 5 or len(text) > NAME_LIMIT or any(c.isdigit() or c in "@/:|·•,;!?" for c in text):
        return False
    return all(word[:1].isupper() for word in words) and not text.endswith(".")


def _line(problem: Problem) -> int:
    return problem.line
