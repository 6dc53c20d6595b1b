"""Bold, italics, links and escapes inside a line, read into runs and written back."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.formats.markdown.inline import parse_pieces, pieces_to_text
from editor.formats.markdown.inline_writer import escape, write_text
from editor.model import Run, Span, Text


def read(source: str) -> Text:
    pieces, _ = parse_pieces(source)
    return pieces_to_text(pieces, lambda start, end: Span.on_line(1, start, end))


def styles(source: str) -> list[tuple[str, str]]:
    """Each run as (text, style letters: b bold, i italic, l link)."""
    return [
        (run.text, ("b" if run.bold else "") + ("i" if run.italic else "") + ("l" if run.link else ""))
        for run in read(source)
    ]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("**bold**", [("bold", "b")]),
        ("__bold__", [("bold", "b")]),
        ("*italic*", [("italic", "i")]),
        ("_italic_", [("italic", "i")]),
        ("***both***", [("both", "bi")]),
        ("___both___", [("both", "bi")]),
        ("a **b** c", [("a ", ""), ("b", "b"), (" c", "")]),
        ("**a *b* c**", [("a ", "b"), ("b", "bi"), (" c", "b")]),
        ("*a **b** c*", [("a ", "i"), ("b", "bi"), (" c", "i")]),
        ("snake_case_name", [("snake_case_name", "")]),
        ("x*y*z", [("x", ""), ("y", "i"), ("z", "")]),
        ("x_y_z", [("x_y_z", "")]),
        ("**unclosed", [("**unclosed", "")]),
        ("2 * 3 * 4", [("2 * 3 * 4", "")]),
        ("** not bold**", [("** not bold**", "")]),
        ("\\*not\\*", [("*not*", "")]),
        ("C:\\Users", [("C:\\Users", "")]),
        ("[Evergreen](https://evergreen.example)", [("Evergreen", "l")]),
        ("[**Evergreen**](https://e.example)", [("Evergreen", "bl")]),
        ("**[Evergreen](https://e.example)**", [("Evergreen", "bl")]),
        ("<https://e.example/a>", [("https://e.example/a", "l")]),
        ("[no link]", [("[no link]", "")]),
        ("[empty]()", [("[empty]()", "")]),
    ],
)
def test_inline_markup(source: str, expected: list[tuple[str, str]]) -> None:
    assert styles(source) == expected


def test_links_keep_their_targets() -> None:
    assert [
        run.link for run in read("[a](https://a.example) <b@example.com> [c](<https://c.example/x y>)") if run.link
    ] == ["https://a.example", "mailto:b@example.com", "https://c.example/x y"]


def test_run_spans_point_inside_the_markers() -> None:
    source = "Raised **CSAT** by 8"
    bold = read(source)[1]
    assert source[bold.span.column : bold.span.end_column] == "CSAT"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ((Run("a"), Run("b", bold=True)), "a**b**"),
        ((Run("a", bold=True), Run("b", italic=True)), "**a**_b_"),
        ((Run("b", bold=True, italic=True), Run("c", bold=True)), "__*b*c__"),
        ((Run("a", italic=True), Run("b", bold=True), Run("c")), "_a_**b**c"),
        ((Run("x", link="https://x.example"),), "[x](https://x.example)"),
        ((Run("https://x.example", link="https://x.example"),), "<https://x.example>"),
        ((Run(" spaced ", bold=True),), " **spaced** "),
    ],
)
def test_neighbouring_emphasis_gets_markers_that_read_back(text: Text, written: str) -> None:
    assert write_text(text) == written


def test_escape_leaves_underscores_inside_words_alone() -> None:
    assert escape("snake_case and _private and a__b") == "snake_case and \\_private and a__b"
    assert escape("a|b", "|") == "a\\|b"


ALPHABET = st.sampled_from([*"ab *_[]()<>\\`!|:/.", "**", "__", "***", "http://x.io", "m@x.io", "é", "😀", "\u00a0"])


@settings(max_examples=2000, deadline=None)
@given(st.lists(ALPHABET, max_size=30).map("".join))
def test_written_runs_read_back_as_the_same_runs(source: str) -> None:
    text = read(source)
    assert read(write_text(text)) == text


RUNS = st.lists(
    st.builds(
        Run,
        st.text(alphabet="ab _*\\[", min_size=1, max_size=4),
        st.booleans(),
        st.booleans(),
        st.sampled_from([None, None, "https://u.example"]),
    ),
    max_size=6,
)


@settings(max_examples=1000, deadline=None)
@given(RUNS)
def test_any_runs_are_written_as_text_that_reads_back_stably(text: tuple[Run, ...]) -> None:
    once = read(write_text(tuple(text)))
    assert read(write_text(once)) == once
