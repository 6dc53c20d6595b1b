"""The ATS self-check: our exported PDF and DOCX read back by pypdf, pdfplumber and python-docx."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from editor.analysis.ats import TEXT_SHOWN, check_ats
from editor.formats.export.docx_writer import build_docx
from editor.formats.export.pdf_writer import build_pdf
from editor.formats.markdown.reader import read_markdown
from editor.model import BulletList, ContactKind, Entry, Paragraph, Resume, Section, Severity, runs
from editor.resources import resource_path

DATA = Path(__file__).resolve().parent.parent / "data" / "ats"
SAMPLE = read_markdown(resource_path("samples", "resume.md").read_text(encoding="utf-8"))


def _pdf(resume: Resume) -> bytes:
    return build_pdf(resume).data


def _rules(report, extractor: str | None = None) -> set[str]:
    return {finding.rule for finding in report.findings if extractor is None or finding.message.startswith(extractor)}


def _first_job(resume: Resume) -> Entry:
    return resume.sections[1].entries[0]


def _with_first_job(resume: Resume, job: Entry) -> Resume:
    experience = resume.sections[1]
    items = (job, *experience.items[1:])
    return replace(resume, sections=(resume.sections[0], replace(experience, items=items), *resume.sections[2:]))


@pytest.fixture(scope="module")
def clean_report():
    return check_ats(SAMPLE, _pdf(SAMPLE), build_docx(SAMPLE))


def test_our_own_export_reads_back_clean_in_all_three_extractors(clean_report) -> None:
    assert [extractor.name for extractor in clean_report.extractors] == ["pypdf", "pdfplumber", "python-docx"]
    for extractor in clean_report.extractors:
        assert extractor.missing_words == ()
        assert extractor.order_ok and extractor.name_first
        assert extractor.problems == ()
    assert clean_report.findings == ()
    assert clean_report.ok


def test_the_plain_text_is_what_pypdf_reads(clean_report) -> None:
    assert clean_report.plain_text == clean_report.extractors[0].text
    assert clean_report.plain_text.splitlines()[0] == "Maria Delgado"
    assert "maria.delgado@example.com" in clean_report.plain_text


def test_the_quick_check_skips_pdfplumber() -> None:
    report = check_ats(SAMPLE, _pdf(SAMPLE), quick=True)
    assert [extractor.name for extractor in report.extractors] == ["pypdf"]
    assert report.quick and report.ok


def test_the_json_shape_has_each_extractor_and_the_findings(clean_report) -> None:
    report = clean_report.as_dict()
    assert set(report) == {"ok", "quick", "extractors", "findings", "fields"}
    assert set(report["extractors"][0]) == {"name", "text", "missing_words", "order_ok", "name_first", "problems"}
    long = replace(SAMPLE, sections=(*SAMPLE.sections, *SAMPLE.sections, *SAMPLE.sections))
    shown = check_ats(long, _pdf(long), quick=True).as_dict()["extractors"][0]["text"]
    assert len(shown) == TEXT_SHOWN


def test_words_the_pdf_lacks_are_reported() -> None:
    job = _first_job(SAMPLE)
    shorter = replace(job, blocks=(BulletList(job.blocks[0].items[1:]),))
    report = check_ats(SAMPLE, _pdf(_with_first_job(SAMPLE, shorter)), quick=True)
    assert "macros" in report.extractors[0].missing_words
    assert "ats-missing-text" in _rules(report) and not report.ok


def test_sections_out_of_order_are_reported() -> None:
    reversed_sections = replace(SAMPLE, sections=SAMPLE.sections[::-1])
    report = check_ats(SAMPLE, _pdf(reversed_sections), quick=True)
    assert not report.extractors[0].order_ok
    assert "ats-reading-order" in _rules(report)


def test_a_name_below_the_first_lines_is_reported() -> None:
    nameless = replace(SAMPLE.header, name="")
    moved = replace(
        SAMPLE, header=nameless, sections=(*SAMPLE.sections, Section("Name", (Paragraph(runs("Maria Delgado")),)))
    )
    report = check_ats(SAMPLE, _pdf(moved), quick=True)
    assert not report.extractors[0].name_first
    finding = next(finding for finding in report.findings if finding.rule == "ats-name-not-first")
    assert finding.line == SAMPLE.header.name_span.line


def test_an_e_mail_address_the_pdf_lacks_is_an_error_on_its_line() -> None:
    contacts = tuple(item for item in SAMPLE.header.contacts if item.kind is not ContactKind.EMAIL)
    report = check_ats(SAMPLE, _pdf(replace(SAMPLE, header=replace(SAMPLE.header, contacts=contacts))), quick=True)
    finding = next(finding for finding in report.findings if finding.rule == "ats-contact-unreadable")
    email = next(item for item in SAMPLE.header.contacts if item.kind is ContactKind.EMAIL)
    assert (finding.severity, finding.line) == (Severity.ERROR, email.span.line)


def test_dates_the_pdf_lacks_are_reported_with_the_entry() -> None:
    undated = replace(_first_job(SAMPLE), dates=None)
    report = check_ats(SAMPLE, _pdf(_with_first_job(SAMPLE, undated)), quick=True)
    messages = [finding.message for finding in report.findings if finding.rule == "ats-dates-unreadable"]
    assert messages == ["pypdf cannot read the dates of 'Customer Support Specialist' (Mar 2021 – Present)"]


def _drawn_pdf(text: str, font_file: str = "DejaVuSans.ttf") -> bytes:
    pdfmetrics.registerFont(TTFont("Ats-Test-Font", str(resource_path("fonts", "fallback", font_file))))
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer)
    sheet.setFont("Ats-Test-Font", 11)
    for number, line in enumerate(text.splitlines()):
        sheet.drawString(72, 720 - 14 * number, line)
    sheet.save()
    return buffer.getvalue()


def test_ligature_and_icon_characters_are_reported() -> None:
    resume = read_markdown("# Dana Kim\n\n## Summary\n\nCut office costs\n")
    report = check_ats(resume, _drawn_pdf("Dana Kim\nSUMMARY\nCut o\ufb03ce costs \uef00"))
    assert {"ats-ligature-characters", "ats-private-use-characters"} <= _rules(report, "pypdf")
    assert "office" in report.extractors[0].missing_words


def test_pypdf_and_pdfplumber_are_both_consulted_because_they_disagree() -> None:
    """reportlab's built-in fonts put the bullet at code 127: pypdf reads DEL, not "•"."""
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer)
    sheet.drawString(72, 720, "Dana Kim")
    sheet.drawString(72, 700, "• Led a team")
    sheet.save()
    report = check_ats(read_markdown("# Dana Kim\n\n- Led a team\n"), buffer.getvalue())
    assert "ats-unknown-characters" in _rules(report, "pypdf")
    assert report.extractors[1].name == "pdfplumber"


def test_the_word_file_is_checked_too() -> None:
    job = _first_job(SAMPLE)
    other = _with_first_job(SAMPLE, replace(job, organization="Someone Else"))
    report = check_ats(SAMPLE, _pdf(SAMPLE), build_docx(other), quick=True)
    docx_result = report.extractors[-1]
    assert docx_result.name == "python-docx"
    assert "evergreen" in docx_result.missing_words
    assert report.extractors[0].missing_words == ()


def test_a_file_no_extractor_can_read_is_a_finding_not_a_crash() -> None:
    report = check_ats(SAMPLE, b"%PDF-1.4 not really", quick=True)
    assert _rules(report) == {"ats-unreadable"}
    assert report.plain_text == "" and not report.ok


@pytest.mark.parametrize("fixture", ["rtl", "arabic"])
def test_hebrew_and_arabic_read_back_clean_in_all_three_extractors(fixture: str) -> None:
    """pdfplumber does no bidi: every right-to-left word (drawn in visual order, as PDFs store them)
    came back reversed and was reported missing, a finding no file could fix."""
    resume = read_markdown((DATA / f"{fixture}.md").read_text(encoding="utf-8"))
    report = check_ats(resume, build_pdf(resume).data, build_docx(resume))
    assert [extractor.name for extractor in report.extractors] == ["pypdf", "pdfplumber", "python-docx"]
    assert report.findings == () and report.ok
