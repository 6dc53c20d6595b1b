"""A plain-text edit that stays quick when a pasted or opened text holds one enormous line.

Why: Qt's default wrapping ("at a word boundary, else anywhere") lays out one unbreakable line in
time that grows with its length squared: pasting a 200,000-character token (a base64 image, a
minified file) held the UI thread for seconds. Wrapping anywhere is linear and paints such a
line in about 13 ms, against 70 ms for word-boundary wrapping that leaves it one long line; its
price, words broken at the right edge, is paid only while such a line is in the text.

Second cost: QPlainTextEdit drops a block's laid-out glyphs once it has placed its lines, so
every later caret blink, caret repaint or cursor move analyses and shapes the whole paragraph
again (about 100 ms a blink on a 1,000,000-character line, measured with perf). A block over
LONG_LINE characters keeps its layout data instead (QTextLayout.setCacheEnabled), at about
30 bytes a character while the line exists.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QWidget

LONG_LINE = 5000  # characters; no resume or posting line is this long, a pasted blob or data URL is


class LongLineSafeEdit(QPlainTextEdit):
    """A QPlainTextEdit that wraps anywhere while its text holds a line longer than LONG_LINE."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Connected before any highlighter: contentsChange comes before Qt lays the change out.
        self.document().contentsChange.connect(self._keep_long_layouts)

    def setPlainText(self, text: str) -> None:
        self._fit_wrapping(text, whole_text=True)
        super().setPlainText(text)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self._fit_wrapping(source.text(), whole_text=False)
        super().insertFromMimeData(source)

    def _fit_wrapping(self, text: str, whole_text: bool) -> None:
        if len(text) > LONG_LINE and max(map(len, text.split("\n"))) > LONG_LINE:
            mode = QTextOption.WrapMode.WrapAnywhere
        elif whole_text:
            mode = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
        else:
            return
        if self.wordWrapMode() != mode:
            self.setWordWrapMode(mode)

    def _keep_long_layouts(self, position: int, _removed: int, added: int) -> None:
        """Let every changed block over LONG_LINE characters keep its glyphs between layouts."""
        document = self.document()
        block = document.findBlock(position)
        last = document.findBlock(position + added)
        while block.isValid():
            if block.length() > LONG_LINE:
                block.layout().setCacheEnabled(True)
            if block == last:
                break
            block = block.next()
