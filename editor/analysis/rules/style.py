"""The front matter's style settings: a value the writers could not use as typed is said, never hidden."""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.analysis.findings import Finding
from editor.analysis.rules.context import Rule, RuleContext, RuleInfo
from editor.model import Severity
from editor.render.templates import DEFAULT_TEMPLATE, STYLE_KEYS, TEMPLATES, styled_template

STYLE_SETTING = RuleInfo(
    "style-setting",
    "Style setting changed to stay readable",
    Severity.INFO,
    "Body text under 10 pt, margins under half an inch, crowded lines or a pale accent make a resume hard to read "
    "on a recruiter's screen, so the exports keep each setting within readable bounds.",
)


def check_style_settings(context: RuleContext) -> Iterator[Finding]:
    settings = context.resume.settings
    template = TEMPLATES.get(settings.get("template", "").strip().lower(), TEMPLATES[DEFAULT_TEMPLATE])
    for note in styled_template(template, settings)[1]:
        key = note.split(":", 1)[0]
        yield STYLE_SETTING.finding(note[0].upper() + note[1:], _setting_line(context.lines, key))


def _setting_line(lines: list[str], key: str) -> int:
    """The 1-based line of `key:` in the front matter, 0 when it is not there."""
    if key not in STYLE_KEYS or not lines or lines[0].strip() != "---":
        return 0
    pattern = re.compile(rf"{key}\s*:")
    for number, line in enumerate(lines[1:], start=2):
        if line.strip() == "---":
            break
        if pattern.match(line.strip()):
            return number
    return 0


RULES = (Rule(STYLE_SETTING, check_style_settings),)
