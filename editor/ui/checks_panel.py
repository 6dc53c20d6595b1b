"""The checks pane: one row per rule ("18 bullets have no number"), the three costliest in a
recruiter's skim under "Fix these first", the rest after them in the same order, each expandable
to its lines (each row quoting its own line, the group saying the rule once); click to jump,
quick fixes where one is obvious."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.analysis.excerpt import excerpt
from editor.analysis.findings import Finding, QuickFix
from editor.analysis.proofing.grammar import GrammarIssue
from editor.analysis.proofing.spelling import Misspelling
from editor.analysis.rules.priority import FindingGroup, fix_first, group_findings
from editor.formats.markdown.lines import split_lines
from editor.model import Severity

SEVERITY_ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)
SEVERITY_COLOURS = {Severity.ERROR: "#d1242f", Severity.WARNING: "#bf8700", Severity.INFO: "#0969da"}
FINDING_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # which group a top-level row is, to keep it open across updates
FIX_FIRST_LABEL = "Fix these first"
THEN_LABEL = "Then, by what costs most in a skim"


class ChecksPanel(QWidget):
    """Lists findings and misspellings; emits where to go and which fix to apply."""

    go_to_requested = Signal(int, int)  # line (1-based), column
    fix_requested = Signal(object)  # a QuickFix
    mute_requested = Signal(str)  # a rule id to silence in this document

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setWordWrap(True)
        self.tree.setAccessibleName("Checks")
        self.tree.itemActivated.connect(self._on_activated)
        self.tree.itemClicked.connect(self._on_activated)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fix_button = QPushButton("Apply fix")
        self.fix_button.setEnabled(False)
        self.fix_button.clicked.connect(self._on_fix_clicked)
        self.mute_button = QPushButton("Mute rule here")
        self.mute_button.setToolTip("Silence this check for this resume (recorded as 'mute:' in the front matter)")
        self.mute_button.setEnabled(False)
        self.mute_button.clicked.connect(self._on_mute_clicked)
        bottom = QHBoxLayout()
        bottom.addWidget(self.why, 1)
        bottom.addWidget(self.fix_button, 0, Qt.AlignmentFlag.AlignTop)
        bottom.addWidget(self.mute_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)
        self._counts: dict[Severity, int] = {}

    def counts(self) -> dict[Severity, int]:
        return dict(self._counts)

    def set_results(
        self,
        findings: list[Finding],
        misspellings: list[Misspelling],
        grammar: list[GrammarIssue] | None = None,
        spelling_note: str = "",
        source: str = "",
    ) -> None:
        """Replace the list, keeping which groups the user opened or closed; `spelling_note` says why
        spelling was not checked ("spelling not checked: language pl"), when it was not; `source` is
        the text the findings are about, quoted in the rows under a rule."""
        toggled = {
            self.tree.topLevelItem(i).data(0, KEY_ROLE): self.tree.topLevelItem(i).isExpanded()
            for i in range(self.tree.topLevelItemCount())
        }
        self.tree.clear()
        self._counts = dict.fromkeys(SEVERITY_ORDER, 0)
        for finding in findings:
            self._counts[finding.severity] += 1
        groups = group_findings(findings)
        lines = split_lines(source)
        first = fix_first(groups)
        rest = [group for group in groups if group not in first]
        if first:
            self._add_heading(FIX_FIRST_LABEL)
            for rank, group in enumerate(first, 1):
                self._add_rule_group(group, toggled, f"{rank}. ", lines)
            if rest:
                self._add_heading(THEN_LABEL)
        for group in rest:
            self._add_rule_group(group, toggled, lines=lines)
        if misspellings:
            rows = [
                (f"Line {m.line}: “{m.word}”" + (f" → {', '.join(m.suggestions[:3])}" if m.suggestions else ""), m)
                for m in misspellings
            ]
            self._add_group("Spelling", Severity.WARNING, rows, toggled)
            self._counts[Severity.WARNING] += len(misspellings)
        if grammar:
            rows = [(f"Line {issue.line}: {issue.message}", issue) for issue in grammar]
            self._add_group("Grammar", Severity.WARNING, rows, toggled)
            self._counts[Severity.WARNING] += len(grammar)
        if spelling_note:
            note = QTreeWidgetItem([f"{spelling_note[:1].upper()}{spelling_note[1:]} (no dictionary for it)"])
            note.setToolTip(0, "Wrong language? Set `language: en` (or de, fr, es, pt, it, ru, nl) in front matter.")
            note.setForeground(0, QColor(SEVERITY_COLOURS[Severity.INFO]))
            self.tree.addTopLevelItem(note)
        if self.tree.topLevelItemCount() == 0:
            self.tree.addTopLevelItem(QTreeWidgetItem(["No problems found. Nice work."]))
        self.why.clear()
        self.fix_button.setEnabled(False)
        self.mute_button.setEnabled(False)

    def _add_heading(self, label: str) -> None:
        """A bold line that only orders the rows under it: nothing to click, nothing to open."""
        heading = _bold(QTreeWidgetItem([label]))
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.tree.addTopLevelItem(heading)

    def _add_rule_group(
        self, group: FindingGroup, toggled: dict[object, bool], rank: str = "", lines: Sequence[str] = ()
    ) -> None:
        """One row per rule with its message; a rule that fired more than once opens to one row per
        finding, which says only what differs: the line and its words (`Line 14: “Led a team of…”`)."""
        text = group.summary if group.count > 1 else self._finding_text(group.findings[0])
        row = QTreeWidgetItem([rank + text])
        row.setData(0, KEY_ROLE, group.rule)
        row.setForeground(0, QColor(SEVERITY_COLOURS[group.severity]))
        row.setToolTip(0, group.why)
        row.setData(0, FINDING_ROLE, group.findings[0])  # a click goes to the first line, and shows why
        for finding in group.findings if group.count > 1 else ():
            words = excerpt(lines, finding)
            child = QTreeWidgetItem([f"Line {finding.line}: “{words}”" if words else self._finding_text(finding)])
            child.setData(0, FINDING_ROLE, finding)
            child.setToolTip(0, finding.message)
            row.addChild(child)
        self.tree.addTopLevelItem(row)
        row.setExpanded(toggled.get(group.rule, False))

    def _add_group(
        self, label: str, severity: Severity, rows: list[tuple[str, object]], toggled: dict[object, bool]
    ) -> None:
        group = _bold(QTreeWidgetItem([f"{label} ({len(rows)})"]))
        group.setData(0, KEY_ROLE, label)
        group.setForeground(0, QColor(SEVERITY_COLOURS[severity]))
        for text, item in rows:
            child = QTreeWidgetItem([text])
            child.setData(0, FINDING_ROLE, item)
            child.setToolTip(0, getattr(item, "why", "") or text)
            group.addChild(child)
        self.tree.addTopLevelItem(group)
        group.setExpanded(toggled.get(label, True))

    @staticmethod
    def _finding_text(finding: Finding) -> str:
        where = f"Line {finding.line}: " if finding.line > 0 else ""
        return f"{where}{finding.message}"

    def _on_activated(self, item: QTreeWidgetItem) -> None:
        target = item.data(0, FINDING_ROLE)
        if target is not None and getattr(target, "line", 0) > 0:
            self.go_to_requested.emit(target.line, target.column)

    def _on_current_changed(self, item: QTreeWidgetItem | None) -> None:
        target = item.data(0, FINDING_ROLE) if item is not None else None
        self.why.setText(f"Why: {target.why}" if getattr(target, "why", "") else "")
        self.fix_button.setEnabled(isinstance(getattr(target, "quick_fix", None), QuickFix))
        self.mute_button.setEnabled(isinstance(target, Finding))

    def _on_mute_clicked(self) -> None:
        item = self.tree.currentItem()
        target = item.data(0, FINDING_ROLE) if item is not None else None
        if isinstance(target, Finding):
            self.mute_requested.emit(target.rule)

    def _on_fix_clicked(self) -> None:
        item = self.tree.currentItem()
        target = item.data(0, FINDING_ROLE) if item is not None else None
        if target is not None and target.quick_fix is not None:
            self.fix_requested.emit(target.quick_fix)


def _bold(item: QTreeWidgetItem) -> QTreeWidgetItem:
    font = item.font(0)
    font.setBold(True)
    item.setFont(0, font)
    return item
