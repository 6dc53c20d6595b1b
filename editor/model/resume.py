"""The resume document model: plain dataclasses every reader fills and every writer reads.

Why: one intermediate representation (the shape of pandoc's AST) keeps the readers, the
writers, the preview and the analyses from drifting apart. Nothing here does I/O or knows Qt.

Conventions:
* Source positions are `Span`s: 1-based line numbers, 0-based column offsets in Python
  code points (the UI converts to Qt's UTF-16 positions at its boundary).
* Text that may carry emphasis or links is a `Text`: a tuple of `Run`s.
* Elements built by a reader other than resume Markdown have `span=None`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


@dataclass(frozen=True)
class Span:
    """Where an element came from in the resume text (end column is exclusive)."""

    line: int
    column: int
    end_line: int
    end_column: int

    @classmethod
    def on_line(cls, line: int, column: int, end_column: int) -> Span:
        return cls(line, column, line, end_column)


@dataclass(frozen=True)
class Run:
    """A stretch of text with one style; `link` is the target URL of a Markdown link."""

    text: str
    bold: bool = False
    italic: bool = False
    link: str | None = None
    span: Span | None = field(default=None, compare=False)


Text = tuple[Run, ...]


def plain(text: Text) -> str:
    """The characters of a `Text` without any styling."""
    return "".join(run.text for run in text)


def runs(value: str) -> Text:
    """A `Text` of one unstyled run, or empty for an empty string."""
    return (Run(value),) if value else ()


class ContactKind(Enum):
    EMAIL = "email"
    PHONE = "phone"
    URL = "url"
    LOCATION = "location"
    OTHER = "other"


@dataclass(frozen=True)
class ContactItem:
    """One item of the contact line, e.g. an e-mail address or 'Seattle, WA'."""

    text: str
    kind: ContactKind = ContactKind.OTHER
    link: str | None = None
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class PartialDate:
    """A resume date: a year, optionally a month (1-12)."""

    year: int
    month: int | None = None


@dataclass(frozen=True)
class DateRange:
    """Start and end of an entry; `present` means the end is 'Present' (current role).

    `written` is the text it was read from ("März 2019 – heute"), so a resume in another language
    is exported with its own words; it does not take part in comparisons.
    """

    start: PartialDate | None = None
    end: PartialDate | None = None
    present: bool = False
    span: Span | None = field(default=None, compare=False)
    written: str = field(default="", compare=False)

    @property
    def is_current(self) -> bool:
        return self.present


@dataclass(frozen=True)
class Paragraph:
    text: Text
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Bullet:
    """One bullet; `level` 0 is top level, 1 a nested bullet."""

    text: Text
    level: int = 0
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class BulletList:
    items: tuple[Bullet, ...]
    span: Span | None = field(default=None, compare=False)


Block = Paragraph | BulletList


@dataclass(frozen=True)
class Entry:
    """A dated item of a section: a job, a degree, a project.

    `title` is the role or degree, `organization` the employer or school. `field_spans`
    maps "title", "organization", "location" and "dates" to where each was typed, so the
    layout map and the editor can point at a single field.
    """

    title: str = ""
    organization: str = ""
    location: str = ""
    dates: DateRange | None = None
    url: str | None = None
    blocks: tuple[Block, ...] = ()
    span: Span | None = field(default=None, compare=False)
    field_spans: dict[str, Span] = field(default_factory=dict, compare=False)


SectionItem = Entry | Paragraph | BulletList


class SectionKind(Enum):
    """What a section is about, recognised from its title (used by analyses, not by layout)."""

    SUMMARY = "summary"
    EXPERIENCE = "experience"
    EDUCATION = "education"
    SKILLS = "skills"
    PROJECTS = "projects"
    VOLUNTEER = "volunteer"
    AWARDS = "awards"
    CERTIFICATES = "certificates"
    PUBLICATIONS = "publications"
    LANGUAGES = "languages"
    INTERESTS = "interests"
    REFERENCES = "references"
    OTHER = "other"


@dataclass(frozen=True)
class Section:
    title: str
    items: tuple[SectionItem, ...] = ()
    kind: SectionKind = SectionKind.OTHER
    span: Span | None = field(default=None, compare=False)

    @property
    def entries(self) -> tuple[Entry, ...]:
        return tuple(item for item in self.items if isinstance(item, Entry))


@dataclass(frozen=True)
class Header:
    """The top of the resume: name, headline lines (e.g. the target title) and contact items."""

    name: str = ""
    headline: tuple[Text, ...] = ()
    contacts: tuple[ContactItem, ...] = ()
    span: Span | None = field(default=None, compare=False)
    name_span: Span | None = field(default=None, compare=False)


class Severity(Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Problem:
    """Something a reader could not fully understand, with the line it is on (1-based)."""

    line: int
    message: str
    severity: Severity = Severity.WARNING


@dataclass(frozen=True)
class Comment:
    """A note to self typed as an HTML comment (`<!-- … -->`), exactly as typed: never printed.

    Why outside the sections: no writer but the Markdown one may ever see it, so it cannot leak
    into a PDF, a DOCX or a JSON Resume. `inline` says it shared a line with printed text; only
    the text takes part in comparisons (a writer puts it back on the nearest line it can).
    """

    text: str
    inline: bool = field(default=False, compare=False)
    span: Span | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Resume:
    """A whole resume. `settings` is the front matter (template, paper, jd, ...), in order;
    `comments` the private notes in the text, in order (they are not part of any section)."""

    header: Header = Header()
    sections: tuple[Section, ...] = ()
    settings: dict[str, str] = field(default_factory=dict)
    problems: tuple[Problem, ...] = field(default=(), compare=False)
    comments: tuple[Comment, ...] = ()

    def section(self, kind: SectionKind) -> Section | None:
        """The first section of a kind, e.g. the experience section."""
        return next((s for s in self.sections if s.kind is kind), None)
