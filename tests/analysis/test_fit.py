"""Fit to the fold: the proposal lifts the current job above the default screen's fold, within readable bounds."""

from __future__ import annotations

import re

import pytest

from editor.analysis.fit import propose_fit
from editor.analysis.fit.levers import levers
from editor.analysis.fit.moves import skills_first
from editor.analysis.rules import check_resume
from editor.analysis.screen.fold import compute_fold
from editor.analysis.screen.line_fields import Field, label_lines
from editor.analysis.screen.presets import get_screen
from editor.formats.export.pdf_writer import build_pdf
from editor.formats.markdown.reader import read_markdown
from editor.render.templates import TEMPLATES, get_template
from tests.analysis import fit_fixtures

CURRENT_JOB = (Field.CURRENT_TITLE, Field.CURRENT_DATES)


def below_fold(text: str, fields: tuple[Field, ...] = CURRENT_JOB) -> set[Field]:
    """The fields with a line below the default screen's fold, read from a fresh render of `text`."""
    resume = read_markdown(text)
    layout = build_pdf(resume).layout
    fold = compute_fold(get_screen(None), layout.page_width, layout.page_height)
    labels = label_lines(layout, resume)
    return {label.field for line, label in zip(layout.lines, labels, strict=True) if not fold.shows(line)} & set(fields)


def assert_readable(text: str) -> None:
    template = get_template(None, read_markdown(text).settings)
    assert template.body_size >= 10
    assert min(template.margin_top, template.margin_bottom, template.margin_left, template.margin_right) >= 36 - 0.01
    assert template.leading >= 1.15 and template.section_space_before >= 6


CONSTRUCTED = {"long summary": fit_fixtures.long_summary(), "skills block": fit_fixtures.skills_block()}


@pytest.mark.parametrize("name", CONSTRUCTED)
def test_the_proposal_lifts_the_current_title_and_dates_within_readable_bounds(name: str) -> None:
    text = CONSTRUCTED[name]
    assert below_fold(text) == set(CURRENT_JOB)  # the fixture shows the problem

    proposal = propose_fit(text)

    assert proposal.changed
    assert below_fold(proposal.text) == set()
    assert_readable(proposal.text)
    assert {"current_title", "current_dates"} <= proposal.after.visible - proposal.before.visible
    assert proposal.after.key_field_share > proposal.before.key_field_share


def test_a_style_change_is_written_to_the_front_matter_and_the_content_is_kept() -> None:
    text = fit_fixtures.skills_block()
    proposal = propose_fit(text)
    assert proposal.moves == ()
    settings = read_markdown(proposal.text).settings
    assert settings["template"] == "modern" and settings["jd"] == "job-description.txt"
    assert proposal.settings and all(settings[key] == value for key, value in proposal.settings.items())
    body = proposal.text.split("\n---\n", 1)[1]
    assert body == text.split("\n---\n", 1)[1]


def test_a_long_summary_is_proposed_trimmed_to_whole_sentences_and_says_what_it_drops() -> None:
    text = fit_fixtures.long_summary()
    proposal = propose_fit(text)
    (move,) = proposal.moves
    assert move.kind == "trim-summary"
    original = re.search(r"## Summary\n\n(.*)\n", text).group(1)  # type: ignore[union-attr]
    assert f"{move.kept} {move.dropped}" == original
    assert move.kept.endswith(".") and move.kept in proposal.text and move.dropped not in proposal.text
    resume = read_markdown(proposal.text)
    layout = build_pdf(resume).layout
    summary = [label for label in label_lines(layout, resume) if label.field is Field.SUMMARY]
    assert 0 < len(summary) <= 3
    assert text == fit_fixtures.long_summary()  # the input is never changed


def test_a_resume_whose_key_facts_all_show_gets_no_change() -> None:
    text = fit_fixtures.sample()
    proposal = propose_fit(text)
    assert not proposal.changed and proposal.text == text
    assert proposal.before == proposal.after
    assert "Nothing to change" in proposal.format_text()


def test_job_terms_count_as_key_facts_and_a_small_screen_asks_for_more() -> None:
    jd = (fit_fixtures.SAMPLES / "job-description.txt").read_text(encoding="utf-8")
    proposal = propose_fit(fit_fixtures.long_summary(8), jd, "chrome-1280x720")
    terms = [fact for fact in proposal.facts if fact.term]
    assert terms and "Zendesk" in {fact.term for fact in terms}
    below = [fact.id for fact in proposal.facts if fact.id not in proposal.before.visible]
    assert "term:zendesk" in below and set(below) <= proposal.after.visible
    assert "Lifts above the fold:" in proposal.format_text()


def test_skills_move_above_the_summary_without_losing_a_line() -> None:
    text = fit_fixtures.sample()
    moved, move = skills_first(text, read_markdown(text))  # type: ignore[misc]
    assert sorted(line for line in moved.split("\n") if line.strip()) == sorted(
        line for line in text.split("\n") if line.strip()
    )
    titles = [section.title for section in read_markdown(moved).sections]
    assert titles[:2] == ["Skills", "Summary"] and "Skills" in move.description
    assert moved.endswith("\n")


def test_an_unknown_screen_is_a_clear_error() -> None:
    with pytest.raises(KeyError, match="unknown screen"):
        propose_fit(fit_fixtures.sample(), screen_id="crt-640x480")


def test_a_template_tighter_than_the_bounds_is_never_pushed_past_them_or_made_to_clamp() -> None:
    compact = TEMPLATES["compact"]  # 34 pt top margin and 9.5 pt type: already below the fitter's floor
    assert [lever.steps for lever in levers(compact) if "margins" in lever.name] == [(), ()]
    assert [lever.steps for lever in levers(compact) if lever.name == "type size"] == [()]
    text = fit_fixtures.skills_block(27).replace("template: modern", "template: compact")
    proposal = propose_fit(text)
    assert below_fold(text) and not below_fold(proposal.text)
    assert set(proposal.settings) == {"spacing"}
    assert [f for f in check_resume(read_markdown(proposal.text), proposal.text) if f.rule == "style-setting"] == []


def test_job_terms_only_the_skills_hold_are_lifted_by_moving_the_skills_above_the_summary() -> None:
    jd = "Tools administrator\nRequirements\n- Five9 and Freshdesk\n- Five9 routing, Freshdesk automations, Jira\n"
    proposal = propose_fit(fit_fixtures.sample(), jd)
    assert [move.kind for move in proposal.moves] == ["skills-first"] and proposal.settings == {}
    assert {fact.term for fact in proposal.lifted} == {"Five9", "Freshdesk", "Jira"}
    assert [section.title for section in read_markdown(proposal.text).sections][:2] == ["Skills", "Summary"]
    assert not below_fold(proposal.text)  # the current job stays above the fold


def test_the_skills_stay_put_when_no_hidden_job_term_is_in_them() -> None:
    proposal = propose_fit(fit_fixtures.skills_block())
    assert proposal.moves == () and proposal.evaluations < 20
