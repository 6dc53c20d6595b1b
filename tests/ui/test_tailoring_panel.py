"""The Tailoring tab: the diff against the master, a master bullet inserted on request (one undo step), and a
bullet brought back to the master file and undone."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from editor.analysis.applications.create import create_application
from tests.conftest import SAMPLES

MASTER_TEXT = (SAMPLES / "resume.md").read_text(encoding="utf-8")
BILLING_BULLET = "- Handled 60+ phone, chat and email contacts per shift across billing, outages and device setup"
NEW_BULLET = "- Ran the chat queue's overnight pilot: 30% fewer morning escalations"
SCREENSHOTS = os.environ.get("FOLDLINE_SCREENSHOTS")


@pytest.fixture
def tailored(window, tmp_path: Path) -> Path:
    """An application whose resume lost the billing bullet and gained a new one, open in the window."""
    master = tmp_path / "master.md"
    master.write_text(MASTER_TEXT, encoding="utf-8")
    create_application(master, SAMPLES / "job-description.txt", tmp_path / "job")
    resume = tmp_path / "job" / "resume.md"
    text = resume.read_text(encoding="utf-8").replace(BILLING_BULLET + "\n", "")
    resume.write_text(text.replace("- Trained 6 seasonal", NEW_BULLET + "\n- Trained 6 seasonal"), encoding="utf-8")
    window.files.open_path(str(resume))
    window.panes.setCurrentWidget(window.tailoring_panel)
    return resume


def _offers(window) -> list[str]:
    items = window.tailoring_panel.suggestions
    return [items.item(row).text() for row in range(items.count())]


def test_the_tab_shows_the_differences_and_offers_the_master_bullet(window, tailored: Path) -> None:
    panel = window.tailoring_panel
    assert "Compared with master.md: 2 line(s) differ" in panel.summary.text()
    shown = panel.diff_view.toPlainText()
    assert "Handled 60+ phone" in shown and "overnight pilot" in shown
    assert any(offer.startswith("billing — Handled 60+ phone") for offer in _offers(window))
    if SCREENSHOTS:
        window.grab().save(str(Path(SCREENSHOTS) / "tailoring-tab.png"))


def test_inserting_a_suggestion_is_one_undo_step_and_nothing_changes_before(window, tailored: Path) -> None:
    before = window.editor.toPlainText()
    assert BILLING_BULLET not in before
    row = next(index for index, offer in enumerate(_offers(window)) if offer.startswith("billing"))
    window.tailoring_panel.suggestions.setCurrentRow(row)
    window.tailoring_panel.insert_button.click()
    lines = window.editor.toPlainText().split("\n")
    at = lines.index(BILLING_BULLET)
    assert lines[at - 1].startswith("- Led the weekly **quality assurance** review")
    window.editor.undo()
    assert window.editor.toPlainText() == before


def test_a_bullet_goes_back_to_the_master_and_the_undo_restores_the_file(window, tailored: Path) -> None:
    master = tailored.parent.parent / "master.md"
    line = window.editor.toPlainText().split("\n").index(NEW_BULLET)
    window.editor.go_to(line + 1, 0)
    window.tailoring_panel.bring_back_button.click()
    text = master.read_text(encoding="utf-8")
    assert NEW_BULLET in text and text.replace(NEW_BULLET + "\n", "", 1) == MASTER_TEXT
    assert window.tailoring_panel.undo_button.isEnabled()
    window.tailoring_panel.undo_button.click()
    assert master.read_text(encoding="utf-8") == MASTER_TEXT
    assert not window.tailoring_panel.undo_button.isEnabled()


def test_a_line_that_is_not_a_bullet_is_not_brought_back(window, tailored: Path) -> None:
    master = tailored.parent.parent / "master.md"
    window.editor.go_to(1, 0)
    window.tailoring_panel.bring_back_button.click()
    assert master.read_text(encoding="utf-8") == MASTER_TEXT
    assert "put the cursor on a bullet" in window.statusBar().currentMessage()


def test_a_resume_without_a_master_says_so(window) -> None:
    window.files.open_path(str(SAMPLES / "resume.md"))
    window.panes.setCurrentWidget(window.tailoring_panel)
    assert "names no master resume" in window.tailoring_panel.summary.text()
