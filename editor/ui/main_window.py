"""The main window: the resume editor beside the recruiter's screen, with the job and checks panes.

The window wires widgets together and owns no logic of its own: files go through
FileController, analysis through LivePipeline, menus come from window_actions' table.
"""

from __future__ import annotations

import gc
import threading
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from editor import __version__
from editor.analysis.findings import QuickFix
from editor.analysis.keywords import bold_matched_keywords
from editor.analysis.proofing.grammar import GrammarIssue
from editor.analysis.proofing.spelling import Speller
from editor.analysis.snapshot import Analysis, AnalysisRequest
from editor.formats.errors import FormatError
from editor.formats.markdown.front_matter import with_front_matter_value
from editor.render.templates import DEFAULT_PAPER, DEFAULT_TEMPLATE
from editor.ui.applications_controller import ApplicationsController, letter_ready_or_confirmed
from editor.ui.applications_panel import ApplicationsPanel
from editor.ui.ats_panel import AtsPanel
from editor.ui.autosave import AutosaveStore
from editor.ui.checks_panel import ChecksPanel
from editor.ui.file_controller import FileController
from editor.ui.find_replace import FindReplaceBar
from editor.ui.grammar_controller import GrammarController, GrammarSettings
from editor.ui.import_notes import ImportNotesBar
from editor.ui.job_controller import JobController
from editor.ui.job_panel import JobPanel
from editor.ui.live_work import LiveRequest, LiveResult, run_live_analysis, scanpath_fixations
from editor.ui.page_raster import keep_pdf_engine_loaded
from editor.ui.pipeline import LivePipeline
from editor.ui.prompts import Prompts
from editor.ui.recruiter_panel import RecruiterPanel
from editor.ui.source_editor import SourceEditor
from editor.ui.tailoring_controller import TailoringController
from editor.ui.tailoring_panel import TailoringPanel
from editor.ui.window_actions import install_actions

LARGE_DOCUMENT_CHARS = 30_000
EDITOR_SHARE = 0.7  # of the left column on first start; the job and checks panes share the rest


def freeze_warm_heap() -> None:
    """Exclude what is alive once the first preview is up from the garbage collector's scans.

    Why: the dictionaries, fonts and widgets loaded by then are never freed, yet every full
    collection walked them: about 70 ms, once in every two analyses of a 10-page CV, on the
    worker thread that holds the preview back (measured: 5 full collections cost 347 ms over ten
    analyses; 18 ms once frozen).
    """
    gc.collect()
    gc.freeze()


class MainWindow(QMainWindow):
    """Foldline's one window. `inline=True` runs analysis synchronously (tests)."""

    def __init__(
        self,
        settings: QSettings,
        autosave: AutosaveStore,
        data_folder: Path,
        inline: bool = False,
        prompts: Prompts | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.prompts = prompts or Prompts(self)
        self._dictionary_path = data_folder / "dictionary.txt"
        self._speller: Speller | None = None
        self._speller_lock = threading.Lock()
        self.editor = SourceEditor()
        keep_pdf_engine_loaded(self)
        self.find_bar = FindReplaceBar(self.editor)
        self.import_notes = ImportNotesBar()
        self.recruiter = RecruiterPanel(settings)
        self.job_panel = JobPanel()
        self.checks_panel = ChecksPanel()
        self.ats_panel = AtsPanel(inline=inline)
        self.files = FileController(self.editor, self.prompts, autosave, settings, self)
        self.jobs = JobController(self.job_panel, self.files, self.prompts, data_folder / "job-descriptions", self)
        self.pipeline = LivePipeline(
            lambda request, superseded: run_live_analysis(request, self.speller, superseded),
            parent=self,
            inline=inline,
            cancellable=True,
        )
        self.tailoring_panel = TailoringPanel()
        self.tailoring = TailoringController(self.tailoring_panel, self.editor, self.files, self)
        self.applications_panel = ApplicationsPanel()
        self.applications = ApplicationsController(self.applications_panel, self.files, self.prompts, settings, self)
        self.grammar = GrammarController(settings, inline=inline, parent=self)
        self.inline = inline
        self.fit_dialog: QWidget | None = None
        self._grammar_issues: list[GrammarIssue] = []
        self.last_result: LiveResult | None = None
        self._build_layout()
        self._build_status_bar()
        install_actions(self)
        self._connect_signals()
        self._restore_layout()
        self._update_title()

    @property
    def speller(self) -> Speller:
        """The spelling dictionary, loaded on first use (by the worker thread: it takes ~0.2 s)."""
        with self._speller_lock:
            if self._speller is None:
                self._speller = Speller(personal_dictionary=self._dictionary_path)
            return self._speller

    # --- layout and chrome ---------------------------------------------------------------
    def _build_layout(self) -> None:
        """Left: the editor over the job and checks panes; right: the recruiter's screen."""
        editor_side = QWidget()
        editor_layout = QVBoxLayout(editor_side)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.setSpacing(0)
        editor_layout.addWidget(self.import_notes)
        editor_layout.addWidget(self.editor, 1)
        editor_layout.addWidget(self.find_bar)
        self.panes = QTabWidget()
        self.panes.setDocumentMode(True)
        self.panes.addTab(self.job_panel, "Job description")
        self.panes.addTab(self.checks_panel, "Checks")
        self.panes.addTab(self.ats_panel, "What an ATS parses")
        self.panes.addTab(self.tailoring_panel, "Tailoring")
        self.left_splitter = QSplitter(Qt.Orientation.Vertical)
        self.left_splitter.addWidget(editor_side)
        self.left_splitter.addWidget(self.panes)
        self.left_splitter.setStretchFactor(0, 3)
        self.left_splitter.setStretchFactor(1, 2)
        self.left_splitter.setCollapsible(0, False)  # the panes below fold away; the editor never does
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.left_splitter)
        self.splitter.addWidget(self.recruiter)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self.applications_dock = QDockWidget("Applications", self)
        self.applications_dock.setObjectName("applications-dock")
        self.applications_dock.setWidget(self.applications_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.applications_dock)
        self.applications_dock.hide()

    def _connect_signals(self) -> None:
        self.editor.textChanged.connect(self.schedule_analysis)
        for edit in (self.editor, self.job_panel.editor):
            edit.paste_refused.connect(lambda message: self.prompts.error("Nothing was pasted", message))
        self.editor.cursor_line_changed.connect(self.recruiter.screen_view.highlight_source_line)
        self.editor.document().modificationChanged.connect(self._update_title)
        self.recruiter.screen_view.source_clicked.connect(self.editor.go_to)
        self.recruiter.screen_changed.connect(lambda _screen: self.schedule_analysis(immediately=True))
        self.recruiter.view_changed.connect(lambda: self.schedule_analysis(immediately=True))
        self.editor.word_added_to_dictionary.connect(self._on_word_added)
        self.job_panel.text_changed.connect(self.schedule_analysis)
        self.job_panel.go_to_requested.connect(self.editor.go_to)
        self.job_panel.bold_requested.connect(self.bold_matched_keywords)
        self.checks_panel.go_to_requested.connect(self.editor.go_to)
        self.ats_panel.go_to_requested.connect(self.editor.go_to)
        self.checks_panel.fix_requested.connect(self.apply_fix)
        self.checks_panel.mute_requested.connect(self.mute_rule)
        self.recruiter.style_chosen.connect(self.set_document_style)
        self.recruiter.fit_requested.connect(self.fit_to_fold)
        self.recruiter.custom_screen_requested.connect(self.describe_custom_screen)
        self.grammar.issues_ready.connect(self._on_grammar_issues)
        self.grammar.status_message.connect(lambda message: self.statusBar().showMessage(message, 10000))
        self.pipeline.result_ready.connect(self._on_result_ready)
        self.pipeline.failed.connect(self._on_analysis_failed)
        self.files.document_changed.connect(self._on_document_changed)
        self.files.imported.connect(self.import_notes.show_notes)
        self.files.status_message.connect(lambda message: self.statusBar().showMessage(message, 6000))
        self.jobs.status_message.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self.applications.status_message.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self.tailoring.status_message.connect(lambda message: self.statusBar().showMessage(message, 8000))

    def _build_status_bar(self) -> None:
        self.pages_label = QLabel()
        self.words_label = QLabel()
        self.checks_label = QLabel()
        self.save_label = QLabel()
        for label in (self.pages_label, self.words_label, self.checks_label, self.save_label):
            self.statusBar().addPermanentWidget(label)

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1440, 900)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        for key, splitter in (("window/splitter", self.splitter), ("window/left-splitter", self.left_splitter)):
            state = self.settings.value(key)
            if state is not None:
                splitter.restoreState(state)
            elif splitter is self.left_splitter:  # first start: the resume text gets the room
                splitter.setSizes([round(EDITOR_SHARE * 1000), round((1 - EDITOR_SHARE) * 1000)])

    def _update_title(self) -> None:
        modified = self.editor.document().isModified()
        self.setWindowTitle(f"{self.files.display_name}[*] — Foldline")
        self.setWindowModified(modified)
        self.save_label.setText("Unsaved changes" if modified else "Saved" if self.files.path else "")

    # --- analysis ------------------------------------------------------------------------
    def analysis_request(self) -> LiveRequest:
        view = self.recruiter.screen_view
        return LiveRequest(
            AnalysisRequest(
                text=self.editor.toPlainText(),
                jd_text=self.job_description_text(),
                screen_id=self.recruiter.current_screen_id(),
            ),
            pixels_per_point=view.display_pixels_per_point(),
            all_pages=view.mode == "pages",
        )

    def job_description_text(self) -> str:
        return self.job_panel.text()

    def schedule_analysis(self, immediately: bool = False) -> None:
        """Queue a snapshot; longer documents wait a little longer for the typing pause.

        The wait is short because a render that typing makes stale stops at its next step.
        """
        size = self.editor.document().characterCount()
        self.pipeline.set_delay(10 if size < LARGE_DOCUMENT_CHARS else 60)
        request = self.analysis_request()
        self.pipeline.request(request, immediately=immediately)
        self.grammar.request(request.analysis.text)

    def _on_result_ready(self, result: LiveResult) -> None:
        """Show a result; overlays whose positions may be stale are skipped until the next one."""
        if self.last_result is None:
            QTimer.singleShot(0, freeze_warm_heap)  # once, after this first preview is painted
        self.last_result = result
        analysis = result.analysis
        current = analysis.request.text == self.editor.toPlainText()
        if (self.recruiter.screen_view.mode == "pages") and not result.all_pages:
            self.schedule_analysis(immediately=True)  # the view changed meanwhile: rasterise every page
        self.recruiter.screen_view.set_document(result.pages, analysis.pdf.layout, analysis.fold, result.heat)
        self.recruiter.set_scanpath(scanpath_fixations(analysis), analysis.attention.budget_ms)
        summary = f"{analysis.fold_summary.text}\n{analysis.attention.summary}"
        if analysis.letter_facts is not None:
            facts = analysis.letter_facts
            summary = (
                f"Cover letter: {facts.word_count} words (aim for 250 or fewer) · about "
                f"{round(facts.reading_time_s)} s to read · {facts.quantified_claims} sentence(s) with "
                f"numbers\n{summary}"
            )
        self.recruiter.set_summary(summary)
        settings = analysis.resume.settings
        self.recruiter.show_style(
            settings.get("template", DEFAULT_TEMPLATE), settings.get("paper", DEFAULT_PAPER), settings
        )
        if current:
            self.editor.set_misspellings(analysis.misspellings)
            self.editor.set_keyword_matches(analysis.keywords.resume_highlights)
        self.job_panel.show_report(analysis.keywords, analysis.request.jd_text, frozenset(analysis.placement.above))
        self.ats_panel.request(analysis)
        self.tailoring.show_analysis(analysis)
        self._show_checks(analysis, marks=current)
        pages = analysis.pdf.layout.page_count
        self.pages_label.setText(f"{pages} page{'s' if pages != 1 else ''}")
        words = len(analysis.request.text.split())
        self.words_label.setText(f"{words:,} words")

    def _show_checks(self, analysis: Analysis, marks: bool) -> None:
        """Findings, misspellings and the latest grammar issues in the checks pane, counts, and marks."""
        if marks:
            self.editor.set_problems([*analysis.resume.problems, *analysis.findings, *self._grammar_issues])
        self.checks_panel.set_results(
            analysis.findings,
            analysis.misspellings,
            self._grammar_issues,
            analysis.language.note,
            source=analysis.request.text,
        )
        counts = self.checks_panel.counts()
        total = sum(counts.values())
        self.panes.setTabText(1, f"Checks ({total})" if total else "Checks")
        self.checks_label.setText(
            " · ".join(f"{n} {severity.value}{'s' if n != 1 else ''}" for severity, n in counts.items() if n)
        )

    def _on_grammar_issues(self, text: str, issues: list[GrammarIssue]) -> None:
        if text != self.editor.toPlainText():
            return
        self._grammar_issues = issues
        result = self.last_result
        if result is not None and result.analysis.request.text == text:
            self._show_checks(result.analysis, marks=True)

    def set_document_style(self, key: str, value: str) -> None:
        """Record a template, paper or style choice in the front matter, as one undo step."""
        self.replace_text(with_front_matter_value(self.editor.toPlainText(), key, value))

    def fit_to_fold(self) -> None:
        """Propose the smallest readable change that lifts the key facts above the fold; nothing changes until Apply."""
        from editor.ui.fit_dialog import FitDialog, FitRequest

        request = FitRequest(self.editor.toPlainText(), self.job_description_text(), self.recruiter.current_screen_id())
        self.fit_dialog = FitDialog(request, self.editor.toPlainText, self, inline=self.inline)
        self.fit_dialog.apply_requested.connect(self.replace_text)
        self.fit_dialog.show()

    def replace_text(self, changed: str) -> None:
        """Put `changed` in the editor as one undo step, the cursor kept on its line."""
        text = self.editor.toPlainText()
        if changed == text:
            return
        cursor = self.editor.textCursor()
        line, column = cursor.blockNumber(), cursor.positionInBlock()
        shift = changed.count("\n") - text.count("\n")
        cursor.beginEditBlock()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(changed)
        cursor.endEditBlock()
        self.editor.go_to(line + 1 + shift, column)

    def draft_cover_letter(self) -> None:
        """A starter letter from this resume and the job description, as a new unsaved document."""
        from datetime import date

        from editor.analysis.letter.starter import draft_letter

        result = self.last_result
        if result is None or result.analysis.letter_facts is not None:
            self.statusBar().showMessage("Open your resume first; the draft is built from it", 6000)
            return
        if not self.job_description_text().strip():
            self.statusBar().showMessage("Add the job description first; the draft answers it", 6000)
            return
        draft = draft_letter(result.analysis.resume, self.job_description_text(), date.today())
        jd = self.job_description_text()
        if self.files.new_document(draft):
            self.job_panel.set_text(jd)
            self.statusBar().showMessage("Draft cover letter: rewrite it in your own words, then save it", 8000)

    def mute_rule(self, rule: str) -> None:
        """Silence a check in this document by adding it to the front matter's `mute:` list."""
        result = self.last_result
        muted = result.analysis.resume.settings.get("mute", "") if result is not None else ""
        names = [name for name in muted.replace(",", " ").split() if name]
        if rule not in names:
            self.set_document_style("mute", ", ".join([*names, rule]))

    def describe_custom_screen(self) -> None:
        from editor.ui.custom_screen_dialog import CustomScreenDialog

        dialog = CustomScreenDialog(self)
        if not dialog.exec():
            return
        try:
            self.recruiter.add_custom_screen(dialog.screen())
        except (ValueError, KeyError) as error:
            self.prompts.error("Custom screen", str(error))

    def show_preferences(self) -> None:
        from editor.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(GrammarSettings.load(self.settings), self)
        if dialog.exec():
            self.grammar.configure(dialog.choice())
            self._grammar_issues = []
            self.schedule_analysis(immediately=True)

    def apply_fix(self, fix: QuickFix) -> None:
        if not self.editor.replace_text(fix.line, fix.column, fix.end_column, fix.replacement):
            self.statusBar().showMessage("The text changed; the fix no longer applies", 6000)

    def bold_matched_keywords(self) -> None:
        """Bold the heaviest matched job term in each bullet, as one undo step."""
        if self.last_result is None or not self.last_result.analysis.keywords.terms:
            self.statusBar().showMessage("Add a job description first", 6000)
            return
        text = self.editor.toPlainText()
        if text != self.last_result.analysis.request.text:
            self.statusBar().showMessage("Still analysing; try again in a moment", 4000)
            return
        bolded = bold_matched_keywords(text, self.last_result.analysis.keywords)
        if bolded == text:
            self.statusBar().showMessage("No unbolded keywords left in your bullets", 6000)
            return
        cursor = self.editor.textCursor()
        cursor.beginEditBlock()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(bolded)
        cursor.endEditBlock()

    def _on_word_added(self, word: str) -> None:
        try:
            self.speller.add_word(word)
        except FormatError as error:
            self.statusBar().showMessage(f"Added for this session only: {error}", 8000)
        self.schedule_analysis(immediately=True)

    def _on_analysis_failed(self, message: str) -> None:
        self.statusBar().showMessage(f"Preview not updated: {message}", 8000)

    def _on_document_changed(self, path: str | None) -> None:
        self.import_notes.hide()  # an import shows its notes again right after
        self._update_title()
        self.jobs.load_for_resume(path, self.editor.toPlainText())
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
        self.settings.setValue("window/left-splitter", self.left_splitter.saveState())
        self.pipeline.wait_idle(3000)
        self.ats_panel.wait_idle()
        self.grammar.close()
        self.jobs.remember()
        self.files.close_cleanly()
        event.accept()

    def about(self) -> None:
        self.prompts.info(
            "About Foldline",
            f"Foldline {__version__}\n\nSee your resume the way a recruiter "
            "sees it: the first screen, the fold, the keywords and where the eyes go.\n\n"
            "Everything runs on this computer; nothing is sent anywhere.",
        )

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
        from editor.formats.letter.lines import is_letter

        text = self.editor.toPlainText()
        if is_letter(text) and not letter_ready_or_confirmed(self.prompts, text):
            return
        try:
            self.files.export(suffix)
        except FormatError as error:
            self.prompts.error("Export failed", str(error))

    def sample_path(self) -> str:
        from editor.resources import resource_path

        return str(Path(resource_path("samples", "resume.md")))
