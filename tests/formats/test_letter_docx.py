"""The cover-letter Word file: the PDF's paragraphs in order as plain styled paragraphs, one page in LibreOffice."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import docx
import pdfplumber
import pytest

from editor.formats.errors import FormatError
from editor.formats.letter.docx_writer import build_letter_docx, write_letter_docx
from editor.formats.letter.markdown import read_letter
from editor.formats.letter.pdf_writer import build_letter_pdf
from editor.model import plain
from tests.libreoffice import to_pdf

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
SAMPLE = read_letter((SAMPLES / "cover-letter.md").read_text(encoding="utf-8"))


def _document(data: bytes):
    return docx.Document(io.BytesIO(data))


def test_every_part_is_one_paragraph_in_print_order() -> None:
    paragraphs = _document(build_letter_docx(SAMPLE)).paragraphs
    texts = [paragraph.text for paragraph in paragraphs]
    assert texts[:3] == [
        "Maria Delgado",
        "Seattle, WA | (206) 555-0147 | maria.delgado@example.com | linkedin.com/in/mariadelgado",
        "November 26, 2026",
    ]
    assert texts[3:8] == [
        "Hiring Manager",
        "BrightPath Home Internet",
        "Seattle, WA",
        "Re: Customer Support Team Lead",
        "Dear Hiring Manager,",
    ]
    assert texts[-2:] == ["Sincerely,", "Maria Delgado"]
    body = [plain(paragraph.text) for paragraph in SAMPLE.body_paragraphs]
    assert texts[8:-2] == body


def test_styles_are_word_styles_with_the_letter_type_size() -> None:
    document = _document(build_letter_docx(SAMPLE, "classic"))
    styles = [paragraph.style.name for paragraph in document.paragraphs]
    assert styles[:2] == ["Title", "Contact"]
    assert styles.count("List Bullet") == 4
    assert "Heading 1" not in styles
    assert document.styles["Normal"].font.size.pt == 12.0
    assert document.styles["List Bullet"].font.size.pt == 12.0


def test_the_subject_is_bold_and_emphasis_and_links_survive() -> None:
    paragraphs = _document(build_letter_docx(SAMPLE)).paragraphs
    subject = next(paragraph for paragraph in paragraphs if paragraph.text.startswith("Re: "))
    assert all(run.bold for run in subject.runs)
    bold = [run.text for paragraph in paragraphs for run in paragraph.runs if run.bold]
    assert {"CSAT", "first contact resolution", "Zendesk"} <= set(bold)
    document = _document(build_letter_docx(SAMPLE))
    targets = {rel.target_ref for rel in document.part.rels.values() if rel.reltype.endswith("/hyperlink")}
    assert "mailto:maria.delgado@example.com" in targets


def test_page_margins_and_properties_are_the_letter_s() -> None:
    document = _document(build_letter_docx(SAMPLE, paper="a4"))
    section = document.sections[0]
    assert (round(section.page_width.pt), round(section.page_height.pt)) == (595, 842)
    assert (section.left_margin.pt, section.right_margin.pt) == (72.0, 72.0)
    properties = document.core_properties
    assert (properties.title, properties.author, properties.category) == (
        "Maria Delgado — Cover letter",
        "Maria Delgado",
        "Cover letter",
    )


def test_a_letter_without_letterhead_or_parts_still_writes(tmp_path: Path) -> None:
    path = tmp_path / "bare.docx"
    write_letter_docx(read_letter("Dear team,\n\nI can help.\n"), path)
    assert [paragraph.text for paragraph in _document(path.read_bytes()).paragraphs] == ["Dear team,", "I can help."]
    with pytest.raises(FormatError):
        build_letter_docx(SAMPLE, template="fancy")


def _text_lines(path: Path) -> list[tuple[int, float, str]]:
    """(page, baseline, text without spaces) of every line, as in the resume DOCX tests."""
    with pdfplumber.open(path) as pdf:
        return [
            (number, page.height - line["chars"][0]["matrix"][5], "".join(line["text"].split()))
            for number, page in enumerate(pdf.pages, 1)
            for line in page.extract_text_lines(return_chars=True)
        ]


@pytest.mark.libreoffice
@pytest.mark.parametrize("template_id", ["modern", "classic", "compact"])
def test_libreoffice_lays_out_the_same_lines_as_our_pdf_on_one_page(template_id: str, tmp_path: Path) -> None:
    source = tmp_path / "letter.docx"
    write_letter_docx(SAMPLE, source, template_id)
    (converted,) = to_pdf([source], tmp_path / "pdf")
    ours = tmp_path / "ours.pdf"
    ours.write_bytes(build_letter_pdf(SAMPLE, template_id).data)
    from_docx, from_pdf = _text_lines(converted), _text_lines(ours)
    assert [(page, text) for page, _, text in from_docx] == [(page, text) for page, _, text in from_pdf]
    assert {page for page, _, _ in from_docx} == {1}
    drift = max(abs(a[1] - b[1]) for a, b in zip(from_docx, from_pdf, strict=True))
    assert drift < 3, f"a line sits {drift:.1f} pt away from where the PDF puts it"
    fonts = subprocess.run(["pdffonts", str(converted)], capture_output=True, text=True, check=True).stdout
    assert not re.search(r"\bno\s+(?:yes|no)\s+(?:yes|no)\s+\d", fonts), fonts  # every font embedded


ESCAPED = """\
# Maria Delgado
\\Re: Support Lead roles
maria@example.com

November 26, 2026

**\\Dear** Ana,
Acme Inc.

Dear Hiring Manager,

I coached 12 agents to full first contact resolution.

Sincerely,
Maria Delgado

\\Best
"""


def test_lines_escaped_to_keep_their_place_print_as_typed_without_the_backslash() -> None:
    letter = read_letter(ESCAPED)
    assert [plain(line.text) for line in letter.recipient] == ["Dear Ana,", "Acme Inc."]
    assert plain(letter.salutation.text) == "Dear Hiring Manager,"
    assert [plain(line.text) for line in letter.postscript] == ["Best"]
    texts = [paragraph.text for paragraph in _document(build_letter_docx(letter)).paragraphs]
    assert texts[:2] == ["Maria Delgado", "Re: Support Lead roles"]
    assert texts[4:7] == ["Dear Ana,", "Acme Inc.", "Dear Hiring Manager,"]
    assert texts[-1] == "Best"
    with pdfplumber.open(io.BytesIO(build_letter_pdf(letter).data)) as pdf:
        printed = pdf.pages[0].extract_text().splitlines()
    assert {"Re: Support Lead roles", "Dear Ana,", "Best"} <= set(printed)
    assert "\\" not in "".join(printed) + "".join(texts)
