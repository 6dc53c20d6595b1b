"""Grammar through LanguageTool: findings land on the typed lines; a missing server never hangs.

The server here is a small stand-in on 127.0.0.1 that speaks LanguageTool's HTTP protocol
(tests/language_tool_stub.py, shared with the window's tests).
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.analysis.proofing.grammar import NOT_SET_UP, GrammarChecker, GrammarResult
from editor.formats.markdown.reader import read_markdown
from tests.language_tool_stub import LanguageToolStub

RESUME = """\
# Sam Rivera
A analyst who ships
Denver, CO · (303) 555-0199 · sam@example.com

## Experience

### Operations Analyst | Acme Logistics | Denver, CO | Feb 2022 – Present
- Built a dashboard for a operations team
- Wrote **a error** budget for 🚀 a upstream team

## Skills

- a API, a ERP

## Summary

Analyst with six years in freight. Known for
a unusual eye for cost.
"""


@pytest.fixture
def silent_server() -> Iterator[str]:
    """Accepts connections (the kernel's backlog does) and never answers."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    listener.close()


def unused_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def check(checker: GrammarChecker, text: str = RESUME) -> GrammarResult:
    return checker.check(read_markdown(text), text)


def test_issues_land_on_the_lines_and_columns_that_were_typed(language_tool: str) -> None:
    result = check(GrammarChecker(server_url=language_tool))
    assert result.available and result.status == f"Checked with LanguageTool at {language_tool}"
    placed = [(issue.line, issue.column, issue.end_column) for issue in result.issues]
    assert placed == [(2, 0, 1), (8, 24, 25), (9, 10, 11), (9, 33, 34), (18, 0, 1)]
    assert result.issues[0].rule == "EN_A_VS_AN" and result.issues[0].replacements == ("an",)
    lines = RESUME.split("\n")
    assert all(lines[issue.line - 1][issue.column] in "Aa" for issue in result.issues)


def test_only_prose_is_sent_never_the_name_contacts_headings_or_skills(language_tool: str) -> None:
    check(GrammarChecker(server_url=language_tool))
    [sent] = LanguageToolStub.received
    assert "A analyst who ships" in sent and "a operations team" in sent
    for private_or_list in ("Sam Rivera", "sam@example.com", "555-0199", "Experience", "Acme", "a API", "**"):
        assert private_or_list not in sent


def test_the_servers_languages_are_asked_once_per_checker(language_tool: str) -> None:
    checker = GrammarChecker(server_url=language_tool)
    check(checker)
    check(checker)
    assert (LanguageToolStub.language_requests, len(LanguageToolStub.received)) == (1, 2)


@pytest.mark.timeout(20)
def test_an_unreachable_server_is_reported_as_unavailable() -> None:
    url = f"http://127.0.0.1:{unused_port()}"
    result = check(GrammarChecker(server_url=url, timeout_s=5))
    assert not result.available and result.issues == ()
    assert result.status == f"LanguageTool server at {url} is not reachable"


@pytest.mark.timeout(20)
def test_a_server_that_never_answers_times_out(silent_server: str) -> None:
    result = check(GrammarChecker(server_url=silent_server, timeout_s=1))
    assert not result.available
    assert result.status == f"LanguageTool server at {silent_server} did not answer in 1 s"


def test_a_server_error_is_reported_in_one_line(language_tool: str) -> None:
    result = check(GrammarChecker(server_url=language_tool), RESUME.replace("ships", "ships BREAK"))
    assert not result.available
    assert result.status.startswith(f"LanguageTool server at {language_tool} answered with an error:")
    assert "\n" not in result.status


def test_without_a_server_or_install_nothing_is_contacted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LTP_PATH", raising=False)
    attempts: list[object] = []
    monkeypatch.setattr(socket.socket, "connect", lambda self, address: attempts.append(address))
    result = check(GrammarChecker(server_url="  "))
    assert result.as_dict() == {"available": False, "status": NOT_SET_UP, "matches": []}
    assert attempts == []


def test_an_install_folder_without_languagetool_says_so(tmp_path: Path) -> None:
    result = check(GrammarChecker(install_path=tmp_path))
    assert not result.available and result.status == f"No LanguageTool found in {tmp_path}"


@pytest.mark.timeout(60)
def test_a_broken_local_install_fails_fast_instead_of_retrying(tmp_path: Path) -> None:
    jar = tmp_path / "LanguageTool-6.8" / "languagetool-server.jar"
    jar.parent.mkdir()
    jar.write_bytes(b"not a jar")
    checker = GrammarChecker(install_path=tmp_path, timeout_s=30, startup_timeout_s=30)
    result = check(checker)
    checker.close()
    assert not result.available
    assert "stopped while starting" in result.status or "Java is needed" in result.status


def test_ltp_path_from_the_environment_is_used_as_the_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LTP_PATH", str(tmp_path))
    assert check(GrammarChecker()).status == f"No LanguageTool found in {tmp_path}"


def test_results_serialise_for_the_json_report(language_tool: str) -> None:
    report = check(GrammarChecker(server_url=language_tool)).as_dict()
    assert set(report) == {"available", "status", "matches"}
    assert report["matches"][0] == {
        "rule": "EN_A_VS_AN",
        "message": "Use “an” instead of “a” if the following word starts with a vowel sound.",
        "line": 2,
        "column": 0,
        "end_column": 1,
        "replacements": ["an"],
        "category": "MISC",
    }
