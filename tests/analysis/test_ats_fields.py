"""The field reader: every field of the labelled fixtures read right from every template, paper and format,
and the layouts that parsers misread (glued company and location, glued contacts) reported with a reason.

The labels are the fixtures' own model (tests/data/ats/*.md): the reader sees only the file.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from editor.analysis.ats import check_ats
from editor.analysis.ats.compare import MISSING, RIGHT, WRONG
from editor.analysis.ats.items import pdf_lines
from editor.analysis.ats.parsed import read_fields
from editor.cli import main
from editor.formats.export.docx_writer import build_docx
from editor.formats.export.pdf_writer import build_pdf
from editor.formats.markdown.reader import read_markdown
from editor.render.templates import PAPERS, TEMPLATES
from tests.libreoffice import convert

DATA = Path(__file__).resolve().parent.parent / "data" / "ats"
SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "resume.md"
FIXTURES = sorted(DATA.glob("*.md"))
PRINTED = [*FIXTURES, SAMPLE]


def _resume(path: Path):
    return read_markdown(path.read_text(encoding="utf-8"))


def _wrong(report) -> list[tuple[str, str, str]]:
    return [(check.label, check.expected, check.parsed) for check in report.checks if check.verdict != RIGHT]


def test_the_fixtures_cover_the_cases_parsers_get_wrong() -> None:
    names = {path.stem for path in FIXTURES}
    assert {"credentials", "long-name", "cjk", "rtl", "arabic", "unusual-titles", "long-cv"} <= names
    assert build_pdf(_resume(DATA / "long-cv.md")).layout.page_count >= 5


@pytest.mark.parametrize("paper", sorted(PAPERS))
@pytest.mark.parametrize("template", sorted(TEMPLATES))
@pytest.mark.parametrize("path", [*FIXTURES, SAMPLE], ids=lambda path: path.stem)
def test_every_field_of_a_native_pdf_and_docx_reads_right(path: Path, template: str, paper: str) -> None:
    resume = _resume(path)
    pdf = read_fields(resume, "pdf", build_pdf(resume, template, paper).data)
    docx = read_fields(resume, "docx", build_docx(resume, template, paper))
    assert len(pdf.checks) >= 12
    assert _wrong(pdf) == [] and _wrong(docx) == []


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, bytes]:
    """Every fixture's DOCX in every template as LibreOffice prints it to PDF (one conversion run)."""
    folder = tmp_path_factory.mktemp("ats-fields")
    documents = []
    for path in PRINTED:
        for template in TEMPLATES:
            document = folder / f"{path.stem}--{template}.docx"
            document.write_bytes(build_docx(_resume(path), template))
            documents.append(document)
    return {pdf.stem: pdf.read_bytes() for pdf in convert(documents, "pdf", folder)}


@pytest.mark.parametrize("template", sorted(TEMPLATES))
@pytest.mark.parametrize("path", PRINTED, ids=lambda path: path.stem)
def test_every_field_of_the_docx_printed_by_libreoffice_reads_right(printed, path: Path, template: str) -> None:
    report = read_fields(_resume(path), "pdf", printed[f"{path.stem}--{template}"])
    assert _wrong(report) == []


def test_right_to_left_text_printed_by_libreoffice_keeps_its_word_spaces_size_and_number_order(printed) -> None:
    """LibreOffice draws a Hebrew line as one TJ array with offsets for spaces, sizes and emboldens
    Hebrew by the complex-script properties, and runs a phone after a Hebrew place into its digits."""
    lines = pdf_lines(printed["rtl--modern"])
    name, contacts = lines[0], lines[2]
    assert name.text == "נועה כהן" and name.bold and name.size > 2 * contacts.size
    assert "+972 52 555 0134" in contacts.text
    assert lines[4].text.startswith("מהנדסת תוכנה בכירה") and lines[4].items[0].bold


GLUED = """# Maria Delgado
Support Lead
Seattle, WA · maria@example.com

## Experience
### Support Specialist | Evergreen Telecom | Seattle, WA | Mar 2021 – Present
- Raised CSAT from 86% to 94%
"""


def _other_tools_pdf(lines: list[tuple[str, float, str]]) -> bytes:
    """A PDF as a plain word processor might write it: one string per line, fields glued with ' · '."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(612, 792))
    y = 740.0
    for text, size, font in lines:
        canvas.setFont(font, size)
        canvas.drawString(54, y, text)
        y -= size * 1.6
    canvas.save()
    return buffer.getvalue()


def test_a_company_glued_to_its_location_is_read_wrong_with_the_line_to_fix() -> None:
    resume = read_markdown(GLUED)
    data = _other_tools_pdf(
        [
            ("Maria Delgado", 22, "Helvetica-Bold"),
            ("Support Lead", 12, "Helvetica"),
            ("Seattle, WA · maria@example.com", 10, "Helvetica"),
            ("EXPERIENCE", 12, "Helvetica-Bold"),
            ("Support Specialist    Mar 2021 – Present", 11, "Helvetica-Bold"),
            ("Evergreen Telecom · Seattle, WA", 10, "Helvetica"),
            ("• Raised CSAT from 86% to 94%", 10, "Helvetica"),
        ]
    )
    report = read_fields(resume, "pdf", data)
    checks = {check.label: check for check in report.checks}
    company = checks["Job 1 · company"]
    assert (company.verdict, company.parsed) == (WRONG, "Evergreen Telecom · Seattle, WA")
    assert "apart from its neighbours" in company.reason and company.line == 6
    assert checks["Job 1 · location"].verdict == MISSING
    assert checks["Job 1 · title"].verdict == RIGHT and checks["Job 1 · dates"].verdict == RIGHT
    assert checks["Name"].verdict == RIGHT and checks["E-mail"].verdict == RIGHT


def test_the_ats_report_lists_field_mismatches_as_findings_and_in_its_json() -> None:
    resume = read_markdown(GLUED)
    report = check_ats(resume, build_pdf(resume).data, build_docx(resume), quick=True)
    assert [finding.rule for finding in report.findings if finding.rule == "ats-field-mismatch"] == []
    fields = report.as_dict()["fields"]
    assert set(fields) == {"pdf", "docx"}
    assert fields["pdf"]["right"] == fields["pdf"]["total"] >= 7
    assert fields["pdf"]["parsed"]["jobs"][0]["organization"] == "Evergreen Telecom"
    moved = read_markdown(GLUED.replace("Evergreen Telecom", "Evergreen Telecom Inc"))
    mismatched = check_ats(moved, build_pdf(resume).data, quick=True)
    messages = [finding.message for finding in mismatched.findings if finding.rule == "ats-field-mismatch"]
    assert messages == [
        "From the PDF, an ATS reads Job 1 · company as 'Evergreen Telecom', not 'Evergreen Telecom Inc': "
        "read only in part: a separator or a change of font cuts it"
    ]


def test_analyze_json_carries_the_parsed_fields_beside_the_existing_keys(capsys) -> None:
    code = main(["analyze", str(DATA / "unusual-titles.md"), "--json"])
    ats = json.loads(capsys.readouterr().out)["ats"]
    assert code == 0 and {"ok", "quick", "extractors", "findings", "fields"} <= set(ats)
    pdf = ats["fields"]["pdf"]
    assert pdf["right"] == pdf["total"] == len(pdf["checks"]) >= 20
    titles = [job["title"] for job in pdf["parsed"]["jobs"]]
    assert titles == ["Professor", "Enterprise Account Executive", "Registered Nurse"]
    assert {"field", "expected", "parsed", "verdict", "reason", "line"} == set(pdf["checks"][0])
