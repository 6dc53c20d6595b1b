"""A job posting saved from the browser (.html) is read as the text its reader sees.

Before: the page was read as plain text, so its tags, styles and scripts, and the site's menu,
became the posting's keywords ('Home' ranked as the job title to add to the headline).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor.cli import main
from editor.formats.importing.job_description import read_job_description
from tests.conftest import SAMPLES

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="windows-1252"><title>Careers | Lumen</title>
<style>.posting {{ font-family: Helvetica; }}</style>
<script>window.dataLayer = [{{"event": "pageview", "category": "careers"}}];</script></head>
<body><nav><a href="/">Home</a> <a href="/jobs">Sign in</a></nav>
<main><div class="posting"><h1>Customer Support Team Lead</h1>
<p>Lead a team of agents in our {place} contact centre. You know <b>Zendesk</b>&nbsp;and&nbsp;<b>Salesforce</b>.</p>
<h2>Requirements</h2><ul><li>5+ years of customer support</li><li>Coaching &amp; quality assurance</li></ul>
<button>Apply now</button></div></main><footer>Privacy policy</footer></body></html>
"""


def _save(folder: Path, name: str, encoding: str = "windows-1252") -> Path:
    path = folder / name
    path.write_bytes(PAGE.format(place="Zürich").encode(encoding))
    return path


def test_a_saved_posting_reads_as_its_visible_text(tmp_path: Path) -> None:
    text = read_job_description(_save(tmp_path, "posting.html"))
    assert "Customer Support Team Lead\n" in text
    assert "Zürich contact centre. You know Zendesk and Salesforce." in text  # the page's own charset
    assert "- 5+ years of customer support\n- Coaching & quality assurance" in text
    for hidden in ("<", "font-family", "dataLayer", "Careers |", "Home", "Sign in", "Apply now", "Privacy"):
        assert hidden not in text


def test_a_web_page_saved_as_txt_is_recognised_by_its_content(tmp_path: Path) -> None:
    text = read_job_description(_save(tmp_path, "posting.txt", "utf-8"))
    assert "<div" not in text and "Zendesk and Salesforce" in text


def test_a_plain_posting_mentioning_tags_is_left_as_written(tmp_path: Path) -> None:
    path = tmp_path / "posting.txt"
    path.write_text("Frontend developer: semantic <div> and <nav> markup, CSS\n", encoding="utf-8")
    assert read_job_description(path) == "Frontend developer: semantic <div> and <nav> markup, CSS\n"


def test_analyze_with_a_saved_posting_ranks_its_words_not_the_site(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["analyze", str(SAMPLES / "resume.md"), "--jd", str(_save(tmp_path, "posting.htm")), "--json"]) == 0
    terms = {keyword["term"].casefold() for keyword in json.loads(capsys.readouterr().out)["keywords"]}
    assert {"zendesk", "salesforce"} <= terms
    assert not terms & {"home", "sign in", "font-family", "datalayer", "privacy policy", "apply now", "div"}
