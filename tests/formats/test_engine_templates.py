"""CV templates set by real engines import to the Markdown the person meant: every word as
written (umlauts drawn as accents over letters, hyphens HarfBuzz renamed, months spelled out)
and every link where the document put it. (`test_engine_pdfs` checks which engine made each.)"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from editor.formats.importing.pdf.reader import read_pdf
from editor.formats.markdown.writer import write_markdown
from tests.formats.engine_templates import TEMPLATE_CASES, TemplateCase

_WORD = re.compile(r"[^\W_]+(?:[-'’./@][^\W_]+)*")
_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")


def _ids(case: TemplateCase) -> str:
    return case.name


def words(markdown: str) -> Counter[str]:
    return Counter(_WORD.findall(markdown))


@pytest.mark.parametrize("case", TEMPLATE_CASES, ids=_ids)
def test_every_word_comes_back_as_written(case: TemplateCase) -> None:
    imported = write_markdown(read_pdf(case.pdf))
    got, expected = words(imported), words(case.expected)
    missing, extra = sorted((expected - got).elements()), sorted((got - expected).elements())
    assert got == expected, f"missing {missing}, extra {extra}"


@pytest.mark.parametrize("case", TEMPLATE_CASES, ids=_ids)
def test_every_link_comes_back_with_its_target(case: TemplateCase) -> None:
    imported = write_markdown(read_pdf(case.pdf))
    assert sorted(_LINK.findall(imported)) == sorted(_LINK.findall(case.expected))


@pytest.mark.parametrize("case", TEMPLATE_CASES, ids=_ids)
def test_the_sections_come_back_exactly_as_expected(case: TemplateCase) -> None:
    """Headings, entries (dates as written: "März 2019 – heute" from pdfTeX's "M¨arz" in the
    margin), bullets and paragraphs; the header is compared by its words and links above."""
    imported = write_markdown(read_pdf(case.pdf))
    assert imported[imported.index("\n## ") :] == case.expected[case.expected.index("\n## ") :]


def test_an_awesome_cv_set_with_harfbuzz_imports_exactly() -> None:
    case = next(case for case in TEMPLATE_CASES if case.name == "awesome-lualatex-harfbuzz")
    assert write_markdown(read_pdf(case.pdf)) == case.expected
