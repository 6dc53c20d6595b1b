"""A plain-text edit that stays quick when a pasted or opened text holds one enormous line.

Why: Qt's default wrapping ("at a word boundary, else anywhere") lays out one unbreakable line in
time that grows with its length squared: pasting a 200,000-character token (a base64 image, a
minified file) held the UI thread for seconds. Wrapping anywhere is linear and paints such a
line in about 13 ms, against 70 ms for word-boundary wrapping that leaves it one long line; its
price, words broken at the right edge, is paid only while such a line is in the text.

Second cost: QPlainTextEdit drops a block's laid-out glyphs once it has placed its lines, so
every later caret blink, caret repaint or cursor move analyses and shapes the whole paragraph
again (about 100 ms a blink on a 1,000,000-character line, measured with perf). A block over
LONG_LINE characters keeps its layout data instead (QTextLayout.setCacheEnabled): memory Qt
rebuilt at every blink anyway (after pasting a 1,000,000-character word the process grows by
64 MB with it, 62 MB without).

What remains is Qt laying such a block out once, in one turn of the event loop, whenever it lands
or is edited: about 0.2 µs a character (0.2 s for a 1,000,000-character word on a slow machine).
A line past SLOW_LINE is announced, so that pause has a reason the user can see; the text is never
shortened or broken to avoid it.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QMimeData, QTimer, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QWidget

LONG_LINE = 5000  # characters; no resume or posting line is this long, a pasted blob or data URL is
SLOW_LINE = 400_000  # characters; laying out a longer line takes Qt more than 100 ms on a slow machine


def slow_line_message(line: int, length: int) -> str:
    """What the status bar says when a line too long to lay out within a frame lands in the editor."""
    return (
        f"Line {line} holds {length:,} characters (a pasted image or file?): it is kept as it is, "
        "and the editor pauses briefly each time it lays that line out"
    )


class LongLineSafeEdit(QPlainTextEdit):
    """A QPlainTextEdit that wraps anywhere while its text holds a line longer than LONG_LINE.

    Signal: `slow_line_landed(str)` carries a one-line message when a paste, an open or an undo
    brings in a line longer than SLOW_LINE.
    """

    slow_line_landed = Signal(str)

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
                if added > SLOW_LINE and block.length() > SLOW_LINE:
                    message = slow_line_message(block.blockNumber() + 1, block.length() - 1)
                    QTimer.singleShot(0, self, partial(self.slow_line_landed.emit, message))  # after "Opened …"
            if block == last:
                break
            block = block.next()
