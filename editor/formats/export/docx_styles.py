"""The prepared base document of the DOCX writer: one per template and paper, cached as bytes.

Why: python-docx's default template carries 164 styles (876 KB of XML; parsing and saving them
took most of the build time), theme fonts that override the fonts we name, and a Symbol-font
bullet (U+F0B7) that text extractors read as a private-use character. The base document keeps
only the styles a resume uses, re-fonts and re-spaces them from the `Template` with the same
derived values the PDF writer uses (leading, gaps, bullet positions), gives the bullets real
U+2022/U+25E6 glyphs in the body font, and sets the page. Each build then loads a few kilobytes.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from editor.render.templates import Paper, Template

NAME_STYLE = "Title"
HEADLINE_STYLE = "Subtitle"
CONTACT_STYLE = "Contact"
SECTION_STYLE = "Heading 1"
ENTRY_STYLE = "Heading 2"
DETAILS_STYLE = "Entry Details"
DATES_STYLE = "Entry Dates"
BODY_STYLE = "Normal"
BULLET_STYLES = ("List Bullet", "List Bullet 2")
LINK_STYLE = "Hyperlink"
BULLET_GLYPHS = ("\u2022", "\u25e6")  # • for bullets, ◦ for nested ones, as the PDF draws them
ENTRY_SPACE_AFTER = 1.5  # below an entry's title (and organisation) line, before its first bullet

# Styles Word expects to exist (defaults for paragraphs, runs, tables, lists) plus those we use.
_KEPT_STYLE_IDS = frozenset(
    {"Normal", "DefaultParagraphFont", "TableNormal", "NoList", "Title", "Subtitle", "Heading1", "Heading2"}
    | {"ListBullet", "ListBullet2"}
)
_FONT_SLOTS = ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia")
_THEME_FONT_SLOTS = ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme")
_RULE_WIDTH_EIGHTHS = 6  # 0.75 pt: Word sets borders in eighths of a point, the PDF's rule is 0.7 pt
_RULE_GAP = 2  # points between a heading's text and its rule
_BULLET_GAP = 1.5  # how far right of each indent step the PDF draws a bullet


@dataclass(frozen=True)
class _Look:
    """One paragraph style: font, size (pt), colour, line height as a multiple of the size, spacing (pt)."""

    style: str
    font: str
    size: float
    color: str
    leading: float
    bold: bool = False
    before: float = 0.0
    after: float = 0.0


def _looks(template: Template) -> tuple[_Look, ...]:
    """Every paragraph style, with the sizes and line heights the PDF writer derives from the template."""
    body, heading, leading = template.body_font.name, template.heading_font.name, template.leading
    size, text, muted, accent = template.body_size, template.text_color, template.muted_color, template.accent
    section_before, section_after = template.section_space_before, template.section_space_after
    return (
        _Look(BODY_STYLE, body, size, text, leading, after=template.paragraph_space_after),
        _Look(NAME_STYLE, heading, template.name_size, text, 1.15, bold=True, after=1.5),
        _Look(HEADLINE_STYLE, body, template.headline_size, accent, 1.3),
        _Look(CONTACT_STYLE, body, template.contact_size, muted, 1.4, before=2.0),
        _Look(SECTION_STYLE, heading, template.heading_size, accent, 1.2, True, section_before, section_after),
        _Look(ENTRY_STYLE, heading, template.title_size, text, leading, bold=True, before=template.entry_space_before),
        _Look(DETAILS_STYLE, body, size, muted, leading, after=ENTRY_SPACE_AFTER),
        *(_Look(name, body, size, text, leading, after=template.bullet_space_after) for name in BULLET_STYLES),
    )


@lru_cache(maxsize=16)
def base_document(template: Template, paper: Paper) -> bytes:
    """The styled, empty DOCX package for a template (with its style settings applied) on a paper."""
    document = docx.Document()
    _drop_unused_parts(document)
    _prune_styles(document)
    defaults = document.styles.element.find(qn("w:docDefaults"))
    set_font_family(defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}"), template.body_font.name)
    _clear(defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}"))
    for look in _looks(template):
        _paragraph_style(document, look)
    _finish_styles(document, template, paper)
    _number_bullets(document, template)
    _set_page(document, template, paper)
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def set_font_family(run_properties, name: str) -> None:
    """Name the font for every script slot and drop theme fonts, which would override it."""
    fonts = run_properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        run_properties.insert(0, fonts)
    for slot in _FONT_SLOTS:
        fonts.set(qn(slot), name)
    for slot in (*_THEME_FONT_SLOTS, "w:hint"):
        fonts.attrib.pop(qn(slot), None)


def set_complex_script_size(run_properties, size: float) -> None:
    """The size of Hebrew, Arabic and other complex-script text (w:szCs), which ignores w:sz.

    Why: Word and LibreOffice size and embolden right-to-left letters by the complex-script
    properties only, so a Hebrew name came out in 11 pt regular beside a 22 pt bold Latin one.
    """
    complex_size = run_properties.find(qn("w:szCs"))
    if complex_size is None:
        complex_size = OxmlElement("w:szCs")
        run_properties.get_or_add_sz().addnext(complex_size)  # the schema's order: w:sz, then w:szCs
    complex_size.set(qn("w:val"), str(round(size * 2)))


def _clear(element) -> None:
    for child in list(element):
        element.remove(child)


def _drop_unused_parts(document) -> None:
    """Remove the Word 2010 style copy, web settings, custom XML and the thumbnail."""
    unused = {"stylesWithEffects", "webSettings", "customXml"}
    for rel_id, rel in list(document.part.rels.items()):
        if rel.reltype.rsplit("/", 1)[-1] in unused:
            del document.part.rels[rel_id]
    package_rels = document.part.package.rels
    for rel_id, rel in list(package_rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            del package_rels[rel_id]
    settings = document.settings.element
    for name in ("w:proofState", "w:attachedTemplate"):  # a stale 'spelling is clean' would hide Word's checks
        for element in settings.findall(qn(name)):
            settings.remove(element)


def _prune_styles(document) -> None:
    """Keep only the styles a resume uses, each stripped to its name and inheritance."""
    styles = document.styles.element
    for style in styles.findall(qn("w:style")):
        if style.get(qn("w:styleId")) not in _KEPT_STYLE_IDS:
            styles.remove(style)
            continue
        for child in list(style):
            if child.tag in (qn("w:pPr"), qn("w:rPr"), qn("w:link"), qn("w:rsid")):
                style.remove(child)


def _paragraph_style(document, look: _Look) -> None:
    """Give a paragraph style (created if missing) a look, with exact line heights like the PDF's leading."""
    styles = document.styles
    style = styles[look.style] if look.style in styles else styles.add_style(look.style, WD_STYLE_TYPE.PARAGRAPH)
    if look.style != BODY_STYLE:
        style.base_style = styles[BODY_STYLE]
    style.quick_style = True
    style.font.size = Pt(look.size)
    style.font.bold = style.font.cs_bold = look.bold
    set_complex_script_size(style.element.get_or_add_rPr(), look.size)
    style.font.color.rgb = RGBColor.from_string(look.color.lstrip("#"))
    set_font_family(style.element.get_or_add_rPr(), look.font)
    paragraph = style.paragraph_format
    paragraph.space_before, paragraph.space_after = Pt(look.before), Pt(look.after)
    paragraph.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    paragraph.line_spacing = Pt(round(look.size * look.leading, 2))
    paragraph.widow_control = True


def _finish_styles(document, template: Template, paper: Paper) -> None:
    """What a look does not cover: alignment, capitals, the heading rule, keeping, the dates and location tabs."""
    styles = document.styles
    styles[BODY_STYLE].next_paragraph_style = styles[BODY_STYLE]
    for name in (NAME_STYLE, HEADLINE_STYLE, CONTACT_STYLE):
        styles[name].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER if template.name_centered else None
    section = styles[SECTION_STYLE]
    section.font.all_caps = template.heading_uppercase
    if template.heading_rule:
        add_bottom_rule(section.element.get_or_add_pPr(), template.accent)
    entry = styles[ENTRY_STYLE].paragraph_format
    text_width = paper.width - template.margin_left - template.margin_right
    for name in (ENTRY_STYLE, DETAILS_STYLE):  # dates and location sit at the right margin, as in the PDF
        styles[name].paragraph_format.tab_stops.add_tab_stop(Pt(text_width), WD_TAB_ALIGNMENT.RIGHT)
    entry.keep_together = True
    for name in (SECTION_STYLE, ENTRY_STYLE, DETAILS_STYLE):
        styles[name].paragraph_format.keep_with_next = True
    dates = _character_style(document, DATES_STYLE, template.muted_color)
    dates.font.bold = dates.font.cs_bold = False
    dates.font.size = Pt(template.body_size)
    set_complex_script_size(dates.element.get_or_add_rPr(), template.body_size)
    set_font_family(dates.element.get_or_add_rPr(), template.body_font.name)
    _character_style(document, LINK_STYLE, template.accent)


def _character_style(document, name: str, color: str):
    style = document.styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
    style.base_style = document.styles["Default Paragraph Font"]
    style.quick_style = True
    style.font.color.rgb = RGBColor.from_string(color.lstrip("#"))
    return style


def add_bottom_rule(paragraph_properties, color: str, gap: float = _RULE_GAP) -> None:
    """A thin rule `gap` points under a paragraph (or every paragraph of a style), like the PDF's rules."""
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), str(_RULE_WIDTH_EIGHTHS))
    bottom.set(qn("w:space"), str(round(gap)))
    bottom.set(qn("w:color"), color.lstrip("#").upper())
    borders = OxmlElement("w:pBdr")
    borders.append(bottom)
    successors = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc", "w:outlineLvl")
    paragraph_properties.insert_element_before(borders, *successors)


def _number_bullets(document, template: Template) -> None:
    """Give each bullet style's list its glyph in the body font, hung where the PDF hangs its bullets."""
    numbering = document.part.numbering_part.element
    used = set()
    for level, name in enumerate(BULLET_STYLES):
        paragraph = document.styles[name].paragraph_format
        indent, hanging = template.bullet_indent * (level + 1), template.bullet_indent - _BULLET_GAP
        paragraph.left_indent, paragraph.first_line_indent = Pt(indent), Pt(-hanging)
        num_id = document.styles[name].element.pPr.get_or_add_numPr().get_or_add_numId()
        num_id.val = level + 1  # the default template's lists for List Bullet and List Bullet 2
        num = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == str(num_id.val))
        used.add(_abstract_id(num))
        abstract = next(a for a in numbering.findall(qn("w:abstractNum")) if _abstract_id(a) == _abstract_id(num))
        for list_level in abstract.findall(qn("w:lvl")):
            list_level.find(qn("w:lvlText")).set(qn("w:val"), BULLET_GLYPHS[level])
            set_font_family(list_level.find(qn("w:rPr")), template.body_font.name)
            properties = list_level.find(qn("w:pPr"))
            properties.find(f"{qn('w:tabs')}/{qn('w:tab')}").set(qn("w:pos"), _twips(indent))
            properties.find(qn("w:ind")).set(qn("w:left"), _twips(indent))
            properties.find(qn("w:ind")).set(qn("w:hanging"), _twips(hanging))
    for element in list(numbering):  # the other lists' definitions name styles that were pruned
        if element.tag in (qn("w:num"), qn("w:abstractNum")) and _abstract_id(element) not in used:
            numbering.remove(element)


def _abstract_id(element) -> str:
    """The list definition a w:num points to, or a w:abstractNum's own id."""
    if element.tag == qn("w:num"):
        return element.find(qn("w:abstractNumId")).get(qn("w:val"))
    return element.get(qn("w:abstractNumId"))


def _twips(points: float) -> str:
    return str(round(points * 20))


def _set_page(document, template: Template, paper: Paper) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Pt(paper.width), Pt(paper.height)
    section.top_margin, section.bottom_margin = Pt(template.margin_top), Pt(template.margin_bottom)
    section.left_margin, section.right_margin = Pt(template.margin_left), Pt(template.margin_right)
    section.header_distance = section.footer_distance = Pt(min(template.margin_top, template.margin_bottom) / 2)
