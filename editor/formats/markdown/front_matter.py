"""Writing settings into a resume's front matter: the one place the app or a proposal sets them.

Why: a template, paper or style choice the user makes (or accepts from "Fit to the fold") is
recorded in the text, where they can see and change it, never kept behind their back.
"""

from __future__ import annotations

import re
from collections.abc import Mapping


def with_front_matter_value(text: str, key: str, value: str) -> str:
    """`text` with `key: value` set in its front matter (created at the top when there is none)."""
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


def with_front_matter_values(text: str, values: Mapping[str, str]) -> str:
    """`text` with every `key: value` of `values` set, in their order."""
    for key, value in values.items():
        text = with_front_matter_value(text, key, value)
    return text
