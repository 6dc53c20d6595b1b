"""The Style panel and Fit to the fold as a user meets them: each choice one undo step, nothing
changed until Apply, and the proposal shown before/after side by side."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from PySide6.QtWidgets import QWidget

from editor.analysis.fit import propose_fit
from editor.ui.fit_dialog import FitDialog, FitRequest
from editor.ui.style_panel import StylePanel
from tests.analysis import fit_fixtures
from tests.conftest import SAMPLES


def open_text(window, tmp_path: Path, text: str) -> None:
    shutil.copy(SAMPLES / "job-description.txt", tmp_path / "job-description.txt")
    path = tmp_path / "cv.md"
    path.write_text(text, encoding="utf-8")
    window.files.open_path(str(path))


def screenshot(widget: QWidget, name: str, tmp_path: Path) -> None:
    """Save an offscreen screenshot (to FOLDLINE_SHOTS when set, to look at) and check it is not blank."""
    folder = Path(os.environ.get("FOLDLINE_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    image = widget.grab().toImage()
    assert image.save(str(folder / f"{name}.png"))
    assert len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}) > 20


def test_a_style_choice_is_one_undoable_front_matter_edit_that_changes_the_page(window, tmp_path) -> None:
    open_text(window, tmp_path, fit_fixtures.sample())
    original = window.editor.toPlainText()
    panel: StylePanel = window.recruiter.style_panel
    panel.size.setValue(11.5)
    assert "size: 11.5\n" in window.editor.toPlainText()
    bullets = [line for line in window.last_result.analysis.pdf.layout.lines if line.role.value == "bullet"]
    assert {line.font_size for line in bullets} == {11.5}
    panel.dates.setCurrentIndex(panel.dates.findData("below"))
    panel.dates.activated.emit(panel.dates.currentIndex())
    assert "dates: below\n" in window.editor.toPlainText()
    window.editor.undo()
    assert "dates:" not in window.editor.toPlainText() and "size: 11.5" in window.editor.toPlainText()
    window.editor.undo()
    assert window.editor.toPlainText() == original


def test_the_panel_shows_the_documents_style_without_editing_it(window, tmp_path) -> None:
    text = fit_fixtures.sample().replace("paper: letter\n", "paper: letter\nfont: eb-garamond\naccent: teal\n", 1)
    open_text(window, tmp_path, text)
    panel: StylePanel = window.recruiter.style_panel
    assert panel.font.currentText() == "EB Garamond" and panel.accent.currentText() == "teal"
    assert panel.size.value() == 10.5 and panel.dates.currentData() == "right"
    assert window.editor.toPlainText() == text and not window.editor.document().isModified()
    panel.resize(panel.sizeHint())
    screenshot(panel, "style-panel", tmp_path)
    screenshot(window.recruiter, "recruiter-panel", tmp_path)


def test_fit_to_the_fold_changes_nothing_until_apply_then_is_one_undo_step(window, tmp_path) -> None:
    text = fit_fixtures.skills_block()
    open_text(window, tmp_path, text)
    window.recruiter.fit_button.click()
    dialog: FitDialog = window.fit_dialog
    assert dialog.proposal is not None and dialog.proposal.changed
    assert window.editor.toPlainText() == text
    labels = {label.accessibleName(): label.text() for label in dialog.findChildren(type(dialog.status))}
    assert "✗ current title" in labels["Key facts now"] and "✓ current title" in labels["Key facts proposed"]
    dialog.resize(dialog.sizeHint())
    screenshot(dialog, "fit-dialog", tmp_path)
    dialog.apply_button.click()
    assert window.editor.toPlainText() == dialog.proposal.text
    assert "current job" in window.last_result.analysis.fold_summary.text.split("Below the fold")[0]
    window.editor.undo()
    assert window.editor.toPlainText() == text


def test_apply_refuses_a_proposal_made_for_text_that_has_changed_since(window, tmp_path, qtbot) -> None:
    open_text(window, tmp_path, fit_fixtures.skills_block())
    window.window_actions["Fit to the Fold"].trigger()  # Format ▸ Fit to the Fold…
    dialog: FitDialog = window.fit_dialog
    qtbot.keyClicks(window.editor, "x")
    typed = window.editor.toPlainText()
    dialog.apply_button.click()
    assert window.editor.toPlainText() == typed
    assert "changed since" in dialog.status.text() and not dialog.apply_button.isEnabled()


def test_the_search_runs_on_a_worker_thread_and_reports_back(qtbot) -> None:
    text = fit_fixtures.long_summary()
    dialog = FitDialog(FitRequest(text, "", None), lambda: text)
    qtbot.addWidget(dialog)
    assert dialog.proposal is None  # the constructor returned before the search finished
    with qtbot.waitSignal(dialog.pipeline.result_ready, timeout=30_000):
        pass
    assert dialog.proposal == propose_fit(text)
    assert "keeps:" in dialog.changes.toPlainText() and "drops:" in dialog.changes.toPlainText()
    with qtbot.waitSignal(dialog.apply_requested) as applied:
        dialog.apply_button.click()
    assert applied.args == [dialog.proposal.text]
