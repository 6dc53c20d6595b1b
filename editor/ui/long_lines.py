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
or is edited: about 0.2 µs a character (0.2 s for a 1,000,000-character word on a slow machine),
and no way to split that turn without changing the text. So a line past MAX_LINE never enters the
editor: a paste holding one is refused with a message saying why (the clipboard keeps it), and the
file and job controllers refuse to open such a file the same way (`refuse_overlong_lines`). No resume line comes
near it; a pasted image or file does. The command line has no editor and reads such files as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from editor.formats.errors import FormatError

LONG_LINE = 5000  # characters; no resume or posting line is this long, a pasted blob or data URL is
MAX_LINE = 300_000  # characters; Qt lays a 400,000-character line out in about 100 ms on a slow machine


def overlong_line(text: str) -> tuple[int, int] | None:
    """The first line longer than MAX_LINE as (1-based number, length), else None."""
    if len(text) <= MAX_LINE:
        return None
    return next(((number, len(line)) for number, line in enumerate(text.split("\n"), 1) if len(line) > MAX_LINE), None)


def refuse_overlong_lines(text: str, name: str) -> None:
    """A FormatError naming the file, the line and what to do when `text` holds a line past MAX_LINE."""
    if (found := overlong_line(text)) is not None:
        number, length = found
        advice = "so remove or shorten that line in a text editor first"
        raise FormatError(f"{name}: line {number} holds {_too_long(length)}, {advice}")


def _too_long(length: int) -> str:
    return f"{length:,} characters (an image or encoded data?); the editor takes lines of up to {MAX_LINE:,} characters"


class LongLineSafeEdit(QPlainTextEdit):
    """A QPlainTextEdit that wraps anywhere while its text holds a line longer than LONG_LINE.

    Signal: `paste_refused(str)` carries the one-line reason when a paste holds a line longer
    than MAX_LINE (nothing was inserted).
    """

    paste_refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Connected before any highlighter: contentsChange comes before Qt lays the change out.
        self.document().contentsChange.connect(self._keep_long_layouts)

    def setPlainText(self, text: str) -> None:
        self._fit_wrapping(text, whole_text=True)
        super().setPlainText(text)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            if (found := overlong_line(source.text())) is not None:
                self.paste_refused.emit(f"Nothing was pasted: the clipboard holds a line of {_too_long(found[1])}.")
                return
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
