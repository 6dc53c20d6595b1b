"""What each formatting command does to the text, decided on plain strings."""

from __future__ import annotations

from editor.ui.markdown_edits import (
    continued_bullet,
    entry_field,
    indented_bullets,
    toggled_bullets,
    toggled_emphasis,
    toggled_headings,
)


def test_bold_wraps_the_word_at_the_caret_and_selects_it() -> None:
    line = "- Raised CSAT from 86%"
    caret = line.index("CSAT") + 2
    assert toggled_emphasis(line, caret, caret, 2) == ("- Raised **CSAT** from 86%", 11, 15)


def test_bold_on_a_bold_word_removes_the_markers() -> None:
    line = "- Raised **CSAT** from 86%"
    caret = line.index("CSAT")
    assert toggled_emphasis(line, caret, caret, 2) == ("- Raised CSAT from 86%", 9, 13)


def test_bold_on_a_selection_that_includes_the_markers_removes_them() -> None:
    line = "Raised **CSAT** today"
    assert toggled_emphasis(line, 7, 15, 2)[0] == "Raised CSAT today"


def test_italic_on_a_bold_word_makes_it_bold_italic_and_bold_again_leaves_italic() -> None:
    bold_italic, start, _ = toggled_emphasis("**CSAT**", 3, 3, 1)
    assert bold_italic == "***CSAT***"
    assert toggled_emphasis(bold_italic, start, start, 2)[0] == "*CSAT*"


def test_emphasis_with_no_word_at_the_caret_inserts_markers_around_the_caret() -> None:
    assert toggled_emphasis("Raised  now", 7, 7, 2) == ("Raised **** now", 9, 9)


def test_section_heading_replaces_a_bullet_marker_and_toggles_back() -> None:
    assert toggled_headings(["- Experience"], 2) == ["## Experience"]
    assert toggled_headings(["## Experience"], 2) == ["Experience"]
    assert toggled_headings(["## Job"], 3) == ["### Job"]


def test_bullets_are_added_to_non_empty_lines_and_removed_when_all_are_bullets() -> None:
    assert toggled_bullets(["Zendesk", "", "Jira"]) == ["- Zendesk", "", "- Jira"]
    assert toggled_bullets(["- Zendesk", "  * Jira"]) == ["Zendesk", "Jira"]
    assert toggled_bullets([""]) == ["- "]


def test_indenting_nests_bullets_and_outdenting_undoes_it() -> None:
    assert indented_bullets(["- a", "- b"], outdent=False) == ["  - a", "  - b"]
    assert indented_bullets(["  - a", "- b"], outdent=True) == ["- a", "- b"]
    assert indented_bullets(["plain"], outdent=False) is None


def test_enter_in_a_bullet_starts_a_new_bullet_with_the_rest_of_the_line() -> None:
    assert continued_bullet("  - Raised CSAT", 15) == ("  - Raised CSAT", "  - ")
    assert continued_bullet("- Raised CSAT today", 13) == ("- Raised CSAT", "- today")


def test_enter_on_an_empty_bullet_ends_the_list_or_moves_up_a_level() -> None:
    assert continued_bullet("- ", 2) == ("", None)
    assert continued_bullet("    - ", 6) == ("  - ", None)


def test_enter_outside_bullets_or_inside_the_marker_is_left_to_the_editor() -> None:
    assert continued_bullet("Plain text", 5) is None
    assert continued_bullet("- item", 0) is None


def test_tab_walks_the_fields_of_an_entry_heading_and_wraps() -> None:
    line = "### Title | Organization | City, ST | Mon YYYY – Present"
    title = (4, 9)
    organization = entry_field(line, title[1], forward=True)
    assert organization is not None
    assert line[organization[0] : organization[1]] == "Organization"
    back = entry_field(line, organization[1], forward=False)
    assert back == title
    last = (line.index("Mon"), len(line))
    assert entry_field(line, last[1], forward=True) == title
    assert entry_field("## Skills", 3, forward=True) is None
