"""The JSON Resume reader: a resume.json (schema v1.0.0) as the resume model.

Only text that is not JSON, or JSON that is not a resume, raises `FormatError`; values of the
wrong type are handled by `values` (read as text, or set aside for the next JSON
export with a `Problem`). The mapping itself is in `sections`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from editor.formats.errors import FormatError
from editor.formats.jsonresume.contacts import compose_location, contact_meaning, profile_contact, url_contact
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
    SECTION_KEYS,
    SPECS,
    SUMMARY_SOURCE,
    EntrySpec,
    Fields,
    Hints,
    ListSpec,
    compose_dated_bullet,
    compose_line,
    iso_date,
    joined_title,
    label_value,
    paragraph_role,
    split_dated_bullet,
    split_line,
    split_title,
)
from editor.formats.jsonresume.text import (
    has_line_break,
    one_line,
    one_line_json,
    parse_inline,
    serialize_runs,
    text_to_blocks,
    to_setting,
)
from editor.formats.jsonresume.values import (
    MAX_KEPT_DEPTH,
    PRESENT,
    JsonValues,
    Path,
    depth,
    describe,
    parse_json,
    pointer,
)
from editor.formats.markdown.contacts import auto_link, contact_kind
from editor.model import (
    Block,
    Bullet,
    BulletList,
    ContactItem,
    ContactKind,
    DateRange,
    Entry,
    Header,
    Paragraph,
    Resume,
    Run,
    Section,
    SectionItem,
    SectionKind,
    Severity,
    section_kind,
)

_BASICS_KEYS = {"name", "label", "image", "email", "phone", "url", "summary", "location", "profiles"}
_LOCATION_KEYS = ("address", "postalCode", "city", "countryCode", "region")
_PROFILE_KEYS = ("network", "username", "url")


def read_json_resume(text: str) -> Resume:
    """A JSON Resume as the model; raises FormatError with one line if it is not one."""
    text = text.removeprefix("\ufeff")
    data = parse_json(text)
    if not isinstance(data, dict):
        raise FormatError(f"not a JSON Resume: the file holds {describe(data)}, not an object")
    if not any(key in data for key in SECTION_KEYS):
        raise FormatError('not a JSON Resume: it has no "basics" and none of the sections ' + ", ".join(SPECS))
    return _Reader(text, data).resume()


class _Reader(JsonValues):
    """One conversion: the mapping of `sections`, collecting the hints that make it exact."""

    def __init__(self, text: str, data: dict) -> None:
        super().__init__(text, data)
        self.hints = Hints()
        self.meta: dict = {}

    def resume(self) -> Resume:
        known = {*SECTION_KEYS, "meta"}
        for key, value in self.data.items():
            if key == "$schema":
                self.extra[pointer((key,))] = value  # the schema URL: kept quietly, it is no problem
            elif key not in known:
                self.keep((key,), value, "is not part of JSON Resume", Severity.INFO)
        basics = self.object(self.data.get("basics"), ("basics",)) or {}
        self.unknown_keys(basics, _BASICS_KEYS, ("basics",))
        foldline = self.foldline_meta()
        kept = self.object(foldline.get("extra"), _meta_path("extra")) or {}
        self.extra.update(kept)
        header = self.header(basics, foldline)
        sections = self.sections(basics, foldline)
        return Resume(header, tuple(sections), self.settings(basics, foldline), self.located_problems())

    # --- coercion -------------------------------------------------------------------------------

    # --- header -------------------------------------------------------------------------------

    def header(self, basics: dict, foldline: dict) -> Header:
        label = self.string(basics.get("label"), ("basics", "label")).strip()
        headline = [parse_inline(one_line(label))] if label else []
        more = self.strings(foldline.get("headline"), _meta_path("headline"))
        headline += [parse_inline(one_line(line)) for line in more if line.strip()]
        contacts = self.basics_contacts(basics)
        for path, item in self.objects(foldline.get("contacts"), _meta_path("contacts")):
            fields = self.fields(item, ("text", "kind", "link"), path)
            kind = next((kind for kind in ContactKind if kind.value == fields.get("kind")), ContactKind.OTHER)
            if fields.get("text"):
                contacts.append(ContactItem(one_line(fields["text"]), kind, fields.get("link")))
        return Header(one_line(self.string(basics.get("name"), ("basics", "name"))), tuple(headline), tuple(contacts))

    def basics_contacts(self, basics: dict) -> list[ContactItem]:
        """Location, phone, e-mail, website and profiles, each with the hint that makes it read back exactly."""
        meanings: list[tuple[ContactItem, str, object]] = []
        path = ("basics", "location")
        location = self.fields(self.object(basics.get("location"), path) or {}, _LOCATION_KEYS, path)
        if text := compose_location(location):
            meanings.append((ContactItem(text, ContactKind.LOCATION), "location", location))
        for field, kind in (("phone", ContactKind.PHONE), ("email", ContactKind.EMAIL), ("url", ContactKind.URL)):
            if value := self.string(basics.get(field), ("basics", field)).strip():
                item = url_contact(value) if kind is ContactKind.URL else ContactItem(one_line(value), kind)
                if kind is ContactKind.EMAIL:  # linked as the Markdown reader links an address it finds
                    item = ContactItem(item.text, kind, auto_link(item.text))
                meanings.append((item, field, value))
        for path, item in self.objects(basics.get("profiles"), ("basics", "profiles")):
            if profile := self.fields(item, _PROFILE_KEYS, path):
                meanings.append((profile_contact(profile), "profile", profile))
        taken: set[str] = set()
        for item, field, meaning in meanings:
            # As read here, and as the Markdown reader will see it after an export to Markdown.
            retyped = ContactItem(item.text, contact_kind(item.text, item.link), item.link)
            guesses = {_meaning(contact_meaning(each, Hints(), taken)) for each in (item, retyped)}
            exact, right = {field: meaning}, {_meaning((field, meaning))}
            self.hints.remember("contacts", item.text, exact, exact if guesses == right else None)
            taken.add(field)
        return [item for item, _field, _meaning in meanings]

    # --- sections ---------------------------------------------------------------------------

    def sections(self, basics: dict, foldline: dict) -> list[Section]:
        """Sections in the order and with the titles under meta["x-foldline"], else the default ones."""
        built = {SUMMARY_SOURCE: text_to_blocks(self.string(basics.get("summary"), ("basics", "summary")))}
        for spec in ENTRY_SPECS:
            items = self.items(spec.key, spec.primary)
            # In Markdown a list right under an entry is that entry's, so it is all bullets or all entries.
            as_bullets = spec.bullets_are_items and all(_is_simple(spec, item) for _path, item in items)
            blocks = (block for path, item in items for block in self.entry(spec, item, path, as_bullets))
            built[spec.key] = _merge_lists(blocks)
        for spec in LIST_SPECS:
            built[spec.key] = self.list_items(spec)
        sections: list[Section] = []
        used: set[str] = set()
        for path, part in self.objects(foldline.get("sections"), _meta_path("sections")):
            title = self.string(part.get("title"), (*path, "title")).strip()
            source = part.get("source")
            if source in built and source not in used:
                used.add(source)
                items = built[source]
                if part.get("paragraphs") is True:
                    items = tuple(Paragraph(bullet.text) for item in items for bullet in getattr(item, "items", ()))
                sections.append(Section(title, items, _kind(source)))
            elif source is None:
                items = self.objects(part.get("items"), (*path, "items"))
                blocks = tuple(block for where, item in items for block in self.entry(OTHER_SPEC, item, where))
                sections.append(Section(title, blocks, section_kind(title)))
            else:
                self.keep((*path, "source"), source, "names no JSON Resume section")
        for source in DEFAULT_ORDER:
            if source not in used and built[source]:
                sections.append(Section(DEFAULT_TITLES[source], built[source], _kind(source)))
        return sections

    def entry(self, spec: EntrySpec, item: dict, path: Path, as_bullet: bool = False) -> tuple[SectionItem, ...]:
        """One array item as an Entry, a dated bullet, or loose blocks when it has no title, place, dates or link."""
        for alias, key in spec.aliases:
            if alias in item and key not in item:
                item = {**{k: v for k, v in item.items() if k != alias}, key: item[alias]}
        text_keys = (*spec.title_keys, spec.organization_key, spec.location_key, spec.url_key,
                     spec.tagline_key or "", spec.text_key)  # fmt: skip
        list_keys = (spec.bullets_key or "", *(label.key for label in spec.labels if label.is_list))
        date_keys = (spec.start_key, spec.end_key)
        self.unknown_keys(item, {*text_keys, *list_keys, *date_keys, *(label.key for label in spec.labels)}, path)
        fields: Fields = {key: self.string(item.get(key), (*path, key)).strip() for key in text_keys if key}
        fields.update({label.key: self.string(item.get(label.key), (*path, label.key))
                       for label in spec.labels if not label.is_list})  # fmt: skip
        fields.update({key: self.strings(item.get(key), (*path, key)) for key in list_keys if key})
        title = one_line(joined_title(spec, fields))
        if len(spec.title_keys) > 1:
            exact = {key: fields[key] for key in spec.title_keys if fields[key]}
            self.hints.remember(spec.key, title, exact, split_title(spec, title))
        blocks = self.entry_blocks(spec, fields)
        dates = self.date_range(spec, item, path)
        head = (title, fields[spec.organization_key], fields[spec.location_key], fields[spec.url_key])
        if not any(head) and dates is None:
            return blocks
        if as_bullet and _one_date(dates):
            text = compose_dated_bullet(title, dates.start if dates else None)
            exact = {spec.title_keys[0]: fields[spec.title_keys[0]], spec.start_key: iso_date(dates and dates.start)}
            self.hints.remember(spec.key, text, exact, split_dated_bullet(spec, text))
            return (BulletList((Bullet((Run(text),)),)),)  # a title is plain text, as in an entry heading
        return (Entry(title, one_line(head[1]), one_line(head[2]), dates, head[3] or None, blocks),)

    def entry_blocks(self, spec: EntrySpec, fields: Fields) -> tuple[Block, ...]:
        """Tagline, text, bullets and label lines; text that would read back as a tagline or label stays literal."""
        blocks: list[Block] = []
        if spec.tagline_key and (tagline := str(fields[spec.tagline_key]).strip()):
            blocks.append(Paragraph((Run(tagline, italic=True),)))
        for block in text_to_blocks(str(fields[spec.text_key]), lists=spec.bullets_key is None):
            if isinstance(block, Paragraph) and paragraph_role(spec, block, first=not blocks) is not None:
                block = Paragraph((Run(serialize_runs(block.text)),))  # noqa: PLW2901 - kept literal, see docstring
            blocks.append(block)
        if spec.bullets_key and (bullets := [one_line(text) for text in fields[spec.bullets_key] if text.strip()]):
            blocks.append(BulletList(tuple(Bullet(parse_inline(text)) for text in bullets)))
        for label in spec.labels:
            value = fields[label.key]
            shown = one_line(", ".join(value) if isinstance(value, list) else value)
            if shown:
                line = (Run(f"{label.name}:", bold=True), Run(f" {shown}"))
                exact = [text.strip() for text in value] if isinstance(value, list) else shown
                self.hints.remember("labels", f"{label.name}: {shown}", exact, label_value(label.is_list, shown))
                blocks.append(Paragraph(line))
        return tuple(blocks)

    def date_range(self, spec: EntrySpec, item: dict, path: Path) -> DateRange | None:
        start, end = self.date(item, spec.start_key, path), self.date(item, spec.end_key, path)
        if start == PRESENT:
            self.keep((*path, spec.start_key), item[spec.start_key], "is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
            start = None
        if start is None and end is None:
            return None
        ongoing = not spec.single_date and start is not None and not str(item.get(spec.end_key) or "").strip()
        present = end == PRESENT or ongoing
        return DateRange(start, None if end == PRESENT else end, present)  # type: ignore[arg-type]

    def list_items(self, spec: ListSpec) -> tuple[SectionItem, ...]:
        keys = tuple(key for key in (spec.name_key, spec.level_key, spec.keywords_key) if key)
        bullets = []
        for path, item in self.items(spec.key, spec.name_key):
            self.unknown_keys(item, keys, path)
            fields: Fields = {key: self.string(item.get(key), (*path, key)).strip()
                              for key in (spec.name_key, spec.level_key) if key}  # fmt: skip
            if spec.keywords_key:
                fields[spec.keywords_key] = [
                    word.strip() for word in self.strings(item.get(spec.keywords_key), (*path, spec.keywords_key))
                ]
            fields = {key: value for key, value in fields.items() if value}
            if fields:
                line = compose_line(spec, fields)
                self.hints.remember(spec.key, "".join(run.text for run in line), fields, split_line(spec, line))
                bullets.append(Bullet(line))
        return (BulletList(tuple(bullets)),) if bullets else ()

    # --- settings and meta --------------------------------------------------------------------

    def foldline_meta(self) -> dict:
        self.meta = self.object(self.data.get("meta"), ("meta",)) or {}
        return self.object(self.meta.get(FOLDLINE_META), ("meta", FOLDLINE_META)) or {}

    def settings(self, basics: dict, foldline: dict) -> dict[str, str]:
        """Front matter: settings kept under meta["x-foldline"], the photo, meta, hints and kept values."""
        path = _meta_path("settings")
        kept = self.object(foldline.get("settings"), path) or {}
        settings = {key: one_line_json(text) if has_line_break(text) else text
                    for key, value in kept.items() if (text := self.string(value, (*path, key)))}  # fmt: skip
        if image := self.string(basics.get("image"), ("basics", "image")).strip():
            settings[PHOTO_SETTING] = to_setting(image)
        meta = {key: value for key, value in self.meta.items() if key != FOLDLINE_META}
        if meta and depth(meta) <= MAX_KEPT_DEPTH:
            settings[META_SETTING] = one_line_json(meta)
        if hints := self.hints.setting():
            settings[FIELDS_SETTING] = hints
        if self.extra:
            settings[EXTRA_SETTING] = one_line_json(self.extra)
        return settings


def _merge_lists(items: Iterable[SectionItem]) -> tuple[SectionItem, ...]:
    """Adjacent bullet lists (one per simple certificate, say) as one list."""
    merged: list[SectionItem] = []
    for item in items:
        if isinstance(item, BulletList) and merged and isinstance(merged[-1], BulletList):
            merged[-1] = BulletList(merged[-1].items + item.items)
        else:
            merged.append(item)
    return tuple(merged)


def _is_simple(spec: EntrySpec, item: dict) -> bool:
    """An item with a title and at most a date, shown as 'Title, 2021'."""
    title, date = spec.title_keys[0], spec.start_key
    others = (value for key, value in item.items() if key not in (title, date))
    return _has_text(item.get(title)) and not any(_has_text(value) for value in others)


def _has_text(value: object) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    return value not in (None, [], {})


def _one_date(dates: DateRange | None) -> bool:
    return dates is None or (dates.start is not None and dates.end is None and not dates.present)


def _meaning(meaning: tuple[str, object] | None) -> str:
    return json.dumps(meaning, sort_keys=True)


def _kind(source: str) -> SectionKind:
    return SectionKind.SUMMARY if source == SUMMARY_SOURCE else SPECS[source].kind


def _meta_path(key: str) -> Path:
    return ("meta", FOLDLINE_META, key)
