"""Tailoring help: the tailored resume beside its master, and the master's bullets that answer what is missing.

Why on the text and not the model: the text is the source of truth (docs/architecture.md, principle 2), and
every suggestion here is a line to insert where the user can see it — a master bullet into
the same job of the tailored copy, or a tailored bullet back into the same job of the master.
Nothing is applied here; the app applies a suggestion only when the user asks, as one undo step.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from editor.analysis.keywords import Keyword, match_keywords
from editor.analysis.letter.placeholders import front_matter_end
from editor.formats.errors import FormatError
from editor.formats.markdown.reader import read_markdown

_BULLET = re.compile(r"^\s*[-*+•]\s+\S")
_ENTRY = re.compile(r"^#{3,6}\s")
_SECTION = re.compile(r"^#{1,2}\s")


@dataclass(frozen=True)
class DiffRow:
    """One row of the side-by-side view: a master line, a tailored line, or both (1-based numbers)."""

    kind: str  # "same", "changed", "removed" (only in the master), "added" (only in the tailored copy)
    master_line: int | None
    master_text: str
    tailored_line: int | None
    tailored_text: str


@dataclass(frozen=True)
class BulletSuggestion:
    """A master bullet holding a term the tailored resume is missing; `insert_after` is None without its job."""

    term: str
    bullet: str
    master_line: int
    entry: str
    insert_after: int | None


def side_by_side(master_text: str, tailored_text: str) -> list[DiffRow]:
    """The two texts line by line after their front matter (where `master:` and `jd:` always differ)."""
    master, tailored = master_text.split("\n"), tailored_text.split("\n")
    master_start, tailored_start = front_matter_end(master), front_matter_end(tailored)
    left, right = master[master_start:], tailored[tailored_start:]
    rows: list[DiffRow] = []
    matcher = difflib.SequenceMatcher(None, left, right, autojunk=False)
    for tag, low, high, start, end in matcher.get_opcodes():
        for offset in range(max(high - low, end - start)):
            here, there = low + offset, start + offset
            left_number = here + master_start + 1 if here < high else None
            right_number = there + tailored_start + 1 if there < end else None
            kind = {"equal": "same", "replace": "changed", "delete": "removed", "insert": "added"}[tag]
            if tag == "replace" and (left_number is None or right_number is None):
                kind = "removed" if right_number is None else "added"
            rows.append(
                DiffRow(
                    kind,
                    left_number,
                    left[here] if left_number else "",
                    right_number,
                    right[there] if right_number else "",
                )
            )
    return rows


def master_bullets_for(master_text: str, tailored_text: str, missing: Sequence[Keyword]) -> list[BulletSuggestion]:
    """For each missing term, the master's bullets holding it that the tailored copy does not have."""
    if not missing:
        return []
    master_lines, tailored_lines = master_text.split("\n"), tailored_text.split("\n")
    present = {line.strip() for line in tailored_lines}
    report = match_keywords(read_markdown(master_text), master_text, missing)
    suggestions: list[BulletSuggestion] = []
    for result in report.terms:
        lines = sorted({occurrence.location.line for occurrence in result.occurrences})
        for number in lines:
            line = master_lines[number - 1]
            if not _BULLET.match(line) or line.strip() in present:
                continue
            entry = entry_heading(master_lines, number)
            insert_after = _last_line_of_entry(tailored_lines, entry) if entry else None
            suggestions.append(BulletSuggestion(result.keyword.term, line, number, entry, insert_after))
    return suggestions


def bring_back(master_text: str, tailored_text: str, line: int) -> tuple[str, int]:
    """The master text with the tailored resume's bullet at `line` added to the same job, and where it went.

    Raises FormatError with one line when the line is not a bullet, is already in the master,
    or its job is not in the master.
    """
    tailored_lines, master_lines = tailored_text.split("\n"), master_text.split("\n")
    bullet = tailored_lines[line - 1] if 1 <= line <= len(tailored_lines) else ""
    if not _BULLET.match(bullet):
        raise FormatError("put the cursor on a bullet of the tailored resume to bring it back to the master")
    if bullet.strip() in {master_line.strip() for master_line in master_lines}:
        raise FormatError("this bullet is already in the master")
    entry = entry_heading(tailored_lines, line)
    after = _last_line_of_entry(master_lines, entry) if entry else None
    if after is None:
        raise FormatError(f"the master has no '{entry or 'job'}' to add this bullet to")
    master_lines.insert(after, bullet)
    return "\n".join(master_lines), after + 1


def entry_heading(lines: Sequence[str], line: int) -> str:
    """The `###` heading a 1-based line belongs to ("" above the first one, or after a new section)."""
    for index in range(line - 1, -1, -1):
        if _ENTRY.match(lines[index]):
            return lines[index].strip()
        if _SECTION.match(lines[index]):
            return ""
    return ""


def _last_line_of_entry(lines: Sequence[str], entry: str) -> int | None:
    """The 1-based line after which a bullet joins the entry: its last bullet, else its heading."""
    start = next((index for index, text in enumerate(lines) if text.strip() == entry), None)
    if start is None:
        return None
    last = start
    for index in range(start + 1, len(lines)):
        if _ENTRY.match(lines[index]) or _SECTION.match(lines[index]):
            break
        if _BULLET.match(lines[index]) or (lines[index].startswith("  ") and lines[index].strip() and last > start):
            last = index
    return last + 1
