"""A seasoned recruiter's rules, run live beside the editor: `check_resume` and the `RULES` table.

Each rule has a stable id (scripts and the front matter's `mute:` key use it), a severity, a
title for the checks panel and a one-line why. A document silences rules with front matter
such as `mute: opinion-words, too-long`. Rules that need the rendered page (small-font,
too-long, key-facts-below-fold) stay silent without a layout map.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from types import MappingProxyType

from editor.analysis.findings import Finding
from editor.analysis.rules import header as rules_header
from editor.analysis.rules import history as rules_history
from editor.analysis.rules import interests as rules_interests
from editor.analysis.rules import layout as rules_layout
from editor.analysis.rules import style as rules_style
from editor.analysis.rules import writing as rules_writing
from editor.analysis.rules.context import Rule, RuleContext, RuleInfo
from editor.model import Resume
from editor.render.layout import LayoutMap

_ALL: tuple[Rule, ...] = (
    rules_header.RULES
    + rules_writing.RULES
    + rules_history.RULES
    + rules_layout.RULES
    + rules_interests.RULES
    + rules_style.RULES
)

RULES: Mapping[str, RuleInfo] = MappingProxyType({rule.info.id: rule.info for rule in _ALL})


def muted_rules(resume: Resume) -> frozenset[str]:
    """Rule ids the document's front matter silences (`mute: opinion-words, too-long`)."""
    return frozenset(word for word in re.split(r"[\s,;]+", resume.settings.get("mute", "")) if word)


def check_resume(
    resume: Resume,
    text: str,
    layout: LayoutMap | None = None,
    fold_y_pt: float | None = None,
    keywords: Sequence[str] = (),
    *,
    today: date | None = None,
) -> list[Finding]:
    """Every rule's findings for a resume, in text order.

    `text` is the resume Markdown the model was read from (positions point into it), `layout`
    the rendered page's map, `fold_y_pt` where the recruiter's first screen ends on page 1,
    `keywords` the job's terms, most important first, and `today` the date a "Present" job
    runs to (default: today).
    """
    context = RuleContext(resume, text, layout, fold_y_pt, tuple(keywords), today or date.today())
    muted = muted_rules(resume)
    findings = [finding for rule in _ALL if rule.info.id not in muted for finding in rule.check(context)]
    return sorted(findings, key=lambda finding: (finding.line, finding.column))
