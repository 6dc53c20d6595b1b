"""Grammar checks in the background, only with a LanguageTool the user set up in Preferences.

Privacy: nothing is sent anywhere unless the user chose a server (and saw its address) or a
local installation. Unavailability is said once in the status bar; everything else works.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QSettings, Signal

from editor.analysis.proofing.grammar import GrammarChecker, GrammarIssue, GrammarResult
from editor.formats.markdown.reader import read_markdown
from editor.ui.pipeline import LivePipeline

GRAMMAR_DELAY_MS = 1500  # LanguageTool takes a while; check after a longer pause in typing


@dataclass(frozen=True)
class GrammarSettings:
    mode: str = "off"  # "off", "server" or "local"
    server_url: str = ""
    install_path: str = ""

    @classmethod
    def load(cls, settings: QSettings) -> GrammarSettings:
        return cls(
            str(settings.value("grammar/mode", "off")),
            str(settings.value("grammar/server_url", "")),
            str(settings.value("grammar/install_path", "")),
        )

    def save(self, settings: QSettings) -> None:
        settings.setValue("grammar/mode", self.mode)
        settings.setValue("grammar/server_url", self.server_url)
        settings.setValue("grammar/install_path", self.install_path)


class GrammarController(QObject):
    """Owns the checker and its pipeline; emits issues for the text they were found in."""

    issues_ready = Signal(str, list)  # the text checked, its GrammarIssues
    status_message = Signal(str)

    def __init__(self, settings: QSettings, inline: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._checker: GrammarChecker | None = None
        self._last_status = ""
        self._pipeline = LivePipeline(self._check, delay_ms=GRAMMAR_DELAY_MS, parent=self, inline=inline)
        self._pipeline.result_ready.connect(self._on_result)
        self.configure(GrammarSettings.load(settings))

    @property
    def enabled(self) -> bool:
        return self._checker is not None

    def configure(self, choice: GrammarSettings) -> None:
        """Apply the Preferences choice (stopping any local server the old one started)."""
        choice.save(self._settings)
        if self._checker is not None:
            self._checker.close()
        self._checker = None
        self._last_status = ""
        if choice.mode == "server" and choice.server_url.strip():
            self._checker = GrammarChecker(server_url=choice.server_url)
        elif choice.mode == "local" and choice.install_path.strip():
            self._checker = GrammarChecker(install_path=choice.install_path)

    def request(self, text: str) -> None:
        if self._checker is not None:
            self._pipeline.request(text)

    def close(self) -> None:
        self._pipeline.wait_idle(2000)
        if self._checker is not None:
            self._checker.close()

    def _check(self, text: str) -> tuple[str, GrammarResult]:
        checker = self._checker
        if checker is None:
            return text, GrammarResult(False, "grammar checks are off")
        return text, checker.check(read_markdown(text), text)

    def _on_result(self, outcome: tuple[str, GrammarResult]) -> None:
        text, result = outcome
        if not result.available:
            if result.status != self._last_status:
                self.status_message.emit(f"Grammar checks are unavailable: {result.status}")
            self._last_status = result.status
            self.issues_ready.emit(text, [])
            return
        self._last_status = ""
        issues: list[GrammarIssue] = list(result.issues)
        self.issues_ready.emit(text, issues)
