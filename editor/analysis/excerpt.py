"""The few words a finding is about, as printed: what tells apart the rows of one rule's group.

Why: a group says the rule once ("6 bullets have no number"); each row under it must then say
which bullet, or six rows repeat one sentence. The row quotes its line as it prints (no "- "
marker, no `**`), cut to about half a line.
"""

from __future__ import annotations

from collections.abc import Sequence

from editor.analysis.findings import Finding
from editor.formats.markdown.inline import Flat, parse_pieces
from editor.formats.markdown.lines import classify

EXCERPT_LIMIT = 60  # characters: about half a line of the checks pane, enough to recognise a bullet
ELLIPSIS = "…"


def excerpt(lines: Sequence[str], finding: Finding, limit: int = EXCERPT_LIMIT) -> str:
    """The printed text of the finding's line, from its flagged words when it has some; "" without a line.

    Why from the flagged words: two phrases flagged on one line ("Hard worker", "team player")
    must read as two rows, and the words come first where the eye lands.
    """
    if not 0 < finding.line <= len(lines):
        return ""
    line = classify(finding.line, lines[finding.line - 1])
    flat = Flat.of(parse_pieces(line.text, line.start, line.end)[0])
    start = next((index for index, offset in enumerate(flat.offsets) if offset >= finding.column), 0)
    if finding.end_column is None or not flat.text[:start].strip():
        return elide(flat.text.strip(), limit)
    return elide(ELLIPSIS + flat.text[start:].strip(), limit)


def elide(text: str, limit: int = EXCERPT_LIMIT) -> str:
    """`text` cut to at most `limit` characters at a word boundary, with "…" where it was cut."""
    if len(text) <= limit:
        return text
    room = text[: limit - len(ELLIPSIS) + 1]
    cut = room.rfind(" ")
    kept = room[:cut] if cut > limit // 2 else room[:-1]
    return kept.rstrip(" ,;:–—-") + ELLIPSIS
