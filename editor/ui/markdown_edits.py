"""What the editor's formatting commands do to the text, as pure functions of lines and columns.

Why pure: toggling `**`, adding `## ` or nesting a bullet is decided on Python strings with
code-point columns and tested without Qt; `markdown_commands` applies the result to the document.
"""

from __future__ import annotations

import re

BULLET = re.compile(r"^(\s*)([-*+•])(\s+|$)")
HEADING = re.compile(r"^(#{1,6})(\s+|$)")
ENTRY_HEADING = re.compile(r"^#{3,6}\s+")
_WORD = re.compile(r"[\w’'&.+#/-]*\w[\w’'&+#/-]*|\w")
INDENT = "  "
ENTRY_TEMPLATE = ("### Title | Organization | City, ST | Mon YYYY – Present", "- ")
ENTRY_PLACEHOLDER = "Title"


def toggled_emphasis(line: str, start: int, end: int, marker_count: int) -> tuple[str, int, int]:
    """`line` with `**` (marker_count 2) or `*` (1) toggled around columns start..end or the word there.

    Returns the new line and the new selection, which covers the emphasised text without markers.
    """
    if start == end:
        word = next((match for match in _WORD.finditer(line) if match.start() <= start <= match.end()), None)
        if word is None:
            markers = "*" * marker_count
            return line[:start] + markers * 2 + line[start:], start + marker_count, start + marker_count
        start, end = word.start(), word.end()
    while start < end and line[start] == "*" and line[end - 1] == "*":
        start, end = start + 1, end - 1
    left = len(line[:start]) - len(line[:start].rstrip("*"))
    right = len(line[end:]) - len(line[end:].lstrip("*"))
    shared = min(left, right)
    present = shared >= 2 if marker_count == 2 else shared % 2 == 1
    kept = shared + (-marker_count if present else marker_count)
    outer_start, outer_end = start - shared, end + shared
    new_line = line[:outer_start] + "*" * kept + line[start:end] + "*" * kept + line[outer_end:]
    new_start = outer_start + kept
    return new_line, new_start, new_start + (end - start)


def toggled_headings(lines: list[str], level: int) -> list[str]:
    """Lines turned into headings of `level`, or back to plain text if they all already are."""
    content = [line for line in lines if line.strip()]
    all_at_level = bool(content) and all(heading_level(line) == level for line in content)
    result = []
    for line in lines:
        body = _without_prefix(line)
        if not line.strip():
            result.append(line)
        elif all_at_level:
            result.append(body)
        else:
            result.append("#" * level + " " + body)
    return result


def heading_level(line: str) -> int:
    """The heading level of a line (`## Skills` is 2), or 0 for other lines."""
    match = HEADING.match(line)
    return len(match.group(1)) if match else 0


def toggled_bullets(lines: list[str]) -> list[str]:
    """Lines made bullets (`- `), or plain text again if every non-empty line already is one."""
    content = [line for line in lines if line.strip()]
    if content and all(BULLET.match(line) for line in content):
        return [BULLET.sub("", line) if line.strip() else line for line in lines]
    if not content:
        return ["- " for _ in lines]
    return ["- " + _without_prefix(line) if line.strip() else line for line in lines]


def indented_bullets(lines: list[str], outdent: bool) -> list[str] | None:
    """Bullets nested one level deeper (or shallower); None when the lines are not all bullets."""
    content = [line for line in lines if line.strip()]
    if not content or not all(BULLET.match(line) for line in content):
        return None
    if not outdent:
        return [INDENT + line if line.strip() else line for line in lines]
    return [_outdented(line) for line in lines]


def continued_bullet(line: str, column: int) -> tuple[str, str | None] | None:
    """What Enter at `column` of a bullet does: the new text of this line and of the line it opens.

    Enter on an empty bullet ends the list (or moves a nested bullet up a level) and opens no
    line (None). Returns None when the line is no bullet or the cursor is inside its marker, so
    Enter behaves as usual.
    """
    match = BULLET.match(line)
    if match is None or column < match.end():
        return None
    if not line[match.end() :].strip():
        return (_outdented(line) if match.group(1) else ""), None
    marker = match.group(1) + match.group(2) + " "
    return line[:column].rstrip(" "), marker + line[column:].lstrip(" ")


def entry_field(line: str, column: int, forward: bool) -> tuple[int, int] | None:
    """The next (or previous) `|`-separated field of an entry heading, wrapping around.

    Why: after "Insert entry" the user tabs through Title, Organization, City and dates.
    """
    prefix = ENTRY_HEADING.match(line)
    if prefix is None:
        return None
    fields = [
        (match.start() + len(match.group()) - len(match.group().lstrip()), match.start() + len(match.group().rstrip()))
        for match in re.finditer(r"[^|]+", line[prefix.end() :])
    ]
    fields = [(start + prefix.end(), end + prefix.end()) for start, end in fields if end > start]
    if not fields:
        return None
    current = next((index for index, (_, end) in enumerate(fields) if column <= end), len(fields) - 1)
    if fields[current][0] > column and forward:
        return fields[current]
    return fields[(current + (1 if forward else -1)) % len(fields)]


def _without_prefix(line: str) -> str:
    """A line's text without its heading or bullet marker."""
    return BULLET.sub("", HEADING.sub("", line, count=1), count=1)


def _outdented(line: str) -> str:
    if line.startswith("\t"):
        return line[1:]
    return line[min(len(INDENT), len(line) - len(line.lstrip(" "))) :]
