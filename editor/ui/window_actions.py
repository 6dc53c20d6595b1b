"""The main window's menus and toolbar as one declarative table.

Why a table: menus grow; a list of (menu, text, shortcut, slot) rows is easier to read and
review than a long constructor, and keeps the window class small.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

# The slots receive the main window; it is typed loosely so this module does not import main_window back.
MainWindow = Any

StandardKey = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    menu: str
    text: str
    slot: Callable[[MainWindow], object]
    shortcut: StandardKey | str | None = None
    tip: str = ""
    toolbar: bool = False


def _actions() -> list[ActionSpec | str]:
    """Rows of the table; a plain string is a separator in that menu."""
    return [
        ActionSpec("&File", "&New", lambda w: w.files.new_document(), StandardKey.New, "Start a new resume", True),
        ActionSpec("&File", "&Open…", lambda w: w.files.open_dialog(), StandardKey.Open, "Open a resume", True),
        ActionSpec(
            "&File",
            "&Import…",
            lambda w: w.files.import_dialog(),
            "Ctrl+Shift+I",
            "Bring in a Word, PDF or JSON Resume file as a new document",
        ),
        ActionSpec(
            "&File",
            "Open &Sample",
            lambda w: w.files.open_path(w.sample_path()),
            None,
            "Open the bundled sample resume",
        ),
        "&File",
        ActionSpec("&File", "&Save", lambda w: w.files.save(), StandardKey.Save, "Save the resume", True),
        ActionSpec("&File", "Save &As…", lambda w: w.files.save_as(), StandardKey.SaveAs),
        "&File",
        ActionSpec(
            "&File",
            "Export &PDF…",
            lambda w: w.export(".pdf"),
            "Ctrl+E",
            "Export the PDF the recruiter screen shows",
            True,
        ),
        ActionSpec(
            "&File",
            "Export &Word…",
            lambda w: w.export(".docx"),
            "Ctrl+Shift+E",
            "Export a Word document with the same look",
        ),
        "&File",
        ActionSpec(
            "&File",
            "New Appli&cation…",
            lambda w: w.applications.new_application_dialog(),
            "Ctrl+Shift+N",
            "Start an application: the posting, a tailored copy of your master resume and a letter",
        ),
        ActionSpec(
            "&File",
            "Export Application &Bundle",
            lambda w: w.applications.export(w.applications.current_folder()),
            None,
            "Write the application's resume and letter as PDF and Word into its folder",
        ),
        "&File",
        ActionSpec(
            "&File",
            "Pr&eferences…",
            lambda w: w.show_preferences(),
            StandardKey.Preferences,
            "Grammar checking with LanguageTool",
        ),
        ActionSpec("&File", "&Quit", lambda w: w.close(), StandardKey.Quit),
        ActionSpec("&Edit", "&Undo", lambda w: w.editor.undo(), StandardKey.Undo),
        ActionSpec("&Edit", "&Redo", lambda w: w.editor.redo(), StandardKey.Redo),
        "&Edit",
        ActionSpec("&Edit", "Cu&t", lambda w: w.editor.cut(), StandardKey.Cut),
        ActionSpec("&Edit", "&Copy", lambda w: w.editor.copy(), StandardKey.Copy),
        ActionSpec("&Edit", "&Paste", lambda w: w.editor.paste(), StandardKey.Paste),
        ActionSpec("&Edit", "Select &All", lambda w: w.editor.selectAll(), StandardKey.SelectAll),
        ActionSpec("&View", "Zoom &In", lambda w: w.editor.zoomIn(1), StandardKey.ZoomIn),
        ActionSpec("&View", "Zoom &Out", lambda w: w.editor.zoomOut(1), StandardKey.ZoomOut),
        "&View",
        ActionSpec(
            "&View",
            "&Heatmap",
            lambda w: w.recruiter.heatmap_box.toggle(),
            "Ctrl+Shift+H",
            "Show or hide the predicted eyeball time",
        ),
        ActionSpec(
            "&View",
            "&All Pages",
            lambda w: w.recruiter.pages_button.click(),
            "Ctrl+Shift+P",
            "Show every page with the fold marked",
        ),
        ActionSpec(
            "&View",
            "Recruiter &Screen",
            lambda w: w.recruiter.screen_button.click(),
            "Ctrl+Shift+R",
            "Show what fits on the recruiter's screen",
        ),
        ActionSpec(
            "&View",
            "&Replay Skim",
            lambda w: w.recruiter.replay_button.toggle(),
            "Ctrl+R",
            "Animate the recruiter's 7-second skim",
        ),
        ActionSpec(
            "F&ormat",
            "&Fit to the Fold…",
            lambda w: w.fit_to_fold(),
            None,
            "Propose the smallest readable change that lifts the key facts onto the recruiter's first screen",
        ),
        "&View",
        ActionSpec(
            "&View",
            "Appli&cations",
            lambda w: w.applications_dock.setVisible(not w.applications_dock.isVisible()),
            "Ctrl+Shift+A",
            "Show or hide the applications in your workspace folder",
        ),
        ActionSpec("&Help", "Resume &Markdown Guide", lambda w: w.show_guide(), StandardKey.HelpContents),
        ActionSpec("&Help", "&About Foldline", lambda w: w.about()),
    ]


def install_actions(window: MainWindow) -> None:
    """Create the menus and the toolbar from the table, plus the editor's formatting menu."""
    menus: dict[str, QMenu] = {}
    toolbar = QToolBar("Main toolbar", window)
    toolbar.setObjectName("main-toolbar")
    toolbar.setMovable(False)
    window.addToolBar(toolbar)
    window.window_actions = {}
    for row in _actions():
        if isinstance(row, str):
            menus[row].addSeparator()
            continue
        menu = menus.get(row.menu) or menus.setdefault(row.menu, window.menuBar().addMenu(row.menu))
        action = QAction(row.text, window)
        if row.shortcut is not None:
            action.setShortcut(QKeySequence(row.shortcut))
        if row.tip:
            action.setStatusTip(row.tip)
            action.setToolTip(row.tip)
        action.triggered.connect(lambda _checked=False, slot=row.slot: slot(window))
        menu.addAction(action)
        window.window_actions[row.text.replace("&", "").rstrip("…")] = action
        if row.toolbar:
            toolbar.addAction(action)
        if row.menu == "&File" and row.text == "&Open…":
            window.recent_menu = menu.addMenu("Open &Recent")
            window.recent_menu.aboutToShow.connect(lambda: _fill_recent(window))
        if row.menu == "&Edit" and row.text == "Select &All":
            menus["F&ormat"] = _add_editor_menus(window, menu)
    toolbar.addSeparator()
    editor = window.editor
    toolbar.addActions([editor.bold_action, editor.italic_action, editor.bullet_action, editor.insert_entry_action])


def _add_editor_menus(window: MainWindow, edit_menu: QMenu) -> QMenu:
    """The find bar's and the editor's own actions (they carry the shortcuts; no duplicates); returns Format."""
    edit_menu.addSeparator()
    bar = window.find_bar
    edit_menu.addActions([bar.find_action, bar.replace_action, bar.find_next_action, bar.find_previous_action])
    format_menu = window.menuBar().addMenu("F&ormat")
    format_menu.addActions(window.editor.formatting_actions())
    format_menu.addSeparator()
    return format_menu


def _fill_recent(window: MainWindow) -> None:
    window.recent_menu.clear()
    files = window.files.recent_files()
    if not files:
        window.recent_menu.addAction("No recent files").setEnabled(False)
    for path in files:
        window.recent_menu.addAction(path, lambda p=path: window.files.open_path(p))
