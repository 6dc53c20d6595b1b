"""Resume templates: one definition of a look, read by both the PDF and the DOCX writer.

Why: users of peer tools complain most about Word files that do not match the PDF. Keeping
every size, spacing, colour and font in one table, in points, makes the two writers agree.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache


@dataclass(frozen=True)
class FontFamily:
    """A bundled TTF family: `directory` is under resources/fonts/, files are inside it."""

    name: str
    directory: str
    regular: str
    bold: str
    italic: str
    bold_italic: str


SOURCE_SANS = FontFamily(
    "Source Sans 3",
    "SourceSans3",
    "SourceSans3-Regular.ttf",
    "SourceSans3-Bold.ttf",
    "SourceSans3-Italic.ttf",
    "SourceSans3-BoldItalic.ttf",
)
EB_GARAMOND = FontFamily(
    "EB Garamond",
    "EBGaramond",
    "EBGaramond-Regular.ttf",
    "EBGaramond-Bold.ttf",
    "EBGaramond-Italic.ttf",
    "EBGaramond-BoldItalic.ttf",
)
NOTO_SANS = FontFamily(
    "Noto Sans",
    "NotoSans",
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSans-Italic.ttf",
    "NotoSans-BoldItalic.ttf",
)

FAMILIES = (SOURCE_SANS, EB_GARAMOND, NOTO_SANS)


@dataclass(frozen=True)
class Paper:
    id: str
    label: str
    width: float
    height: float


PAPERS = {
    "letter": Paper("letter", "US Letter", 612.0, 792.0),
    "a4": Paper("a4", "A4", 595.2756, 841.8898),
}


@dataclass(frozen=True)
class Template:
    """A look for a resume. All lengths are in points; colours are '#rrggbb'.

    Layout every template shares (single column, the way recruiters and parsers read best):
    name, then headline lines, then one contact line; each section heading on its own line;
    each entry's title in bold on the left with its dates right-aligned on the same line,
    the organisation and location on the next line, then its paragraphs and bullets.
    """

    id: str
    label: str
    description: str
    body_font: FontFamily
    heading_font: FontFamily
    name_size: float
    headline_size: float
    contact_size: float
    heading_size: float
    title_size: float
    body_size: float
    leading: float  # line height as a multiple of the font size
    margin_top: float
    margin_bottom: float
    margin_left: float
    margin_right: float
    section_space_before: float
    section_space_after: float
    entry_space_before: float  # over 1.4 × the bullet pitch: OpenResume starts an entry only at such a gap
    paragraph_space_after: float
    bullet_space_after: float
    bullet_indent: float
    accent: str
    text_color: str
    muted_color: str
    name_centered: bool
    heading_uppercase: bool
    heading_rule: bool  # a thin accent-coloured rule under each section heading
    dates_below: bool = False  # an entry's dates on their own line under its title, not right-aligned


CLASSIC = Template(
    id="classic",
    label="Classic",
    description="A serif look for traditional fields: law, finance, academia.",
    body_font=EB_GARAMOND,
    heading_font=EB_GARAMOND,
    name_size=24,
    headline_size=12.5,
    contact_size=10.5,
    heading_size=12.5,
    title_size=11.5,
    body_size=11,
    leading=1.22,
    margin_top=46,
    margin_bottom=46,
    margin_left=58,
    margin_right=58,
    section_space_before=11,
    section_space_after=4,
    entry_space_before=7,
    paragraph_space_after=3,
    bullet_space_after=1.0,
    bullet_indent=13,
    accent="#1f3a5f",
    text_color="#1a1a1a",
    muted_color="#4a4a4a",
    name_centered=True,
    heading_uppercase=True,
    heading_rule=True,
)

MODERN = Template(
    id="modern",
    label="Modern",
    description="A clean sans-serif look with a blue accent; the default.",
    body_font=SOURCE_SANS,
    heading_font=SOURCE_SANS,
    name_size=24,
    headline_size=12.5,
    contact_size=10,
    heading_size=12,
    title_size=11,
    body_size=10.5,
    leading=1.25,
    margin_top=44,
    margin_bottom=44,
    margin_left=54,
    margin_right=54,
    section_space_before=11,
    section_space_after=4,
    entry_space_before=7,
    paragraph_space_after=3,
    bullet_space_after=1.0,
    bullet_indent=12,
    accent="#1d5fa8",
    text_color="#1b1f24",
    muted_color="#525a63",
    name_centered=False,
    heading_uppercase=True,
    heading_rule=True,
)

COMPACT = Template(
    id="compact",
    label="Compact",
    description="Tighter spacing and smaller type to fit more on one page.",
    body_font=NOTO_SANS,
    heading_font=NOTO_SANS,
    name_size=19,
    headline_size=11,
    contact_size=9,
    heading_size=10.5,
    title_size=10,
    body_size=9.5,
    leading=1.2,
    margin_top=34,
    margin_bottom=34,
    margin_left=42,
    margin_right=42,
    section_space_before=7,
    section_space_after=2.5,
    entry_space_before=6,
    paragraph_space_after=2,
    bullet_space_after=0.8,
    bullet_indent=10,
    accent="#2c5e4f",
    text_color="#1a1a1a",
    muted_color="#4d4d4d",
    name_centered=False,
    heading_uppercase=True,
    heading_rule=False,
)

TEMPLATES = {template.id: template for template in (MODERN, CLASSIC, COMPACT)}
DEFAULT_TEMPLATE = "modern"
DEFAULT_PAPER = "letter"


def get_template(template_id: str | None, settings: Mapping[str, str] | None = None) -> Template:
    """A template by id, with the document's style settings (`size:`, `margins:` …) applied.

    Raises KeyError naming the choices when the id is unknown; out-of-range settings are clamped
    (`styled_template` says how).
    """
    key = (template_id or DEFAULT_TEMPLATE).strip().lower()
    if key not in TEMPLATES:
        raise KeyError(f"unknown template {template_id!r}; choose one of: {', '.join(TEMPLATES)}")
    return styled_template(TEMPLATES[key], settings or {})[0]


def get_paper(paper_id: str | None) -> Paper:
    """A paper size by id ('letter' or 'a4'); raises KeyError naming the choices."""
    key = (paper_id or DEFAULT_PAPER).strip().lower().replace("us-letter", "letter")
    if key not in PAPERS:
        raise KeyError(f"unknown paper {paper_id!r}; choose one of: {', '.join(PAPERS)}")
    return PAPERS[key]


# --- style settings: the front matter's accent, font, size, margins, spacing and dates keys ---

STYLE_KEYS = ("accent", "font", "size", "margins", "spacing", "dates")
FONTS = {"source-sans": SOURCE_SANS, "eb-garamond": EB_GARAMOND, "noto-sans": NOTO_SANS}
# Every accent keeps body-size text at WCAG AA contrast (≥ 4.5:1) on white paper.
ACCENTS = {
    "blue": "#1d5fa8",
    "navy": "#1f3a5f",
    "teal": "#0e6363",
    "green": "#2c5e4f",
    "burgundy": "#8a1c2b",
    "purple": "#5b3a8c",
    "slate": "#3d4a5c",
    "black": "#1b1f24",
}
MIN_CONTRAST = 4.5
BODY_SIZE_PT = (10.0, 12.0)
MARGIN_IN = (0.5, 1.5)
LEADING = (1.15, 1.6)  # line height as a multiple of the size; below 1.15 lines crowd
SECTION_GAP_PT = (6.0, 24.0)  # space above a section heading
SPACING_PRESETS = {"tight": (1.15, 7.0), "relaxed": (1.4, 14.0)}
_LENGTH = re.compile(r"(\d+(?:\.\d+)?)\s*(in|pt|cm|mm|\"|)")
_POINTS_PER = {"in": 72.0, '"': 72.0, "": 72.0, "pt": 1.0, "cm": 72 / 2.54, "mm": 72 / 25.4}
_HEX = re.compile(r"#?([0-9a-f]{6})")


def contrast_ratio(color: str, background: str = "#ffffff") -> float:
    """WCAG 2 contrast ratio of two '#rrggbb' colours (1 … 21)."""

    def luminance(value: str) -> float:
        channels = [int(value.lstrip("#")[index : index + 2], 16) / 255 for index in (0, 2, 4)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(color), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _darkened(color: str) -> str:
    """The colour darkened just enough to reach the minimum contrast on white."""
    rgb = [int(color[index : index + 2], 16) for index in (1, 3, 5)]
    while contrast_ratio("#" + "".join(f"{c:02x}" for c in rgb)) < MIN_CONTRAST:
        rgb = [int(c * 0.92) for c in rgb]
    return "#" + "".join(f"{c:02x}" for c in rgb)


def _clamped(value: float, bounds: tuple[float, float], key: str, unit: str, notes: list[str]) -> float:
    low, high = bounds
    if low <= value <= high:
        return value
    kept = min(max(value, low), high)
    notes.append(f"{key}: {value:g}{unit} is outside {low:g}–{high:g}{unit}; using {kept:g}{unit}")
    return kept


def _lengths(text: str) -> list[float] | None:
    parts = [part for part in re.split(r"[\s,/]+", text.strip().lower()) if part]
    matches = [_LENGTH.fullmatch(part) for part in parts]
    if not parts or len(parts) > 2 or not all(matches):
        return None
    return [float(match[1]) * _POINTS_PER[match[2]] for match in matches if match]


def _accent(value: str, notes: list[str]) -> str | None:
    key = value.strip().lower()
    if key in ACCENTS:
        return ACCENTS[key]
    if match := _HEX.fullmatch(key):
        color = "#" + match[1]
        if contrast_ratio(color) < MIN_CONTRAST:
            darker = _darkened(color)
            notes.append(f"accent: {value} is too light to read on white (under 4.5:1); using {darker}")
            return darker
        return color
    notes.append(f"accent: unknown colour {value!r}; choose one of: {', '.join(ACCENTS)}, or #rrggbb")
    return None


def _font(value: str, notes: list[str]) -> FontFamily | None:
    key = value.strip().lower().replace(" ", "-")
    family = FONTS.get(key) or next((f for f in FAMILIES if f.name.lower().replace(" ", "-") == key), None)
    if family is None:
        notes.append(f"font: unknown typeface {value!r}; choose one of: {', '.join(FONTS)}")
    return family


def _sized(template: Template, value: str, notes: list[str]) -> Template:
    match = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(?:pt)?", value.strip().lower())
    if match is None:
        notes.append(f"size: {value!r} is not a type size like 10.5 or 11pt")
        return template
    size = _clamped(float(match[1]), BODY_SIZE_PT, "size", " pt", notes)
    scale = size / template.body_size

    def scaled(points: float) -> float:
        return round(points * scale, 2)

    return replace(
        template,
        body_size=size,
        name_size=scaled(template.name_size),
        headline_size=scaled(template.headline_size),
        contact_size=scaled(template.contact_size),
        heading_size=scaled(template.heading_size),
        title_size=scaled(template.title_size),
    )


def _margined(template: Template, value: str, notes: list[str]) -> Template:
    lengths = _lengths(value)
    if lengths is None:
        notes.append(f"margins: {value!r} is not like 0.75in, 54pt or '0.6in 0.8in' (top/bottom, sides)")
        return template
    inches = [_clamped(length / 72, MARGIN_IN, "margins", " in", notes) for length in lengths]
    vertical, horizontal = inches[0] * 72, inches[-1] * 72
    return replace(
        template, margin_top=vertical, margin_bottom=vertical, margin_left=horizontal, margin_right=horizontal
    )


def _spaced(template: Template, value: str, notes: list[str]) -> Template:
    key = value.strip().lower()
    if key == "normal":
        return template
    numbers = re.split(r"[\s,/]+", key.replace("pt", ""))
    if key in SPACING_PRESETS:
        leading, gap = SPACING_PRESETS[key]
    elif 1 <= len(numbers) <= 2 and all(re.fullmatch(r"\d+(?:\.\d+)?", number) for number in numbers):
        leading = float(numbers[0])
        gap = float(numbers[1]) if len(numbers) == 2 else template.section_space_before
    else:
        notes.append(f"spacing: {value!r} is not tight, normal, relaxed or like '1.2, 9pt' (line height, section gap)")
        return template
    leading = _clamped(leading, LEADING, "spacing", "×", notes)
    gap = _clamped(gap, SECTION_GAP_PT, "spacing", " pt", notes)
    scale = gap / template.section_space_before
    return replace(
        template,
        leading=leading,
        section_space_before=gap,
        section_space_after=round(template.section_space_after * scale, 2),
        entry_space_before=round(template.entry_space_before * scale, 2),
    )


def _dated(template: Template, value: str, notes: list[str]) -> Template:
    key = value.strip().lower()
    if key not in ("right", "below"):
        notes.append(f"dates: {value!r} is not 'right' or 'below'")
        return template
    return replace(template, dates_below=key == "below")


def styled_template(template: Template, settings: Mapping[str, str]) -> tuple[Template, tuple[str, ...]]:
    """The template with the document's style settings applied, and a note for each value it could
    not use as typed (clamped into the readable range, or ignored when it names nothing known)."""
    return _styled(template, tuple((key, settings[key]) for key in STYLE_KEYS if settings.get(key, "").strip()))


@lru_cache(maxsize=256)
def _styled(template: Template, items: tuple[tuple[str, str], ...]) -> tuple[Template, tuple[str, ...]]:
    notes: list[str] = []
    for key, value in items:
        if key == "accent":
            accent = _accent(value, notes)
            template = replace(template, accent=accent) if accent else template
        elif key == "font":
            family = _font(value, notes)
            template = replace(template, body_font=family, heading_font=family) if family else template
        else:
            template = {"size": _sized, "margins": _margined, "spacing": _spaced, "dates": _dated}[key](
                template, value, notes
            )
    return template, tuple(notes)
