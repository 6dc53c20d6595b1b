"""Findings grouped by rule and ordered by what costs the most in a recruiter's 7-second skim.

Eighty findings one after another hide the three that matter. A group per rule ("18 bullets
have no number") keeps the pane short; the order follows the advice the checks rest on: the
first screen and the key facts (title, dates, contact) first, then the job's words and the
evidence (bold keywords, numbers), then style, then suggestions. The same order feeds the
checks pane and `foldline analyze`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from editor.analysis.findings import Finding
from editor.model import Severity

FIX_FIRST = 3

# Rule ids by what a skim loses when they fire, costliest first: key facts the recruiter cannot
# see or reach, then the job's words and the evidence, then style, then suggestions.
_ORDER: tuple[str, ...] = (
    "key-facts-below-fold",
    "missing-contact",
    "dates-unrecognised",
    "ats-name-not-first",
    "ats-unreadable",
    "ats-missing-text",
    "ats-contact-unreadable",
    "letter-no-jd-terms",
    "no-bold-keywords",
    "too-long",
    "letter-too-long",
    "home-address",
    "irrelevant-personal-data",
    "not-reverse-chronological",
    "ats-dates-unreadable",
    "ats-reading-order",
    "ats-panel",
    "letter-format",
    "unquantified-bullets",
    "letter-unquantified",
    "paragraphs-not-bullets",
    "opinion-words",
    "employment-gap",
    "long-bullets",
    "first-person",
    "small-font",
    "letter-small-font",
    "references-on-request",
    "personal-interests",
)
_RANK = {rule: rank for rank, rule in enumerate(_ORDER)}
# Where a rule not in the list goes: an error with the key facts, a warning before style, a suggestion last.
_UNLISTED = {
    "error": _RANK["letter-no-jd-terms"] - 0.5,
    "warning": _RANK["long-bullets"] - 0.5,
    "info": len(_ORDER),
}
_SEVERITY_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}

# How a group of several findings of one rule reads: "18 bullets have no number".
_COUNTED: dict[str, str] = {
    "unquantified-bullets": "{n} bullets have no number",
    "long-bullets": "{n} bullets run past two lines",
    "opinion-words": "{n} self-praise phrases instead of evidence",
    "first-person": "{n} uses of “I”, “me” or “my”",
    "paragraphs-not-bullets": "{n} jobs written as paragraphs",
    "key-facts-below-fold": "{n} key facts below the fold",
    "irrelevant-personal-data": "{n} personal details a recruiter should not see",
    "employment-gap": "{n} gaps of more than six months between jobs",
    "dates-unrecognised": "{n} jobs without recognised dates",
    "small-font": "{n} lines set smaller than 9 pt",
    "letter-format": "{n} parts of a business letter missing",
    "home-address": "{n} street addresses in the header",
}


@dataclass(frozen=True)
class FindingGroup:
    """One rule's findings, with the line the checks pane and the terminal show for all of them."""

    rule: str
    severity: Severity
    summary: str
    why: str
    findings: tuple[Finding, ...]

    @property
    def count(self) -> int:
        return len(self.findings)

    @property
    def line(self) -> int:
        """Where the group starts in the text (its first finding with a line)."""
        return next((finding.line for finding in self.findings if finding.line > 0), 0)

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "summary": self.summary,
            "count": self.count,
            "lines": [finding.line for finding in self.findings],
        }


def group_findings(findings: Iterable[Finding]) -> list[FindingGroup]:
    """One group per rule, the costliest in a skim first (then the most severe, then the highest up)."""
    by_rule: dict[str, list[Finding]] = {}
    for finding in findings:
        by_rule.setdefault(finding.rule, []).append(finding)
    groups = [_group(rule, sorted(items, key=lambda f: (f.line, f.column))) for rule, items in by_rule.items()]
    return sorted(groups, key=_cost)


def fix_first(groups: Iterable[FindingGroup], limit: int = FIX_FIRST) -> list[FindingGroup]:
    """The few groups to fix before anything else: the costliest problems (suggestions never make it)."""
    return [group for group in groups if group.severity is not Severity.INFO][:limit]


def _group(rule: str, findings: list[Finding]) -> FindingGroup:
    severity = min((finding.severity for finding in findings), key=_SEVERITY_RANK.__getitem__)
    first = findings[0]
    if len(findings) == 1:
        summary = first.message
    elif rule in _COUNTED:
        summary = _COUNTED[rule].format(n=len(findings))
    else:
        summary = f"{first.message} (and {len(findings) - 1} more)"
    return FindingGroup(rule, severity, summary, first.why, tuple(findings))


def _cost(group: FindingGroup) -> tuple[float, int, int]:
    rank = _RANK.get(group.rule, _UNLISTED[group.severity.value])
    return rank, _SEVERITY_RANK[group.severity], group.line or 10**9
