"""The JSON Resume writer: the resume model as a resume.json (schema v1.0.0).

Why it keeps more than the schema has: `foldline export resume.json -o cv.md` and back must keep
every string. Sections JSON Resume has no array for, other section titles and order, extra
headline lines, contact items and settings go under meta["x-foldline"]; values the reader set
aside (setting `jsonresume.extra`) are put back where they came from. The mapping itself is in
`sections`.
"""

from __future__ import annotations

import json

from editor.formats.jsonresume.contacts import contact_meaning
from editor.formats.jsonresume.sections import (
    DEFAULT_ORDER,
    DEFAULT_TITLES,
    ENTRY_SPECS,
    EXTRA_SETTING,
    FIELDS_SETTING,
    FOLDLINE_META,
    LIST_SPECS,
    META_SETTING,
    OTHER_SPEC,
    PHOTO_SETTING,
    SOURCE_OF_KIND,
    SUMMARY_SOURCE,
    EntrySpec,
    Fields,
    Hints,
    Label,
    ListSpec,
    iso_date,
    label_value,
    paragraph_role,
    split_dated_bullet,
    split_line,
    split_title,
)
from editor.formats.jsonresume.text import blocks_to_text, from_setting, one_line_json, serialize_runs
from editor.model import Block, BulletList, DateRange, Entry, Paragraph, Resume, Section, Text, plain

_SCHEMA_ORDER = ("basics", "work", "volunteer", "education", "awards", "certificates", "publications", "skills",
                 "languages", "interests", "references", "projects", "meta")  # fmt: skip
_BASICS_ORDER = ("name", "label", "image", "email", "phone", "url", "summary", "location", "profiles")
_ENTRY_SPECS = {spec.key: spec for spec in ENTRY_SPECS}
_LIST_SPECS = {spec.key: spec for spec in LIST_SPECS}


def write_json_resume(resume: Resume) -> str:
    """The resume as JSON Resume text: 2-space indent, UTF-8 characters as they are, a final newline."""
    return json.dumps(_Writer(resume).document(), indent=2, ensure_ascii=False) + "\n"


class _Writer:
    """One conversion; collects what goes under meta["x-foldline"] on the way."""

    def __init__(self, resume: Resume) -> None:
        self.resume = resume
        self.settings = dict(resume.settings)
        self.meta = self.json_setting(META_SETTING)
        self.extra = self.json_setting(EXTRA_SETTING)
        self.hints = Hints.from_setting(one_line_json(self.json_setting(FIELDS_SETTING)))
        self.photo = from_setting(self.settings.pop(PHOTO_SETTING, ""))
        self.foldline: dict[str, object] = {}

    def document(self) -> dict:
        values = self.section_values()
        summary = values.pop(SUMMARY_SOURCE, "")
        basics = self.basics(summary)  # type: ignore[arg-type]
        document: dict[str, object] = {"basics": basics}  # even empty: the file must read back as a resume
        document.update({key: values[key] for key in _SCHEMA_ORDER if key in values})
        if self.settings:
            self.foldline["settings"] = self.settings
        meta = {**self.meta, FOLDLINE_META: self.foldline} if self.foldline else self.meta
        if meta:
            document["meta"] = meta
        unplaced = {pointer: value for pointer, value in self.extra.items() if not _place(document, pointer, value)}
        if unplaced:
            document.setdefault("meta", {}).setdefault(FOLDLINE_META, {})["extra"] = unplaced  # type: ignore[union-attr]
        return {**{key: value for key, value in document.items() if key.startswith("$")}, **document}

    def json_setting(self, key: str) -> dict:
        """A setting that holds a JSON object; anything else stays an ordinary setting."""
        try:
            value = json.loads(self.settings.get(key, "{}"))
        except ValueError:
            return {}
        if isinstance(value, dict):
            self.settings.pop(key, None)
            return value
        return {}

    # --- basics ---------------------------------------------------------------------------------

    def basics(self, summary: str) -> dict:
        header = self.resume.header
        basics: dict[str, object] = {"name": header.name}
        if header.headline:
            basics["label"] = serialize_runs(header.headline[0])
        if len(header.headline) > 1:
            self.foldline["headline"] = [serialize_runs(line) for line in header.headline[1:]]
        basics["image"] = self.photo
        profiles, kept, taken = [], [], set()
        for item in header.contacts:
            meaning = contact_meaning(item, self.hints, taken)
            if meaning is None or (meaning[0] in taken and meaning[0] != "profile"):
                kept.append({"text": item.text, "kind": item.kind.value, **({"link": item.link} if item.link else {})})
            elif meaning[0] == "profile":
                profiles.append(meaning[1])
            else:
                basics[meaning[0]] = meaning[1]
                taken.add(meaning[0])
        if kept:
            self.foldline["contacts"] = kept
        basics["summary"] = summary
        basics["profiles"] = profiles
        return {key: basics[key] for key in _BASICS_ORDER if basics.get(key)}

    # --- sections -----------------------------------------------------------------------------

    def section_values(self) -> dict[str, object]:
        """The JSON of the first fitting section of each JSON Resume kind; others go under meta["x-foldline"]."""
        values: dict[str, object] = {}
        layout: list[dict[str, object]] = []
        for section in self.resume.sections:
            source = SOURCE_OF_KIND.get(section.kind)
            if source and source not in values and _fits(source, section):
                values[source] = self.section_value(source, section)
                layout.append({"title": section.title, "source": source})
                if source in _LIST_SPECS and section.items and all(isinstance(i, Paragraph) for i in section.items):
                    layout[-1]["paragraphs"] = True  # written as prose, e.g. "Trail running, reading and …"
            else:
                layout.append({"title": section.title, "items": self.entry_items(OTHER_SPEC, section)})
        default = [{"title": DEFAULT_TITLES[key], "source": key} for key in DEFAULT_ORDER if key in values]
        if layout != default or not all(values.values()):
            self.foldline["sections"] = layout
        return values

    def section_value(self, key: str, section: Section) -> object:
        if key == SUMMARY_SOURCE:
            return blocks_to_text(section.items)  # type: ignore[arg-type]
        if key in _LIST_SPECS:
            return self.list_items(_LIST_SPECS[key], section)
        return self.entry_items(_ENTRY_SPECS[key], section)

    def entry_items(self, spec: EntrySpec, section: Section) -> list[Fields]:
        """Entries as objects; loose paragraphs and bullets between them as objects without a title."""
        items: list[Fields] = []
        loose: list[Block] = []
        for item in (*section.items, None):
            if isinstance(item, (Paragraph, BulletList)):
                loose.append(item)
                continue
            if loose and spec.bullets_are_items:
                items += self.bullet_items(spec, loose)
            elif loose:
                items.append(self.block_fields(spec, loose))
            loose = []
            if isinstance(item, Entry):
                items.append(self.entry_fields(spec, item))
        return [item for item in items if item]

    def bullet_items(self, spec: EntrySpec, blocks: list[Block]) -> list[Fields]:
        """Loose bullets of a certificates-like section, one object each ('Name, 2021' → name and date)."""
        items: list[Fields] = []
        paragraphs: list[Block] = []
        for block in (*blocks, None):
            if isinstance(block, Paragraph):
                paragraphs.append(block)
                continue
            if paragraphs:
                items.append(self.block_fields(spec, paragraphs))
                paragraphs = []
            for bullet in block.items if block else ():
                hint = self.hints.get(spec.key, plain(bullet.text))
                fields = dict(hint) if isinstance(hint, dict) else split_dated_bullet(spec, plain(bullet.text))
                link = next((run.link for run in bullet.text if run.link), None)
                items.append({**fields, spec.url_key: link} if link else fields)
        return items

    def entry_fields(self, spec: EntrySpec, entry: Entry) -> Fields:
        hint = self.hints.get(spec.key, entry.title) if len(spec.title_keys) > 1 else None
        fields: Fields = dict(hint) if isinstance(hint, dict) else split_title(spec, entry.title)
        fields[spec.organization_key] = entry.organization
        fields[spec.location_key] = entry.location
        fields[spec.url_key] = entry.url or ""
        fields.update(_date_fields(spec, entry.dates))
        fields.update(self.block_fields(spec, list(entry.blocks)))
        return _ordered(spec, fields)

    def block_fields(self, spec: EntrySpec, blocks: list[Block]) -> Fields:
        """Tagline, text, bullets and label lines of an entry's blocks."""
        fields: Fields = {}
        text: list[Block] = []
        bullets: list[str] = []
        first = next((block for block in blocks if isinstance(block, Paragraph)), None)  # text comes first in JSON
        for block in blocks:
            role = paragraph_role(spec, block, first=block is first) if isinstance(block, Paragraph) else None
            if role == "tagline" and spec.tagline_key:
                fields[spec.tagline_key] = plain(block.text).strip()  # type: ignore[union-attr]
            elif isinstance(role, Label) and role.key not in fields:
                fields[role.key] = self.label_value(role, block.text)  # type: ignore[union-attr]
            elif isinstance(block, BulletList) and spec.bullets_key:
                bullets += [serialize_runs(bullet.text) for bullet in block.items]
            else:
                text.append(block)
        fields[spec.text_key] = blocks_to_text(text)
        if spec.bullets_key:
            fields[spec.bullets_key] = bullets
        return _ordered(spec, fields)

    def label_value(self, label: Label, text: Text) -> str | list[str]:
        hint = self.hints.get("labels", plain(text))
        if isinstance(hint, (list, str)):
            return hint
        return label_value(label.is_list, plain(text[1:]))

    def list_items(self, spec: ListSpec, section: Section) -> list[Fields]:
        """One object per bullet or paragraph; a nested bullet is a keyword of the one above it."""
        items: list[Fields] = []
        for item in section.items:
            for line in item.items if isinstance(item, BulletList) else (item,):  # type: ignore[union-attr]
                if getattr(line, "level", 0) > 0 and items and spec.keywords_key:
                    keywords = list(items[-1].get(spec.keywords_key, []))  # type: ignore[call-overload]
                    items[-1] = {**items[-1], spec.keywords_key: [*keywords, serialize_runs(line.text).strip()]}
                elif fields := self.line_fields(spec, line.text):
                    items.append(fields)
        return items

    def line_fields(self, spec: ListSpec, text: Text) -> Fields:
        hint = self.hints.get(spec.key, plain(text))
        return dict(hint) if isinstance(hint, dict) else split_line(spec, text)


def _fits(source: str, section: Section) -> bool:
    """Whether a section can be a JSON Resume array: only entry arrays hold entries."""
    return source in _ENTRY_SPECS or not section.entries


def _date_fields(spec: EntrySpec, dates: DateRange | None) -> Fields:
    """ISO dates; a running entry has no end date (JSON Resume's 'present'), a lone date is the start."""
    if dates is None:
        return {}
    start, end = iso_date(dates.start), iso_date(dates.end)
    if dates.present:
        end = "Present" if spec.single_date or not start else ""
    if spec.single_date and not start:
        start, end = end, ""
    return {spec.start_key: start, spec.end_key: end}


def _ordered(spec: EntrySpec, fields: Fields) -> Fields:
    """Non-empty fields in the schema's order, so the JSON reads like a hand-written one."""
    order = (*spec.title_keys, spec.organization_key, spec.location_key, spec.url_key, spec.start_key, spec.end_key,
             spec.tagline_key, spec.text_key, spec.bullets_key, *(label.key for label in spec.labels))  # fmt: skip
    ordered = {key: fields[key] for key in order if key and fields.get(key)}
    return {**ordered, **{key: value for key, value in fields.items() if key not in ordered and value}}


def _place(document: dict, pointer: str, value: object) -> bool:
    """Put back a value the reader set aside; False if the place it came from no longer exists."""
    parts = [part.replace("~1", "/").replace("~0", "~") for part in pointer.split("/")[1:]]
    node: object = document
    for part in parts[:-1]:
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return False
    if isinstance(node, dict) and parts:
        node.setdefault(parts[-1], value)
        return True
    if isinstance(node, list):
        node.append(value)
        return True
    return False
