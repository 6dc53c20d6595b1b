"""Setting one front matter value in a resume or letter text, leaving every other character as typed."""

from __future__ import annotations

import re


def with_front_matter_value(text: str, key: str, value: str) -> str:
    """`text` with `key: value` set in its front matter (created at the top when there is none).

    Used only on an explicit choice (a template picked in the app, an application's `master:`),
    so the text records it where the user can see and change it.
    """
    lines = text.split("\n")
    if lines and lines[0].strip() == "---":
        for index in range(1, len(lines)):
            stripped = lines[index].strip()
            if stripped == "---":
                return "\n".join([*lines[:index], f"{key}: {value}", *lines[index:]])
            if re.match(rf"^{re.escape(key)}\s*:", stripped):
                lines[index] = f"{key}: {value}"
                return "\n".join(lines)
    return f"---\n{key}: {value}\n---\n\n{text}"
