"""The right half of the window: the recruiter's screen with its controls and what it shows.

Controls: the screen picker, "Screen"/"All pages" views, the heatmap toggle and opacity,
and the 7-second skim replay with a timeline to scrub. Under the screen, in words: what is
above the fold, and what the recruiter saw and missed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from editor.analysis.screen.presets import DEFAULT_SCREEN_ID, SCREENS, Screen, get_screen
from editor.render.templates import PAPERS, TEMPLATES
from editor.ui.recruiter_screen import Fixation, RecruiterScreen
from editor.ui.style_panel import StylePanel

REPLAY_TICK_MS = 40
CUSTOM_SCREEN = "custom…"


class RecruiterPanel(QWidget):
    """Hosts RecruiterScreen and lets the user pick the screen and overlays."""

    screen_changed = Signal(str)
    view_changed = Signal()
    custom_screen_requested = Signal()
    style_chosen = Signal(str, str)  # front-matter key ("template", "paper", "size" …), value
    fit_requested = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._fixations: list[Fixation] = []
        self._budget_ms = 7400.0
        self.screen_view = RecruiterScreen()
        self._build_pickers(settings)
        self._build_overlay_controls(settings)
        self._build_layout()
        self._on_heatmap_toggled(self.heatmap_box.isChecked())
        self._on_opacity_changed(self.opacity.value())

    def _build_pickers(self, settings: QSettings) -> None:
        """Template, paper and screen pickers, and the Screen / All pages switch."""
        self.screen_picker = QComboBox()
        self.screen_picker.setAccessibleName("Recruiter screen")
        for screen_id, screen in SCREENS.items():
            self.screen_picker.addItem(screen.label, screen_id)
        for screen_id in self._custom_screen_ids():
            with contextlib.suppress(KeyError, ValueError):
                self.screen_picker.addItem(get_screen(screen_id).label, screen_id)
        self.screen_picker.addItem("Custom screen…", CUSTOM_SCREEN)
        saved = str(settings.value("recruiter/screen", DEFAULT_SCREEN_ID))
        self.screen_picker.setCurrentIndex(max(0, self.screen_picker.findData(saved)))
        self._last_screen_index = self.screen_picker.currentIndex()
        self.screen_picker.currentIndexChanged.connect(self._on_screen_picked)

        self.template_picker = QComboBox()
        self.template_picker.setAccessibleName("Template")
        self.template_picker.setToolTip("The look of the PDF and Word files (saved in the resume's front matter)")
        for template in TEMPLATES.values():
            self.template_picker.addItem(template.label, template.id)
        self.paper_picker = QComboBox()
        self.paper_picker.setAccessibleName("Paper size")
        for paper in PAPERS.values():
            self.paper_picker.addItem(paper.label, paper.id)
        self.template_picker.activated.connect(
            lambda: self.style_chosen.emit("template", str(self.template_picker.currentData()))
        )
        self.paper_picker.activated.connect(
            lambda: self.style_chosen.emit("paper", str(self.paper_picker.currentData()))
        )

        self._build_style_controls()
        self.screen_button = self._toggle("Screen", "What fits on the recruiter's screen before they scroll")
        self.pages_button = self._toggle("All pages", "Every page, with the fold marked")
        views = QButtonGroup(self)
        views.addButton(self.screen_button)
        views.addButton(self.pages_button)
        self.screen_button.setChecked(True)
        self.screen_button.toggled.connect(self._on_view_changed)

    def _build_style_controls(self) -> None:
        """The Style button with its panel, and Fit to the fold, beside the template and paper."""
        self.style_panel = StylePanel()
        self.style_panel.style_chosen.connect(self.style_chosen)
        menu = QMenu(self)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.style_panel)
        menu.addAction(holder)
        self.style_button = QToolButton()
        self.style_button.setText("Style ▾")
        self.style_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")  # it overlapped the text
        self.style_button.setToolTip("Accent, typeface, size, margins, spacing and dates (saved in the front matter)")
        self.style_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.style_button.setMenu(menu)
        self.fit_button = QToolButton()
        self.fit_button.setText("Fit to the fold…")
        self.fit_button.setToolTip("Propose the smallest readable change that lifts the key facts onto this screen")
        self.fit_button.clicked.connect(self.fit_requested)

    def _build_overlay_controls(self, settings: QSettings) -> None:
        """The heatmap switch and opacity, the replay button and its timeline, the summary."""
        self.heatmap_box = QCheckBox("Heatmap")
        self.heatmap_box.setToolTip("Predicted eyeball time during a 7-second skim")
        self.heatmap_box.setChecked(settings.value("recruiter/heatmap", True, type=bool))
        self.heatmap_box.toggled.connect(self._on_heatmap_toggled)
        self.opacity = QSlider(Qt.Orientation.Horizontal)
        self.opacity.setRange(10, 100)
        self.opacity.setValue(int(settings.value("recruiter/opacity", 65)))
        self.opacity.setMaximumWidth(90)
        self.opacity.setAccessibleName("Heatmap opacity")
        self.opacity.valueChanged.connect(self._on_opacity_changed)

        self.replay_button = QToolButton()
        self.replay_button.setText("▶ Replay skim")
        self.replay_button.setToolTip("Animate where a recruiter's eyes go during the skim")
        self.replay_button.setCheckable(True)
        self.replay_button.toggled.connect(self._on_replay_toggled)
        self.timeline = QSlider(Qt.Orientation.Horizontal)
        self.timeline.setRange(0, 7400)
        self.timeline.setAccessibleName("Skim timeline")
        self.timeline.valueChanged.connect(self._on_timeline_moved)
        self.time_label = QLabel("0.0 s")
        self._replay_timer = QTimer(self)
        self._replay_timer.setInterval(REPLAY_TICK_MS)
        self._replay_timer.timeout.connect(self._on_replay_tick)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

    def _build_layout(self) -> None:
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll.setWidget(self.screen_view)

        top = QHBoxLayout()
        top.addWidget(self.template_picker)
        top.addWidget(self.paper_picker)
        top.addWidget(self.style_button)
        top.addWidget(self.fit_button)
        top.addWidget(self.screen_picker, 1)
        top.addWidget(self.screen_button)
        top.addWidget(self.pages_button)
        overlays = QHBoxLayout()
        overlays.addWidget(self.heatmap_box)
        overlays.addWidget(self.opacity)
        overlays.addSpacing(12)
        overlays.addWidget(self.replay_button)
        overlays.addWidget(self.timeline, 1)
        overlays.addWidget(self.time_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addLayout(overlays)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self.summary)

    def _toggle(self, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setCheckable(True)
        button.setAutoRaise(True)
        return button

    # --- public --------------------------------------------------------------------------
    def current_screen_id(self) -> str:
        return str(self.screen_picker.currentData())

    def set_scanpath(self, fixations: list[Fixation], budget_ms: float) -> None:
        self._fixations = fixations
        self._budget_ms = budget_ms
        self.timeline.setRange(0, int(budget_ms))
        if self.replay_button.isChecked() or self.timeline.value() > 0:
            self._on_timeline_moved(self.timeline.value())

    def show_style(self, template: str, paper: str, settings: Mapping[str, str] | None = None) -> None:
        """Show the document's template, paper and style settings without emitting a choice."""
        self.style_panel.show_settings(settings or {"template": template})
        for picker, value in ((self.template_picker, template), (self.paper_picker, paper)):
            index = picker.findData(value)
            if index >= 0:
                picker.setCurrentIndex(index)

    def set_summary(self, text: str) -> None:
        self.summary.setText(text)

    # --- slots ---------------------------------------------------------------------------
    def _custom_screen_ids(self) -> list[str]:
        value = self._settings.value("recruiter/custom_screens", [])
        return [value] if isinstance(value, str) else list(value or [])

    def add_custom_screen(self, screen: Screen) -> None:
        """Offer a screen the user described from now on, and show it."""
        index = self.screen_picker.findData(screen.id)
        if index < 0:
            index = self.screen_picker.count() - 1
            self.screen_picker.insertItem(index, screen.label, screen.id)
            self._settings.setValue("recruiter/custom_screens", [*self._custom_screen_ids(), screen.id])
        self.screen_picker.setCurrentIndex(index)

    def _on_screen_picked(self) -> None:
        if self.screen_picker.currentData() == CUSTOM_SCREEN:
            self.screen_picker.blockSignals(True)
            self.screen_picker.setCurrentIndex(self._last_screen_index)
            self.screen_picker.blockSignals(False)
            self.custom_screen_requested.emit()
            return
        self._last_screen_index = self.screen_picker.currentIndex()
        self._settings.setValue("recruiter/screen", self.current_screen_id())
        self.screen_changed.emit(self.current_screen_id())

    def _on_view_changed(self) -> None:
        mode = "screen" if self.screen_button.isChecked() else "pages"
        self.screen_view.set_mode(mode)
        self._scroll.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if mode == "screen" else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        self._fit_height()
        self.view_changed.emit()

    def _fit_height(self) -> None:
        """In the all-pages view the pages are as tall as the width makes them; the area scrolls."""
        pages = self.screen_view.mode == "pages"
        self.screen_view.setMinimumHeight(
            self.screen_view.heightForWidth(self._scroll.viewport().width()) if pages else 0
        )

    def _on_heatmap_toggled(self, visible: bool) -> None:
        self._settings.setValue("recruiter/heatmap", visible)
        self.screen_view.set_heatmap_visible(visible)
        self.opacity.setEnabled(visible)

    def _on_opacity_changed(self, value: int) -> None:
        self._settings.setValue("recruiter/opacity", value)
        self.screen_view.set_heatmap_opacity(value / 100)

    def _on_replay_toggled(self, playing: bool) -> None:
        self.replay_button.setText("■ Stop" if playing else "▶ Replay skim")
        if playing:
            if self.timeline.value() >= self.timeline.maximum():
                self.timeline.setValue(0)
            self._replay_timer.start()
        else:
            self._replay_timer.stop()

    def _on_replay_tick(self) -> None:
        value = self.timeline.value() + REPLAY_TICK_MS
        if value >= self.timeline.maximum():
            self.timeline.setValue(self.timeline.maximum())
            self.replay_button.setChecked(False)
            return
        self.timeline.setValue(value)

    def _on_timeline_moved(self, value: int) -> None:
        self.time_label.setText(f"{value / 1000:.1f} s")
        shown = [fixation for fixation in self._fixations if fixation.start_ms <= value]
        self.screen_view.set_replay(shown if value > 0 else [])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()
