"""The word lists keyword extraction and matching rely on, loaded once and cached.

Sources (all under `resources/wordlists/`):
* `skills/skills.json` - the 30,000-entry skills gazetteer of `skill-extractor` 0.2.0 (MIT,
  see `skills/LICENSE`); strong on tech, weak elsewhere, and full of everyday words, so its
  single words listed in `skills/common_words.txt` count only when written as names.
* `keywords/*.txt` - Foldline's own lists: certifications, titles, soft skills, education,
  field skills (nursing, sales, trades, finance, marketing, teaching, admin, ...), aliases,
  ambiguous short terms, posting headings, boilerplate markers and stop lists.

Why lazy: reading and indexing the gazetteer takes a few hundred milliseconds, which the app
should pay once, off the UI thread, on the first analysis - not at import.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from enum import Enum
from functools import cache

from editor.analysis.keywords.text import PhraseIndex, compact_key, phrase_key, stem
from editor.resources import resource_path, word_list


class Category(Enum):
    """What kind of thing a keyword is, as the report shows it."""

    SKILL = "skill"
    CERTIFICATION = "certification"
    TITLE = "title"
    PHRASE = "phrase"
    SOFT = "soft"
    EDUCATION = "education"


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """A known term: its category, its display form, whether Foldline's own lists have it, its key."""

    category: Category
    display: str
    own: bool
    key: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AmbiguousRule:
    """How to tell "Go" the language from "go" the verb (see keywords/ambiguous.txt)."""

    term: str
    needs_context: bool
    context: frozenset[str]


@dataclass(frozen=True)
class Lexicon:
    """Everything the keyword analysis knows about words."""

    terms: PhraseIndex[LexiconEntry]
    common_words: frozenset[str]  # stems
    alias_groups: dict[tuple[str, ...], tuple[str, ...]]
    ambiguous: dict[str, AmbiguousRule]
    function_words: frozenset[str]
    generic_words: frozenset[str]
    verbs: frozenset[str]
    stop_terms: frozenset[tuple[str, ...]]
    places: frozenset[tuple[str, ...]]
    headings: dict[str, str]
    boilerplate: re.Pattern[str]

    def aliases_of(self, key: tuple[str, ...]) -> tuple[str, ...]:
        """Every other name of a term, in the alias list's spelling."""
        return self.alias_groups.get(key, ())

    def is_stop(self, key: tuple[str, ...]) -> bool:
        return key in self.stop_terms


# Own lists in priority order: a term in two lists keeps the first list's category.
_OWN_LISTS = (
    ("certifications.txt", Category.CERTIFICATION),
    ("education.txt", Category.EDUCATION),
    ("titles.txt", Category.TITLE),
    ("soft_skills.txt", Category.SOFT),
    ("field_skills.txt", Category.SKILL),
)


def _lines(name: str) -> tuple[str, ...]:
    return word_list("keywords", name)


def _category_of(term: str, listed: Category) -> Category:
    """Field-skill lines of several lower-case words are phrases ("discharge planning")."""
    if listed is Category.SKILL and " " in term and term == term.lower():
        return Category.PHRASE
    return listed


def _add_term(index: PhraseIndex[LexiconEntry], term: str, category: Category, *, own: bool) -> None:
    key = phrase_key(term)
    entry = LexiconEntry(category, term, own, key)
    index.add(key, entry)
    compact = compact_key(term)
    if own and compact is not None and " " not in term:
        index.add(compact, entry)


def _build_terms() -> PhraseIndex[LexiconEntry]:
    index: PhraseIndex[LexiconEntry] = PhraseIndex()
    for name, category in _OWN_LISTS:
        for term in _lines(name):
            _add_term(index, term, _category_of(term, category), own=True)
    gazetteer = json.loads(resource_path("wordlists", "skills", "skills.json").read_text(encoding="utf-8"))
    for term in gazetteer:
        _add_term(index, term, Category.SKILL, own=False)
    return index


def _build_aliases() -> dict[tuple[str, ...], tuple[str, ...]]:
    groups: dict[tuple[str, ...], tuple[str, ...]] = {}
    for line in _lines("aliases.txt"):
        name, _, others = line.partition("=")
        names = tuple(dict.fromkeys(n.strip() for n in [name, *others.split(",")] if n.strip()))
        for member in names:
            key = phrase_key(member)
            rest = tuple(n for n in names if phrase_key(n) != key)
            groups[key] = tuple(dict.fromkeys((*groups.get(key, ()), *rest)))
    return groups


def _build_ambiguous() -> dict[str, AmbiguousRule]:
    contexts: dict[str, frozenset[str]] = {}
    rules: list[tuple[str, str, str]] = []
    for line in _lines("ambiguous.txt"):
        if line.startswith("["):
            name, _, words = line[1:].partition("]")
            contexts[name.strip()] = frozenset(words.split())
        else:
            term, rule, context = (part.strip() for part in line.split("|"))
            rules.append((term, rule, context))
    return {term.casefold(): AmbiguousRule(term, rule == "context", contexts[context]) for term, rule, context in rules}


def _build_boilerplate() -> re.Pattern[str]:
    phrases = sorted(_lines("boilerplate.txt"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")", re.IGNORECASE)


def _build_headings() -> dict[str, str]:
    headings = {}
    for line in _lines("headings.txt"):
        phrase, _, kind = line.rpartition("=")
        headings[normalize_heading(phrase)] = kind.strip()
    return headings


def normalize_heading(text: str) -> str:
    """A heading without case, punctuation or Markdown: "**What You'll Do:**" -> "what you'll do"."""
    text = text.casefold().replace("’", "'").replace("&", " and ")
    return " ".join(re.sub(r"[^\w' -]+", " ", text).split())


@cache
def lexicon() -> Lexicon:
    """The word lists, read and indexed on first use."""
    return Lexicon(
        terms=_build_terms(),
        common_words=frozenset(stem(word) for word in word_list("skills", "common_words.txt")),
        alias_groups=_build_aliases(),
        ambiguous=_build_ambiguous(),
        function_words=frozenset(_lines("function_words.txt")),
        generic_words=frozenset(stem(word) for word in _lines("generic_words.txt")),
        verbs=frozenset(stem(word) for word in _lines("jd_verbs.txt")),
        stop_terms=frozenset(phrase_key(term) for term in _lines("stop_terms.txt")),
        places=frozenset(phrase_key(place) for place in _lines("places.txt")),
        headings=_build_headings(),
        boilerplate=_build_boilerplate(),
    )
