"""Exports that resume parsers read field by field: separators, company and location, names, links.

Each case reads the real PDF back (pdfplumber words with their fonts and positions, pypdf text)
and the DOCX as LibreOffice prints it, because parsers see text items and lines, not the model.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
from collections import Counter
from itertools import pairwise
from pathlib import Path

import docx
import pdfplumber
import pypdf
import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from editor.formats.export.docx_writer import build_docx
from editor.formats.export.pdf_writer import build_pdf
from editor.formats.jsonresume.reader import read_json_resume
from editor.formats.markdown.reader import read_markdown
from editor.render.layout import Role
from editor.resources import resource_path
from tests.libreoffice import convert

RESUME = """# Aisling O'Connor, RN, BSN
Registered Nurse
Dublin, OH · (614) 555-0178 · aisling@example.com · linkedin.com/in/aisling

## Experience
### Registered Nurse | Riverside Methodist Hospital | Columbus, OH | Jun 2019 – Present
- Cared for 5 patients per shift on a 32-bed cardiac step-down unit
"""
DATA = Path(__file__).resolve().parent.parent / "data" / "ats"
CONTACTS = ["Dublin, OH", "(614) 555-0178", "aisling@example.com", "linkedin.com/in/aisling"]


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, bytes]:
    """The resume as a native PDF and as the PDF LibreOffice prints from the DOCX."""
    resume = read_markdown(RESUME)
    folder = tmp_path_factory.mktemp("parse-layout")
    (folder / "resume.docx").write_bytes(build_docx(resume))
    (converted,) = convert([folder / "resume.docx"], "pdf", folder)
    return {"pdf": build_pdf(resume).data, "docx": converted.read_bytes()}


def _lines(data: bytes) -> list[list[dict]]:
    """pdfplumber's words grouped into lines by their baseline, each word with its font."""
    with pdfplumber.open(io.BytesIO(data)) as document:
        words = document.pages[0].extract_words(extra_attrs=["fontname"], keep_blank_chars=False)
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda word: (round(word["bottom"]), word["x0"])):
        if lines and abs(lines[-1][0]["bottom"] - word["bottom"]) < 2:
            lines[-1].append(word)
        else:
            lines.append([word])
    return lines


def _line_with(lines: list[list[dict]], text: str) -> list[dict]:
    return next(line for line in lines if text in " ".join(word["text"] for word in line))


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_contact_items_are_split_by_a_pipe_a_parser_splits_on(files: dict[str, bytes], kind: str) -> None:
    line = " ".join(word["text"] for word in _line_with(_lines(files[kind]), "aisling@example.com"))
    assert [part.strip() for part in line.split("|")] == CONTACTS


def test_pypdf_reads_the_contact_items_apart() -> None:
    text = pypdf.PdfReader(io.BytesIO(build_pdf(read_markdown(RESUME)).data)).pages[0].extract_text()
    assert " | ".join(CONTACTS) in text


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_company_and_location_are_two_items_far_apart(files: dict[str, bytes], kind: str) -> None:
    line = _line_with(_lines(files[kind]), "Riverside")
    texts = [word["text"] for word in line]
    assert "·" not in texts
    company_end = line[texts.index("Hospital")]["x1"]
    location_start = line[texts.index("Columbus,")]["x0"]
    assert location_start - company_end > 72  # an inch of white space: no extractor joins them into one field


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_credentials_after_a_name_are_set_apart_from_the_bold_name(files: dict[str, bytes], kind: str) -> None:
    fonts = {word["text"]: word["fontname"] for word in _line_with(_lines(files[kind]), "Aisling")}
    assert "Bold" in fonts["Aisling"] and "Bold" in fonts["O'Connor"]  # the comma starts a word of its own font
    assert "Bold" not in fonts["RN,"] and "Bold" not in fonts["BSN"]


def test_a_website_that_is_also_a_profile_is_printed_once() -> None:
    resume = read_json_resume(
        json.dumps(
            {
                "basics": {
                    "name": "Sam Okafor",
                    "email": "sam@okafor.io",
                    "url": "https://github.com/samokafor",
                    "profiles": [
                        {"network": "GitHub", "username": "samokafor", "url": "https://github.com/samokafor/"},
                        {"network": "LinkedIn", "url": "https://www.linkedin.com/in/samokafor"},
                    ],
                }
            }
        )
    )
    text = pypdf.PdfReader(io.BytesIO(build_pdf(resume).data)).pages[0].extract_text()
    assert text.count("github.com/samokafor") == 1
    assert "linkedin.com/in/samokafor" in text
    paragraphs = docx.Document(io.BytesIO(build_docx(resume))).paragraphs
    assert "\n".join(paragraph.text for paragraph in paragraphs).count("github.com/samokafor") == 1


def test_every_page_but_the_last_ends_with_a_mark_pdf_js_reads_as_a_new_line() -> None:
    """pdf.js ends a line only when a non-space glyph follows lower on the same page: without that
    mark, OpenResume read a page's last bullet and the next page's first entry as one line."""
    bullets = "\n".join(f"- Shipped release {number} of the billing service to 40 customers" for number in range(70))
    resume = read_markdown(f"# Maria Delgado\n\n## Experience\n### Engineer | Lumen | 2020 – 2024\n{bullets}")
    data = build_pdf(resume).data
    with pdfplumber.open(io.BytesIO(data)) as document:
        pages = [page.chars for page in document.pages]
        texts = [page.extract_text() for page in document.pages]
    assert len(pages) == 2
    mark = pages[0][-1]  # the last glyph the page's content stream shows
    assert mark["top"] > max(char["bottom"] for char in pages[0][:-1])
    assert mark["text"] not in JS_WHITESPACE and mark["text"].isspace()  # a line end to pdf.js, nothing to Python
    assert all(char["top"] <= pages[1][-1]["top"] for char in pages[1])  # the last page has none
    assert texts[0].split()[-1] == "customers"


JS_WHITESPACE = " \t\n\v\f\r\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff" + "".join(map(chr, range(0x2000, 0x200B)))


def test_words_in_a_fallback_font_and_the_spaces_between_them_are_one_run() -> None:
    """pdf.js starts a text item at each change of font: a Latin space between two CJK words split
    '中村 愛子' into items a parser then dropped from the name."""
    data = build_pdf(read_markdown("# 中村 愛子 Aiko Nakamura\nProduct Designer\n")).data
    with pdfplumber.open(io.BytesIO(data)) as document:
        chars = [char for char in document.pages[0].chars if char["top"] < 60]
    text = "".join(char["text"] for char in chars)
    assert text.startswith("中村 愛子 Aiko")
    assert len({char["fontname"] for char in chars[: len("中村 愛子 ")]}) == 1


def test_right_to_left_text_is_drawn_in_visual_order_and_read_back_in_reading_order() -> None:
    """Drawn in reading order from left to right, 'נועה כהן' showed reversed on the page, and pdftotext
    and pypdf (which expect visual order) read it reversed."""
    data = build_pdf(read_markdown("# נועה כהן\nמהנדסת תוכנה\nnoa@example.co.il\n")).data
    with pdfplumber.open(io.BytesIO(data)) as document:
        name = [char for char in document.pages[0].chars if char["top"] < 60 and char["text"].strip()]
    assert max(name, key=lambda char: char["x0"])["text"] == "נ"  # the first letter stands rightmost
    # in a bold face, not an outline on the regular one: pdf.js parsers take a non-Latin name by its bold font
    assert {char["fontname"].split("+")[-1] for char in name} == {"NotoSansHebrew-Bold"}
    assert min(name, key=lambda char: char["x0"])["text"] == "ן"
    text = pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert text.splitlines()[:2] == ["נועה כהן", "מהנדסת תוכנה"]
    poppler = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True).stdout.decode()
    lines = [line.strip("\u202a\u202b\u202c ") for line in poppler.splitlines() if line.strip()]
    assert lines[:2] == ["נועה כהן", "מהנדסת תוכנה"]


def test_arabic_is_drawn_joined_and_read_back_as_the_letters_typed() -> None:
    """reportlab draws one glyph per character, so Arabic showed its letters isolated; shaped into
    presentation forms it would read back as those forms (U+FExx), which no search matches."""
    resume = read_markdown((DATA / "arabic.md").read_text(encoding="utf-8"))
    data = build_pdf(resume).data
    with pdfplumber.open(io.BytesIO(data)) as document:
        page = document.pages[0]
        name = [char for char in page.chars if char["top"] < 60 and char["text"].strip()]
        plumber = page.extract_text()
    isolated = stringWidth("ليلىحداد", "Foldline-NotoSansArabic-Bold", name[0]["size"])
    assert sum(char["width"] for char in name) < 0.8 * isolated  # joined forms are narrower
    assert max(name, key=lambda char: char["x0"])["text"] == "ل"  # the first letter stands rightmost
    assert not re.search("[\ufb50-\ufeff\ue000-\uf8ff]", plumber)  # no presentation form, no private mark
    typed = Counter(re.findall(r"[\u0621-\u064a]+", (DATA / "arabic.md").read_text(encoding="utf-8")))
    text = pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert text.splitlines()[:2] == ["ليلى حداد", "مهندسة برمجيات أولى"]
    assert Counter(re.findall(r"[\u0621-\u064a]+", text)) == typed
    poppler = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True).stdout.decode()
    assert Counter(re.findall(r"[\u0621-\u064a]+", poppler)) == typed  # 'لأكثر', not 'ألكثر' (one glyph, two letters)


@pytest.mark.parametrize("template", ["modern", "classic", "compact"])
def test_entries_stand_further_apart_than_one_and_a_half_lines(template: str) -> None:
    """OpenResume starts a new entry where the gap above a line exceeds 1.4 × the commonest line gap;
    below that it falls back on bold lines, and a wrapped bullet ending in a bold word ('… articles in
    **Zendesk**') became an entry of its own that took the next job's place."""
    sample = read_markdown(Path(resource_path("samples", "resume.md")).read_text(encoding="utf-8"))
    with pdfplumber.open(io.BytesIO(build_pdf(sample, template).data)) as document:
        words = document.pages[0].extract_words()
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda word: word["bottom"]):
        if lines and abs(lines[-1][0]["bottom"] - word["bottom"]) < 2:
            lines[-1].append(word)
        else:
            lines.append([word])
    baselines = [(line[0]["bottom"], min(line, key=lambda word: word["x0"])["text"]) for line in lines]
    texts = [text for _bottom, text in baselines]
    experience = baselines[texts.index("EXPERIENCE") + 1 : texts.index("EDUCATION")]
    gaps = [round(below[0] - above[0]) for above, below in pairwise(experience)]
    threshold = Counter(gaps).most_common(1)[0][0] * 1.4
    starts = [gap for gap, (_bottom, text) in zip(gaps, experience[1:], strict=True) if text in ("Customer", "Retail")]
    assert len(starts) == 2 and all(gap > threshold for gap in starts), (gaps, threshold)


def test_a_page_that_starts_an_entry_is_marked_apart_from_the_page_before() -> None:
    """OpenResume starts an entry only where a line stands far below the line before it, on y alone:
    a job heading at the top of page 2 joined the last job of page 1, and every later job shifted."""
    resume = read_markdown((DATA / "long-cv.md").read_text(encoding="utf-8"))
    rendered = build_pdf(resume, "compact")
    firsts = {line.page: line for line in reversed(rendered.layout.lines)}
    assert firsts[2].role is Role.JOB_TITLE  # this fixture's page 2 starts with a job
    with pdfplumber.open(io.BytesIO(rendered.data)) as document:
        first, second = document.pages[0].chars, document.pages[1].chars
    assert first[-1]["text"] == second[0]["text"] == "\x85"
    assert first[-1]["bottom"] < firsts[1].top  # in page 1's top margin: a wide gap above page 2's first line
    assert second[0]["bottom"] < firsts[2].top  # page 2 opens on a line of its own
