"""`foldline export-application`: four files named as recruiters expect, written together or not at all."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from editor.analysis.applications.bundle import export_bundle, file_stem
from editor.analysis.applications.create import create_application
from editor.cli import main
from editor.formats.errors import FormatError
from tests.conftest import SAMPLES

NAMES = [
    "Maria-Delgado-Cover-Letter.docx",
    "Maria-Delgado-Cover-Letter.pdf",
    "Maria-Delgado-Resume.docx",
    "Maria-Delgado-Resume.pdf",
]


@pytest.fixture
def application(tmp_path: Path) -> Path:
    master = tmp_path / "master.md"
    master.write_text((SAMPLES / "resume.md").read_text(encoding="utf-8"), encoding="utf-8")
    create_application(master, SAMPLES / "job-description.txt", tmp_path / "job", today=date(2026, 11, 26))
    return tmp_path / "job"


def _exports(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.suffix in (".pdf", ".docx"))


def test_the_bundle_holds_the_resume_and_the_letter_as_pdf_and_word(application: Path) -> None:
    bundle = export_bundle(application)
    assert _exports(application) == NAMES
    assert sorted(path.name for path in bundle.paths) == NAMES
    assert PdfReader(application / "Maria-Delgado-Resume.pdf").metadata.title == "Maria Delgado — Resume"
    letter_pdf = PdfReader(application / "Maria-Delgado-Cover-Letter.pdf")
    assert letter_pdf.metadata.title == "Maria Delgado — Cover letter"
    assert "Dear Hiring Manager" in letter_pdf.pages[0].extract_text()
    letter_docx = docx.Document(io.BytesIO((application / "Maria-Delgado-Cover-Letter.docx").read_bytes()))
    assert any(paragraph.text == "Dear Hiring Manager," for paragraph in letter_docx.paragraphs)
    assert any("placeholder" in warning or "draft note" in warning for warning in bundle.warnings)
    assert not [path for path in application.iterdir() if path.name.startswith(".")]


def test_a_letter_that_cannot_be_read_stops_the_bundle_before_any_file_is_written(application: Path) -> None:
    (application / "cover-letter.md").unlink()
    with pytest.raises(FormatError):
        export_bundle(application)
    assert _exports(application) == []


def test_a_target_that_cannot_be_replaced_leaves_every_earlier_export_as_it_was(application: Path) -> None:
    export_bundle(application)
    before = {name: (application / name).read_bytes() for name in NAMES[1:]}
    (application / NAMES[0]).unlink()
    (application / NAMES[0]).mkdir()
    (application / "resume.md").write_text(
        (application / "resume.md").read_text(encoding="utf-8") + "\n- Added later\n", encoding="utf-8"
    )
    with pytest.raises(FormatError, match="it is a folder"):
        export_bundle(application)
    assert {name: (application / name).read_bytes() for name in NAMES[1:]} == before
    assert not [path for path in application.iterdir() if path.name.startswith(".")]


def test_the_scores_are_brought_up_to_date_with_the_exported_resume(application: Path) -> None:
    record = application / "application.json"
    fields = json.loads(record.read_text(encoding="utf-8"))
    record.write_text(json.dumps(fields | {"match_score": 1, "first_screen_score": 1}), encoding="utf-8")
    export_bundle(application)
    fields = json.loads(record.read_text(encoding="utf-8"))
    assert fields["match_score"] > 1 and fields["first_screen_score"] > 1


def test_names_become_file_names() -> None:
    assert [file_stem(name) for name in ("Maria Delgado", "Sofía Hernández-Ruiz", "J. R. O'Neil", "")] == [
        "Maria-Delgado",
        "Sofía-Hernández-Ruiz",
        "J-R-O-Neil",
        "",
    ]


def test_the_command_writes_the_bundle_and_warns_about_placeholders(application: Path, capsys) -> None:
    assert main(["export-application", str(application)]) == 0
    captured = capsys.readouterr()
    assert captured.out.count("wrote ") == 4
    assert captured.err.startswith("foldline: check: line ")
    assert _exports(application) == NAMES
