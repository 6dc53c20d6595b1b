"""The checks pane: three things to fix first, then one row per rule that opens to its lines."""

from __future__ import annotations

from editor.analysis.rules import check_resume
from editor.formats.markdown.reader import read_markdown
from editor.ui.checks_panel import ChecksPanel
from tests.analysis.test_priority import MANY
from tests.analysis.test_rules import TODAY


def test_a_flood_of_findings_shows_fix_first_and_one_counted_row_per_rule(qtbot) -> None:
    panel = ChecksPanel()
    qtbot.addWidget(panel)
    panel.resize(600, 400)
    panel.show()
    findings = check_resume(read_markdown(MANY), MANY, today=TODAY)
    panel.set_results(findings, [])
    tree = panel.tree
    rows = [tree.topLevelItem(index) for index in range(tree.topLevelItemCount())]
    assert [row.text(0) for row in rows][:3] == [
        "Fix these first",
        "18 bullets have no number",
        "2 self-praise phrases instead of evidence",
    ]
    fix_first = rows[0]
    assert fix_first.isExpanded() and fix_first.childCount() == 2
    assert fix_first.child(0).text(0) == "1. 18 bullets have no number"
    bullets = rows[1]
    assert bullets.childCount() == 18 and not bullets.isExpanded()
    assert bullets.child(0).text(0).startswith("Line 16: No number in this bullet")
    jumps = []
    panel.go_to_requested.connect(lambda line, column: jumps.append(line))
    panel.tree.itemClicked.emit(fix_first.child(0), 0)
    assert jumps == [16]
    assert sum(panel.counts().values()) == len(findings) == 20


def test_groups_the_user_opened_stay_open_when_the_findings_update(qtbot) -> None:
    panel = ChecksPanel()
    qtbot.addWidget(panel)
    findings = check_resume(read_markdown(MANY), MANY, today=TODAY)
    panel.set_results(findings, [])
    panel.tree.topLevelItem(1).setExpanded(True)
    panel.tree.topLevelItem(0).setExpanded(False)
    panel.set_results(findings[1:], [])
    assert panel.tree.topLevelItem(1).isExpanded() and not panel.tree.topLevelItem(0).isExpanded()
