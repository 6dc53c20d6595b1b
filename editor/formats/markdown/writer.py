"""Write the Resume model as canonical resume Markdown (the dialect of resources/help/resume-markdown.md).

Canonical means: front matter when there are settings, `# Name`, headline lines, one contact
line joined with ` · `, a blank line around each `##`, a blank line before each `###` with its
bullets right under it, entry fields as `Title | Organization | Location | Dates`, and a
backslash before any character that would otherwise be read as markup.

Why it re-reads what it writes in two places (entry headings, header lines): those are the
lines where the reader guesses, and checking the guess is simpler than predicting it.
"""

from __future__ import annotations

import re

from editor.formats.dates import display_date_range, parse_date_range
from editor.formats.markdown.comment_writer import place_comments
from editor.formats.markdown.contacts import STRONG_SEPARATORS, read_contact_item, read_contact_line
from editor.formats.markdown.entry import read_entry_heading
from editor.formats.markdown.inline_writer import escape, link_target, write_text
from editor.formats.markdown.lines import FRONT_MATTER_FENCE, LineKind, classify, format_setting, needs_line_escape
from editor.model import Block, Bullet, BulletList, ContactItem, Entry, Header, Paragraph, Resume, Section, Text

_PARENTHESISED = re.compile(r"\(([^()]*)\)")

NESTED_PREFIX = "  "
CONTACT_SEPARATOR = " · "
_CONTACT_PUNCTUATION = "@.()+-–—,/:" + STRONG_SEPARATORS


def write_markdown(resume: Resume) -> str:
    """The resume as text that `read_markdown` reads back to an equal model, private notes included."""
    parts: list[str] = []
    if resume.settings:
        settings = "\n".join(format_setting(key, value) for key, value in resume.settings.items())
        parts.append(f"{FRONT_MATTER_FENCE}\n{settings}\n{FRONT_MATTER_FENCE}")
    header = _header(resume.header)
    if header:
        parts.append(header)
    for section in resume.sections:
        parts.extend(_section(section))
    return place_comments("\n\n".join(parts) + "\n" if parts else "", resume)


def _line_start(line: str) -> str:
    """A backslash before the first character when the line would otherwise be a heading, bullet or rule."""
    line = line.lstrip()
    if not needs_line_escape(line):
        return line
    digits = len(line) - len(line.lstrip("0123456789"))
    return f"{line[:digits]}\\{line[digits:]}"


def _heading(marker: str, content: str) -> str:
    """`## Title`, keeping a trailing ` #` from being read as closing hashes."""
    if content.endswith("#"):
        content = content[:-1] + "\\#"
    return f"{marker} {content}" if content else marker


def _header(header: Header) -> str:
    if not (header.name or header.headline or header.contacts):
        return ""
    lines = [_heading("#", escape(header.name))]
    for index, text in enumerate(header.headline):
        lines.append(_headline(text, below_header_line=index > 0))
    if header.contacts:
        lines.append(_line_start(CONTACT_SEPARATOR.join(_contact(item) for item in header.contacts)))
    return "\n".join(lines)


def _headline(text: Text, below_header_line: bool) -> str:
    """A headline line, with contact-like characters escaped if it would pass for a contact line."""
    line = _line_start(write_text(text))
    if read_contact_line(line, 0, len(line), below_header_line) is None:
        return line
    return _line_start(write_text(text, _CONTACT_PUNCTUATION))


def _contact(item: ContactItem) -> str:
    """The item bare if it reads back as itself, with more escapes if needed, else as a link."""
    plain = escape(item.text, STRONG_SEPARATORS + ">")
    plain = plain.replace(" -", " \\-").replace(" –", " \\–").replace(" —", " \\—")
    expected = (item.text, item.kind, item.link)
    candidates = [plain, escape(item.text, _CONTACT_PUNCTUATION)]
    if item.link is not None:
        candidates.append(f"[{plain}]({link_target(item.link)})")
    for candidate in candidates:
        found = read_contact_item(candidate)
        if found is not None and (found.text, found.kind, found.link) == expected:
            return candidate
    return candidates[-1]


def _section(section: Section) -> list[str]:
    parts = [_heading("##", escape(section.title))]
    for item in section.items:
        parts.append(_entry(item) if isinstance(item, Entry) else _block(item))
    return parts


def _entry(entry: Entry) -> str:
    lines = [_entry_heading(entry)]
    for index, block in enumerate(entry.blocks):
        if index > 0 or not isinstance(block, BulletList):
            lines.append("")
        lines.append(_block(block))
    return "\n".join(lines)


def _entry_fields(entry: Entry) -> list[str]:
    fields = [escape(value, _field_markup(value, entry)) for value in (entry.title, entry.organization, entry.location)]
    if entry.url:
        linked = next((index for index in (1, 0, 2) if fields[index]), None)
        if linked is not None:
            fields[linked] = f"[{fields[linked]}]({link_target(entry.url)})"
    fields.append(display_date_range(entry.dates) if entry.dates is not None else "")
    while fields and not fields[-1]:
        fields.pop()
    return fields


def _field_markup(value: str, entry: Entry) -> str:
    """Characters to escape in a heading field beyond the inline markup: the pipes, and the '(' of a
    parenthesised date when the entry has no dates ("](2021)" would read back as dates 2021)."""
    dated = entry.dates is None and any(parse_date_range(inner) for inner in _PARENTHESISED.findall(value))
    return "|(" if dated else "|"


def _entry_heading(entry: Entry) -> str:
    fields = _entry_fields(entry)
    line = "###" + (f" {fields[0]}" if fields and fields[0] else "")
    line += "".join(f" | {value}" if value else " |" for value in fields[1:])
    if line.endswith("#") and len(line) > 3:
        line = line[:-1] + "\\#"
    if len(fields) <= 1 and not _reads_back(line, entry):
        line += " |"
    return line


def _reads_back(line: str, entry: Entry) -> bool:
    heading = read_entry_heading(line, 4 if len(line) > 3 else 3)
    title = heading.role("title").text
    return (title, heading.role("organization").text, heading.dates) == (entry.title, "", None)


def _block(block: Block) -> str:
    if isinstance(block, Paragraph):
        return _line_start(write_text(block.text))
    return "\n".join(_bullet(bullet) for bullet in block.items)


def _bullet(bullet: Bullet) -> str:
    prefix = NESTED_PREFIX if bullet.level > 0 else ""
    content = write_text(bullet.text)
    line = f"{prefix}- {content}".rstrip()
    if classify(1, line).kind is not LineKind.BULLET:
        line = f"{prefix}- \\{content}"
    return line
