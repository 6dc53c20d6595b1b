"""What a Word paragraph or run looks like once its styles are resolved: bold, italic, size, level.

Why not python-docx's style objects: they answer "what does this style set directly", while
an importer needs the effective value through `basedOn` chains, character styles, document
defaults and list numbering — for every run, so the answers are cached per style id.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from docx.oxml.ns import qn

from editor.formats.importing.pdf.layout import font_style

DEFAULT_SIZE = 10.0  # Word's size when neither the styles nor the defaults give one
MAX_STYLE_CHAIN = 20
_FALSE = frozenset(("0", "false", "off", "none"))


@dataclass(frozen=True)
class Look:
    """Effective formatting of a style (None where the style chain says nothing)."""

    name: str = ""
    bold: bool | None = None
    italic: bool | None = None
    size: float | None = None
    outline_level: int | None = None
    numbering: tuple[str, int] | None = None
    indent: float | None = None


def on_off(element) -> bool | None:
    """A Word on/off property (`<w:b/>`, `<w:b w:val="0"/>`), None when absent."""
    if element is None:
        return None
    return (element.get(qn("w:val")) or "true").casefold() not in _FALSE


def half_points(element) -> float | None:
    if element is None:
        return None
    try:
        return int(element.get(qn("w:val"))) / 2
    except (TypeError, ValueError):
        return None


def run_look(properties) -> Look:
    """Direct formatting of a `w:rPr` element.

    A PostScript face name ("LibertinusSerif-Bold-Identity-H"), as PDF-to-Word converters copy
    from the PDF, says bold or italic even where the run says `<w:b w:val="false"/>`.
    """
    if properties is None:
        return Look()
    name = font_name(properties)
    face_bold, face_italic = font_style(name) if "-" in name else (False, False)
    return Look(
        bold=True if face_bold else on_off(properties.find(qn("w:b"))),
        italic=True if face_italic else on_off(properties.find(qn("w:i"))),
        size=half_points(properties.find(qn("w:sz"))),
    )


def font_name(properties) -> str:
    """The font a `w:rPr` names for Latin text, "" when it names none."""
    fonts = properties.find(qn("w:rFonts")) if properties is not None else None
    if fonts is None:
        return ""
    return fonts.get(qn("w:ascii")) or fonts.get(qn("w:hAnsi")) or ""


def numbering_of(paragraph_properties) -> tuple[str, int] | None:
    """(numId, level) of a `w:pPr`'s list numbering, if it has any."""
    if paragraph_properties is None:
        return None
    number = paragraph_properties.find(qn("w:numPr"))
    if number is None:
        return None
    identifier = number.find(qn("w:numId"))
    level = number.find(qn("w:ilvl"))
    if identifier is None:
        return None
    try:
        depth = int(level.get(qn("w:val"))) if level is not None else 0
    except (TypeError, ValueError):
        depth = 0
    return identifier.get(qn("w:val")) or "0", depth


def indent_of(properties) -> float | None:
    """The left indent (points) a `w:pPr` sets, None when it sets none."""
    indentation = properties.find(qn("w:ind")) if properties is not None else None
    if indentation is None:
        return None
    value = indentation.get(qn("w:left")) or indentation.get(qn("w:start"))
    try:
        return int(value) / 20 if value is not None else None
    except ValueError:
        return None


def merge(first: Look, second: Look) -> Look:
    """`first`'s values where it has them, else `second`'s."""
    return Look(
        first.name or second.name,
        first.bold if first.bold is not None else second.bold,
        first.italic if first.italic is not None else second.italic,
        first.size if first.size is not None else second.size,
        first.outline_level if first.outline_level is not None else second.outline_level,
        first.numbering if first.numbering is not None else second.numbering,
        first.indent if first.indent is not None else second.indent,
    )


class StyleBook:
    """The styles and list numbering of one document, resolved on demand and cached."""

    def __init__(self, styles_element, numbering_element) -> None:
        self._styles = {}
        self.default_paragraph_style = ""
        if styles_element is not None:
            for style in styles_element.findall(qn("w:style")):
                identifier = style.get(qn("w:styleId")) or ""
                self._styles[identifier] = style
                is_default = style.get(qn("w:default")) in ("1", "true", "on")
                if style.get(qn("w:type")) == "paragraph" and is_default and not self.default_paragraph_style:
                    self.default_paragraph_style = identifier
        defaults = None
        if styles_element is not None:
            defaults = styles_element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
        self.defaults = merge(run_look(defaults), Look(size=DEFAULT_SIZE, bold=False, italic=False))
        self._formats = _numbering_formats(numbering_element)
        self.style = cache(self._resolve)

    def _resolve(self, identifier: str) -> Look:
        """A style's effective look through its `basedOn` chain (cycles and runaway chains cut off)."""
        chain, seen = [], set()
        current = self._styles.get(identifier)
        while current is not None and len(chain) < MAX_STYLE_CHAIN:
            key = current.get(qn("w:styleId"))
            if key in seen:
                break
            seen.add(key)
            chain.append(current)
            based = current.find(qn("w:basedOn"))
            current = self._styles.get(based.get(qn("w:val"))) if based is not None else None
        look = Look()
        for style in chain:
            name = style.find(qn("w:name"))
            paragraph = style.find(qn("w:pPr"))
            outline = paragraph.find(qn("w:outlineLvl")) if paragraph is not None else None
            own = merge(
                run_look(style.find(qn("w:rPr"))),
                Look(
                    name=(name.get(qn("w:val")) or "") if name is not None else "",
                    outline_level=_integer(outline),
                    numbering=numbering_of(paragraph),
                    indent=indent_of(paragraph),
                ),
            )
            look = merge(look, own)
        return look

    def list_format(self, numbering: tuple[str, int] | None) -> tuple[str, float] | None:
        """("bullet" or "decimal" ..., indent in points) of a list paragraph; None outside a list."""
        if numbering is None or numbering[0] == "0":
            return None
        levels = self._formats.get(numbering[0])
        if not levels:
            return "bullet", 0.0
        return levels.get(numbering[1], levels.get(0, ("bullet", 0.0)))


def _integer(element) -> int | None:
    if element is None:
        return None
    try:
        return int(element.get(qn("w:val")))
    except (TypeError, ValueError):
        return None


def _numbering_formats(numbering_element) -> dict[str, dict[int, tuple[str, float]]]:
    """numId → {level: (numFmt, indent)}, through the abstract numbering each numId points at."""
    if numbering_element is None:
        return {}
    abstract: dict[str, dict[int, tuple[str, float]]] = {}
    for definition in numbering_element.findall(qn("w:abstractNum")):
        levels = {}
        for level in definition.findall(qn("w:lvl")):
            number_format = level.find(qn("w:numFmt"))
            depth = level.get(qn("w:ilvl"))
            if depth is not None and depth.isdigit():
                kind = number_format.get(qn("w:val")) if number_format is not None else "bullet"
                levels[int(depth)] = (kind or "bullet", indent_of(level.find(qn("w:pPr"))) or 0.0)
        abstract[definition.get(qn("w:abstractNumId")) or ""] = levels
    formats = {}
    for number in numbering_element.findall(qn("w:num")):
        reference = number.find(qn("w:abstractNumId"))
        if reference is not None:
            formats[number.get(qn("w:numId")) or ""] = abstract.get(reference.get(qn("w:val")) or "", {})
    return formats
