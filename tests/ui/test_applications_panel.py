"""The applications dashboard: a new application from a pasted posting, listed with its scores, status editable,
the workspace remembered across restarts, a broken folder reported in its row, and the export bundle."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QDialog

from editor.analysis.applications.create import create_application
from editor.ui.applications_controller import WORKSPACE_KEY
from editor.ui.applications_dialog import NewApplication, NewApplicationDialog, folder_name_for
from editor.ui.applications_panel import COLUMNS, STATUS_COLUMN
from tests.conftest import SAMPLES

POSTING_TEXT = (SAMPLES / "job-description.txt").read_text(encoding="utf-8")
SCREENSHOTS = os.environ.get("FOLDLINE_SCREENSHOTS")


@pytest.fixture
def master(tmp_path: Path) -> Path:
    path = tmp_path / "master.md"
    path.write_text((SAMPLES / "resume.md").read_text(encoding="utf-8"), encoding="utf-8")
    return path


def _cells(window, row: int) -> list[str]:
    table = window.applications_panel.table
    return [table.item(row, column).text() for column in range(len(COLUMNS)) if column != STATUS_COLUMN]


def test_a_pasted_posting_becomes_an_application_that_opens_for_editing(window, master: Path, tmp_path: Path) -> None:
    workspace = tmp_path / "applications"
    workspace.mkdir()
    request = NewApplication(master, workspace, "brightpath", posting_text=POSTING_TEXT)
    assert window.applications.create(request) == workspace / "brightpath"
    assert (workspace / "brightpath" / "posting.txt").read_text(encoding="utf-8") == POSTING_TEXT
    assert window.files.path == str(workspace / "brightpath" / "resume.md")
    assert "master: ../../master.md" in window.editor.toPlainText()
    assert window.job_panel.text().startswith(POSTING_TEXT.splitlines()[0])
    company, role, match, screen, day = _cells(window, 0)
    assert (company, role) == ("BrightPath Home Internet", "Customer Support Team Lead")
    assert int(match) > 0 and int(screen) > 0 and day == date.today().isoformat()
    assert window.applications_panel.table.cellWidget(0, STATUS_COLUMN).currentText() == "draft"
    if SCREENSHOTS:
        window.applications_dock.show()
        window.grab().save(str(Path(SCREENSHOTS) / "applications-window.png"))


def test_the_status_is_saved_and_the_workspace_survives_a_restart(
    window, master: Path, tmp_path: Path, settings
) -> None:
    create_application(master, SAMPLES / "job-description.txt", tmp_path / "one")
    window.applications.set_workspace(tmp_path)
    box: QComboBox = window.applications_panel.table.cellWidget(0, STATUS_COLUMN)
    box.setCurrentText("interview")
    assert json.loads((tmp_path / "one" / "application.json").read_text(encoding="utf-8"))["status"] == "interview"
    assert settings.value(WORKSPACE_KEY) == str(tmp_path)


def test_the_workspace_is_listed_again_in_a_new_window(qtbot, settings, data_folder, prompts, master, tmp_path) -> None:
    from editor.ui.autosave import AutosaveStore
    from editor.ui.main_window import MainWindow

    create_application(master, SAMPLES / "job-description.txt", tmp_path / "one")
    settings.setValue(WORKSPACE_KEY, str(tmp_path))
    again = MainWindow(settings, AutosaveStore(data_folder / "autosave"), data_folder, inline=True, prompts=prompts)
    qtbot.addWidget(again)
    assert again.applications_panel.table.rowCount() == 1
    assert again.applications_panel.table.item(0, 0).text() == "BrightPath Home Internet"


def test_a_hand_broken_application_shows_why_and_the_others_stay(window, master: Path, tmp_path: Path) -> None:
    create_application(master, SAMPLES / "job-description.txt", tmp_path / "good")
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "application.json").write_text('{"status": "maybe"', encoding="utf-8")
    window.applications.set_workspace(tmp_path)
    table = window.applications_panel.table
    assert table.rowCount() == 2
    assert table.item(0, 0).text() == "BrightPath Home Internet"
    assert table.item(1, 0).text() == "broken" and "not valid JSON" in table.item(1, 1).text()
    table.selectRow(1)
    assert not window.applications_panel.export_button.isEnabled()


def test_a_bad_master_is_one_message_and_no_folder(window, tmp_path: Path, prompts) -> None:
    request = NewApplication(tmp_path / "nowhere.md", tmp_path, "job", posting_text=POSTING_TEXT)
    assert window.applications.create(request) is None
    assert prompts.errors and prompts.errors[0][0] == "The application was not created"
    assert not (tmp_path / "job").exists()


def test_the_bundle_asks_while_the_letter_has_placeholders(window, master: Path, tmp_path: Path, prompts) -> None:
    create_application(master, SAMPLES / "job-description.txt", tmp_path / "one")
    window.applications.set_workspace(tmp_path)
    window.applications_panel.table.selectRow(0)
    prompts.yes_no.append(False)
    window.applications_panel.export_button.click()
    assert "placeholder(s) are still in the letter" in prompts.questions[-1]
    assert not list((tmp_path / "one").glob("*.pdf"))
    prompts.yes_no.append(True)
    window.applications_panel.export_button.click()
    assert sorted(path.name for path in (tmp_path / "one").glob("*.pdf")) == [
        "Maria-Delgado-Cover-Letter.pdf",
        "Maria-Delgado-Resume.pdf",
    ]


def test_the_dialog_collects_a_posting_file_and_names_the_folder(qtbot, master: Path, tmp_path: Path) -> None:
    dialog = NewApplicationDialog(str(master), str(tmp_path))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    dialog.set_posting_file(SAMPLES / "job-description.txt")
    dialog.company_edit.setText("BrightPath")
    dialog.role_edit.setText("Team Lead")
    assert ok.isEnabled()
    request = dialog.request()
    assert request.folder == tmp_path / "brightpath-team-lead"
    assert request.posting_path == SAMPLES / "job-description.txt"
    assert folder_name_for("", "", "fallback") == "fallback"
    if SCREENSHOTS:
        dialog.show()
        dialog.grab().save(str(Path(SCREENSHOTS) / "new-application-dialog.png"))


def test_new_application_from_the_menu_runs_the_dialog(window, master, tmp_path, monkeypatch) -> None:
    def accept(dialog: NewApplicationDialog) -> int:
        dialog.master_edit.setText(str(master))
        dialog.workspace_edit.setText(str(tmp_path))
        dialog.posting_edit.setPlainText(POSTING_TEXT)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewApplicationDialog, "exec", accept)
    window.window_actions["New Application"].trigger()
    assert (tmp_path / "brightpath-home-internet-customer-support-team-lead" / "application.json").is_file()


def test_a_folder_added_by_hand_appears_on_refresh(window, master: Path, tmp_path: Path) -> None:
    window.applications.set_workspace(tmp_path)
    assert window.applications_panel.table.rowCount() == 0
    create_application(master, SAMPLES / "job-description.txt", tmp_path / "later")
    window.applications_panel.refresh_button.click()
    assert window.applications_panel.table.rowCount() == 1


def test_the_bundle_action_exports_the_open_application(window, master: Path, tmp_path: Path, prompts) -> None:
    create_application(master, SAMPLES / "job-description.txt", tmp_path / "open")
    window.files.open_path(str(tmp_path / "open" / "cover-letter.md"))
    prompts.yes_no.append(True)
    window.window_actions["Export Application Bundle"].trigger()
    assert len(list((tmp_path / "open").glob("Maria-Delgado-*.docx"))) == 2


def test_saving_the_tailored_resume_updates_its_scores_in_the_list(window, master: Path, tmp_path: Path) -> None:
    """Scores followed the resume only at creation and export; now every save of the tailored copy."""
    folder = window.applications.create(NewApplication(master, tmp_path, "brightpath", posting_text=POSTING_TEXT))
    before = int(_cells(window, 0)[2])
    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.insertText("\n- Built shift scheduling and workforce management reports in Salesforce Service Cloud\n")
    assert window.files.save()
    after = int(_cells(window, 0)[2])
    assert after > before
    assert json.loads((folder / "application.json").read_text(encoding="utf-8"))["match_score"] == after
