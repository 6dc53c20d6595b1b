"""The bracketed placeholders a starter letter leaves to fill in: `[Company]`, `[City, State]`, the draft note.

Why an error and not a style hint: a letter that still says "[one sentence: why this team]" is a
letter nobody should send, and the reader notices in the first line. A placeholder is any
`[…]` on one line that is not a Markdown link (`[text](url)`, `[text][ref]`) and not escaped
(`\\[`); the front matter is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from editor.analysis.findings import Finding
from editor.analysis.rules.context import RuleInfo
from editor.model import Severity

DRAFT_NOTE = "[Draft — rewrite in your own words, then delete this line.]"
_PLACEHOLDER = re.compile(r"(?<!\\)\[(?P<inner>[^\[\]\n]*[^\W\d_][^\[\]\n]*)\](?![(\[])")
_FENCE = ("---", "...")

PLACEHOLDERS = RuleInfo(
    "letter-placeholders",
    "A placeholder left in the letter",
    Severity.ERROR,
    "A bracketed placeholder or the draft note tells the reader the letter was never finished; fill in every "
    "[…] and delete the draft line before sending.",
)


@dataclass(frozen=True)
class Placeholder:
    """One `[…]` left to fill in: its 1-based line, 0-based columns and the bracketed text."""

    line: int
    column: int
    end_column: int
    text: str

    @property
    def message(self) -> str:
        """What to do about it, in one line."""
        if self.text == DRAFT_NOTE:
            return "The draft note is still there: rewrite the letter in your own words, then delete this line"
        return f"{self.text} is a placeholder: replace it before sending"


def find_placeholders(text: str) -> list[Placeholder]:
    """Every placeholder in a letter text, in order (front matter skipped)."""
    lines = text.split("\n")
    start = front_matter_end(lines)
    return [
        Placeholder(number, match.start(), match.end(), match.group())
        for number, line in enumerate(lines[start:], start=start + 1)
        for match in _PLACEHOLDER.finditer(line)
    ]


def placeholder_warnings(text: str) -> list[str]:
    """One line per placeholder, as an export warns about them ("line 20: [Company] is a placeholder: …")."""
    return [f"line {placeholder.line}: {placeholder.message}" for placeholder in find_placeholders(text)]


def check_placeholders(text: str) -> Iterator[Finding]:
    """The `letter-placeholders` findings: one error per placeholder."""
    for placeholder in find_placeholders(text):
        yield PLACEHOLDERS.finding(placeholder.message, placeholder.line, placeholder.column, placeholder.end_column)


def front_matter_end(lines: Sequence[str]) -> int:
    """The line number of the front matter's closing fence (0 without front matter)."""
    if not lines or lines[0].strip() != "---":
        return 0
    return next((number for number, line in enumerate(lines[1:], 2) if line.strip() in _FENCE), 0)
