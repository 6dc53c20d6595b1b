"""An application folder: the posting as given, a tailored copy of the master, a letter and `application.json`."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import docx
import pytest

from editor.analysis.applications.create import create_application
from editor.analysis.applications.listing import format_applications, list_applications
from editor.analysis.applications.record import read_record, update_record
from editor.cli import main
from editor.formats.errors import FormatError
from editor.formats.letter.markdown import read_letter
from editor.formats.markdown.reader import read_markdown
from editor.model import plain
from tests.conftest import SAMPLES

MASTER_TEXT = (SAMPLES / "resume.md").read_text(encoding="utf-8")
POSTING = SAMPLES / "job-description.txt"
TODAY = date(2026, 11, 26)


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "master.md").write_text(MASTER_TEXT, encoding="utf-8")
    return tmp_path


def test_apply_builds_the_folder_from_the_master_and_the_posting(workspace: Path) -> None:
    folder = workspace / "brightpath"
    record = create_application(workspace / "master.md", POSTING, folder, today=TODAY)
    assert sorted(path.name for path in folder.iterdir()) == [
        "application.json",
        "cover-letter.md",
        "posting.txt",
        "resume.md",
    ]
    assert (folder / "posting.txt").read_bytes() == POSTING.read_bytes()
    resume_text = (folder / "resume.md").read_text(encoding="utf-8")
    tailored = read_markdown(resume_text)
    assert tailored.settings["master"] == "../master.md"
    assert tailored.settings["jd"] == "posting.txt"
    assert resume_text.split("\n---\n", 1)[1] == MASTER_TEXT.split("\n---\n", 1)[1]  # the body as typed
    letter = read_letter((folder / "cover-letter.md").read_text(encoding="utf-8"))
    assert letter.settings["resume"] == "resume.md" and letter.settings["jd"] == "posting.txt"
    assert (record.company, record.role, record.status) == (
        "BrightPath Home Internet",
        "Customer Support Team Lead",
        "draft",
    )
    assert 0 < record.first_screen_score <= record.match_score <= 100
    assert read_record(folder) == record


def test_company_and_role_given_on_the_command_line_win(workspace: Path) -> None:
    folder = workspace / "acme"
    create_application(workspace / "master.md", POSTING, folder, company="Acme Fiber", role="Support Lead", today=TODAY)
    letter = read_letter((folder / "cover-letter.md").read_text(encoding="utf-8"))
    assert [plain(line.text) for line in letter.recipient][1] == "Acme Fiber"
    assert plain(letter.subject.text) == "Support Lead"
    assert (read_record(folder).company, read_record(folder).role) == ("Acme Fiber", "Support Lead")


def test_a_word_posting_is_kept_as_given(workspace: Path) -> None:
    posting = workspace / "posting-from-email.docx"
    document = docx.Document()
    for line in POSTING.read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    document.save(posting)
    record = create_application(workspace / "master.md", posting, workspace / "word", today=TODAY)
    assert record.posting == "posting.docx"
    assert (workspace / "word" / "posting.docx").read_bytes() == posting.read_bytes()
    assert record.company == "BrightPath Home Internet"


def test_a_folder_with_files_is_never_touched(workspace: Path) -> None:
    folder = workspace / "taken"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(FormatError, match="already exists and is not empty"):
        create_application(workspace / "master.md", POSTING, folder, today=TODAY)
    assert [path.name for path in folder.iterdir()] == ["notes.txt"]


def test_a_bad_master_leaves_no_folder_behind(workspace: Path) -> None:
    with pytest.raises(FormatError):
        create_application(workspace / "missing.md", POSTING, workspace / "new", today=TODAY)
    assert sorted(path.name for path in workspace.iterdir()) == ["master.md"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"company": "X", "role": "Y", "date": "2026-11-26", "status": "maybe"}', "status 'maybe' is not one of"),
        ('{"company": "X", "role": "Y", "date": "last week"}', "'date' must be a date"),
        ('{"company": "X", "date": "2026-11-26", "match_score": 140}', "'match_score' must be a whole number"),
        ('{"company": "X",', "not valid JSON (line 1"),
        ('["X"]', "must hold one JSON object"),
    ],
)
def test_bad_metadata_is_one_line_for_that_application_and_the_rest_are_listed(
    workspace: Path, content: str, message: str
) -> None:
    create_application(workspace / "master.md", POSTING, workspace / "good", today=TODAY)
    (workspace / "broken").mkdir()
    (workspace / "broken" / "application.json").write_text(content, encoding="utf-8")
    entries = list_applications(workspace)
    assert [entry.folder.name for entry in entries] == ["good", "broken"]
    assert entries[0].record is not None and entries[1].record is None
    assert message in entries[1].problem and "\n" not in entries[1].problem
    assert (workspace / "broken" / "application.json").read_text(encoding="utf-8") == content
    table = format_applications(entries)
    assert "BrightPath Home Internet" in table and f"cannot read: {entries[1].problem}" in table


def test_a_status_change_keeps_hand_added_keys_and_a_bad_one_writes_nothing(workspace: Path) -> None:
    folder = workspace / "job"
    create_application(workspace / "master.md", POSTING, folder, today=TODAY)
    path = folder / "application.json"
    fields = json.loads(path.read_text(encoding="utf-8")) | {"recruiter": "Dana, dana@example.com"}
    path.write_text(json.dumps(fields), encoding="utf-8")
    assert update_record(folder, status="interview").status == "interview"
    assert json.loads(path.read_text(encoding="utf-8"))["recruiter"] == "Dana, dana@example.com"
    before = path.read_bytes()
    with pytest.raises(FormatError, match="status 'won' is not one of"):
        update_record(folder, status="won")
    assert path.read_bytes() == before


def test_the_command_line_creates_and_lists_applications(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    master = str(workspace / "master.md")
    assert main(["apply", master, "--jd", str(POSTING), "-o", str(workspace / "a"), "--company", "Acme"]) == 0
    assert "Customer Support Team Lead at Acme" in capsys.readouterr().out
    assert main(["applications", str(workspace), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(row["company"], row["status"], row["problem"]) for row in rows] == [("Acme", "draft", None)]
    assert isinstance(rows[0]["match_score"], int) and isinstance(rows[0]["first_screen_score"], int)
    assert main(["apply", master, "--jd", str(POSTING), "-o", str(workspace / "a")]) == 1
    assert capsys.readouterr().err.startswith("foldline: error: ")


def test_listing_a_folder_that_is_not_there_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["applications", str(tmp_path / "nowhere")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("foldline: error: ") and "is not a folder" in err and err.count("\n") == 1


def test_an_empty_workspace_says_how_to_start(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["applications", str(tmp_path)]) == 0
    assert "foldline apply MASTER --jd POSTING -o FOLDER" in capsys.readouterr().out
