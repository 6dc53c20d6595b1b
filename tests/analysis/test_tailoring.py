"""Tailoring help: the tailored copy beside the master, master bullets for missing terms, a bullet brought back."""

from __future__ import annotations

import pytest

from editor.analysis.applications.tailoring import bring_back, master_bullets_for, side_by_side
from editor.analysis.keywords import extract_keywords, match_keywords
from editor.formats.errors import FormatError
from editor.formats.markdown.front_matter import with_front_matter_value
from editor.formats.markdown.reader import read_markdown
from tests.conftest import SAMPLES

MASTER = (SAMPLES / "resume.md").read_text(encoding="utf-8")
POSTING = (SAMPLES / "job-description.txt").read_text(encoding="utf-8")
BILLING_BULLET = "- Handled 60+ phone, chat and email contacts per shift across billing, outages and device setup"
NEW_BULLET = "- Ran the chat queue's overnight pilot: 30% fewer morning escalations"


def _tailored() -> str:
    text = with_front_matter_value(MASTER, "master", "../master.md")
    text = text.replace(BILLING_BULLET + "\n", "")
    return text.replace("- Trained 6 seasonal agents", NEW_BULLET + "\n- Trained 6 seasonal agents")


def _missing(text: str) -> list:
    report = match_keywords(read_markdown(text), text, extract_keywords(POSTING))
    return [result.keyword for result in report.terms if not result.matched]


def test_the_side_by_side_view_shows_what_was_cut_and_added_but_not_the_front_matter() -> None:
    rows = side_by_side(MASTER, _tailored())
    changed = [(row.kind, row.master_text, row.tailored_text) for row in rows if row.kind != "same"]
    assert ("removed", BILLING_BULLET, "") in changed
    assert ("added", "", NEW_BULLET) in changed
    assert len(changed) == 2
    lines = _tailored().split("\n")
    assert all(lines[row.tailored_line - 1] == row.tailored_text for row in rows if row.tailored_line)


def test_a_missing_term_is_answered_by_the_master_bullet_that_holds_it() -> None:
    tailored = _tailored()
    missing = _missing(tailored)
    assert "billing" in [keyword.term for keyword in missing]
    suggestions = [s for s in master_bullets_for(MASTER, tailored, missing) if s.term == "billing"]
    assert [s.bullet for s in suggestions] == [BILLING_BULLET]
    lines = tailored.split("\n")
    suggestion = suggestions[0]
    assert suggestion.entry.startswith("### Customer Support Specialist | Evergreen Telecom")
    assert lines[suggestion.insert_after - 1].startswith("- Led the weekly **quality assurance** review")


def test_nothing_is_suggested_when_nothing_is_missing() -> None:
    assert master_bullets_for(MASTER, MASTER, []) == []


def test_a_new_bullet_goes_back_to_the_same_job_in_the_master() -> None:
    tailored = _tailored()
    line = tailored.split("\n").index(NEW_BULLET) + 1
    master, at = bring_back(MASTER, tailored, line)
    lines = master.split("\n")
    assert lines[at - 1] == NEW_BULLET
    assert lines[at - 2].startswith("- Flagged a recurring shipping defect")
    assert master.replace(NEW_BULLET + "\n", "", 1) == MASTER


@pytest.mark.parametrize(
    ("line_text", "message"),
    [("# Maria Delgado", "put the cursor on a bullet"), ("- Trained 6 seasonal agents", "already in the master")],
)
def test_bringing_back_what_cannot_go_back_says_why(line_text: str, message: str) -> None:
    tailored = _tailored()
    line = next(number for number, text in enumerate(tailored.split("\n"), 1) if text.startswith(line_text))
    with pytest.raises(FormatError, match=message):
        bring_back(MASTER, tailored, line)


def test_a_bullet_of_a_job_the_master_lacks_is_refused() -> None:
    tailored = _tailored().replace(
        "### Retail Sales Associate | Cascade Mercantile", "### Shift Lead | Cascade Mercantile"
    )
    line = tailored.split("\n").index(
        "- Served 150+ customers per day and kept a 4.8 of 5 rating on post-purchase surveys"
    )
    tailored_lines = tailored.split("\n")
    tailored_lines[line] = "- Opened the store on weekends"
    with pytest.raises(FormatError, match="the master has no '### Shift Lead"):
        bring_back(MASTER, "\n".join(tailored_lines), line + 1)
