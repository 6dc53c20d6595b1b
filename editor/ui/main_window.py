"""The main window: the resume editor beside the recruiter's screen, with the job and checks panes.

The window wires widgets together and owns no logic of its own: files go through
FileController, analysis through LivePipeline, menus come from window_actions' table.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from editor import __version__
from editor.analysis.snapshot import AnalysisRequest
from editor.formats.errors import FormatError
from editor.ui.autosave import AutosaveStore
from editor.ui.file_controller import FileController
from editor.ui.find_replace import FindReplaceBar
from editor.ui.live_work import LiveResult, run_live_analysis
from editor.ui.pipeline import LivePipeline
from editor.ui.prompts import Prompts
from editor.ui.recruiter_panel import RecruiterPanel
from editor.ui.source_editor import SourceEditor
from editor.ui.window_actions import install_actions

LARGE_DOCUMENT_CHARS = 30_000


class MainWindow(QMainWindow):
    """Foldline's one window. `inline=True` runs analysis synchronously (tests)."""

    def __init__(self, settings: QSettings, autosave: AutosaveStore, inline: bool = False,
                 prompts: Prompts | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.prompts = prompts or Prompts(self)
        self.editor = SourceEditor()
        self.find_bar = FindReplaceBar(self.editor)
        self.recruiter = RecruiterPanel(settings)
        self.files = FileController(self.editor, self.prompts, autosave, settings, self)
        self.pipeline = LivePipeline(run_live_analysis, parent=self, inline=inline)
        self.last_result: LiveResult | None = None

        editor_side = QWidget()
        editor_layout = QVBoxLayout(editor_side)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.setSpacing(0)
        editor_layout.addWidget(self.editor, 1)
        editor_layout.addWidget(self.find_bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(editor_side)
        self.splitter.addWidget(self.recruiter)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        self.setCentralWidget(self.splitter)
        self._build_status_bar()
        install_actions(self)

        self.editor.textChanged.connect(self.schedule_analysis)
        self.editor.cursor_line_changed.connect(self.recruiter.screen_view.highlight_source_line)
        self.editor.document().modificationChanged.connect(self._update_title)
        self.recruiter.screen_view.source_clicked.connect(self.editor.go_to)
        self.recruiter.screen_changed.connect(lambda _screen: self.schedule_analysis(immediately=True))
        self.pipeline.result_ready.connect(self._on_result_ready)
        self.pipeline.failed.connect(self._on_analysis_failed)
        self.files.document_changed.connect(self._on_document_changed)
        self.files.status_message.connect(lambda message: self.statusBar().showMessage(message, 6000))
        self._restore_layout()
        self._update_title()

    # --- layout and chrome ---------------------------------------------------------------
    def _build_status_bar(self) -> None:
        self.pages_label = QLabel()
        self.words_label = QLabel()
        self.save_label = QLabel()
        for label in (self.pages_label, self.words_label, self.save_label):
            self.statusBar().addPermanentWidget(label)

    def add_dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea, name: str) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1440, 900)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def _update_title(self) -> None:
        modified = self.editor.document().isModified()
        self.setWindowTitle(f"{self.files.display_name}{' •' if modified else ''} — Foldline")
        self.setWindowModified(modified)
        self.save_label.setText("Unsaved changes" if modified else "Saved" if self.files.path else "")

    # --- analysis ------------------------------------------------------------------------
    def analysis_request(self) -> AnalysisRequest:
        return AnalysisRequest(text=self.editor.toPlainText(), jd_text=self.job_description_text(),
                               screen_id=self.recruiter.current_screen_id())

    def job_description_text(self) -> str:
        return ""

    def schedule_analysis(self, immediately: bool = False) -> None:
        """Queue a snapshot; longer documents wait a little longer for the typing pause."""
        size = self.editor.document().characterCount()
        self.pipeline.set_delay(30 if size < LARGE_DOCUMENT_CHARS else 120)
        self.pipeline.request(self.analysis_request(), immediately=immediately)

    def _on_result_ready(self, result: LiveResult) -> None:
        self.last_result = result
        analysis = result.analysis
        self.recruiter.screen_view.set_document(result.pages, analysis.pdf.layout, analysis.fold, None)
        self.recruiter.set_summary(analysis.fold_summary.text)
        self.editor.set_problems(analysis.resume.problems)
        pages = analysis.pdf.layout.page_count
        self.pages_label.setText(f"{pages} page{'s' if pages != 1 else ''}")
        words = len(self.editor.toPlainText().split())
        self.words_label.setText(f"{words:,} words")

    def _on_analysis_failed(self, message: str) -> None:
        self.statusBar().showMessage(f"Preview not updated: {message}", 8000)

    def _on_document_changed(self, path: str | None) -> None:
        self._update_title()
        self.schedule_analysis(immediately=True)

    # --- files -----------------------------------------------------------------------------
    def open_initial(self, path: str | None) -> None:
        """At start: recover a crashed session's work, else open `path`, else a blank resume."""
        if self.files.offer_recovery():
            return
        if path:
            self.files.open_path(path)
        else:
            self.schedule_analysis(immediately=True)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.pipeline.wait_idle(3000)
        self.files.close_cleanly()
        event.accept()

    def about(self) -> None:
        self.prompts.info("About Foldline", f"Foldline {__version__}\n\nSee your resume the way a recruiter "
                          "sees it: the first screen, the fold, the keywords and where the eyes go.\n\n"
                          "Everything runs on this computer; nothing is sent anywhere.")

    def show_guide(self) -> None:
        """The resume Markdown guide, rendered, in a non-modal window."""
        from PySide6.QtWidgets import QTextBrowser

        from editor.resources import resource_path

        browser = QTextBrowser(self)
        browser.setWindowFlag(Qt.WindowType.Window)
        browser.setWindowTitle("Resume Markdown — Foldline")
        browser.setOpenExternalLinks(True)
        browser.setMarkdown(resource_path("help", "resume-markdown.md").read_text(encoding="utf-8"))
        browser.resize(720, 800)
        browser.show()

    def export(self, suffix: str) -> None:
        try:
            self.files.export(suffix)
        except FormatError as error:
            self.prompts.error("Export failed", str(error))

    def sample_path(self) -> str:
        from editor.resources import resource_path

        return str(Path(resource_path("samples", "resume.md")))
