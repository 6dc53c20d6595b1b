"""The template's fonts embedded in the Word file, subset to the characters used, as Word's own option does.

Why: a recruiter's Word or LibreOffice has no Source Sans 3 or EB Garamond, substitutes another
face and the one-page resume runs onto a second page. Word's "Embed fonts in the file" with
"Embed only the characters used" solves it, and the bundled fonts are OFL (embedding allowed,
OS/2 fsType 0). What Word writes, from ECMA-376 Part 1 §17.8 (Fonts): a font table entry per
family with its PANOSE, class, pitch, Unicode coverage and an `w:altName` (what a reader that
ignores embedded fonts should use instead), `w:embedRegular`/`Bold`/`Italic`/`BoldItalic` per face
used, each pointing to an obfuscated font part (§17.8.1: the first 32 bytes XORed with the 16
bytes of the `w:fontKey` GUID in reverse order of its hex digits; docx4j's ObfuscatedFontPart and
calibre's DOCX writer do the same), and `w:embedTrueTypeFonts` + `w:saveSubsetFonts` in settings.

The subsets keep kerning and ligatures (GPOS/GSUB): LibreOffice applies them as it does with the
installed font, so it breaks lines where the PDF does; Word applies neither unless asked.
"""

from __future__ import annotations

import hashlib
import io
import uuid
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.oxml import OxmlElement
from docx.oxml.ns import nsmap, qn

from editor.formats.export.docx_styles import BULLET_GLYPHS
from editor.render.templates import FAMILIES, FontFamily, Template
from editor.resources import resource_path

OBFUSCATED_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
# In every subset: ASCII, Latin-1 and Latin Extended-A (the letters of European names and places),
# typographic punctuation and the bullets. Why more than the text: LibreOffice keeps the first
# document's copy of an embedded font for its whole session (a file per font name, reused if it
# exists), so the second resume a recruiter opens is set in the first one's subset; with this
# common base, only characters outside it fall back. And one subset then serves most resumes.
_BASE = frozenset(
    (
        *map(chr, range(0x20, 0x7F)),
        *map(chr, range(0xA0, 0x180)),
        *"\u2010\u2011\u2012\u2013\u2014\u2015\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2026",
        *"\u2030\u2032\u2033\u2039\u203a\u20ac\u2122\u2212",
        *BULLET_GLYPHS,
    )
)
_EMBED_TAGS = {  # (bold, italic) → the font table element naming that face's part
    (False, False): "w:embedRegular",
    (True, False): "w:embedBold",
    (False, True): "w:embedItalic",
    (True, True): "w:embedBoldItalic",
}
# Each family's class for §17.8.3.10 and a face every Word install has with similar widths, for
# readers that ignore embedded fonts: Calibri is as narrow and humanist as Source Sans; Noto Sans
# descends from Open Sans, drawn by Segoe UI's designer on its metrics; Office ships Garamond.
_SUBSTITUTES = {
    "Source Sans 3": ("swiss", "Calibri"),
    "EB Garamond": ("roman", "Garamond"),
    "Noto Sans": ("swiss", "Segoe UI"),
}
# Settings that come before w:embedTrueTypeFonts in CT_Settings' sequence (§17.15.1.78).
_SETTINGS_BEFORE = tuple(
    qn(tag)
    for tag in (
        "w:writeProtection",
        "w:view",
        "w:zoom",
        "w:removePersonalInformation",
        "w:removeDateAndTime",
        "w:doNotDisplayPageBoundaries",
        "w:displayBackgroundShape",
        "w:printPostScriptOverText",
        "w:printFractionalCharacterWidth",
        "w:printFormsData",
    )
)
_FAMILIES = {family.name: family for family in FAMILIES}


@dataclass(frozen=True)
class _Face:
    family: FontFamily
    bold: bool
    italic: bool

    @property
    def file(self) -> str:
        family = self.family
        if self.bold:
            return family.bold_italic if self.italic else family.bold
        return family.italic if self.italic else family.regular


def embed_fonts(document, template: Template) -> None:
    """Replace the document's font table by the template's families, embedding each face the text uses."""
    used = _faces_used(document)
    table = OxmlElement("w:fonts", nsdecls={prefix: nsmap[prefix] for prefix in ("w", "r")})
    fonts_part = XmlPart(PackURI("/word/fontTable.xml"), CONTENT_TYPE.WML_FONT_TABLE, table, document.part.package)
    number = 0
    for family in dict.fromkeys((template.body_font, template.heading_font)):
        entry = _font_entry(family)
        table.append(entry)
        for (bold, italic), tag in _EMBED_TAGS.items():
            characters = used.get(_Face(family, bold, italic))
            if not characters:
                continue
            font = subset_font(_Face(family, bold, italic), frozenset(characters | _BASE))
            key = f"{{{uuid.uuid5(uuid.NAMESPACE_OID, hashlib.sha256(font).hexdigest())}}}".upper()
            number += 1
            name = PackURI(f"/word/fonts/font{number}.odttf")
            part = Part(name, OBFUSCATED_FONT, obfuscate(font, key), document.part.package)
            rel_id = fonts_part.relate_to(part, RELATIONSHIP_TYPE.FONT)
            entry.append(OxmlElement(tag, {qn("r:id"): rel_id, qn("w:fontKey"): key}))
    for rel_id, rel in list(document.part.rels.items()):
        if rel.reltype == RELATIONSHIP_TYPE.FONT_TABLE:
            del document.part.rels[rel_id]
    document.part.relate_to(fonts_part, RELATIONSHIP_TYPE.FONT_TABLE)
    _ask_to_keep_fonts(document.settings.element)


def _faces_used(document) -> dict[_Face, set[str]]:
    """The characters set in each bundled face, from the paragraph and character styles and each run's emphasis."""
    styles = {style.style_id: style for style in document.styles}
    chains = {style_id: _chain(style) for style_id, style in styles.items()}  # python-docx's base_style is slow
    default = _FAMILIES.get(_named_font(document.styles.element.find(qn("w:docDefaults"))) or "")
    used: dict[_Face, set[str]] = defaultdict(set)
    for paragraph in document.element.body.iter(qn("w:p")):
        paragraph_layers = chains.get(_value(paragraph, "w:pPr/w:pStyle") or "Normal", ())
        for run in paragraph.iter(qn("w:r")):
            text = "".join(node.text or "" for node in run.iter(qn("w:t")))
            if not text:
                continue
            layers = (run.find(qn("w:rPr")), *chains.get(_value(run, "w:rPr/w:rStyle") or "", ()), *paragraph_layers)
            family = _FAMILIES.get(next(filter(None, map(_named_font, layers)), ""), default)
            if family is None:
                continue
            if _flag(layers, "w:caps") or _flag(layers, "w:smallCaps"):  # headings drawn in capitals
                text += text.upper()
            used[_Face(family, _flag(layers, "w:b"), _flag(layers, "w:i"))].update(text)
    return used


@lru_cache(maxsize=64)
def subset_font(face: _Face, characters: frozenset[str]) -> bytes:
    """The face cut to `characters`, hinting and every name kept (Word checks the names it embeds).

    The name table is set aside while subsetting: it is kept whole anyway, and pruning it walks
    every other table, which took 40% of the time.
    """
    from fontTools import subset  # 85 ms to import: paid at the first Word export, not at start-up
    from fontTools.ttLib import TTFont

    font = TTFont(resource_path("fonts", face.family.directory, face.file), lazy=True)
    names = font["name"]
    del font["name"]
    options = subset.Options()
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(sorted(characters)))
    subsetter.subset(font)
    font["name"] = names
    stream = io.BytesIO()
    font.save(stream)
    return stream.getvalue()


def obfuscate(font: bytes, key: str) -> bytes:
    """ECMA-376 §17.8.1: XOR the first 32 bytes with the GUID's 16 bytes, last hex pair first; its own inverse."""
    guid = bytes.fromhex(key.strip("{}").replace("-", ""))[::-1]
    head = bytes(byte ^ guid[index % 16] for index, byte in enumerate(font[:32]))
    return head + font[32:]


@lru_cache(maxsize=8)
def _font_facts(family: FontFamily) -> tuple[str, dict[str, str]]:
    """The regular face's PANOSE (10 bytes as hex) and Unicode/code page coverage (§17.8.3.16 w:sig)."""
    from fontTools.ttLib import TTFont

    os2 = TTFont(resource_path("fonts", family.directory, family.regular), lazy=True)["OS/2"]
    panose = os2.panose
    fields = ("bFamilyType", "bSerifStyle", "bWeight", "bProportion", "bContrast")
    fields += ("bStrokeVariation", "bArmStyle", "bLetterForm", "bMidline", "bXHeight")
    signature = {f"w:usb{index}": f"{getattr(os2, f'ulUnicodeRange{index + 1}'):08X}" for index in range(4)}
    signature |= {f"w:csb{index}": f"{getattr(os2, f'ulCodePageRange{index + 1}'):08X}" for index in range(2)}
    return "".join(f"{getattr(panose, field):02X}" for field in fields), signature


def _font_entry(family: FontFamily) -> OxmlElement:
    """A w:font in schema order: altName, panose1, charset, family, pitch, sig (the embeds follow)."""
    kind, substitute = _SUBSTITUTES.get(family.name, ("auto", None))
    panose, signature = _font_facts(family)
    entry = OxmlElement("w:font", {qn("w:name"): family.name})
    if substitute:
        entry.append(OxmlElement("w:altName", {qn("w:val"): substitute}))
    entry.append(OxmlElement("w:panose1", {qn("w:val"): panose}))
    entry.append(OxmlElement("w:charset", {qn("w:val"): "00"}))
    entry.append(OxmlElement("w:family", {qn("w:val"): kind}))
    entry.append(OxmlElement("w:pitch", {qn("w:val"): "variable"}))
    entry.append(OxmlElement("w:sig", {qn(name): value for name, value in signature.items()}))
    return entry


def _ask_to_keep_fonts(settings) -> None:
    """w:embedTrueTypeFonts and w:saveSubsetFonts: Word keeps embedding (subsets) when the file is saved again."""
    for tag in ("w:saveSubsetFonts", "w:embedTrueTypeFonts"):  # inserted in reverse: embedTrueTypeFonts first
        if settings.find(qn(tag)) is not None:
            continue
        before = [index for index, child in enumerate(settings) if child.tag in _SETTINGS_BEFORE]
        settings.insert(before[-1] + 1 if before else 0, OxmlElement(tag))


def _chain(style) -> tuple:
    """A style's run properties, then those of the styles it is based on."""
    layers = []
    while style is not None:
        layers.append(style.element.find(qn("w:rPr")))
        style = getattr(style, "base_style", None)  # numbering styles have none
    return tuple(layers)


def _named_font(properties) -> str | None:
    fonts = None if properties is None else properties.find(f".//{qn('w:rFonts')}")
    return None if fonts is None else fonts.get(qn("w:ascii"))


def _flag(layers, tag: str) -> bool:
    """A toggle property (w:b, w:i, w:caps) from the first layer that sets it; `w:val` false/0/off turns it off."""
    for properties in layers:
        element = None if properties is None else properties.find(qn(tag))
        if element is not None:
            return element.get(qn("w:val"), "true") not in ("false", "0", "off")
    return False


def _value(element, path: str) -> str | None:
    found = element.find("/".join(qn(step) for step in path.split("/")))
    return None if found is None else found.get(qn("w:val"))
