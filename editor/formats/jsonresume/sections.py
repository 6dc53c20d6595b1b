"""How JSON Resume (schema v1.0.0) maps onto the resume model, shared by its reader and writer.

The mapping, as resume Markdown shows it (JSON field → model / Markdown):
* basics.name, label → `# name` and the first headline line; basics.summary → `## Summary`
  paragraphs ('- ' lines become bullets); basics.image → front matter `photo`; meta →
  `jsonresume.meta`; location, phone, email, url, profiles[] → contact items (see
  `contacts`).
* work[] → `## Experience`, `### position | name | location | dates` (url links the name),
  description as an italic first line, summary as paragraphs, highlights as bullets.
* volunteer[] → `## Volunteer`, `### position | organization | location | dates`.
* education[] → `## Education`, `### studyType, area | institution | … | dates`, then
  `**Score:** …` and `**Courses:** a, b` lines.
* awards[], certificates[], publications[] → `### title | awarder/issuer/publisher | date` with
  summary paragraphs; when every item has only a name and a date, bullets `- Name, 2021`.
* projects[] → `## Projects`, `### name | entity | dates`, description paragraphs, highlights
  bullets, `**Roles:**`, `**Type:**`, `**Keywords:**` lines.
* skills[] → `- **name** (level): keyword, keyword` or `- **name:** keyword, keyword`;
  languages[] → `- language — fluency`; interests[] → `- **name:** keyword, keyword`.
* references[] → `### name` with the reference as paragraphs; an unnamed one is a paragraph.
Keys the schema lacks for a section (a volunteer's location, a degree's highlights) are written
anyway; JSON Resume allows additional properties.

Strings carry inline Markdown (see `text`). Where a visible line would be split back
differently (a keyword containing ', ', a profile on an unknown site), the exact JSON value
is kept in the front-matter setting `jsonresume.fields`, keyed by the line's text. Unknown keys
and values of the wrong type go to `jsonresume.extra` (JSON Pointer → value) and are put back on
export. What the model has and JSON Resume has not (sections of other kinds, other titles and
order, extra headline lines and contact items, other settings) goes to `meta["x-foldline"]`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from editor.formats.dates import format_date, parse_date
from editor.formats.jsonresume.text import one_line, one_line_json, parse_inline, serialize_runs, split_outside_markup
from editor.model import Paragraph, PartialDate, Run, SectionKind, Text

JsonValue = object
Fields = dict[str, object]

FIELDS_SETTING = "jsonresume.fields"
EXTRA_SETTING = "jsonresume.extra"
META_SETTING = "jsonresume.meta"
PHOTO_SETTING = "photo"
FOLDLINE_META = "x-foldline"
SUMMARY_SOURCE = "summary"


@dataclass(frozen=True)
class Label:
    """A `**Name:** value` line of an entry that holds one JSON key."""

    name: str
    key: str
    is_list: bool = False


@dataclass(frozen=True)
class EntrySpec:
    """A JSON Resume array whose items become entries (`### title | organization | location | dates`).

    Keys the schema lacks for a section (e.g. a volunteer's location) are written anyway:
    JSON Resume allows additional properties, and a Markdown field must not be dropped.
    """

    key: str
    kind: SectionKind
    title: str
    title_keys: tuple[str, ...]
    organization_key: str = "organization"
    location_key: str = "location"
    start_key: str = "startDate"
    end_key: str = "endDate"
    single_date: bool = False
    url_key: str = "url"
    tagline_key: str | None = None
    text_key: str = "summary"
    bullets_key: str | None = "highlights"
    labels: tuple[Label, ...] = ()
    bullets_are_items: bool = False
    aliases: tuple[tuple[str, str], ...] = ()
    organization_first: bool = False  # a bare text item ("Acme") names the organization

    @property
    def primary(self) -> str:
        return self.organization_key if self.organization_first else self.title_keys[0]


@dataclass(frozen=True)
class ListSpec:
    """A JSON Resume array whose items become one bullet each."""

    key: str
    kind: SectionKind
    title: str
    name_key: str
    level_key: str | None
    keywords_key: str | None


_WEBSITE = ("website", "url")
ENTRY_SPECS = (
    EntrySpec("work", SectionKind.EXPERIENCE, "Experience", ("position",), "name", tagline_key="description",
              aliases=(("company", "name"), _WEBSITE), organization_first=True),
    EntrySpec("volunteer", SectionKind.VOLUNTEER, "Volunteer", ("position",), aliases=(_WEBSITE,),
              organization_first=True),
    EntrySpec("education", SectionKind.EDUCATION, "Education", ("studyType", "area"), "institution",
              labels=(Label("Score", "score"), Label("Courses", "courses", is_list=True)),
              aliases=(("gpa", "score"),), organization_first=True),
    EntrySpec("awards", SectionKind.AWARDS, "Awards", ("title",), "awarder", start_key="date", single_date=True,
              bullets_are_items=True),
    EntrySpec("certificates", SectionKind.CERTIFICATES, "Certificates", ("name",), "issuer", start_key="date",
              single_date=True, bullets_are_items=True),
    EntrySpec("publications", SectionKind.PUBLICATIONS, "Publications", ("name",), "publisher",
              start_key="releaseDate", single_date=True, bullets_are_items=True, aliases=(_WEBSITE,)),
    EntrySpec("projects", SectionKind.PROJECTS, "Projects", ("name",), "entity", text_key="description",
              labels=(Label("Roles", "roles", is_list=True), Label("Type", "type"),
                      Label("Keywords", "keywords", is_list=True))),
    EntrySpec("references", SectionKind.REFERENCES, "References", ("name",), text_key="reference", bullets_key=None),
)  # fmt: skip
LIST_SPECS = (
    ListSpec("skills", SectionKind.SKILLS, "Skills", "name", "level", "keywords"),
    ListSpec("languages", SectionKind.LANGUAGES, "Languages", "language", "fluency", None),
    ListSpec("interests", SectionKind.INTERESTS, "Interests", "name", None, "keywords"),
)
# Sections of other kinds, kept under meta["x-foldline"]: every field and block, in order.
OTHER_SPEC = EntrySpec("", SectionKind.OTHER, "", ("title",), text_key="text", bullets_key=None)

SPECS: dict[str, EntrySpec | ListSpec] = {spec.key: spec for spec in (*ENTRY_SPECS, *LIST_SPECS)}
SECTION_KEYS = (*SPECS, "basics")
# Recruiters read top-down: what you do now, your schooling and skills, then the rest.
DEFAULT_ORDER = (SUMMARY_SOURCE, "work", "education", "skills", "projects", "certificates", "awards",
                 "publications", "volunteer", "languages", "interests", "references")  # fmt: skip
DEFAULT_TITLES = {SUMMARY_SOURCE: "Summary", **{key: spec.title for key, spec in SPECS.items()}}
SOURCE_OF_KIND = {SectionKind.SUMMARY: SUMMARY_SOURCE, **{spec.kind: key for key, spec in SPECS.items()}}

_DEGREE = re.compile(
    r"^(?:bachelor|master|doctor|associate|diploma|certificate|high school|ged|a-levels?|b\.?a\b|b\.?s|"
    r"m\.?a\b|m\.?s|mba|ph\.?\s?d|bsc|msc|beng|meng|bfa|mfa|jd\b|md\b|postgraduate|graduate|licen[cs])",
    re.IGNORECASE,
)
_BOLD_NAME = re.compile(r"^\*\*([^*]+?):?\*\*(.*)$", re.DOTALL)
_LEVEL_THEN_REST = re.compile(r"^\s*\(([^()]*)\)\s*(.*)$", re.DOTALL)
_LANGUAGE_PARENTHESES = re.compile(r"^(.*?)\s+\(([^()]*)\)$", re.DOTALL)
_DATE_SUFFIX = re.compile(r"^(.*\S)\s*(?:,|\(|\s[—–-])\s*([^,()—–]+?)\)?\s*$", re.DOTALL)


def joined_title(spec: EntrySpec, item: Fields) -> str:
    """Entry.title from the title keys, e.g. 'Bachelor, Computer Science'."""
    return ", ".join(value for key in spec.title_keys if isinstance(value := item.get(key), str) and value)


def split_title(spec: EntrySpec, title: str) -> Fields:
    """The title keys from an Entry.title; a lone education title is a degree or a field of study."""
    if not title:
        return {}
    if len(spec.title_keys) == 1:
        return {spec.title_keys[0]: title}
    first, second = spec.title_keys
    if ", " in title:
        head, tail = title.split(", ", 1)
        return {first: head, second: tail}
    return {first: title} if _DEGREE.match(title) else {second: title}


def compose_line(spec: ListSpec, item: Fields) -> Text:
    """One bullet: **Frontend** (Advanced): HTML, CSS; **Tools:** Jira, Slack; Spanish — Fluent (inline Markdown)."""
    name = one_line(text_of(item.get(spec.name_key)))
    level = one_line(text_of(item.get(spec.level_key))) if spec.level_key else ""
    keywords = one_line(", ".join(_texts(item.get(spec.keywords_key)))) if spec.keywords_key else ""
    plain_name = parse_inline(name) == (Run(name),) and parse_inline(f"**{name}:**") == (Run(f"{name}:", bold=True),)
    bold = f"**{name}**" if plain_name else name
    if spec.keywords_key is None:
        line = f"{name} — {level}" if name and level else name or level
    elif name and keywords and not level and bold != name:
        line = f"**{name}:** {keywords}"
    elif name and (level or keywords):
        line = bold + (f" ({level})" if level else "") + (f": {keywords}" if keywords else "")
    else:
        line = name or ": ".join(part for part in (f"({level})" if level else "", keywords) if part)
    return parse_inline(line)


def split_line(spec: ListSpec, text: Text) -> Fields:
    """The inverse of `compose_line` for any reasonable bullet a person wrote."""
    value = serialize_runs(text).strip()
    if spec.keywords_key is None:
        return _split_language(spec, value)
    if match := _BOLD_NAME.match(value):
        name, rest = match[1].strip(), match[2]
    else:
        name, rest = (*split_outside_markup(value, ": ", 1), "")[:2]
    item: Fields = {spec.name_key: name.strip()}
    if spec.level_key and (match := _LEVEL_THEN_REST.match(rest)):
        item[spec.level_key], rest = match[1].strip(), match[2]
    words = split_outside_markup(rest.strip().removeprefix(":"), ",")
    keywords = [word.strip() for word in words if word.strip()]
    if keywords:
        item[spec.keywords_key] = keywords
    return {key: value for key, value in item.items() if value}


def _split_language(spec: ListSpec, value: str) -> Fields:
    """'Spanish — Fluent', 'Spanish - fluent', 'Spanish (fluent)' or 'Spanish: fluent'."""
    parts = next((found for separator in (" — ", " – ", " - ", ": ")
                  if len(found := split_outside_markup(value, separator, 1)) == 2), None)  # fmt: skip
    if parts is None and (match := _LANGUAGE_PARENTHESES.match(value)):
        parts = [match[1], match[2]]
    keys = (spec.name_key, spec.level_key or "")
    return {key: part.strip() for key, part in zip(keys, parts or [value, ""], strict=True) if part.strip()}


def paragraph_role(spec: EntrySpec, paragraph: Paragraph, first: bool) -> str | Label | None:
    """'tagline' for an all-italic first paragraph (work.description), the Label of a `**Label:**` line, or None."""
    text = paragraph.text
    visible = [run for run in text if run.text.strip()]
    if spec.tagline_key and first and visible and all(run.italic and not run.link for run in visible):
        return "tagline"
    if text and text[0].bold:
        return next((label for label in spec.labels if text[0].text.strip() == f"{label.name}:"), None)
    return None


def label_value(is_list: bool, shown: str) -> str | list[str]:
    """The value of a `**Label:** value` line."""
    return [part.strip() for part in shown.split(",") if part.strip()] if is_list else shown.strip()


def compose_dated_bullet(title: str, date: PartialDate | None) -> str:
    """'Zendesk Support Administrator, 2021': a certificate, award or publication with only a name and a date."""
    return f"{title}, {format_date(date)}" if date else title


def split_dated_bullet(spec: EntrySpec, value: str) -> Fields:
    """The inverse of `compose_dated_bullet`, for any 'Name, 2021', 'Name (Mar 2021)' or 'Name – 2021'."""
    match = _DATE_SUFFIX.match(value)
    if match and (date := parse_date(match[2])) is not None:
        return {spec.title_keys[0]: match[1], spec.start_key: iso_date(date)}
    return {spec.title_keys[0]: value} if value else {}


def iso_date(date: PartialDate | None) -> str:
    """'2021-03' or '2021', the precision a resume shows."""
    if date is None:
        return ""
    if date.month is not None and 1 <= date.month <= 12:
        return f"{date.year:04d}-{date.month:02d}"
    return f"{date.year:04d}"


class Hints:
    """Exact JSON values of visible lines a heuristic would split differently (setting `jsonresume.fields`).

    Why keyed by the visible text (spaces collapsed): an edited line no longer matches and is split by the
    heuristic, so a stale hint can never put old text back. Each text maps to the values of its
    occurrences in document order (two identical lines may stand for different values), and
    `get` hands them out in that order.
    """

    def __init__(self, data: dict[str, dict[str, list[JsonValue]]] | None = None) -> None:
        self.data = data or {}
        self.needed: set[tuple[str, str]] = set()
        self.used: dict[tuple[str, str], int] = {}

    @classmethod
    def from_setting(cls, value: str | None) -> Hints:
        try:
            data = json.loads(value) if value else {}
        except ValueError:
            data = {}
        if not isinstance(data, dict):
            return cls()
        return cls({
            context: {text: values for text, values in table.items() if isinstance(values, list)}
            for context, table in data.items() if isinstance(table, dict)
        })  # fmt: skip

    def get(self, context: str, text: str) -> JsonValue:
        """The value of the next occurrence of `text`, or None when the heuristic applies."""
        text = _key(text)
        values = self.data.get(context, {}).get(text, [])
        index = self.used.get((context, text), 0)
        self.used[(context, text)] = index + 1
        return values[index] if index < len(values) else None

    def remember(self, context: str, text: str, value: JsonValue, guessed: JsonValue) -> None:
        """Record an occurrence of `text`; it is kept only if some occurrence is guessed wrong."""
        text = _key(text)
        self.data.setdefault(context, {}).setdefault(text, []).append(value)
        if value != guessed:
            self.needed.add((context, text))

    def setting(self) -> str | None:
        kept = {
            context: {text: values for text, values in table.items() if (context, text) in self.needed}
            for context, table in self.data.items()
        }
        kept = {context: table for context, table in kept.items() if table}
        return one_line_json(kept) if kept else None


def _key(text: str) -> str:
    """Visible text as a hint key: Markdown may re-wrap lines and trim spaces."""
    return " ".join(text.split())


def text_of(value: object) -> str:
    """A JSON value if it is a string, else ''."""
    return value if isinstance(value, str) else ""


def _texts(value: object) -> list[str]:
    return [item for item in value if isinstance(item, str) and item] if isinstance(value, list) else []
