"""The crash-copy dialog lists every copy; each keeps its own choice, and nothing is lost by default."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from editor.ui.autosave import Recovery
from editor.ui.recovery_dialog import RecoveryChoice, RecoveryDialog

COPIES = [
    Recovery("aaaa", "# Ana Ruiz\nSupport lead\n", "/home/ana/resume.md", 1_765_000_000.0),
    Recovery("bbbb", "# Ana Ruiz\nOther edits\n", "/home/ana/resume.md", 1_764_990_000.0),
    Recovery("cccc", "Dear Ms Lee,\n", None, 1_764_900_000.0, "the details saved with it are damaged"),
]


def test_the_newest_copy_is_restored_and_the_others_kept_unless_chosen(qtbot) -> None:
    dialog = RecoveryDialog(COPIES)
    qtbot.addWidget(dialog)
    dialog.set_choice("cccc", RecoveryChoice.DISCARD)
    dialog.accept()
    assert dialog.choices() == {
        "aaaa": RecoveryChoice.RESTORE,
        "bbbb": RecoveryChoice.LATER,
        "cccc": RecoveryChoice.DISCARD,
    }


def test_only_one_copy_goes_into_this_window(qtbot) -> None:
    dialog = RecoveryDialog(COPIES)
    qtbot.addWidget(dialog)
    dialog.set_choice("bbbb", RecoveryChoice.RESTORE)
    dialog.accept()
    assert dialog.choices()["aaaa"] is RecoveryChoice.LATER
    assert dialog.choices()["bbbb"] is RecoveryChoice.RESTORE


def test_cancelling_keeps_every_copy(qtbot) -> None:
    dialog = RecoveryDialog(COPIES)
    qtbot.addWidget(dialog)
    dialog.set_choice("cccc", RecoveryChoice.DISCARD)
    dialog.reject()
    assert set(dialog.choices().values()) == {RecoveryChoice.LATER}


def test_each_row_says_which_file_when_and_what_is_unknown(qtbot, tmp_path) -> None:
    dialog = RecoveryDialog(COPIES)
    qtbot.addWidget(dialog)
    dialog.show()
    rows = [label.text() for label in dialog.findChildren(QLabel) if "autosaved" in label.text()]
    assert rows[0].startswith("resume.md, autosaved") and "# Ana Ruiz" in rows[0]
    assert rows[2].startswith("Untitled resume") and "damaged" in rows[2]
    dialog.grab().save(str(tmp_path / "recovery.png"))
