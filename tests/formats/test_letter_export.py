"""Letters through the export glue: telling a letter file from a resume, and writing .pdf, .docx or .md."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import docx
import pypdf
import pytest

from editor.formats.errors import FormatError
from editor.formats.letter.export import is_letter_file, render_letter, render_letter_file
from editor.formats.letter.markdown import read_letter

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
HEADLESS = (
    "---\nkind: letter\nresume: resume.md\n---\n\nMay 1, 2026\n\nAcme\n\nDear team,\n\nI can help.\n\nBest,\nMaria\n"
)


def test_letter_files_are_told_from_resumes_and_other_files(tmp_path: Path) -> None:
    assert is_letter_file(SAMPLES / "cover-letter.md")
    assert not is_letter_file(SAMPLES / "resume.md")
    assert not is_letter_file(SAMPLES / "resume.json")
    assert not is_letter_file(tmp_path / "missing.md")
    binary = tmp_path / "binary.md"
    binary.write_bytes(b"\x00\xff\x00")
    assert not is_letter_file(binary)


@pytest.mark.parametrize("suffix", [".pdf", ".PDF", ".docx", ".md"])
def test_each_suffix_gives_its_format(suffix: str) -> None:
    data = render_letter_file(SAMPLES / "cover-letter.md", suffix)
    if suffix.lower() == ".pdf":
        assert len(pypdf.PdfReader(io.BytesIO(data)).pages) == 1
    elif suffix == ".docx":
        assert docx.Document(io.BytesIO(data)).paragraphs[0].text == "Maria Delgado"
    else:
        text = (SAMPLES / "cover-letter.md").read_text(encoding="utf-8")
        assert read_letter(data.decode()) == read_letter(text)


def test_an_unknown_suffix_is_a_one_line_error() -> None:
    with pytest.raises(FormatError, match=r"written as \.pdf, \.docx, \.md, not '\.json'"):
        render_letter("Dear team,\n", ".json")


def test_a_letter_without_letterhead_borrows_its_resume_s(tmp_path: Path) -> None:
    shutil.copy(SAMPLES / "resume.md", tmp_path / "resume.md")
    (tmp_path / "letter.md").write_text(HEADLESS, encoding="utf-8")
    pdf = pypdf.PdfReader(io.BytesIO(render_letter_file(tmp_path / "letter.md", ".pdf")))
    assert pdf.pages[0].extract_text().startswith("Maria Delgado\nSeattle, WA | (206) 555-0147")
    assert pdf.metadata.author == "Maria Delgado"
    markdown = render_letter_file(tmp_path / "letter.md", ".md").decode()
    assert "# Maria" not in markdown  # the letter's text keeps its own (missing) letterhead


def test_a_borrowed_letterhead_has_the_city_and_not_the_street_address(tmp_path: Path) -> None:
    resume = Path(__file__).resolve().parents[1] / "data" / "letters" / "street-address-resume.json"
    shutil.copy(resume, tmp_path / "resume.json")
    (tmp_path / "letter.md").write_text(HEADLESS.replace("resume.md", "resume.json"), encoding="utf-8")
    text = pypdf.PdfReader(io.BytesIO(render_letter_file(tmp_path / "letter.md", ".pdf"))).pages[0].extract_text()
    assert text.startswith("Jordan Avery\nChicago, IL | (312) 555-0188")
    assert "Lake Shore" not in text and text.count("linkedin.com/in/javery") == 1


def test_a_missing_resume_is_named_in_the_error(tmp_path: Path) -> None:
    (tmp_path / "letter.md").write_text(HEADLESS, encoding="utf-8")
    with pytest.raises(FormatError, match=r"the letter's 'resume: resume\.md' cannot be read: .*no such file"):
        render_letter_file(tmp_path / "letter.md", ".pdf")
