"""The cover-letter PDF: one page of generous type that extractors read in order, with a layout map."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pdfplumber
import pypdf
import pytest

from editor.formats.errors import FormatError
from editor.formats.export.pdf_writer import build_pdf
from editor.formats.letter.layout import LETTER, RECIPIENT, letter_body_size
from editor.formats.letter.markdown import read_letter
from editor.formats.letter.pdf_writer import build_letter_pdf, write_letter_pdf
from editor.formats.markdown.reader import read_markdown
from editor.render.layout import Role
from editor.render.templates import TEMPLATES, get_template

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
SAMPLE_TEXT = (SAMPLES / "cover-letter.md").read_text(encoding="utf-8")
SAMPLE = read_letter(SAMPLE_TEXT)
LONG_PARAGRAPH = (
    "In my current role I handle escalations from customers whose internet has been down for days, and I have "
    "learned that a calm voice, a clear plan and a promise kept matter more than any script we could write. "
)


def _words(text: str) -> list[str]:
    return [word for word in re.sub(r"-\n", "-", text).split() if word not in {"·", "|", "•", "◦"}]


def _expected_words() -> list[str]:
    """The sample letter's words in print order, read from its source (markup removed)."""
    source = SAMPLE_TEXT.split("---", 2)[2]
    source = re.sub(r"\*\*|^# |^- ", "", source, flags=re.MULTILINE)
    return _words(source)


def _pdftotext(data: bytes) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True
    ).stdout.decode()


@pytest.mark.parametrize("template_id", sorted(TEMPLATES))
def test_the_sample_letter_is_one_page_and_extracts_every_word_in_order(template_id: str) -> None:
    data = build_letter_pdf(SAMPLE, template_id).data
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    assert _words(_pdftotext(data)) == _expected_words()
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert _words(pdf.pages[0].extract_text()) == _expected_words()
    assert _words(reader.pages[0].extract_text()) == _expected_words()


@pytest.mark.parametrize("template_id", sorted(TEMPLATES))
def test_body_type_is_eleven_to_twelve_points_in_every_template(template_id: str) -> None:
    layout = build_letter_pdf(SAMPLE, template_id).layout
    sizes = {line.font_size for line in layout.lines if line.section == LETTER}
    assert len(sizes) == 1
    assert 11 <= sizes.pop() <= 12


def test_a_font_size_setting_sets_the_body_type() -> None:
    letter = read_letter(SAMPLE_TEXT.replace("kind: letter", "kind: letter\nfont-size: 10 pt"))
    layout = build_letter_pdf(letter).layout
    assert {line.font_size for line in layout.lines if line.section == LETTER} == {10.0}
    assert letter_body_size(get_template("compact"), {}) == 11.0
    assert letter_body_size(get_template("classic"), {"font-size": "nonsense"}) == 12.0


def test_fonts_are_embedded_subsets_and_the_properties_name_the_letter(tmp_path: Path) -> None:
    path = tmp_path / "letter.pdf"
    write_letter_pdf(SAMPLE, path)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert fonts
    assert all(line.split()[-5:-3] == ["yes", "yes"] for line in fonts), fonts
    metadata = pypdf.PdfReader(path).metadata
    assert metadata.title == "Maria Delgado — Cover letter"
    assert metadata.author == "Maria Delgado"
    assert metadata.subject == "Cover letter: Customer Support Team Lead"


def test_the_letterhead_is_the_resume_header_in_the_same_template() -> None:
    resume = read_markdown((SAMPLES / "resume.md").read_text(encoding="utf-8"))
    resume_lines = [line for line in build_pdf(resume, "classic").layout.lines if line.role is Role.NAME]
    letter_lines = [line for line in build_letter_pdf(SAMPLE, "classic").layout.lines if line.role is Role.NAME]
    assert [(line.text, line.font_size, line.font_name) for line in letter_lines] == [
        (line.text, line.font_size, line.font_name) for line in resume_lines
    ]


def test_the_layout_map_names_each_part_and_points_at_its_source() -> None:
    layout = build_letter_pdf(SAMPLE).layout
    by_text = {line.text: line for line in reversed(layout.lines)}  # the first line of each text
    source_lines = SAMPLE_TEXT.split("\n")
    for line in layout.lines:
        if line.source is not None and line.source.line == line.source.end_line and line.role is not Role.CONTACT:
            typed = source_lines[line.source.line - 1][line.source.column : line.source.end_column]
            assert line.text.replace(" ", "") in typed.replace("*", "").replace(" ", ""), (line.text, typed)
    assert by_text["Maria Delgado"].role is Role.NAME
    assert by_text["BrightPath Home Internet"].section == RECIPIENT
    assert by_text["Customer Support Team Lead"].role is Role.JOB_TITLE
    assert by_text["Customer Support Team Lead"].source.column == 4  # after "Re: ", which is drawn but not mapped
    assert sum(line.role is Role.BULLET for line in layout.lines) == 4
    assert [line.top for line in layout.lines] == sorted(line.top for line in layout.lines)


def test_a_letter_too_long_for_one_page_flows_onto_a_second() -> None:
    long_text = SAMPLE_TEXT.replace("Sincerely,", (LONG_PARAGRAPH * 3 + "\n\n") * 6 + "Sincerely,")
    rendered = build_letter_pdf(read_letter(long_text))
    assert rendered.layout.page_count == 2
    assert len(pypdf.PdfReader(io.BytesIO(rendered.data)).pages) == 2


def test_the_same_letter_gives_the_same_bytes() -> None:
    assert build_letter_pdf(SAMPLE).data == build_letter_pdf(read_letter(SAMPLE_TEXT)).data


def test_parts_a_letter_lacks_are_left_out_and_an_empty_letter_still_renders() -> None:
    bare = read_letter("Dear team,\n\nI can help.\n")
    assert [line.text for line in build_letter_pdf(bare).layout.lines] == ["Dear team,", "I can help."]
    assert build_letter_pdf(read_letter("")).layout.page_count == 1


def test_paper_and_template_come_from_the_arguments_then_the_settings(tmp_path: Path) -> None:
    a4 = build_letter_pdf(SAMPLE, paper="a4").layout
    assert (round(a4.page_width), round(a4.page_height)) == (595, 842)
    assert build_letter_pdf(SAMPLE).layout.lines[0].font_name.startswith("SourceSans3")
    with pytest.raises(FormatError, match="unknown template"):
        build_letter_pdf(SAMPLE, template="fancy")
    with pytest.raises(FormatError, match="does not exist"):
        write_letter_pdf(SAMPLE, tmp_path / "missing" / "letter.pdf")
