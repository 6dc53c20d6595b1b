"""Text inside JSON Resume strings: inline Markdown runs, paragraph/bullet blocks, one-line values.

Why Markdown inside JSON: JSON Resume themes render `**bold**`, `*italic*` and `[text](url)` in
summaries and highlights, and Foldline's bold keywords must survive a trip through JSON. The
codec is built so that `serialize_runs(parse_inline(s)) == s` for every string `s` (a JSON string
read and written back is unchanged), and a run the codec cannot mark up is written as its bare
text, never dropped.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace

from editor.model import Block, Bullet, BulletList, Paragraph, Run, Text

_INLINE = re.compile(
    r"\*\*\*(?=\S)(?P<bold_italic>.+?)(?<=\S)\*\*\*"
    r"|\*\*(?=\S)(?P<bold>.+?)(?<=\S)\*\*"
    r"|\*(?=[^\s*])(?P<italic>[^*]+?)(?<=\S)\*"
    r"|\[(?P<link_text>(?:[^\[\]\n]|\[[^\[\]\n]*\])+)\]\((?P<link>[^()\s]+)\)"
)
_BULLET_LINE = re.compile(r"^( *)- (.*)$")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_LINE_BREAKS = re.compile("[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def parse_inline(value: str) -> Text:
    """Runs of a JSON string that may carry inline Markdown emphasis and links."""
    result: list[Run] = []
    position = 0
    for match in _INLINE.finditer(value):
        if match.start() > position:
            result.append(Run(value[position : match.start()]))
        result.append(_styled_run(match))
        position = match.end()
    if position < len(value):
        result.append(Run(value[position:]))
    return tuple(result)


def _styled_run(match: re.Match[str]) -> Run:
    if match["link"] is not None:
        inner = _INLINE.fullmatch(match["link_text"])
        if inner is not None and inner["link"] is None:
            return replace(_styled_run(inner), link=match["link"])
        return Run(match["link_text"], link=match["link"])
    if match["bold_italic"] is not None:
        return Run(match["bold_italic"], bold=True, italic=True)
    if match["bold"] is not None:
        return Run(match["bold"], bold=True)
    return Run(match["italic"], italic=True)


def split_outside_markup(value: str, separator: str, limit: int = -1) -> list[str]:
    """`value.split(separator, limit)`, but never inside an emphasis or a link."""
    spans = [match.span() for match in _INLINE.finditer(value)]
    parts, start, position = [], 0, value.find(separator)
    while position >= 0 and limit != 0:
        if not any(low < position < high for low, high in spans):
            parts.append(value[start:position])
            start = position + len(separator)
            limit -= 1
        position = value.find(separator, position + len(separator))
    return [*parts, value[start:]]


def serialize_runs(text: Text) -> str:
    """Inline Markdown for runs; whitespace at a run's edges goes outside its markers."""
    return "".join(_serialize_run(run) for run in text)


def _serialize_run(run: Run) -> str:
    core = run.text.strip()
    if not core or not (run.bold or run.italic or run.link):
        return run.text
    marker = "*" * (run.bold * 2 + run.italic)
    marked = f"{marker}{core}{marker}"
    if run.link:
        marked = f"[{marked}]({run.link})"
    if parse_inline(marked) != (Run(core, run.bold, run.italic, run.link),):
        return run.text  # e.g. italic text that itself holds '*': keep the characters, drop the style
    start = run.text.index(core)
    return run.text[:start] + marked + run.text[start + len(core) :]


def text_to_blocks(value: str, lists: bool = True) -> tuple[Block, ...]:
    """Paragraphs (split at blank lines) and, if `lists`, '- item' bullet lists of a text."""
    blocks: list[Block] = []
    for piece in _PARAGRAPH_BREAK.split(value.strip()):
        chunk = piece.strip("\n")
        if not chunk.strip():
            continue
        lines = [_BULLET_LINE.match(line) for line in chunk.split("\n")]
        if lists and all(lines):
            blocks.append(BulletList(tuple(Bullet(parse_inline(m[2]), min(len(m[1]) // 2, 1)) for m in lines if m)))
        else:
            blocks.append(Paragraph(parse_inline(chunk)))
    return tuple(blocks)


def blocks_to_text(blocks: tuple[Block, ...] | list[Block]) -> str:
    """The inverse of `text_to_blocks`: paragraphs and '- item' lists separated by blank lines."""
    chunks = []
    for block in blocks:
        if isinstance(block, Paragraph):
            chunks.append(serialize_runs(block.text))
        else:
            chunks.append("\n".join("  " * item.level + "- " + serialize_runs(item.text) for item in block.items))
    return "\n\n".join(chunk for chunk in chunks if chunk.strip())


def one_line(text: str) -> str:
    """Text for a one-line field (a name, a heading field, a bullet): whitespace runs become one space."""
    return " ".join(text.split())


def one_line_json(value: object) -> str:
    """Compact JSON on one line, non-ASCII kept readable, for a front-matter setting."""
    text = json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    return _LINE_BREAKS.sub(lambda match: f"\\u{ord(match[0]):04x}", text)


def to_setting(value: str) -> str:
    """A string as a front-matter value: itself if it is one plain line, else a JSON string literal."""
    if value == value.strip() and not _LINE_BREAKS.search(value) and not value.startswith('"'):
        return value
    return one_line_json(value)


def from_setting(value: str) -> str:
    """The inverse of `to_setting`."""
    if value.startswith('"'):
        try:
            decoded = json.loads(value)
        except ValueError:
            return value
        if isinstance(decoded, str):
            return decoded
    return value


def has_line_break(value: str) -> bool:
    return bool(_LINE_BREAKS.search(value))
