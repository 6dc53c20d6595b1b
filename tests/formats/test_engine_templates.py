"""CV templates set by real software import to the Markdown the person meant: every word as
written (umlauts drawn as accents over letters, hyphens HarfBuzz renamed, months spelled out)
and every link where the document put it (not through Google's redirector). `test_engine_pdfs`
checks which engine made each PDF."""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter

import pytest

from editor.formats.importing.docx.reader import read_docx
from editor.formats.importing.pdf.reader import read_pdf
from editor.formats.markdown.reader import read_markdown
from editor.formats.markdown.writer import write_markdown
from editor.model import Entry, Resume
from tests.formats.engine_templates import TEMPLATE_CASES, WORD_CASES, TemplateCase

_WORD = re.compile(r"[^\W_]+(?:[-'’./@][^\W_]+)*")
_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")


def _ids(case: TemplateCase) -> str:
    return case.name


def imported(case: TemplateCase) -> Resume:
    return read_docx(case.pdf) if case.engine == "libreoffice" else read_pdf(case.pdf)


def words(markdown: str) -> Counter[str]:
    return Counter(_WORD.findall(markdown))


def links(resume: Resume) -> list[tuple[str, str]]:
    """Every link: the contacts' (a bare address links to itself), the headline's and the text's."""
    found = [(item.text, item.link) for item in resume.header.contacts if item.link]
    found += [(run.text, run.link) for line in resume.header.headline for run in line if run.link]
    return sorted(found + _LINK.findall(write_markdown(resume).split("\n## ", 1)[-1]))


@pytest.mark.parametrize("case", WORD_CASES, ids=_ids)
def test_the_word_files_were_saved_by_libreoffice(case: TemplateCase) -> None:
    with zipfile.ZipFile(io.BytesIO(case.pdf)) as package:
        assert "<Application>LibreOffice/" in package.read("docProps/app.xml").decode()


@pytest.mark.parametrize("case", TEMPLATE_CASES, ids=_ids)
def test_every_word_comes_back_as_written(case: TemplateCase) -> None:
    got, expected = words(write_markdown(imported(case))), words(case.expected)
    missing, extra = sorted((expected - got).elements()), sorted((got - expected).elements())
    assert got == expected, f"missing {missing}, extra {extra}"


@pytest.mark.parametrize("case", TEMPLATE_CASES, ids=_ids)
def test_every_link_comes_back_with_its_target(case: TemplateCase) -> None:
    assert links(imported(case)) == links(read_markdown(case.expected))


@pytest.mark.parametrize("case", [case for case in TEMPLATE_CASES if case.sections_exact], ids=_ids)
def test_the_sections_come_back_exactly_as_expected(case: TemplateCase) -> None:
    """Headings, entries (dates as written: "März 2019 – heute" from pdfTeX's "M¨arz" in the
    margin), bullets and paragraphs; the header is compared by its words and links above."""
    markdown = write_markdown(imported(case))
    assert markdown[markdown.index("\n## ") :] == case.expected[case.expected.index("\n## ") :]


def test_an_awesome_cv_set_with_harfbuzz_imports_exactly() -> None:
    case = next(case for case in TEMPLATE_CASES if case.name == "awesome-lualatex-harfbuzz")
    assert write_markdown(imported(case)) == case.expected


def test_a_europass_cv_keeps_its_name_apart_from_the_label_column_and_each_job_whole() -> None:
    """Europass sets a label column beside the name and the dates above each bold job title."""
    resume = imported(next(case for case in TEMPLATE_CASES if case.name == "europass-html-de"))
    assert resume.header.name == "Anna Schröder"
    headline = " ".join(run.text for line in resume.header.headline for run in line)
    assert "PERSÖNLICHE" not in headline  # the form's label is no headline: a note names it
    assert any("'PERSÖNLICHE INFORMATIONEN'" in problem.message for problem in resume.problems)
    jobs = [item for item in resume.sections[0].items if isinstance(item, Entry)]
    assert [(job.title, job.organization, job.location) for job in jobs] == [
        ("Projektleiterin Logistik", "Rheinfracht GmbH", "Köln"),
        ("Disponentin", "Spedition Weber AG", "Düsseldorf"),
    ]
