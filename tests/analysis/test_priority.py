"""Findings grouped by rule, costliest in a skim first, in the pane's order and the terminal report."""

from __future__ import annotations

import re

from editor.analysis.excerpt import elide, excerpt
from editor.analysis.findings import Finding
from editor.analysis.report import build_report, format_report
from editor.analysis.rules.priority import fix_first, group_findings
from editor.formats.markdown.reader import read_markdown
from editor.model import Severity
from tests.analysis.test_rules import BASE
from tests.conftest import SAMPLES

CITIES = (
    "Aurora Boulder Cheyenne Durango Eagle Fruita Golden Greeley Lamar Leadville Limon Lyons Ouray Pueblo Salida "
    "Vail Walden Yuma"
)
BARE_BULLETS = "\n".join(f"- Handled customer escalations for {city}" for city in CITIES.split())
MANY = BASE.replace("- Scheduled 120 loads", BARE_BULLETS + "\n- Scheduled 120 loads").replace(
    "## Experience", "## Summary\n\nA hard worker and a quick learner.\n\n## Experience"
)


def finding(rule: str, line: int, severity: Severity = Severity.WARNING) -> Finding:
    return Finding(rule, severity, f"{rule} on line {line}", line)


def test_findings_of_one_rule_become_one_counted_group() -> None:
    groups = group_findings([finding("unquantified-bullets", line) for line in (30, 12, 14)])
    [group] = groups
    assert group.summary == "3 bullets have no number"
    assert [f.line for f in group.findings] == [12, 14, 30] and group.line == 12


def test_key_facts_come_before_evidence_and_style_and_suggestions_come_last() -> None:
    found = [
        finding("personal-interests", 40, Severity.INFO),
        finding("long-bullets", 9),
        finding("unquantified-bullets", 8),
        finding("first-person", 3),
        finding("key-facts-below-fold", 60),
        finding("no-bold-keywords", 8),
    ]
    order = [group.rule for group in group_findings(found)]
    assert order == [
        "key-facts-below-fold",
        "no-bold-keywords",
        "unquantified-bullets",
        "long-bullets",
        "first-person",
        "personal-interests",
    ]
    assert [group.rule for group in fix_first(group_findings(found))] == order[:3]


def test_suggestions_never_make_the_fix_first_list() -> None:
    assert fix_first(group_findings([finding("personal-interests", 40, Severity.INFO)])) == []


def test_the_terminal_report_lists_three_to_fix_first_and_one_line_per_rule() -> None:
    text = format_report(build_report(read_markdown(MANY), MANY, (SAMPLES / "job-description.txt").read_text()))
    checks = text[text.index("Checks:") : text.index("Grammar:")]
    assert "  Fix these first:\n    1. [warning] " in checks
    assert len(re.findall(r"^    \d\. ", checks, re.MULTILINE)) <= 3
    assert "18 bullets have no number (lines 16, 17, 18, 19, 20, 21, 22, 23, …)" in checks
    assert checks.count("No number in this bullet") == 0  # the rule's message once, not eighteen times
    assert checks.count("bullets have no number") == 1  # and once, not again after the first three
    assert "\n         line 16: “Handled customer escalations for Aurora”\n" in checks  # each row: its own line
    assert checks.count("“Handled customer escalations for") == 18
    assert "2 self-praise phrases instead of evidence (line 7)" in checks
    assert "line 7: “…hard worker and a quick learner.”\n         line 7: “…quick learner.”" in checks
    assert checks.index("bullets have no number") < checks.index("self-praise")


def test_the_json_report_adds_groups_and_keeps_every_finding() -> None:
    report = build_report(read_markdown(MANY), MANY)
    assert len(report["findings"]) == sum(group["count"] for group in report["finding_groups"])
    unquantified = next(group for group in report["finding_groups"] if group["rule"] == "unquantified-bullets")
    assert unquantified["count"] == 18 and unquantified["summary"] == "18 bullets have no number"
    excerpts = [finding["excerpt"] for finding in report["findings"] if finding["rule"] == "unquantified-bullets"]
    assert excerpts[0] == "Handled customer escalations for Aurora" and len(set(excerpts)) == 18
    assert report["fix_first"] == ["unquantified-bullets", "opinion-words"]


def test_an_excerpt_is_the_printed_line_cut_at_a_word_near_sixty_characters() -> None:
    lines = ["## Experience", "- Led a team of **eight** support agents through the move to Zendesk and more", ""]
    first = "Led a team of eight support agents through the move to…"
    assert excerpt(lines, finding("unquantified-bullets", 2)) == first
    column = lines[1].index("Zendesk")
    assert excerpt(lines, Finding("opinion-words", Severity.WARNING, "m", 2, column, column + 7)) == "…Zendesk and more"
    assert excerpt(lines, finding("unquantified-bullets", 3)) == ""
    assert excerpt(lines, finding("missing-contact", 0)) == ""
    assert excerpt(lines, finding("unquantified-bullets", 9)) == ""
    assert elide("x" * 80) == "x" * 59 + "…"
