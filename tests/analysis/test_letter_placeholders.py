"""A `[…]` placeholder or the draft note left in a letter: an error in the checks, a warning on export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from editor.analysis.letter.analysis import letter_report
from editor.analysis.letter.placeholders import DRAFT_NOTE, find_placeholders
from editor.analysis.letter.starter import draft_letter
from editor.cli import main
from editor.formats.markdown.reader import read_markdown
from tests.conftest import SAMPLES

RESUME = read_markdown((SAMPLES / "resume.md").read_text(encoding="utf-8"))
POSTING_WITHOUT_CITY_OR_COMPANY = "Staff Software Engineer\n\nResponsibilities\n- Design distributed systems in Go\n"


def _placeholder_findings(text: str) -> list[dict]:
    return [finding for finding in letter_report(text)["findings"] if finding["rule"] == "letter-placeholders"]


def test_a_fresh_starter_letter_has_placeholder_errors_for_each_blank() -> None:
    text = draft_letter(RESUME, POSTING_WITHOUT_CITY_OR_COMPANY, date(2026, 11, 26))
    findings = _placeholder_findings(text)
    assert {finding["severity"] for finding in findings} == {"error"}
    messages = " | ".join(finding["message"] for finding in findings)
    for placeholder in ("[City, State]", "[Company]", "[one sentence: why this team, why now]"):
        assert placeholder in messages
    assert "draft note is still there" in messages
    lines = text.split("\n")
    for finding in findings:
        assert "[" in lines[finding["line"] - 1][finding["column"] : finding["end_column"]]


def test_a_filled_in_letter_has_no_placeholder_errors_and_links_are_not_placeholders() -> None:
    text = draft_letter(RESUME, POSTING_WITHOUT_CITY_OR_COMPANY, date(2026, 11, 26))
    text = text.replace(DRAFT_NOTE + "\n\n", "")
    while found := find_placeholders(text):
        text = text.replace(found[0].text, "Northwind", 1)
    text = text.replace("Sincerely,", "See [my portfolio](https://example.com/work).\n\nSincerely,")
    assert _placeholder_findings(text) == []


def test_front_matter_and_escaped_brackets_are_not_placeholders() -> None:
    text = "---\nkind: letter\nmute: [letter-too-long]\n---\n# Ana\n\nDear team,\n\nI wrote \\[sic\\] and [1].\n"
    assert find_placeholders(text) == []


def test_exporting_a_letter_with_placeholders_warns_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    letter = tmp_path / "letter.md"
    letter.write_text(draft_letter(RESUME, POSTING_WITHOUT_CITY_OR_COMPANY, date(2026, 11, 26)), encoding="utf-8")
    assert main(["export", str(letter), "-o", str(tmp_path / "letter.pdf")]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err and all(line.startswith("foldline: check: line ") for line in err)
    assert any("[Company] is a placeholder" in line for line in err)
    assert (tmp_path / "letter.pdf").stat().st_size > 0
