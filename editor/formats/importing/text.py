"""Cleaning the text of imported documents: runs, bullet glyphs, icon fonts, ligatures, letter spacing.

Why one module: the DOCX and PDF importers meet the same debris — bullets typed as "•" or
drawn in a Symbol font, icon-font glyphs in the private-use area, "ﬁ" ligatures, headings
spaced out as "E X P E R I E N C E" — and must clean it the same way before the shared
structure step decides what each line is.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from urllib.parse import parse_qs, urlsplit

from editor.model import Run, Text

# Glyphs that start a bullet when followed by a space (or glued to the text for the unambiguous ones).
BULLET_GLYPHS = "•▪◦‣⁃●○■□►▶➢➤✓✔→❖◆♦◇⦿∙⋅·*–—-"
_GLUED_BULLETS = "•▪◦‣⁃●○■□►▶➢➤✓✔❖◆♦◇⦿∙⋅"
_BULLET = re.compile(rf"\s*(?:[{re.escape(BULLET_GLYPHS)}]\s+|[{re.escape(_GLUED_BULLETS)}](?=\w)|o\s+(?=\S))")
_LIGATURES = {chr(code): unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}
_GOOGLE_REDIRECT = re.compile(r"https?://(?:www\.)?google\.[a-z.]+/url\?")
_SPACES = re.compile(r"[ \u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff\ufffc\ufffd\x00-\x08\x0b-\x1f\x7f]")
_SPACED_LETTERS = re.compile(r"[^\W\d_](?: [^\W\d_])+")
_SPACED_WORDS = re.compile(r"[^\W\d_](?: [^\W\d_])+(?: {2,}[^\W\d_](?: [^\W\d_])+)*")
_PAGE_NUMBER = re.compile(
    r"(?:page|seite|página|pagina|страница)?\s*[-–]?\s*\d{1,3}\s*(?:(?:/|of|von|de|sur|из)\s*\d{1,3})?\s*[-–]?",
    re.IGNORECASE,
)


# Icon fonts map glyphs to private-use code points, to nothing, or (FontAwesome 5 under LuaTeX,
# and LibreOffice's PDF import) to their names ("MOBILE-ALT"): by the font's name, each glyph is
# one icon and no text.
_ICON_FONT = re.compile(
    r"awesome|academicons|material.?(?:icons|symbols)|glyphicons|icomoon|ionicons|octicons|feather|"
    r"bootstrap.?icons|simple.?icons|devicons?|remixicon|tabler.?icons|phosphor|lucide|entypo|linearicons",
    re.IGNORECASE,
)


def is_icon_font(name: str) -> bool:
    """A font of icons (Font Awesome, Material Icons, ...), whatever text it maps its glyphs to."""
    return _ICON_FONT.search(name) is not None


def icon_glyph(font: str, text: str) -> str:
    """One private-use character for an icon-font glyph, the same for the same glyph of the same
    font, so a repeated icon (a bullet) is recognisable and different icons stay apart."""
    return chr(0xE000 + zlib.crc32(f"{font}/{text}".encode()) % 0x1900)


def is_private_use(character: str) -> bool:
    """Icon-font and Symbol-font glyphs (phone, envelope, bullets) that mean nothing as text."""
    code = ord(character)
    return 0xE000 <= code <= 0xF8FF or code >= 0xF0000


def clean_characters(text: str) -> str:
    """Ligatures spelled out, invisible controls dropped (a soft hyphen is one), odd spaces made
    plain, accents composed with their letters (NFC: "a" + U+0308 is "ä", as a search expects).

    An icon glyph (private use) becomes a tab: between two contact items it separates them,
    at either end of a line it is trimmed away.
    """
    if not text:
        return text
    text = "".join("\t" if is_private_use(character) else _LIGATURES.get(character, character) for character in text)
    return unicodedata.normalize("NFC", _SPACES.sub(" ", _INVISIBLE.sub("", text)))


def link_target(url: str | None) -> str | None:
    """Where a link really goes: Google Docs sends every link of an exported document through
    its redirector ("https://www.google.com/url?q=mailto:…&sa=D"); the person linked the `q`."""
    if url is None or not _GOOGLE_REDIRECT.match(url):
        return url
    target = parse_qs(urlsplit(url).query).get("q")
    return target[0] if target else url


def normalize_runs(text: Text) -> Text:
    """Runs with clean characters, single spaces, no edge spaces, and neighbours of one style merged."""
    cleaned = [
        Run(clean_characters(run.text).replace("\t", " \t "), run.bold, run.italic, link_target(run.link))
        for run in text
    ]
    merged: list[Run] = []
    for run in cleaned:
        value = run.text
        if merged and merged[-1].text.endswith((" ", "\t")):
            value = value.lstrip(" ")
        if not value:
            continue
        if merged and (merged[-1].bold, merged[-1].italic, merged[-1].link) == (run.bold, run.italic, run.link):
            merged[-1] = Run(_collapse(merged[-1].text + value), run.bold, run.italic, run.link)
        else:
            merged.append(Run(_collapse(value), run.bold, run.italic, run.link))
    return _strip(tuple(merged))


def _collapse(value: str) -> str:
    """One space between words; tabs (column gaps) survive as one tab without spaces around it."""
    value = re.sub(r" {2,}", " ", value)
    return re.sub(r" ?\t[ \t]*", "\t", value)


def _strip(text: Text) -> Text:
    runs = list(text)
    while runs and not runs[0].text.strip():
        runs.pop(0)
    while runs and not runs[-1].text.strip():
        runs.pop()
    if not runs:
        return ()
    first, last = runs[0], runs[-1]
    runs[0] = Run(first.text.lstrip(), first.bold, first.italic, first.link)
    last = runs[-1]
    runs[-1] = Run(last.text.rstrip(), last.bold, last.italic, last.link)
    return tuple(runs)


def drop_prefix(text: Text, count: int) -> Text:
    """The runs without their first `count` characters (a bullet glyph and its space)."""
    kept: list[Run] = []
    for run in text:
        if count >= len(run.text):
            count -= len(run.text)
            continue
        kept.append(Run(run.text[count:], run.bold, run.italic, run.link) if count else run)
        count = 0
    return _strip(tuple(kept))


def bullet_prefix(value: str) -> int:
    """How many leading characters are a typed bullet ("• ", "- ", "▪"), 0 when the line is no bullet."""
    match = _BULLET.match(value)
    if match is None or not value[match.end() :].strip():
        return 0
    return match.end()


def repair_letter_spacing(value: str) -> str | None:
    """ "E X P E R I E N C E" as "EXPERIENCE", "W O R K  H I S T O R Y" as "WORK HISTORY"; None if not spaced."""
    stripped = value.strip()
    if len(stripped) < 5:
        return None
    if _SPACED_LETTERS.fullmatch(stripped):
        return stripped.replace(" ", "")
    if _SPACED_WORDS.fullmatch(stripped):
        return " ".join(word.replace(" ", "") for word in re.split(r" {2,}", stripped))
    return None


def is_page_number(value: str) -> bool:
    """ "Page 2 of 3", "2/3", "- 2 -": page furniture, not resume text."""
    return bool(value.strip()) and _PAGE_NUMBER.fullmatch(value.strip()) is not None


def ends_like_sentence(value: str) -> bool:
    """Ends in sentence punctuation; a final abbreviation ("Acme Inc.", "B.S.") does not count."""
    value = value.rstrip()
    if value.endswith((",", ";", "!", "?")):
        return True
    if not value.endswith("."):
        return False
    last = value.split()[-1]
    return len(last.rstrip(".")) > 4 and "." not in last[:-1]


def without_tabs(text: Text) -> Text:
    """Column gaps left inside running text (a table row, a tabbed line) shown as " · "."""
    return tuple(Run(run.text.replace("\t", " · "), run.bold, run.italic, run.link) for run in text)


def with_text(text: Text, value: str) -> Text:
    """New characters in the style of the first run (after a repair that changed the letters)."""
    first = text[0] if text else Run("")
    return (Run(value, first.bold, first.italic, first.link),) if value else ()


def is_emphasized(text: Text) -> bool:
    """All visible characters bold (or all italic): how a heading or an entry title is set apart."""
    visible = [run for run in text if run.text.strip()]
    return bool(visible) and (all(run.bold for run in visible) or all(run.italic for run in visible))


def is_bold(text: Text) -> bool:
    visible = [run for run in text if run.text.strip()]
    return bool(visible) and all(run.bold for run in visible)
