"""The checks pane: three things to fix first, then one row per rule that opens to its lines."""

from __future__ import annotations

from PySide6.QtCore import Qt

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
    panel.set_results(findings, [], source=MANY)
    tree = panel.tree
    rows = [tree.topLevelItem(index) for index in range(tree.topLevelItemCount())]
    assert [row.text(0) for row in rows] == [
        "Fix these first",
        "1. 18 bullets have no number",
        "2. 2 self-praise phrases instead of evidence",
    ]
    bullets = rows[1]
    assert bullets.childCount() == 18 and not bullets.isExpanded()
    assert bullets.child(0).text(0) == "Line 16: “Handled customer escalations for Aurora”"
    jumps = []
    panel.go_to_requested.connect(lambda line, column: jumps.append(line))
    panel.tree.itemClicked.emit(bullets, 0)
    panel.tree.itemClicked.emit(bullets.child(2), 0)
    assert jumps == [16, 18]
    assert sum(panel.counts().values()) == len(findings) == 20


def test_groups_the_user_opened_stay_open_when_the_findings_update(qtbot) -> None:
    panel = ChecksPanel()
    qtbot.addWidget(panel)
    findings = check_resume(read_markdown(MANY), MANY, today=TODAY)
    panel.set_results(findings, [])
    panel.tree.topLevelItem(1).setExpanded(True)
    panel.set_results(findings[1:], [])
    assert panel.tree.topLevelItem(1).isExpanded() and not panel.tree.topLevelItem(2).isExpanded()


def test_the_rest_follow_the_three_to_fix_first_in_the_same_order(qtbot) -> None:
    text = MANY.replace("(303) 555-0199 · sam@example.com", "") + "\n## References\n\nAvailable upon request.\n"
    panel = ChecksPanel()
    qtbot.addWidget(panel)
    panel.set_results(check_resume(read_markdown(text), text, today=TODAY), [])
    rows = [panel.tree.topLevelItem(index).text(0) for index in range(panel.tree.topLevelItemCount())]
    assert rows[0] == "Fix these first" and rows[4] == "Then, by what costs most in a skim"
    assert rows[1] == "1. Line 1: No e-mail address or phone number in the header"
    assert [row[:3] for row in rows[1:4]] == ["1. ", "2. ", "3. "]
    assert rows[5].startswith("Line 42: Delete “references available on request”")
    assert rows[6].startswith("Line 36: Move “Interests” to the end")


def test_rows_under_a_rule_quote_their_own_lines_and_a_double_click_jumps_there(qtbot) -> None:
    long_bullet = "- Led a team of several support agents through the move to Zendesk and rewrote every macro we had"
    text = MANY.replace("- Handled customer escalations for Cheyenne", long_bullet)
    panel = ChecksPanel()
    qtbot.addWidget(panel)
    panel.resize(520, 420)
    panel.show()
    panel.set_results(check_resume(read_markdown(text), text, today=TODAY), [], source=text)
    rows = {panel.tree.topLevelItem(index).text(0): panel.tree.topLevelItem(index) for index in range(3)}
    bullets, praise = rows["1. 18 bullets have no number"], rows["2. 2 self-praise phrases instead of evidence"]
    children = [bullets.child(index).text(0) for index in range(bullets.childCount())]
    assert len(set(children)) == 18 and not any("No number in this bullet" in child for child in children)
    assert children[2] == "Line 18: “Led a team of several support agents through the move to…”"
    assert [praise.child(index).text(0) for index in range(2)] == [
        "Line 7: “…hard worker and a quick learner.”",
        "Line 7: “…quick learner.”",
    ]
    assert bullets.child(2).toolTip(0).startswith("No number in this bullet")
    bullets.setExpanded(True)
    jumps = []
    panel.go_to_requested.connect(lambda line, column: jumps.append(line))
    center = panel.tree.visualItemRect(bullets.child(2)).center()
    with qtbot.waitSignal(panel.tree.itemActivated):  # what a real double-click sends: click, double-click, release
        qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=center)
        qtbot.mouseDClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=center)
        qtbot.mouseRelease(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert jumps == [18, 18]
