"""Style settings reach both writers: the PDF and the DOCX (through LibreOffice) agree and read back in order."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from editor.formats.export.docx_writer import write_docx
from editor.formats.export.pdf_writer import build_pdf
from editor.formats.markdown.reader import read_markdown
from editor.render.templates import ACCENTS
from tests.conftest import SAMPLES
from tests.formats.test_docx_writer import _text_lines
from tests.libreoffice import to_pdf

STYLES = {
    "garamond-below": "accent: burgundy\nfont: eb-garamond\nsize: 11.5\nmargins: 0.6in 0.7in\nspacing: relaxed\n"
    "dates: below",
    "noto-tight": "accent: teal\nfont: noto-sans\nsize: 10\nmargins: 0.5in\nspacing: tight\ndates: right",
}


def styled_sample(style: str) -> str:
    text = (SAMPLES / "resume.md").read_text(encoding="utf-8")
    return text.replace("paper: letter\n", f"paper: letter\n{STYLES[style]}\n", 1)


def chars(data: bytes, tmp_path: Path) -> list[dict]:
    path = tmp_path / "out.pdf"
    path.write_bytes(data)
    with pdfplumber.open(path) as pdf:
        return pdf.pages[0].chars


def test_the_pdf_uses_the_chosen_font_size_margins_and_accent(tmp_path: Path) -> None:
    data = build_pdf(read_markdown(styled_sample("garamond-below"))).data
    page = chars(data, tmp_path)
    body = [c for c in page if c["text"] == "R" and abs(c["size"] - 11.5) < 0.01]  # "Raised …" bullets
    assert body and all("EBGaramond" in c["fontname"] for c in body)
    assert min(c["x0"] for c in page) == pytest.approx(0.7 * 72, abs=0.5)
    assert min(c["top"] for c in page) >= 0.6 * 72 - 1
    heading = next(c for c in page if c["text"] == "E" and c["size"] > 12)  # EXPERIENCE
    burgundy = tuple(int(ACCENTS["burgundy"][i : i + 2], 16) / 255 for i in (1, 3, 5))
    assert tuple(heading["non_stroking_color"]) == pytest.approx(burgundy, abs=0.01)


def test_dates_below_sit_between_the_title_and_the_company_and_read_in_that_order(tmp_path: Path) -> None:
    rendered = build_pdf(read_markdown(styled_sample("garamond-below")))
    lines = {line.text: line for line in rendered.layout.lines}
    title, dates = lines["Customer Support Specialist"], lines["Mar 2021 – Present"]
    company = lines["Evergreen Telecom"]
    assert title.bottom <= dates.top + 0.5 and dates.bottom <= company.top + 0.5
    assert dates.x0 == pytest.approx(title.x0)
    path = tmp_path / "below.pdf"
    path.write_bytes(rendered.data)
    with pdfplumber.open(path) as pdf:
        text = pdf.pages[0].extract_text()
    assert text.index("Customer Support Specialist") < text.index("Mar 2021 – Present") < text.index("Evergreen")


@pytest.mark.parametrize("font", ["eb-garamond", "source-sans", "noto-sans"])
def test_every_typeface_keeps_the_fallback_for_chinese_and_hebrew_names(font: str, tmp_path: Path) -> None:
    text = styled_sample("noto-tight").replace("font: noto-sans", f"font: {font}")
    text = text.replace("# Maria Delgado", "# 李小龍 · דוד לוי", 1)
    path = tmp_path / "names.pdf"
    path.write_bytes(build_pdf(read_markdown(text)).data)
    with pdfplumber.open(path) as pdf:
        first_line = pdf.pages[0].extract_text().split("\n")[0]
    assert "李小龍" in first_line and "\ufffd" not in first_line
    assert "לוי" in first_line or "יול" in first_line  # extractors differ on right-to-left order


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path]]:
    """Each style as our PDF and as LibreOffice's PDF of our DOCX (one LibreOffice run)."""
    folder = tmp_path_factory.mktemp("styles")
    sources, ours = [], []
    for style in STYLES:
        resume = read_markdown(styled_sample(style))
        sources.append(folder / f"{style}.docx")
        write_docx(resume, sources[-1])
        ours.append(folder / f"{style}-ours.pdf")
        ours[-1].write_bytes(build_pdf(resume).data)
    return dict(zip(STYLES, zip(ours, to_pdf(sources, folder / "pdf"), strict=True), strict=True))


@pytest.mark.libreoffice
@pytest.mark.parametrize("style", sorted(STYLES))
def test_the_docx_lays_out_each_style_like_the_pdf(converted: dict[str, tuple[Path, Path]], style: str) -> None:
    ours, from_docx = (_text_lines(path) for path in converted[style])
    assert [(page, text) for page, _, text in from_docx] == [(page, text) for page, _, text in ours]
    drift = max(abs(docx_line[1] - pdf_line[1]) for docx_line, pdf_line in zip(from_docx, ours, strict=True))
    assert drift < 3, f"a line sits {drift:.1f} pt away from where the PDF puts it"


COMBINATIONS = [  # every typeface with both date positions, at the ends of each readable range
    {"font": font, "dates": dates, "size": size, "margins": margins, "spacing": spacing, "accent": accent}
    for (font, accent), (dates, size, margins, spacing) in zip(
        [("source-sans", "navy"), ("noto-sans", "purple"), ("eb-garamond", "slate")] * 2,
        [("right", "10", "0.5in", "tight"), ("below", "12", "1.5in", "relaxed")] * 3,
        strict=True,
    )
]


@pytest.mark.parametrize("style", COMBINATIONS, ids=lambda style: "-".join(style.values()))
def test_every_style_combination_reads_back_whole_and_in_order(style: dict[str, str]) -> None:
    from editor.analysis.ats import check_ats
    from editor.formats.export.docx_writer import build_docx

    settings = "".join(f"{key}: {value}\n" for key, value in style.items())
    text = (SAMPLES / "resume.md").read_text(encoding="utf-8").replace("paper: letter\n", f"paper: letter\n{settings}")
    resume = read_markdown(text)
    report = check_ats(resume, build_pdf(resume).data, build_docx(resume))
    assert report.ok, [finding.message for finding in report.findings]
