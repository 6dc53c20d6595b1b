"""What the reading libraries say about a damaged file, caught while it is read and put in plain words.

Why catch it: pdfminer reports the damage it works around (a font's broken widths, a page with
no size, a character map it cannot parse) through `logging`, and python-docx, lxml or Pillow
may use `warnings`. Left alone, those print raw lines on stderr beside the one line the command
line promises; silenced, the user never learns the text may be off. Here every warning and log
record (WARNING and up) raised while a file is read is kept, matched against a short table of
what it means for the user, counted, and returned as import notes. Foldline's own readers log
the damage they detect themselves (`DAMAGE_LOG`) in words already meant for the user.
"""

from __future__ import annotations

import logging
import re
import warnings
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from editor.model import Problem, Resume

DAMAGE_LOG = "editor.formats.importing"  # the readers' own notes: already plain words, kept as they are
INDEX_REBUILT = "the PDF's index of its contents is damaged; the text was read anyway, check that nothing is missing"
DAMAGED_STREAM = "part of the PDF's compressed data is damaged; some text may be missing, compare with the original"
_CODE_WARNINGS = (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning)

# What a library's message means for the user, first match wins (the words of pdfminer.six and pypdf).
_PLAIN: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"ToUnicode"),
        "part of a font's character map is damaged; some characters may be missing or wrong, check the text",
    ),
    (
        re.compile(r"font width|FontBBox|font descriptor", re.IGNORECASE),
        "a font's measurements are damaged; words may run together or break apart, check the spacing",
    ),
    (re.compile(r"CropBox"), "a page's visible area is damaged; the whole page was read"),
    (re.compile(r"MediaBox"), "a page has no valid size; it was read as US Letter"),
    (re.compile(r"xref", re.IGNORECASE), INDEX_REBUILT),
    (re.compile(r"pdf header", re.IGNORECASE), "the PDF's header is damaged; the text was read anyway"),
    (re.compile(r"decompress", re.IGNORECASE), DAMAGED_STREAM),
    (re.compile(r"circular reference"), "part of a page draws itself in a loop; it was read once"),
    (
        re.compile(r"^(Cannot|Could not set|Pattern color|unknown token|Execute called)"),
        "some of the PDF's drawing instructions are damaged and were skipped; check the order of the text",
    ),
)

# Outside `library_messages` (a test calling a reader directly) nothing prints either: a handler
# that drops records keeps Python's last-resort handler from writing them to stderr.
for _name in ("pdfminer", DAMAGE_LOG):
    logging.getLogger(_name).addHandler(logging.NullHandler())


class _Collector(logging.Handler):
    """Counts every record it is handed by (logger name, message); prints nothing. A library's
    message is counted by its template: a hostile file can raise thousands, each with a large
    value to format, and the template is what says what went wrong."""

    def __init__(self, heard: Counter[tuple[str, str]]) -> None:
        super().__init__(logging.WARNING)
        self.heard = heard

    def emit(self, record: logging.LogRecord) -> None:
        own = record.name.startswith(DAMAGE_LOG)
        self.heard[record.name, record.getMessage() if own else str(record.msg)] += 1


@contextmanager
def library_messages() -> Iterator[Counter[tuple[str, str]]]:
    """Count, by (source, message), the warnings and log records raised inside the block; print none.

    A handler on the root logger also keeps Python's last-resort handler from printing records;
    warnings about code rather than the file (deprecations) are ignored."""
    heard: Counter[tuple[str, str]] = Counter()
    collector = _Collector(heard)
    root = logging.getLogger()
    root.addHandler(collector)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")  # every one is counted, even where a filter says "error"
            for category in _CODE_WARNINGS:
                warnings.simplefilter("ignore", category)
            try:
                yield heard
            finally:
                heard.update((item.category.__name__, str(item.message)) for item in caught)
    finally:
        root.removeHandler(collector)


def plain_notes(heard: Counter[tuple[str, str]], reader: str) -> list[str]:
    """One note per meaning, with how often it was reported; messages the table does not know are
    counted into one note that names `reader` ("the PDF reader")."""
    counts: Counter[str | None] = Counter()
    for (source, message), times in heard.items():
        counts[message if source.startswith(DAMAGE_LOG) else _meaning(message)] += times
    unknown = counts.pop(None, 0)
    notes = [note if count == 1 else f"{note} (reported {count} times)" for note, count in counts.items()]
    if unknown:
        warned = "a warning" if unknown == 1 else f"{unknown} warnings"
        notes.append(f"the file has minor damage ({warned} from the {reader}); check the text")
    return notes


def _meaning(message: str) -> str | None:
    return next((note for pattern, note in _PLAIN if pattern.search(message)), None)


def with_notes(resume: Resume, notes: list[str]) -> Resume:
    """The resume with `notes` (from `plain_notes`) added to its import notes."""
    return replace(resume, problems=resume.problems + tuple(Problem(1, note) for note in notes)) if notes else resume
