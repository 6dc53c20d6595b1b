"""Which language a resume is written in: a front-matter `language:` setting, else a guess.

Why: the spelling check needs the document's dictionary — a German CV checked against English
gets every other word underlined. The guess counts function words ("der", "und", "avec",
"para") and common resume words (section titles, "heute", "actualidad") per language: a few
dozen are enough to tell the languages apart, and it costs well under a millisecond. A
non-Latin script decides on its own (Cyrillic is Russian unless Ukrainian, Serbian or
Bulgarian letters outnumber Russian ones). Too little evidence means English, as before.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from editor.formats.markdown.lines import read_front_matter

SPELLING_LANGUAGES = ("en", "de", "fr", "es", "pt", "it", "ru", "nl")
DEFAULT_LANGUAGE = "en"
SETTING = "language"

_MINIMUM_CUES = 3  # fewer cue words than this is no evidence: a single "de" or "la" proves nothing
_SCANNED_CHARACTERS = 10_000  # the first ~1,500 words decide; a 10-page CV costs no more
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # "e-mail" is not the Italian "e"
_ADDRESS = re.compile(r"(?<!\S)\S*[@/.:]\w\S*")  # e-mail, web and phone addresses: ".de" or ".com" is no clue

# Function words and resume words, distinctive per language (words English also uses are left out).
_CUES: dict[str, str] = {
    "en": "the and of for with to from at by as is are was were be been that this which their our "
    "my we it its into through across while also including experience education skills summary",
    "de": "der das und mit für von zu den dem des ein eine einer eines einem im auf bei aus durch "
    "über nach als sowie oder ist sind wurde nicht auch bis zur zum vom um ich wir sie heute "
    "berufserfahrung ausbildung kenntnisse sprachen werdegang erfahrung jahren",
    "fr": "de le la les des du et avec pour dans sur une un au aux par est sont été ses sa leur leurs "
    "qui que ou pas chez depuis entre mes nos d l qu expérience compétences langues "
    "présent aujourd",
    "es": "el la los las del de y en con para por un una que se su sus al como más sobre entre desde "
    "hasta es fue mis nuestro también durante experiencia educación habilidades idiomas formación "
    "años actualidad",
    "pt": "o os da dos das de e em na nos nas com para por um uma que se ao à pela pelo mais entre "
    "desde até é são foi também não experiência formação educação competências idiomas anos atual",
    "it": "il lo la gli le di e ed del della dello dei degli delle al alla nel nella con per un una che "
    "si su sono è ha più tra fra anche presso esperienza formazione competenze lingue istruzione "
    "anni oggi",
    "nl": "de het een en van voor op te bij aan naar uit als ook zijn werd ik wij mijn onze "
    "dat er om tot werkervaring opleiding vaardigheden talen ervaring jaar heden",
    # languages without a dictionary: recognised so that they are not checked as something else
    "pl": "w z się że jest dla oraz przez jako przy lub nie od doświadczenie wykształcenie umiejętności",
    "cs": "v ve se je při jako nebo jsem který která které zkušenosti vzdělání dovednosti",
    "sv": "och att för med på av som är var jag har det ett inom erfarenhet utbildning kunskaper",
    "da": "og med på af som til er var jeg har det et inden erfaring uddannelse kompetencer",
    "no": "og med på av som til er var jeg har det et innen erfaring utdanning kompetanse",
    "fi": "ja oli että sekä kanssa jossa myös tai ei työkokemus koulutus osaaminen kielitaito vuotta",
    "tr": "ve bir bu ile için olarak olan gibi çok daha iş deneyimi eğitim beceriler yetenekler",
    "ro": "și în cu pentru din pe este sau ale experiență educație competențe limbi",
    "hu": "az és egy hogy nem volt meg vagy tapasztalat végzettség készségek nyelvek",
    "ca": "els dels amb per aquest també seva meva experiència formació competències idiomes anys",
}
_CUE_LANGUAGES: dict[str, tuple[str, ...]] = {}
for _code, _words in _CUES.items():
    for _word in _words.split():
        _CUE_LANGUAGES[_word] = (*_CUE_LANGUAGES.get(_word, ()), _code)

_NAMES = {
    "english": "en",
    "german": "de",
    "deutsch": "de",
    "french": "fr",
    "français": "fr",
    "francais": "fr",
    "spanish": "es",
    "español": "es",
    "espanol": "es",
    "portuguese": "pt",
    "português": "pt",
    "portugues": "pt",
    "italian": "it",
    "italiano": "it",
    "russian": "ru",
    "русский": "ru",
    "dutch": "nl",
    "nederlands": "nl",
}
_LAST_LATIN = "\u036f"  # letters after this are Greek, Cyrillic, Arabic, CJK, ...
_CYRILLIC = frozenset(map(chr, range(0x400, 0x500)))
_ARABIC = frozenset(map(chr, range(0x600, 0x700)))
# Letters only one Cyrillic language uses much; Russian first, so that a tie is Russian.
_CYRILLIC_LETTERS = {"ru": "ыэё", "uk": "іїєґ", "sr": "јљњђћџѓќѕ", "bg": "ъ"}
_SCRIPTS = tuple(
    (re.compile(pattern), code)
    for pattern, code in (
        ("[\u0370-\u03ff]", "el"),
        ("[\u0590-\u05ff]", "he"),
        ("[\u3040-\u30ff]", "ja"),  # kana first: Japanese also writes the ideographs Chinese uses
        ("[\uac00-\ud7af]", "ko"),
        ("[\u4e00-\u9fff]", "zh"),
        ("[\u0900-\u097f]", "hi"),
        ("[\u0e00-\u0e7f]", "th"),
    )
)


@dataclass(frozen=True)
class DocumentLanguage:
    """A document's language (ISO 639-1 code) and where that came from: "setting", "detected" or "default"."""

    code: str
    source: str

    @property
    def spelling_checked(self) -> bool:
        return self.code in SPELLING_LANGUAGES

    @property
    def note(self) -> str:
        """What to tell the person when their language has no dictionary ("" when it has one)."""
        return "" if self.spelling_checked else f"spelling not checked: language {self.code}"

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "source": self.source, "spelling_checked": self.spelling_checked}


ENGLISH = DocumentLanguage(DEFAULT_LANGUAGE, "default")


def language_code(value: str) -> str:
    """A setting's value as a code: "de", "de-AT", "de_DE", "German" and "Deutsch" all give "de"."""
    value = value.strip().casefold()
    return _NAMES.get(value, re.split(r"[-_\s]", value, maxsplit=1)[0])


def document_language(text: str, settings: Mapping[str, str] | None = None) -> DocumentLanguage:
    """The language of resume Markdown: its `language:` setting (front matter or `settings`), else a guess."""
    if (settings is None or SETTING not in settings) and text.partition("\n")[0].strip() == "---":
        settings, _, _ = read_front_matter(text[:_SCANNED_CHARACTERS].split("\n"))
    settings = settings or {}
    chosen = language_code(settings.get(SETTING, ""))
    if chosen and chosen != "auto":
        return DocumentLanguage(chosen, "setting")
    detected = detect_language(text)
    return DocumentLanguage(detected, "detected") if detected else ENGLISH


@lru_cache(maxsize=16)
def detect_language(text: str) -> str | None:
    """The language a text is written in, or None when it holds too few clues to tell."""
    words = _WORD.findall(_ADDRESS.sub(" ", text[:_SCANNED_CHARACTERS]).casefold())
    other_script = [word for word in words if word[0] > _LAST_LATIN]
    if other_script and len(other_script) * 2 > len(words):
        return _script_language("".join(other_script))
    votes: Counter[str] = Counter()
    for word, count in Counter(words).items():
        for code in _CUE_LANGUAGES.get(word, ()):
            votes[code] += count
    if not votes:
        return None
    best, count = max(votes.items(), key=lambda item: (item[1], item[0] == DEFAULT_LANGUAGE))
    return best if count >= _MINIMUM_CUES else None


def _script_language(letters: str) -> str | None:
    """The language that words in a non-Latin script imply (most of the words, not one place name)."""
    present = set(letters)
    if present & _CYRILLIC:
        return max(_CYRILLIC_LETTERS, key=lambda code: sum(letters.count(letter) for letter in _CYRILLIC_LETTERS[code]))
    if present & _ARABIC:
        return "fa" if present & set("پچژگ") else "ar"
    return next((code for pattern, code in _SCRIPTS if pattern.search(letters)), None)
