"""Preferences: grammar checking with LanguageTool (off by default, and private by default)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from editor.ui.grammar_controller import GrammarSettings


class PreferencesDialog(QDialog):
    """Edits GrammarSettings; `choice()` returns what the user picked."""

    def __init__(self, current: GrammarSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences — Foldline")
        self.off = QRadioButton("Off — spelling and recruiter checks only (nothing leaves this computer)")
        self.server = QRadioButton("Use a LanguageTool server:")
        self.local = QRadioButton("Use a LanguageTool installed on this computer (needs Java):")
        group = QButtonGroup(self)
        for button in (self.off, self.server, self.local):
            group.addButton(button)
        self.server_url = QLineEdit(current.server_url)
        self.server_url.setPlaceholderText("http://localhost:8081")
        self.install_path = QLineEdit(current.install_path)
        self.install_path.setPlaceholderText("folder containing languagetool-server.jar")
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        {"server": self.server, "local": self.local}.get(current.mode, self.off).setChecked(True)

        box = QGroupBox("Grammar")
        grid = QGridLayout(box)
        grid.addWidget(self.off, 0, 0, 1, 3)
        grid.addWidget(self.server, 1, 0)
        grid.addWidget(self.server_url, 1, 1, 1, 2)
        grid.addWidget(self.local, 2, 0)
        path_row = QHBoxLayout()
        path_row.addWidget(self.install_path, 1)
        path_row.addWidget(browse)
        grid.addLayout(path_row, 2, 1, 1, 2)
        grid.addWidget(self.warning, 3, 0, 1, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(buttons)
        for widget in (self.off, self.server, self.local):
            widget.toggled.connect(self._update_warning)
        self.server_url.textChanged.connect(self._update_warning)
        self._update_warning()

    def choice(self) -> GrammarSettings:
        mode = "server" if self.server.isChecked() else "local" if self.local.isChecked() else "off"
        return GrammarSettings(mode, self.server_url.text().strip(), self.install_path.text().strip())

    def _update_warning(self) -> None:
        url = self.server_url.text().strip() or "the server"
        if self.server.isChecked():
            self.warning.setText(
                f"Your resume's sentences will be sent to {url} for each check. Use a server you run or trust."
            )
        elif self.local.isChecked():
            self.warning.setText("LanguageTool runs on this computer; nothing is sent anywhere.")
        else:
            self.warning.setText("")

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "LanguageTool folder", self.install_path.text())
        if folder:
            self.install_path.setText(folder)
            self.local.setChecked(True)
