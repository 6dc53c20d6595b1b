"""The word lists behind spelling: English (pyspellchecker or hunspell) and one list per language.

Why lenient outside English: pyspellchecker's German, French, Portuguese, Italian and Dutch
lists hold inflected forms, but its Spanish list is mostly lemmas ("dato" but not "datos",
no "siete") and its Russian one has 20,000 words. So a word in another language is flagged
only when it is one edit away from a listed word and no ending, compound, accent or hyphen
explains it: "Erfahrnug" → "Erfahrung" is caught, a name or a form the list lacks is not.
Each list is loaded on first use, once per process (0.1–0.6 s, 1–95 MB: see bench_spelling).
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Callable
from functools import cache
from typing import Any, Protocol

_LOAD_LOCK = threading.Lock()
_FOREIGN_LOCK = threading.Lock()
_SHORTEST_CHECKED = 3  # "в", "с", "nl": shorter words are prepositions or abbreviations
_SHORTEST_PART = 4  # of a compound: "Team" in "Teamleiterin"; three letters let "zus|amen" through

_Endings = tuple[tuple[str, tuple[str, ...]], ...]
_RUSSIAN_FORMS = (
    "- а я о е ё ы и у ю й ь ом ем ём ой ей ою ею ам ям ах ях ами ями ов ев ёв ый ий ая яя ое ее ые ие ую юю "
    "ого его ому ему ым им ых их ыми ими ия ии ию ием иям иях иями л ла ло ли ет ут ют ит ат ят ешь ишь ете "
    "ите ал ял ил ел ся сь лся лась лось лись ется ются ится атся ятся"
)
_RUSSIAN_LEMMAS = ("", "а", "я", "о", "е", "ь", "й", "ый", "ий", "ой", "ие", "ия", "ть", "ться")
# Endings a word may have, and what its listed form ends in instead ("datos" is "dato" + s).
ENDINGS: dict[str, _Endings] = {
    "es": (
        ("s", ("",)),
        ("es", ("",)),
        ("ones", ("ón",)),
        ("ces", ("z",)),
        ("a", ("o", "ar")),
        ("as", ("o", "a", "ar")),
        ("an", ("ar",)),
        ("e", ("ar", "er", "ir")),
        ("en", ("er", "ir")),
        ("ada", ("ar",)),
        ("adas", ("ar",)),
        ("ado", ("ar",)),
        ("ados", ("ar",)),
        ("ida", ("er", "ir")),
        ("idas", ("er", "ir")),
        ("ido", ("er", "ir")),
        ("idos", ("er", "ir")),
        ("é", ("ar",)),
        ("ó", ("ar",)),
        ("í", ("er", "ir")),
        ("ió", ("er", "ir")),
        ("aron", ("ar",)),
        ("ieron", ("er", "ir")),
        ("amos", ("ar",)),
        ("ando", ("ar",)),
        ("iendo", ("er", "ir")),
        ("uje", ("ucir",)),
        ("ujo", ("ucir",)),
        ("ación", ("ar",)),
        ("aciones", ("ar",)),
        ("mente", ("", "o")),
    ),
    "pt": (
        ("s", ("",)),
        ("es", ("",)),
        ("ões", ("ão",)),
        ("ais", ("al",)),
        ("a", ("o",)),
        ("as", ("o",)),
    ),
    "it": (
        ("i", ("o", "e", "")),
        ("e", ("o", "a", "")),
        ("a", ("o", "")),
        ("he", ("a",)),
        ("hi", ("o",)),
    ),
    "fr": (("s", ("",)), ("x", ("",)), ("e", ("",)), ("es", ("",)), ("aux", ("al",))),
    "de": (("s", ("",)), ("e", ("",)), ("es", ("",)), ("n", ("",)), ("en", ("",)), ("in", ("",)), ("innen", ("",))),
    "nl": (("s", ("",)), ("en", ("",)), ("e", ("",))),
    "ru": tuple((form.strip("-"), _RUSSIAN_LEMMAS) for form in _RUSSIAN_FORMS.split()),  # "-": no ending
}
COMPOUNDING = frozenset(("de", "nl"))  # languages that write compounds as one word
_LINKS = ("s", "es", "n", "en", "e")  # what joins the parts of a compound: Berufs|erfahrung
# Written either way: "учёт" and "учет", Swiss "regelmässig", "œuvre" and "oeuvre".
_FOLDS = {"ru": ("ё", "е"), "de": ("ß", "ss"), "fr": ("œ", "oe")}


class Dictionary(Protocol):
    name: str

    def is_known(self, word: str) -> bool: ...

    def candidates(self, word: str, thorough: bool) -> list[str]: ...


class PySpellDictionary:
    """pyspellchecker: candidates at edit distance 1 (about 1 ms); distance 2 only when thorough."""

    name = "pyspellchecker"

    def __init__(self, language: str = "en") -> None:
        self._checker = pyspellchecker(language)
        self.words: dict[str, int] = self._checker.word_frequency.dictionary

    def is_known(self, word: str) -> bool:
        return word in self.words

    def candidates(self, word: str, thorough: bool) -> list[str]:
        found = self._checker.known(self._checker.edit_distance_1(word))
        if not found and thorough:
            found = self._checker.candidates(word) or set()
        frequency = self._checker.word_usage_frequency
        return sorted(found, key=lambda candidate: (-frequency(candidate), candidate))


class HunspellDictionary:
    """hunspell via pyenchant, forced past Debian's default preference for Aspell."""

    name = "hunspell"

    def __init__(self) -> None:
        import enchant  # optional; ImportError means "not available"

        broker = enchant.Broker()
        broker.set_ordering("en_US", "hunspell")
        self._dictionary = broker.request_dict("en_US")

    def is_known(self, word: str) -> bool:
        return bool(self._dictionary.check(word))

    def candidates(self, word: str, thorough: bool) -> list[str]:
        return [suggestion for suggestion in self._dictionary.suggest(word) if " " not in suggestion]


def open_dictionary(backend: str) -> Dictionary:
    """The English dictionary: hunspell when asked for and available, else pyspellchecker."""
    if backend == "hunspell":
        try:
            return HunspellDictionary()
        except Exception:  # any failure of the optional native backend means "use the default"
            pass
    return PySpellDictionary()


class ForeignDictionary(PySpellDictionary):
    """A language other than English, lenient where its word list is thin (see the module notes).

    `also_known` is the English dictionary's look-up: "digitale" is "digital" + e, and
    "Softwareentwickler" is "software" + "entwickler".
    """

    def __init__(self, language: str) -> None:
        super().__init__(language)
        self.language = language
        self._endings = ENDINGS.get(language, ())
        self._fold = _FOLDS.get(language)
        self._folded = {_fold(word, self._fold) for word in self.words if self._fold and self._fold[0] in word}

    def is_known(self, word: str) -> bool:
        if word in self.words:
            return True
        folded = _fold(word, self._fold) if self._fold else word
        return folded in self._folded or (folded != word and folded in self.words)

    def verdict(self, word: str, also_known: Callable[[str], bool]) -> list[str]:
        """Corrections when `word` looks like a typo of a listed word; [] when it is fine or unknown."""

        def known(form: str) -> bool:
            return self.is_known(form) or also_known(form)

        if len(word) < _SHORTEST_CHECKED or self._inflected(word, known):
            return []
        near = self.candidates(word, thorough=False)  # a listed word one edit away beats reading a compound
        plain = _without_accents(word)
        if any(candidate.replace("-", "").replace("'", "") in (word, plain) for candidate in near):
            return []  # "agroalimentaire" for "agro-alimentaire", "sénior" for "senior": variants, not typos
        if near or self.language not in COMPOUNDING or self._compound(word, known, parts_left=3):
            return near
        return self._compound_near_misses(word, known)

    def _inflected(self, word: str, known: Callable[[str], bool]) -> bool:
        for ending, replacements in self._endings:
            stem = word[: len(word) - len(ending)]
            if word.endswith(ending) and len(stem) >= 2 and any(known(stem + other) for other in replacements):
                return True
        return False

    def _compound_near_misses(self, word: str, known: Callable[[str], bool]) -> list[str]:
        """Typos in the last part of a compound: "Berufserfahrnug" → "Berufserfahrung"."""
        found: list[str] = []
        for split in range(_SHORTEST_PART, len(word) - _SHORTEST_PART + 1):
            head, tail = word[:split], word[split:]
            if _is_head(head, known):
                found += [head + candidate for candidate in self.candidates(tail, thorough=False)]
        return list(dict.fromkeys(found))

    def _compound(self, word: str, known: Callable[[str], bool], parts_left: int) -> bool:
        """Berufs|erfahrung, Lager|verwaltungs|systems: every part listed, with a joining s, es, n, en or e."""
        for split in range(len(word) - _SHORTEST_PART, _SHORTEST_PART - 1, -1):
            head, tail = word[:split], word[split:]
            if not (known(tail) or self._inflected(tail, known)):
                continue
            if _is_head(head, known):
                return True
            if parts_left > 2 and self._compound(head, known, parts_left - 1):
                return True
        return False


def foreign_dictionary(language: str) -> ForeignDictionary:
    """One shared dictionary per language, built on first use (by whichever thread asks first)."""
    with _FOREIGN_LOCK:
        return _foreign_dictionary_unlocked(language)


@cache
def _foreign_dictionary_unlocked(language: str) -> ForeignDictionary:
    return ForeignDictionary(language)


@cache
def _pyspellchecker_unlocked(language: str) -> Any:
    from spellchecker import SpellChecker

    return SpellChecker(language=language)


def pyspellchecker(language: str = "en") -> Any:
    """One shared pyspellchecker per language (English takes ~0.2 s and ~26 MB to load)."""
    with _LOAD_LOCK:
        return _pyspellchecker_unlocked(language)


def _is_head(part: str, known: Callable[[str], bool]) -> bool:
    """Whether a compound may start with `part`: a listed word, maybe with a joining s, es, n, en or e."""
    return known(part) or any(
        part.endswith(link) and len(part) - len(link) >= _SHORTEST_PART and known(part[: -len(link)]) for link in _LINKS
    )


def _fold(word: str, fold: tuple[str, str]) -> str:
    return word.replace(*fold)


def _without_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
