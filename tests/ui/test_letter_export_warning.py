"""Exporting a letter that still holds placeholders asks first; the exported file is the letter, not a resume."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from editor.analysis.letter.starter import draft_letter
from editor.formats.markdown.reader import read_markdown
from tests.conftest import SAMPLES

RESUME = read_markdown((SAMPLES / "resume.md").read_text(encoding="utf-8"))


def test_exporting_an_unfinished_letter_asks_and_a_no_writes_nothing(window, prompts, tmp_path: Path) -> None:
    window.files.new_document(draft_letter(RESUME, "", date(2026, 11, 26)))
    target = tmp_path / "letter.pdf"
    prompts.save_paths.append(str(target))
    prompts.yes_no.append(False)
    window.export(".pdf")
    assert "placeholder(s) are still in the letter" in prompts.questions[-1]
    assert not target.exists()


def test_exporting_a_letter_anyway_writes_the_letter(window, prompts, tmp_path: Path) -> None:
    window.files.new_document(draft_letter(RESUME, "", date(2026, 11, 26)))
    target = tmp_path / "letter.pdf"
    prompts.save_paths.append(str(target))
    prompts.yes_no.append(True)
    window.export(".pdf")
    assert PdfReader(target).metadata.title == "Maria Delgado — Cover letter"
