"""Exporting a letter that still holds placeholders asks first; the exported file is the letter, not a resume."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from editor.analysis.letter.starter import draft_letter
from editor.formats.markdown.reader import read_markdown
from tests.conftest import SAMPLES

RESUME = read_markdown((SAMPLES / "resume.md").read_text(encoding="utf-8"))


def _export_draft(window, prompts, target: Path, answer: bool) -> None:
    """Export a fresh starter letter to `target`, answering the placeholder question with `answer`."""
    window.files.new_document(draft_letter(RESUME, "", date(2026, 11, 26)))
    prompts.save_paths.append(str(target))
    prompts.yes_no.append(answer)
    window.export(".pdf")


def test_exporting_an_unfinished_letter_asks_and_a_no_writes_nothing(window, prompts, tmp_path: Path) -> None:
    _export_draft(window, prompts, tmp_path / "letter.pdf", answer=False)
    assert "placeholder(s) are still in the letter" in prompts.questions[-1]
    assert not (tmp_path / "letter.pdf").exists()


def test_exporting_a_letter_anyway_writes_the_letter(window, prompts, tmp_path: Path) -> None:
    _export_draft(window, prompts, tmp_path / "letter.pdf", answer=True)
    assert PdfReader(tmp_path / "letter.pdf").metadata.title == "Maria Delgado — Cover letter"


def test_the_checks_pane_counts_the_draft_placeholders_as_errors(window) -> None:
    from editor.model import Severity

    window.files.new_document(draft_letter(RESUME, "", date(2026, 11, 26)))
    window.pipeline.wait_idle()
    assert window.checks_panel.counts().get(Severity.ERROR, 0) >= 5
