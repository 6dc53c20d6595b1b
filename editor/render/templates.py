"""Resume templates: one definition of a look, read by both the PDF and the DOCX writer.

Why: users of peer tools complain most about Word files that do not match the PDF. Keeping
every size, spacing, colour and font in one table, in points, makes the two writers agree.
"""

from __future__ import annotations

from dataclasses import dataclass


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


def get_template(template_id: str | None) -> Template:
    """A template by id; raises KeyError naming the choices when it is unknown."""
    key = (template_id or DEFAULT_TEMPLATE).strip().lower()
    if key not in TEMPLATES:
        raise KeyError(f"unknown template {template_id!r}; choose one of: {', '.join(TEMPLATES)}")
    return TEMPLATES[key]


def get_paper(paper_id: str | None) -> Paper:
    """A paper size by id ('letter' or 'a4'); raises KeyError naming the choices."""
    key = (paper_id or DEFAULT_PAPER).strip().lower().replace("us-letter", "letter")
    if key not in PAPERS:
        raise KeyError(f"unknown paper {paper_id!r}; choose one of: {', '.join(PAPERS)}")
    return PAPERS[key]
