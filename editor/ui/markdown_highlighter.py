"""Styling resume Markdown so the source reads like the document it becomes.

Why a rule table: every construct of the dialect is one aligned row (pattern, what each group
is), the way ReText's highlighter reads; the scanning is pure Python that returns styled ranges,
and the Qt class only turns style names into character formats.

Constraints: highlighting runs on the UI thread for the one block that changed (Qt re-runs the
next block only when a block's state changes), so a rule may look at its own line and at the
state the previous line left behind, never further. Ranges are found in code points and converted
to UTF-16 just before `setFormat`, so an emoji does not shift the styling after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum
from itertools import pairwise

from PySide6.QtGui import QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from editor.ui.editor_colours import EditorColours
from editor.ui.text_positions import utf16_offset

StyleKeys = tuple[str, ...]


class BlockState(IntEnum):
    """What the previous line leaves behind for the next one."""

    BODY = 0
    FRONT_MATTER = 1
    AFTER_NAME = 2
    IN_CONTACT = 3
    DOCUMENT_START = 4


@dataclass(frozen=True)
class Rule:
    """A pattern and, per capture group, the style keys its text gets (None: unstyled)."""

    pattern: re.Pattern[str]
    group_styles: tuple[StyleKeys | None, ...]
    line_styles: StyleKeys = ()


def _rule(pattern: str, *group_styles: str | None, line: str = "") -> Rule:
    styles = tuple(tuple(style.split()) if style else None for style in group_styles)
    return Rule(re.compile(pattern), styles, tuple(line.split()))


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:{_MONTH}\s+\d{{4}}|\d{{1,2}}/\d{{4}}|\d{{4}}-\d{{2}}|(?:19|20)\d{{2}})"
_DATE_END = rf"(?:{_DATE}|Present|Current|Now|Today|present|current|now|today)"

_NAME_LINE_RULE = _rule(r"^(#)(?=\s)", "marker", line="name")
_ENTRY_LINE_RULE = _rule(r"^(#{3,6})(?=\s)", "marker", line="entry")

# Whole-line constructs: the first row whose pattern matches the line wins.
LINE_RULES: tuple[Rule, ...] = (
    #      pattern                                   groups' styles
    _NAME_LINE_RULE,
    _rule(r"^(##)(?=\s)",                            "marker",                  line="section"),
    _ENTRY_LINE_RULE,
    _rule(r"^\s*((?:-{3,}|\*{3,}|_{3,})\s*)$",       "muted"),
    _rule(r"^\s*([-*+•])(?=\s)",                     "bullet"),
)  # fmt: skip

# Parts of an entry line (`### Title | Organization | Location | Mar 2021 – Present`).
ENTRY_RULES: tuple[Rule, ...] = (
    _rule(r"\s(\|)\s|\s([–—]|-{1,2})\s(?=\S)",                                   "separator", "separator"),
    _rule(rf"({_DATE}(?:\s*(?:[–—-]|to)\s*{_DATE_END})?|\b(?:Present|Current)\b)", "dates"),
)  # fmt: skip

# Emphasis and links, anywhere outside the front matter. Emphasis spans at most 300 characters
# and a link stops at the next opening bracket, so an opening marker without a closing one is
# looked past only that far, never to the line's end (which made a pasted line cost n²).
INLINE_RULES: tuple[Rule, ...] = (
    #      pattern                                                            groups' styles
    _rule(r"(?<![*\\])(\*\*\*)(?![*\s])(.{1,300}?)(?<![\s*\\])(\*\*\*)(?!\*)",      "marker", "bold italic", "marker"),
    _rule(r"(?<![*\\])(\*\*)(?![*\s])(.{1,300}?)(?<![\s\\])(\*\*)",                   "marker", "bold", "marker"),
    _rule(r"(?<![\w\\])(__)(?![_\s])(.{1,300}?)(?<![\s\\])(__)(?!\w)",              "marker", "bold", "marker"),
    _rule(r"(?<![*\\])(\*)(?![*\s])(.{1,300}?)(?<![\s*\\])(\*)(?!\*)",              "marker", "italic", "marker"),
    _rule(r"(?<![\w\\])(_)(?![_\s])(.{1,300}?)(?<![\s\\])(_)(?!\w)",                "marker", "italic", "marker"),
    _rule(r"(?<!\\)(\[)([^\[\]]+)(\]\()([^)\s\[]+(?:\s+\"[^\"]*\")?)(\))",        "marker", "link", "marker",
          "link_target", "marker"),
    _rule(r"(<)((?:https?://|mailto:)[^<>\s]+)(>)",                           "marker", "link", "marker"),
    _rule(r"(\\)[\\`*_{}\[\]()#+\-.!|]",                                      "marker"),
)  # fmt: skip

# Front matter (`key: value` between `---` lines at the very top) and the lines under the name.
FRONT_MATTER_RULE = _rule(r"^(\s*[\w-]+\s*:)", "front_matter_key")
CONTACT_SEPARATOR_RULE = _rule(r"\s([·•|])\s", "separator")
_CONTACT_HINT = re.compile(r"@|\d{3}|\s[·•|]\s|https?://|\w\.\w+/")
_DELIMITERS = ("---", "...")
# Emphasis patterns look ahead for their closing marker, so a line of unclosed markers costs its
# length squared; no resume line is this long, and past it only the line's own style is shown,
# drawn without text shaping (kerning, ligatures) for the scripts that do not need it: shaping a
# pasted 200,000-character blob took half of the UI thread's layout of it.
MAX_STYLED_LINE = 4000


def scan_line(text: str, previous_state: BlockState) -> tuple[list[tuple[int, int, StyleKeys]], BlockState]:
    """The styled ranges of one line (code-point start, end, style keys) and the state it leaves.

    Later ranges are layered over earlier ones, so a bold word inside a section title is both.
    """
    stripped = text.strip()
    if previous_state is BlockState.DOCUMENT_START and stripped == "---":
        return [(0, len(text), ("front_matter",))], BlockState.FRONT_MATTER
    if previous_state is BlockState.FRONT_MATTER:
        ranges = [(0, len(text), ("front_matter",))]
        if stripped in _DELIMITERS:
            return ranges, BlockState.BODY
        return _apply_rule(FRONT_MATTER_RULE, text, ranges), BlockState.FRONT_MATTER
    ranges: list[tuple[int, int, StyleKeys]] = []
    line_rule = next((rule for rule in LINE_RULES if rule.pattern.search(text)), None)
    if line_rule is not None:
        _apply_rule(line_rule, text, ranges)
        if line_rule is _ENTRY_LINE_RULE:
            for rule in ENTRY_RULES:
                _apply_rule(rule, text, ranges)
        state = BlockState.AFTER_NAME if line_rule is _NAME_LINE_RULE else BlockState.BODY
    else:
        state = _header_line_state(text, stripped, previous_state, ranges)
    if len(text) <= MAX_STYLED_LINE:
        for rule in INLINE_RULES:
            _apply_rule(rule, text, ranges)
    return ranges, state


def _header_line_state(
    text: str, stripped: str, previous_state: BlockState, ranges: list[tuple[int, int, StyleKeys]]
) -> BlockState:
    """Style the headline and contact lines under the name; other plain lines leave BODY."""
    if previous_state is BlockState.AFTER_NAME:
        if not stripped:
            return BlockState.AFTER_NAME
        if _CONTACT_HINT.search(text) is None:
            ranges.append((0, len(text), ("headline",)))
            return BlockState.IN_CONTACT
    elif previous_state is not BlockState.IN_CONTACT or not stripped:
        return BlockState.BODY
    ranges.append((0, len(text), ("contact",)))
    _apply_rule(CONTACT_SEPARATOR_RULE, text, ranges)
    return BlockState.IN_CONTACT


def _apply_rule(rule: Rule, text: str, ranges: list[tuple[int, int, StyleKeys]]) -> list[tuple[int, int, StyleKeys]]:
    for match in rule.pattern.finditer(text):
        if rule.line_styles:
            ranges.append((0, len(text), rule.line_styles))
        for group, styles in enumerate(rule.group_styles, start=1):
            if styles and match.end(group) > match.start(group) >= 0:
                ranges.append((match.start(group), match.end(group), styles))
        if rule.line_styles:
            break
    return ranges


def flatten(ranges: list[tuple[int, int, StyleKeys]]) -> list[tuple[int, int, StyleKeys]]:
    """Non-overlapping segments, each carrying the keys of every range covering it, in layer order.

    One sweep over the boundaries with the ranges open at each: linear in the ranges of a line
    (a bullet of 4,000 bold words used to cost ranges × boundaries on the UI thread).
    """
    opening: dict[int, list[int]] = {}
    closing: dict[int, list[int]] = {}
    for layer, (start, end, _) in enumerate(ranges):
        if end > start:
            opening.setdefault(start, []).append(layer)
            closing.setdefault(end, []).append(layer)
    open_layers: set[int] = set()
    segments: list[tuple[int, int, StyleKeys]] = []
    for start, end in pairwise(sorted(opening.keys() | closing.keys())):
        open_layers.difference_update(closing.get(start, ()))
        open_layers.update(opening.get(start, ()))
        keys = tuple(key for layer in sorted(open_layers) for key in ranges[layer][2])
        if not keys:
            continue
        if segments and segments[-1][1] == start and segments[-1][2] == keys:
            segments[-1] = (segments[-1][0], end, keys)
        else:
            segments.append((start, end, keys))
    return segments


@dataclass(frozen=True)
class Style:
    """How one style key looks: size relative to the editor font, weight, slant, colour role."""

    size: float | None = None
    weight: QFont.Weight | None = None
    italic: bool = False
    underline: bool = False
    colour: str | None = None
    unshaped: bool = False


_BOLD, _NORMAL = QFont.Weight.Bold, QFont.Weight.Normal

# Later keys in a segment override earlier ones: a `#` marker keeps the name's size but is muted.
STYLES: dict[str, Style] = {
    "name":             Style(size=1.75, weight=_BOLD),
    "section":          Style(size=1.3, weight=_BOLD, colour="accent"),
    "entry":            Style(size=1.05, weight=_BOLD),
    "headline":         Style(size=1.12),
    "contact":          Style(colour="text"),
    "bold":             Style(weight=_BOLD),
    "italic":           Style(italic=True),
    "marker":           Style(colour="muted"),
    "muted":            Style(colour="muted"),
    "separator":        Style(weight=_NORMAL, colour="muted"),
    "dates":            Style(weight=_NORMAL, colour="muted"),
    "bullet":           Style(weight=_BOLD, colour="accent"),
    "link":             Style(underline=True, colour="link"),
    "link_target":      Style(size=0.9, colour="muted"),
    "front_matter":     Style(size=0.9, colour="muted"),
    "front_matter_key": Style(weight=QFont.Weight.DemiBold),
    "unshaped":         Style(unshaped=True),
}  # fmt: skip


class ResumeHighlighter(QSyntaxHighlighter):
    """Styles resume Markdown: large bold name, accented sections, bold entries, dimmed markers."""

    def __init__(self, document: QTextDocument, colours: EditorColours, base_font: QFont) -> None:
        super().__init__(document)
        self._colours = colours
        self._base_point_size = base_font.pointSizeF()
        self._formats: dict[StyleKeys, QTextCharFormat] = {}

    def set_appearance(self, colours: EditorColours, base_font: QFont) -> None:
        """Restyle the whole document after a theme or font change."""
        self._colours = colours
        self._base_point_size = base_font.pointSizeF()
        self._formats.clear()
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        if self.currentBlock().previous().isValid():
            previous = BlockState(max(self.previousBlockState(), BlockState.BODY))
        else:
            previous = BlockState.DOCUMENT_START
        ranges, state = scan_line(text, previous)
        self.setCurrentBlockState(state)
        if len(text) > MAX_STYLED_LINE:
            ranges.insert(0, (0, len(text), ("unshaped",)))
        astral = not text.isascii()
        for start, end, keys in flatten(ranges):
            first, last = (utf16_offset(text, start), utf16_offset(text, end)) if astral else (start, end)
            self.setFormat(first, last - first, self._format(keys))

    def _format(self, keys: StyleKeys) -> QTextCharFormat:
        cached = self._formats.get(keys)
        if cached is None:
            cached = QTextCharFormat()
            for key in keys:
                self._add_style(STYLES[key], cached)
            self._formats[keys] = cached
        return cached

    def _add_style(self, style: Style, char_format: QTextCharFormat) -> None:
        if style.size is not None:
            char_format.setFontPointSize(self._base_point_size * style.size)
        if style.weight is not None:
            char_format.setFontWeight(style.weight)
        if style.italic:
            char_format.setFontItalic(True)
        if style.underline:
            char_format.setFontUnderline(True)
        if style.colour is not None:
            char_format.setForeground(getattr(self._colours, style.colour))
        if style.unshaped:
            char_format.setFontStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
