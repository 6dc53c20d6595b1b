"""The Word export carries its fonts: read back from the package, and printed by LibreOffice on a
machine that has only the system's fonts, as a recruiter's has."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from editor.formats.export.docx_writer import build_docx
from editor.formats.export.pdf_writer import build_pdf
from editor.formats.letter.docx_writer import build_letter_docx
from editor.formats.letter.markdown import read_letter
from editor.formats.markdown.reader import read_markdown
from editor.model import Paragraph, Run, Section
from editor.render.templates import get_template
from tests.formats.test_docx_writer import _text_lines
from tests.libreoffice import to_pdf

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
FONTS = SAMPLES.parent / "fonts"
SAMPLE = read_markdown((SAMPLES / "resume.md").read_text("utf-8"))
TEMPLATES = ("modern", "classic", "compact")
SECOND_NAME = "Zoë Łukasiewicz-Núñez"
_EMBEDS = ("w:embedRegular", "w:embedBold", "w:embedItalic", "w:embedBoldItalic")
# Where ECMA-376 §17.8.1's key bytes sit in the '{XXXXXXXX-XXXX-...}' string, key byte 0 first: the
# hex pairs read from the end, as LibreOffice's EmbeddedFontsHelper does (independent of our code).
_KEY_POSITIONS = (35, 33, 31, 29, 27, 25, 22, 20, 17, 15, 12, 10, 7, 5, 3, 1)


def _embedded(document_bytes: bytes) -> dict[tuple[str, str], TTFont]:
    """(family, embed element) → the de-obfuscated font, for every face the font table embeds."""
    document = docx.Document(io.BytesIO(document_bytes))
    table_part = document.part.part_related_by(RELATIONSHIP_TYPE.FONT_TABLE)
    table = docx.oxml.parse_xml(table_part.blob)
    faces = {}
    for font in table.findall(qn("w:font")):
        for tag in _EMBEDS:
            embed = font.find(qn(tag))
            if embed is None:
                continue
            key = embed.get(qn("w:fontKey"))
            guid = bytes(int(key[position : position + 2], 16) for position in _KEY_POSITIONS)
            data = bytearray(table_part.related_parts[embed.get(qn("r:id"))].blob)
            for index in range(32):
                data[index] ^= guid[index % 16]
            faces[font.get(qn("w:name")), tag] = TTFont(io.BytesIO(bytes(data)))
    return faces


def test_the_faces_the_text_uses_are_embedded_as_fonts_that_read_back_with_every_character() -> None:
    faces = _embedded(build_docx(SAMPLE, "modern"))
    assert set(faces) == {("Source Sans 3", "w:embedRegular"), ("Source Sans 3", "w:embedBold")}  # no italics
    for font in faces.values():
        assert font["name"].getBestFamilyName() == "Source Sans 3"
    bold = faces["Source Sans 3", "w:embedBold"].getBestCmap()
    assert all(ord(character) in bold for character in "Maria Delgado" + "EXPERIENCE")  # headings in capitals
    regular = faces["Source Sans 3", "w:embedRegular"].getBestCmap()
    assert all(ord(character) in regular for character in "Seattle, WA 0123456789 \u2022")
    assert "\u0416" not in map(chr, regular)  # subset: the font's Cyrillic is left out until the text uses it
    assert len(regular) < 450 < len(TTFont(FONTS / "SourceSans3" / "SourceSans3-Regular.ttf").getBestCmap())


def test_a_subset_holds_the_letters_of_european_names_and_any_other_character_the_text_uses() -> None:
    resume = replace(SAMPLE, header=replace(SAMPLE.header, name="Мария Łukasiewicz"))
    faces = _embedded(build_docx(resume, "modern"))
    bold = {chr(code) for code in faces["Source Sans 3", "w:embedBold"].getBestCmap()}
    assert set("МарияŁukasiewiczÅÑéøß–—“”€") <= bold


def test_italic_text_and_a_second_family_embed_their_own_faces() -> None:
    section = Section("Profile", (Paragraph((Run("plain "), Run("slanted", italic=True))),))
    faces = _embedded(build_docx(replace(SAMPLE, sections=(section,)), "classic"))
    heading, body = get_template("classic").heading_font.name, get_template("classic").body_font.name
    assert ("EB Garamond", "w:embedItalic") in faces
    assert {name for name, _ in faces} == {heading, body}
    assert ord("s") in faces["EB Garamond", "w:embedItalic"].getBestCmap()


def test_the_font_table_names_a_close_substitute_and_settings_keep_the_fonts() -> None:
    package = zipfile.ZipFile(io.BytesIO(build_docx(SAMPLE, "modern")))
    table = package.read("word/fontTable.xml").decode()
    assert '<w:altName w:val="Calibri"/><w:panose1 w:val="020B0303030403020204"/>' in table
    assert '<w:family w:val="swiss"/><w:pitch w:val="variable"/>' in table
    settings = package.read("word/settings.xml").decode()
    assert re.search(r"<w:embedTrueTypeFonts/>\s*<w:saveSubsetFonts/>", settings)
    types = package.read("[Content_Types].xml").decode()
    font_type = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
    assert f'PartName="/word/fonts/font1.odttf" ContentType="{font_type}"' in types


def test_cover_letters_carry_the_same_fonts() -> None:
    letter = read_letter((SAMPLES / "cover-letter.md").read_text("utf-8"))
    faces = _embedded(build_letter_docx(letter, "compact"))
    assert ("Noto Sans", "w:embedRegular") in faces


def _without_embedded_fonts(document_bytes: bytes) -> bytes:
    """The same package with the font table's embeds and font parts removed: the export before fonts were embedded."""
    source, stream = zipfile.ZipFile(io.BytesIO(document_bytes)), io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.startswith("word/fonts/") or item.filename == "word/_rels/fontTable.xml.rels":
                continue
            if item.filename == "word/fontTable.xml":
                data = re.sub(rb"<w:embed(Regular|Bold|Italic|BoldItalic) [^>]*/>", b"", data)
            target.writestr(item, data)
    return stream.getvalue()


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each template's sample, with and without its fonts, printed by LibreOffice with only the system's fonts.

    The copies without fonts go first, in a run of their own: LibreOffice keeps a document's
    embedded fonts until it quits, so they would serve the next documents of the same run.
    """
    folder = tmp_path_factory.mktemp("system-fonts")
    paths = {}
    for template in TEMPLATES:
        embedded = build_docx(SAMPLE, template)
        paths[template], paths[f"{template}-bare"] = folder / f"{template}.docx", folder / f"{template}-bare.docx"
        paths[template].write_bytes(embedded)
        paths[f"{template}-bare"].write_bytes(_without_embedded_fonts(embedded))
        paths[f"{template}-ours"] = folder / f"{template}-ours.pdf"
        paths[f"{template}-ours"].write_bytes(build_pdf(SAMPLE, template).data)
    paths["second"] = folder / "second.docx"  # after the modern sample in the same run, with other letters
    paths["second"].write_bytes(build_docx(replace(SAMPLE, header=replace(SAMPLE.header, name=SECOND_NAME)), "modern"))
    bare = to_pdf([paths[f"{t}-bare"] for t in TEMPLATES], folder / "bare", bundled_fonts=False)
    embedded = to_pdf([*(paths[t] for t in TEMPLATES), paths["second"]], folder / "embedded", bundled_fonts=False)
    return {path.stem: path for path in (*bare, *embedded)} | {f"{t}-ours": paths[f"{t}-ours"] for t in TEMPLATES}


def _fonts(pdf: Path) -> set[str]:
    """The fonts a PDF draws with, without the subset prefix ('ABCDEF+')."""
    names = set()
    for page in PdfReader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).lstrip("/").split("+")[-1])
    return names


@pytest.mark.libreoffice
@pytest.mark.parametrize("template", TEMPLATES)
def test_without_the_fonts_installed_libreoffice_prints_the_embedded_typeface_on_our_pages(
    printed: dict[str, Path], template: str
) -> None:
    """Before the export embedded its fonts, this machine set the sample in DejaVu Sans, as it still
    sets the copy without them: wider, so the one-page resume ran onto a second page (modern, classic)."""
    family = get_template(template).body_font.directory
    assert _fonts(printed[template]) == {f"{family}-Regular", f"{family}-Bold"}
    assert not any(name.startswith(family) for name in _fonts(printed[f"{template}-bare"]))
    assert len(PdfReader(printed[template]).pages) == len(PdfReader(printed[f"{template}-ours"]).pages) == 1
    lines = [(page, text) for page, _, text in _text_lines(printed[template])]
    assert lines == [(page, text) for page, _, text in _text_lines(printed[f"{template}-ours"])]


@pytest.mark.libreoffice
def test_a_second_resume_in_the_same_libreoffice_session_keeps_its_accented_letters(printed: dict[str, Path]) -> None:
    """LibreOffice reuses the first document's copy of a font for the rest of its session: the
    second resume gets the first one's subset, so its letters outside that subset fell back to
    DejaVu Sans until every subset carried the Latin letters of European names."""
    assert _fonts(printed["second"]) == {"SourceSans3-Regular", "SourceSans3-Bold"}
    assert SECOND_NAME in PdfReader(printed["second"]).pages[0].extract_text()
