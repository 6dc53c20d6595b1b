"""The first-start layout gives the resume text the room; the user's own layout is remembered."""

from __future__ import annotations

from editor.ui.autosave import AutosaveStore


def test_on_first_start_the_resume_text_is_the_largest_pane_of_its_column(window, qtbot) -> None:
    window.resize(1440, 900)
    qtbot.waitUntil(lambda: window.editor.height() > 0)
    editor, panes = window.editor.height(), window.panes.height()
    assert editor > panes and editor >= 0.6 * window.left_splitter.height(), (editor, panes)
    assert window.editor.viewport().height() // window.editor.fontMetrics().lineSpacing() >= 20
    assert window.left_splitter.isCollapsible(1) and not window.left_splitter.isCollapsible(0)


def test_a_layout_the_user_chose_is_restored_on_the_next_start(window, qtbot, settings, data_folder) -> None:
    from editor.ui.main_window import MainWindow

    window.left_splitter.setSizes([300, 0])  # the panes below folded away
    window.close()
    again = MainWindow(settings, AutosaveStore(data_folder / "autosave"), data_folder, inline=True)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.editor.height() > 0)
    assert again.left_splitter.sizes()[1] == 0
    again.editor.document().setModified(False)
