"""A link printed twice in a header (a JSON Resume's website that is also a profile) is written once."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pdfplumber

from editor.formats.export.docx_writer import build_docx
from editor.formats.export.pdf_writer import build_pdf
from editor.formats.registry import read_resume
from editor.model import ContactItem, ContactKind
from editor.render.document_facts import shown_contacts

RESUME = read_resume(Path(__file__).resolve().parents[1] / "data" / "letters" / "street-address-resume.json")
PROFILE = "linkedin.com/in/javery"


def test_the_resume_pdf_header_prints_a_repeated_link_once() -> None:
    with pdfplumber.open(io.BytesIO(build_pdf(RESUME).data)) as pdf:
        text = pdf.pages[0].extract_text()
    assert text.count(PROFILE) == 1
    assert "jordan@example.com" in text


def test_the_resume_docx_header_prints_a_repeated_link_once() -> None:
    document = docx.Document(io.BytesIO(build_docx(RESUME)))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert text.count(PROFILE) == 1


def test_links_to_the_same_place_are_one_and_different_ones_stay() -> None:
    items = [
        ContactItem("https://www.example.com/", ContactKind.URL),
        ContactItem("example.com", ContactKind.URL),
        ContactItem("example.com/blog", ContactKind.URL),
        ContactItem(" ", ContactKind.OTHER),
        ContactItem("ana@example.com", ContactKind.EMAIL),
    ]
    assert [index for index, _ in shown_contacts(items)] == [0, 2, 4]
