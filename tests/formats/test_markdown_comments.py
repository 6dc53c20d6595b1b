"""Private notes (HTML comments) stay in the resume text and never reach a PDF, a DOCX, JSON or an ATS."""

from __future__ import annotations

import io
import json

import docx
import pdfplumber
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from editor.analysis.ats import check_ats
from editor.analysis.keywords import analyze_keywords
from editor.formats.export.docx_writer import build_docx
from editor.formats.export.pdf_writer import build_pdf
from editor.formats.jsonresume.writer import write_json_resume
from editor.formats.letter.docx_writer import build_letter_docx
from editor.formats.letter.markdown import read_letter, write_letter
from editor.formats.letter.pdf_writer import build_letter_pdf
from editor.formats.markdown.reader import read_markdown
from editor.formats.markdown.writer import write_markdown
from tests.conftest import SAMPLES
from tests.formats.test_letter_markdown import assert_round_trip as assert_letter_round_trip
from tests.formats.test_letter_markdown import letters
from tests.formats.test_markdown_roundtrip import assert_round_trip, resumes

OWN_LINE = "<!-- private note: ask Sam -->"
MULTI_LINE = "<!--\nprivate: salary floor 95k\nmention Sam only if asked\n-->"
INLINE = "<!-- private: check this number -->"


def _with_notes() -> str:
    text = (SAMPLES / "resume.md").read_text(encoding="utf-8")
    text = text.replace("## Summary", f"{OWN_LINE}\n\n## Summary")
    text = text.replace("## Experience", f"{MULTI_LINE}\n\n## Experience")
    return text.replace("- Coached 12 new agents", f"- Coached {INLINE} 12 new agents")


def _pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_no_note_reaches_the_pdf_the_docx_json_or_the_ats_read_back() -> None:
    resume = read_markdown(_with_notes())
    pdf, word = build_pdf(resume).data, build_docx(resume)
    readings = {
        "pdf": _pdf_text(pdf),
        "docx": "\n".join(paragraph.text for paragraph in docx.Document(io.BytesIO(word)).paragraphs),
        "json": json.dumps(json.loads(write_json_resume(resume))),
        "ats": "\n".join(extractor.text for extractor in check_ats(resume, pdf, word).extractors),
    }
    for where, text in readings.items():
        for secret in ("private", "Sam", "95k", "<!--", "-->"):
            assert secret not in text, f"{secret!r} reached the {where}"
        assert "Coached 12 new agents" in text, where  # the gap the note left is one space


def test_markdown_export_writes_every_note_back_exactly_as_typed() -> None:
    written = write_markdown(read_markdown(_with_notes()))
    for note in (OWN_LINE, MULTI_LINE, INLINE):
        assert written.count(note) == 1
    assert "\\<!--" not in written
    assert written.index(OWN_LINE) < written.index("## Summary") < written.index(MULTI_LINE)
    assert written.index(MULTI_LINE) < written.index("## Experience")
    assert read_markdown(written) == read_markdown(_with_notes())


def test_elements_after_an_inline_note_keep_their_columns() -> None:
    resume = read_markdown(f"# Ana Ruiz\n\n## Skills\n\n- Zendesk {INLINE} Jira\n")
    [bullet] = resume.sections[0].items[0].items
    assert bullet.text[0].text == "Zendesk Jira"
    assert bullet.span.end_column == len(f"- Zendesk {INLINE} Jira")


def test_an_escaped_comment_is_ordinary_text_and_prints() -> None:
    resume = read_markdown("# Ana Ruiz\n\n## Summary\n\nUse \\<!-- in HTML.\n")
    assert resume.comments == ()
    assert "Use <!-- in HTML." in _pdf_text(build_pdf(resume).data)


def test_a_note_never_closed_hides_the_rest_and_says_so() -> None:
    resume = read_markdown("# Ana Ruiz\n\n## Summary\n\nPrinted.\n<!-- forgot to close\n\n## Secret\n\nhidden\n")
    assert [section.title for section in resume.sections] == ["Summary"]
    assert any("never closed" in problem.message and problem.line == 6 for problem in resume.problems)
    assert write_markdown(resume).endswith("<!-- forgot to close\n\n## Secret\n\nhidden\n")


@pytest.mark.parametrize("note", ["<!---->", "<!-->", "<!--->", "<!-- a -- b -->"])
def test_short_and_odd_notes_are_notes_too(note: str) -> None:
    resume = read_markdown(f"# Ana Ruiz\n\n## Summary\n\nPrinted {note} text.\n")
    assert [comment.text for comment in resume.comments] == [note]
    assert "Printed text." in _pdf_text(build_pdf(resume).data)


def test_a_cover_letter_keeps_its_notes_out_of_print_and_in_its_markdown() -> None:
    text = (SAMPLES / "cover-letter.md").read_text(encoding="utf-8")
    text = text.replace("Dear Hiring", f"{OWN_LINE}\nDear Hiring").replace("I have spent", f"I have {INLINE} spent")
    letter = read_letter(text)
    word = build_letter_docx(letter)
    printed = _pdf_text(build_letter_pdf(letter).data) + "\n".join(
        paragraph.text for paragraph in docx.Document(io.BytesIO(word)).paragraphs
    )
    assert "private" not in printed and "Sam" not in printed and "I have spent" in printed
    written = write_letter(letter)
    assert written.count(OWN_LINE) == written.count(INLINE) == 1 and "\\<!--" not in written
    assert read_letter(written) == letter


NOTES = st.lists(st.tuples(st.integers(0, 40), st.sampled_from([OWN_LINE, MULTI_LINE]), st.booleans()), max_size=3)


def _noted(text: str, notes: list[tuple[int, str, bool]]) -> str:
    """`text` with notes on lines of their own, or (one-line notes) at the end of a line."""
    lines = text.split("\n")
    for wanted, note, inline in sorted(notes, reverse=True):
        at = min(wanted, len(lines))
        if inline and at < len(lines) and "\n" not in note:
            lines[at] += f" {note}"
        else:
            lines.insert(at, note)
    return "\n".join(lines)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(resumes(), NOTES)
def test_notes_anywhere_in_a_resume_read_back_the_same_after_writing(text: str, notes) -> None:
    assert_round_trip(_noted(text, notes))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(letters(), NOTES)
@example("|\n# \n\nNovember 26, 2026\n", [(0, OWN_LINE, False)])  # the name, typed second, is written first
@example("---\nkind: letter\n---\nHello\n!\na@b.co\n", [(0, OWN_LINE, True)])  # above the "#" the writer adds
def test_notes_anywhere_in_a_letter_read_back_the_same_after_writing(text: str, notes) -> None:
    assert_letter_round_trip(_noted(text, notes))


def test_a_job_term_only_in_a_note_is_not_counted_as_matched() -> None:
    jd = (SAMPLES / "job-description.txt").read_text(encoding="utf-8") + "\nRequired: Kubernetes and Terraform.\n"
    text = _with_notes().replace(OWN_LINE, "<!-- learn Kubernetes\nand Terraform first -->")
    terms = {term.keyword.term: term for term in analyze_keywords(read_markdown(text), text, jd).terms}
    assert not terms["Kubernetes"].matched and not terms["Terraform"].matched
    typed = text.replace("- Coached", "- Deployed Kubernetes and Terraform; coached")
    terms = {term.keyword.term: term for term in analyze_keywords(read_markdown(typed), typed, jd).terms}
    assert terms["Kubernetes"].matched and terms["Terraform"].matched
