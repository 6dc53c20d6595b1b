"""The field reader on resumes Foldline did not lay out: plain Word documents printed by LibreOffice.

Why: the reader judges any file — an imported resume, another tool's PDF — so it must read the
common plain layouts too: every field on a line of its own (title, then 'Company, City, ST', then
the dates), the dates at a right tab on the title's line, Word's Symbol-font bullets, and a contact
line that LibreOffice wraps inside an address ('orcid.org/0000-' / '0002-1825-0097').
"""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.analysis.ats.compare import RIGHT
from editor.analysis.ats.parsed import read_fields
from editor.formats.markdown.reader import read_markdown
from tests.analysis.plain_resume import plain_docx
from tests.libreoffice import convert

DATA = Path(__file__).resolve().parent.parent / "data" / "ats"
SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "resume.md"
# Left out: 'long-name' (a school then '…, Monterrey': a place without a region cannot be told from
# the name) and 'rtl' (pypdf glues LibreOffice's right-to-left words; see docs/ats.md).
INPUTS = [SAMPLE, *(DATA / f"{name}.md" for name in ("credentials", "cjk", "unusual-titles", "long-cv"))]
LAYOUTS = {"own lines": False, "dates beside title": True}


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[tuple[str, str], bytes]:
    folder = tmp_path_factory.mktemp("plain")
    documents = []
    for path in INPUTS:
        resume = read_markdown(path.read_text(encoding="utf-8"))
        for index, dates_beside_title in enumerate(LAYOUTS.values()):
            documents.append(folder / f"{path.stem}--{index}.docx")
            documents[-1].write_bytes(plain_docx(resume, dates_beside_title))
    pdfs = convert(documents, "pdf", folder / "pdf")
    return {(pdf.stem.split("--")[0], list(LAYOUTS)[int(pdf.stem.split("--")[1])]): pdf.read_bytes() for pdf in pdfs}


@pytest.mark.parametrize("layout", list(LAYOUTS))
@pytest.mark.parametrize("path", INPUTS, ids=lambda path: path.stem)
def test_every_field_of_a_plain_word_resume_reads_right(printed, path: Path, layout: str) -> None:
    resume = read_markdown(path.read_text(encoding="utf-8"))
    report = read_fields(resume, "pdf", printed[(path.stem, layout)])
    wrong = [(check.label, check.expected, check.parsed) for check in report.checks if check.verdict != RIGHT]
    assert len(report.checks) >= 12
    assert wrong == []
