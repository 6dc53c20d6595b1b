"""Reading resume Markdown: front matter, sections, blocks, spans, and text that is not quite right."""

from __future__ import annotations

import random

import pytest

from editor.formats.markdown.reader import read_markdown
from editor.model import BulletList, Paragraph, SectionKind, plain


def test_the_sample_resume_is_read_completely(sample_resume_text: str) -> None:
    resume = read_markdown(sample_resume_text)
    assert resume.problems == ()
    assert resume.settings == {"template": "modern", "paper": "letter", "jd": "job-description.txt"}
    assert resume.header.name == "Maria Delgado"
    assert [section.kind for section in resume.sections] == [
        SectionKind.SUMMARY,
        SectionKind.EXPERIENCE,
        SectionKind.EDUCATION,
        SectionKind.SKILLS,
        SectionKind.CERTIFICATES,
        SectionKind.INTERESTS,
    ]
    jobs = resume.section(SectionKind.EXPERIENCE).entries
    assert [job.organization for job in jobs] == ["Evergreen Telecom", "Northwind Outfitters", "Cascade Mercantile"]
    assert jobs[0].dates.is_current
    assert len(jobs[0].blocks[0].items) == 5


def test_front_matter_keeps_every_key_in_order() -> None:
    resume = read_markdown('---\npaper: a4\ncolour: "dark blue"\ntemplate: classic\n---\n# Maria\n')
    assert list(resume.settings.items()) == [("paper", "a4"), ("colour", "dark blue"), ("template", "classic")]
    assert resume.header.name == "Maria"


def test_a_block_that_is_not_front_matter_is_read_as_text() -> None:
    resume = read_markdown("---\nnot a setting\n---\n# Maria\n")
    assert resume.settings == {}
    assert [plain(line) for line in resume.header.headline] == ["not a setting"]
    assert resume.problems[0].line == 1


def test_unclosed_front_matter_is_text() -> None:
    resume = read_markdown("---\ntemplate: modern\n# Maria\n")
    assert resume.settings == {} and resume.header.name == "Maria"


def test_sections_in_any_order_keep_their_kind() -> None:
    resume = read_markdown("# M\n## Skills\n- a\n## Work History\n### A | B\n## Summary\nText.\n")
    assert [(section.title, section.kind) for section in resume.sections] == [
        ("Skills", SectionKind.SKILLS),
        ("Work History", SectionKind.EXPERIENCE),
        ("Summary", SectionKind.SUMMARY),
    ]


def test_paragraph_lines_are_joined_until_a_blank_line() -> None:
    resume = read_markdown("## Summary\n\nFirst line\n  wrapped **bold\nacross** lines\n\nSecond.\n")
    first, second = resume.sections[0].items
    assert plain(first.text) == "First line wrapped bold across lines"
    assert [run.text for run in first.text if run.bold] == ["bold across"]
    assert plain(second.text) == "Second."
    assert (first.span.line, first.span.end_line) == (3, 5)


@pytest.mark.parametrize("marker", ["-", "*", "+", "•", "–", "1.", "2)", "10."])
def test_every_bullet_marker_makes_a_bullet(marker: str) -> None:
    resume = read_markdown(f"## Skills\n{marker} Zendesk\n{marker} Jira\n")
    (bullets,) = resume.sections[0].items
    assert [plain(item.text) for item in bullets.items] == ["Zendesk", "Jira"]


@pytest.mark.parametrize("indent", ["  ", "    ", "\t", "   "])
def test_indented_bullets_are_nested(indent: str) -> None:
    resume = read_markdown(f"## Skills\n- tools\n{indent}- Zendesk\n- languages\n")
    (bullets,) = resume.sections[0].items
    assert [item.level for item in bullets.items] == [0, 1, 0]


def test_a_bullet_continues_on_the_next_lines() -> None:
    resume = read_markdown("## Work\n- Raised CSAT\n  from 86% to 94%\nin 12 months\n\n- Next\n")
    (bullets,) = resume.sections[0].items
    assert [plain(item.text) for item in bullets.items] == ["Raised CSAT from 86% to 94% in 12 months", "Next"]


def test_items_before_the_first_entry_belong_to_the_section() -> None:
    resume = read_markdown("## Work\nIntro.\n\n- note\n\n### A | B\n- did\n\nAfter.\n### C | D\n")
    section = resume.sections[0]
    assert [type(item).__name__ for item in section.items] == ["Paragraph", "BulletList", "Entry", "Entry"]
    first = section.entries[0]
    assert [type(block) for block in first.blocks] == [BulletList, Paragraph]
    assert section.entries[1].blocks == ()


def test_an_entry_before_any_section_gets_an_untitled_section() -> None:
    resume = read_markdown("# Maria\n### Engineer | Google\n")
    assert resume.sections[0].title == "" and resume.sections[0].entries[0].organization == "Google"
    assert resume.problems[0].line == 2


def test_closing_hashes_and_emphasis_are_not_part_of_titles() -> None:
    resume = read_markdown("# **Maria Delgado** #\n## Skills ##\n## C# and F#\n")
    assert resume.header.name == "Maria Delgado"
    assert [section.title for section in resume.sections] == ["Skills", "C# and F#"]


def test_a_rule_between_blocks_is_ignored() -> None:
    resume = read_markdown("## Skills\n- a\n***\n- b\n\n---\n\nText\n")
    bullets, paragraph = resume.sections[0].items
    assert len(bullets.items) == 2 and plain(paragraph.text) == "Text"


def test_spans_of_sections_entries_bullets_and_runs() -> None:
    text = "# M\n\n## Work\n\n### A | B\n- Raised **CSAT** a lot\n- Second\n"
    resume = read_markdown(text)
    lines = text.split("\n")
    section = resume.sections[0]
    assert (section.span.line, section.span.end_line) == (3, 7)
    entry = section.entries[0]
    assert (entry.span.line, entry.span.end_line, entry.span.end_column) == (5, 7, 8)
    bullet = entry.blocks[0].items[0]
    assert lines[5][bullet.span.column : bullet.span.end_column] == "Raised **CSAT** a lot"
    bold = bullet.text[1]
    assert lines[5][bold.span.column : bold.span.end_column] == "CSAT"


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_line_endings_do_not_matter(newline: str, sample_resume_text: str) -> None:
    assert read_markdown(sample_resume_text.replace("\n", newline)) == read_markdown(sample_resume_text)


def test_a_byte_order_mark_tabs_and_trailing_spaces_do_not_matter(sample_resume_text: str) -> None:
    noisy = "\ufeff" + sample_resume_text.replace("\n", "  \n").replace("\n- ", "\n-\t")
    assert read_markdown(noisy) == read_markdown(sample_resume_text)


def test_non_breaking_spaces_zero_width_characters_emoji_and_rtl_text_are_kept() -> None:
    resume = read_markdown("# מריה 😀\n## Skills\n- Zendesk\u00a0Pro\u200b ✅\n- العربية\n")
    assert resume.header.name == "מריה 😀"
    assert [plain(item.text) for item in resume.sections[0].items[0].items] == ["Zendesk\u00a0Pro\u200b ✅", "العربية"]


def test_unclosed_markers_stay_literal() -> None:
    resume = read_markdown("## Skills\n- **Zendesk and *Jira\n- snake_case_name and 2 * 3\n")
    assert [plain(item.text) for item in resume.sections[0].items[0].items] == [
        "**Zendesk and *Jira",
        "snake_case_name and 2 * 3",
    ]


def test_an_empty_text_is_an_empty_resume() -> None:
    resume = read_markdown("")
    assert resume.header.name == "" and resume.sections == () and resume.problems == ()


def test_random_bytes_never_raise() -> None:
    generator = random.Random(7)
    for _ in range(200):
        data = bytes(generator.randrange(256) for _ in range(generator.randrange(2000)))
        read_markdown(data.decode("latin-1"))


def test_a_one_megabyte_resume_is_read(sample_resume_text: str) -> None:
    text = sample_resume_text * (1_000_000 // len(sample_resume_text) + 1)
    resume = read_markdown(text)
    assert len(resume.sections) > 1000


@pytest.mark.parametrize(
    "line",
    [
        "*" * 100_000,
        "[" * 50_000 + "](" * 50_000,
        "_a" * 50_000,
        "**a *b _c " * 10_000,
        "# " + "|" * 100_000,
        "### " + "2020 – " * 10_000,
    ],
)
def test_pathological_lines_are_read(line: str) -> None:
    read_markdown(f"## Skills\n- {line}\n### {line}\n")
