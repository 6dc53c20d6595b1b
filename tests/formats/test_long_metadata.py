"""Long names, headlines and skill lists export to Word and PDF: properties are shortened, never an error."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import replace

import docx
import pytest
from pypdf import PdfReader

from editor.formats.export.docx_writer import build_docx
from editor.formats.export.pdf_writer import build_pdf
from editor.formats.letter.docx_writer import build_letter_docx
from editor.formats.letter.markdown import read_letter
from editor.formats.letter.pdf_writer import build_letter_pdf
from editor.formats.markdown.reader import read_markdown
from editor.formats.registry import read_resume
from editor.model import Paragraph, Section, SectionKind, runs
from tests.conftest import REPO, SAMPLES

SKILLS_25 = (
    "Zendesk, Salesforce, Freshdesk, Five9, Slack, Jira, Excel, Tableau, SQL, Python, Kustomer, Gorgias, "
    "HubSpot, Intercom, Confluence, Notion, Asana, Trello, Gladly, Aircall, Twilio, Looker, Okta, Workday, Shopify"
)
ZALGO_NAME = ("Zoë" + "\u0301\u0323\u0330" * 3 + " Ngọc Ánh ") * 12  # ~300 characters, most of them marks
CASES = {
    "25 ordinary skills": ("- **Languages:** English (native), Spanish (fluent)", f"- **Tools:** {SKILLS_25}"),
    "300-character name with combining marks": ("# Maria Delgado", f"# {ZALGO_NAME}"),
    "long headline": ("Customer Support Team Lead", "Customer Support Team Lead, " * 30),
    "name with control characters": ("# Maria Delgado", "# Maria\x07 Del\x1bgado" + " Delgado" * 40),
}


def _resume_text(case: str) -> str:
    old, new = CASES[case]
    text = (SAMPLES / "resume.md").read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new)


def _is_clean_prefix(short: str, full: str) -> bool:
    """`short` is `full` cut at a grapheme boundary (with '…' when cut): no mark without its letter."""
    full = " ".join(full.replace("\x07", " ").replace("\x1b", " ").split())
    if short == full:
        return True
    kept = short.removesuffix("…")
    following = full[len(kept)] if len(kept) < len(full) else " "
    return short.endswith("…") and full.startswith(kept) and not unicodedata.combining(following)


@pytest.mark.parametrize("case", CASES)
def test_resume_with_long_metadata_exports_to_word_and_pdf(case: str) -> None:
    resume = read_markdown(_resume_text(case))
    word = docx.Document(io.BytesIO(build_docx(resume))).core_properties
    pdf = PdfReader(io.BytesIO(build_pdf(resume).data))
    name = resume.header.name.strip()
    for properties in (word, pdf.metadata):
        title, author, subject = properties.title, properties.author, properties.subject
        assert all(len(value) <= 255 for value in (title, author, subject))
        assert title.endswith(" — Resume")
        assert _is_clean_prefix(author, name)
        assert _is_clean_prefix(title.removesuffix(" — Resume"), name)
    assert len(word.keywords) <= 255
    assert word.keywords.split(", ")[:2] == ["Zendesk", "Salesforce Service Cloud"]
    assert "Evergreen Telecom" in pdf.pages[0].extract_text()


def test_a_long_resume_name_keeps_its_whole_words_and_marks() -> None:
    resume = read_markdown(_resume_text("300-character name with combining marks"))
    title = docx.Document(io.BytesIO(build_docx(resume))).core_properties.title
    kept = title.removesuffix(" — Resume").removesuffix("…")
    assert kept.endswith("Ánh")  # cut after a whole word
    assert len(kept) > 200


def test_cover_letter_with_a_long_subject_and_name_exports() -> None:
    text = (SAMPLES / "cover-letter.md").read_text(encoding="utf-8")
    text = text.replace("# Maria Delgado", f"# {ZALGO_NAME.strip()}", 1)
    text = text.replace("Re: ", "Re: " + "Customer Support Team Lead " * 20, 1)
    letter = read_letter(text)
    word = docx.Document(io.BytesIO(build_letter_docx(letter))).core_properties
    pdf = PdfReader(io.BytesIO(build_letter_pdf(letter).data)).metadata
    for properties in (word, pdf):
        assert properties.title.endswith(" — Cover letter") and len(properties.title) <= 255
        assert properties.subject.startswith("Cover letter: Customer Support Team Lead")
        assert properties.subject.endswith("…") and len(properties.subject) <= 255


FIXTURES = sorted(
    [
        *(REPO / "tests" / "formats" / "engine_docx").glob("*.docx"),
        *(REPO / "tests" / "formats" / "engine_pdfs").glob("*.pdf"),
        *(REPO / "tests" / "data" / "jsonresume").glob("*.json"),
    ]
)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda path: path.name)
def test_every_imported_resume_exports_to_word_and_pdf_even_with_long_names_and_skills(path) -> None:
    """Real-software resumes, their names said 25 times and a skills section of 40 terms added: still exported."""
    resume = read_resume(path)
    header = replace(resume.header, name=" ".join([resume.header.name or "Ana Ruiz"] * 25))
    terms = ", ".join(f"Skill {n} {path.stem}" for n in range(40))
    skills = Section("Skills", (Paragraph(runs(terms)),), SectionKind.SKILLS)
    longer = replace(resume, header=header, sections=(skills, *resume.sections))
    properties = docx.Document(io.BytesIO(build_docx(longer))).core_properties
    assert properties.title.endswith(" — Resume") and properties.keywords.startswith("Skill 0")
    assert max(len(properties.title), len(properties.author), len(properties.keywords)) <= 255
    assert PdfReader(io.BytesIO(build_pdf(longer).data)).metadata.title == properties.title
