"""Round trips of resume Markdown: any text read, written and read again gives the same model."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from editor.formats.dates import ENGLISH_DATE_WORDS, format_date_range
from editor.formats.markdown.reader import read_markdown
from editor.formats.markdown.writer import write_markdown
from editor.model import Entry, Paragraph, Resume, Text

TOKENS = [
    *"#-*_+|·•–—()[]<>\\:/.@ ,\n\t=`!1aZé",
    "\u00a0",
    "\u200b",
    "😀",
    "א",
    "\r\n",
    "\r",
    "\ufeff",
    "Mar ",
    "2021",
    "2019",
    "Present",
    " to ",
    "03/2021",
    " at ",
    "Seattle, WA",
    "# ",
    "## ",
    "### ",
    "#### ",
    "- ",
    "  - ",
    "1. ",
    "* ",
    "**",
    "__",
    "***",
    "\n\n",
    "---\n",
    "http://x.io",
    "a@b.co",
    "www.site.com",
    "(206) 555-0147",
    " | ",
    " · ",
    " – ",
    " - ",
    "[",
    "](",
    ")",
    "<http://a.b>",
    "Maria Delgado",
    "Engineer",
    "Google",
    "key: value\n",
    "<!--",
    "-->",
    "<!-- note -->",
    "<!-- private\nnote -->",
]

documents = st.lists(st.sampled_from(TOKENS), max_size=80).map("".join)

# Markup that joins two words in the model ("Z<http://a.b>" becomes the contact "Zhttp://a.b") is
# spaced here, so that a lost word is a dropped word and not two words written together.
SPACED_TOKENS = [f" {token} " if token.strip() and not token.strip().isalnum() else token for token in TOKENS]
spaced_documents = st.lists(st.sampled_from(SPACED_TOKENS), max_size=80).map("".join)


def _lines(*parts: str) -> str:
    return "\n".join(parts)


@st.composite
def resumes(draw: st.DrawFn, tokens: list[str] = TOKENS) -> str:
    """Resume-shaped text: a header, sections, entries with fields, bullets and paragraphs."""
    words = st.lists(
        st.sampled_from([*tokens[25:], "word", "CSAT", "**bold**", "*it*", "x_y"]), min_size=1, max_size=6
    ).map("".join)
    lines = []
    if draw(st.booleans()):
        lines += ["---", "template: modern", f"jd: {draw(words)}", "---", ""]
    lines.append("# " + draw(words))
    lines += [draw(words) for _ in range(draw(st.integers(0, 3)))]
    for _ in range(draw(st.integers(0, 3))):
        lines += ["", "## " + draw(words), ""]
        for _ in range(draw(st.integers(0, 3))):
            separator = draw(st.sampled_from([" | ", " — ", ", ", " at ", " · "]))
            lines.append("### " + separator.join(draw(st.lists(words, min_size=1, max_size=5))))
            lines += [
                draw(st.sampled_from(["- ", "  - ", "", "1. "])) + draw(words) for _ in range(draw(st.integers(0, 3)))
            ]
            lines.append("")
    return "\n".join(lines)


def assert_round_trip(text: str) -> None:
    model = read_markdown(text)
    written = write_markdown(model)
    again = read_markdown(written)
    assert again == model, f"written:\n{written}"
    assert write_markdown(again) == written


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
@example("Seattle, WA_")  # found by hypothesis: the escaped "_" once hid the place
def test_any_text_reads_back_the_same_after_writing(text: str) -> None:
    assert_round_trip(text)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(resumes())
def test_resume_shaped_text_reads_back_the_same_after_writing(text: str) -> None:
    assert_round_trip(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode_reads_back_the_same_after_writing(text: str) -> None:
    assert_round_trip(text)


DATE_WORDS = ENGLISH_DATE_WORDS | {"at"}  # words a date field may drop when it is read as dates


def _words(text: str) -> Counter[str]:
    text = re.sub(r"[*_\\]", "", text)  # emphasis and escapes may join a word's halves: "**Sea**ttle"
    return Counter(word.casefold() for word in re.findall(r"[^\W\d_]+|\d+", text))


def _text(text: Text) -> str:
    return "".join(run.text for run in text) + " " + " ".join(run.link or "" for run in text)


def _model_text(resume: Resume) -> str:
    parts = [*resume.settings.keys(), *resume.settings.values(), resume.header.name]
    parts += [comment.text for comment in resume.comments]
    parts += [_text(line) for line in resume.header.headline]
    parts += [f"{item.text} {item.link or ''}" for item in resume.header.contacts]

    def blocks(items) -> None:
        for block in items:
            if isinstance(block, Entry):
                parts.extend((block.title, block.organization, block.location, block.url or ""))
                parts.append(format_date_range(block.dates) if block.dates else "")
                blocks(block.blocks)
            else:
                texts = [block.text] if isinstance(block, Paragraph) else [bullet.text for bullet in block.items]
                parts.extend(_text(text) for text in texts)

    for section in resume.sections:
        parts.append(section.title)
        blocks(section.items)
    return "\n".join(parts)


def assert_nothing_dropped(text: str) -> None:
    lost = _words(text) - _words(_model_text(read_markdown(text)))
    unexpected = {word for word in lost if word not in DATE_WORDS and not (word.isdigit() and len(word) <= 2)}
    assert not unexpected, f"words lost: {unexpected}"


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(spaced_documents)
def test_no_word_of_any_text_is_lost(text: str) -> None:
    assert_nothing_dropped(text)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(resumes(SPACED_TOKENS))
def test_no_word_of_a_resume_is_lost(text: str) -> None:
    assert_nothing_dropped(text)
