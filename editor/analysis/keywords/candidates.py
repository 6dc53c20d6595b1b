"""Gathering candidate terms from the lines of a job posting, before they are weighed.

Two sources, so that a nursing or trades posting works as well as a tech one:
1. the lexicons (Foldline's own lists plus the skills gazetteer): at each word the own lists
   first, then the longest acceptable match; gazetteer words that are everyday English
   ("matching", "reliable") count only when written as names;
2. phrase candidates: runs of content words in requirement and duty lines that no lexicon
   knows ("coaching plans", "Iowa Core", "Five9"), trimmed of leading verbs and generic words.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from editor.analysis.keywords.lexicon import Category, Lexicon, LexiconEntry
from editor.analysis.keywords.posting import Context, Posting, PostingLine
from editor.analysis.keywords.text import PhraseHit, Token, phrase_key

_PHRASE_SECTIONS = (Context.REQUIRED, Context.DUTIES, Context.PREFERRED)
_MAX_PHRASE_WORDS = 4
_IRREGULAR_PARTICIPLES = frozenset(
    {"written", "given", "taken", "built", "known", "done", "made", "seen", "held", "kept", "led", "met", "paid"}
    | {"sent", "set", "shown", "spent", "sold", "told"}
)


@dataclass
class Candidate:
    """A term being gathered from the posting's lines.

    `strong` when one of Foldline's own lists has it or the posting writes it as a name; a
    weak one (a gazetteer phrase or an unknown phrase) weighs less unless it is repeated or
    stated as a requirement.
    """

    category: Category
    display: str | None
    strong: bool
    from_lexicon: bool
    is_title: bool = False
    spellings: Counter[str] = field(default_factory=Counter)
    mid_sentence: Counter[str] = field(default_factory=Counter)
    contexts: set[Context] = field(default_factory=set)

    def absorb(self, other: Candidate) -> None:
        """Take in another sighting or another name of the same term."""
        if other.from_lexicon and not self.from_lexicon:
            self.category, self.from_lexicon = other.category, True
        if other.is_title:
            self.category, self.is_title, self.display = Category.TITLE, True, other.display
        self.strong = self.strong or other.strong
        self.display = self.display or other.display
        self.spellings.update(other.spellings)
        self.mid_sentence.update(other.mid_sentence)
        self.contexts |= other.contexts

    def term(self) -> str:
        """The posting's wording: a curated form the posting uses, else as written mid-sentence."""
        if self.display and (self.is_title or any(s.casefold() == self.display.casefold() for s in self.spellings)):
            return self.display
        if self.mid_sentence:
            return self.mid_sentence.most_common(1)[0][0]
        spelling = self.spellings.most_common(1)[0][0]
        return spelling.title() if spelling.isupper() and " " in spelling else spelling


@dataclass(frozen=True, slots=True)
class _Line:
    """One posting line being read: its tokens, and whether its case says nothing (a title, all caps)."""

    line: PostingLine
    tokens: Sequence[Token]
    plain_case: bool

    def surface(self, first: int, stop: int) -> str:
        return self.line.text[self.tokens[first].start : self.tokens[stop - 1].end]


@dataclass(frozen=True, slots=True)
class _Reading:
    posting: Posting
    words: Lexicon
    title_key: tuple[str, ...]


def gather_candidates(
    posting: Posting, tokens_by_line: dict[int, Sequence[Token]], words: Lexicon
) -> dict[tuple[str, ...], Candidate]:
    """Every candidate term of a posting by its key, with its spellings and contexts."""
    candidates: dict[tuple[str, ...], Candidate] = {}
    reading = _Reading(posting, words, phrase_key(posting.title) if posting.title else ())
    if posting.title:
        title = Candidate(Category.TITLE, posting.title, strong=True, from_lexicon=True, is_title=True)
        title.spellings[posting.title] += 1
        title.contexts.add(Context.TITLE)
        candidates[reading.title_key] = title
    for posting_line in posting.lines:
        plain_case = posting_line.section is Context.TITLE or posting_line.text.isupper()
        line = _Line(posting_line, tokens_by_line[posting_line.number], plain_case)
        hits = _chosen_hits(words.terms.find(line.tokens), line, reading)
        for hit in hits:
            entry = hit.value
            named = not plain_case and any(t.is_name_like for t in line.tokens[hit.first : hit.stop])
            found = Candidate(entry.category, entry.display if entry.own else None, entry.own or named, True)
            _add(candidates, entry.key, found, line, (hit.first, hit.stop))
        section = posting_line.section
        if section in _PHRASE_SECTIONS or (
            section is Context.NEUTRAL and (posting_line.bullet or not posting.structured)
        ):
            for first, stop, category in _phrases(line, hits, reading):
                found = Candidate(category, None, strong=category is not Category.PHRASE, from_lexicon=False)
                _add(candidates, phrase_key(line.surface(first, stop)), found, line, (first, stop))
    return candidates


def _add(
    candidates: dict[tuple[str, ...], Candidate],
    key: tuple[str, ...],
    new: Candidate,
    line: _Line,
    span: tuple[int, int],
) -> None:
    first, stop = span
    surface = line.surface(first, stop)
    new.spellings[surface] += 1
    if not line.tokens[first].sentence_start and not line.plain_case:
        new.mid_sentence[surface] += 1
    new.contexts.add(line.line.context_at(line.tokens[first].start))
    if key in candidates:
        candidates[key].absorb(new)
    else:
        candidates[key] = new


def _chosen_hits(hits: list[PhraseHit[LexiconEntry]], line: _Line, reading: _Reading) -> list[PhraseHit[LexiconEntry]]:
    """Lexicon matches without overlaps, left to right: at each word Foldline's own lists first
    ("general ledger" over the gazetteer's "general ledger accounting"), then the longest
    acceptable one ("Salesforce Service Cloud" over "Salesforce")."""
    chosen: list[PhraseHit[LexiconEntry]] = []
    covered_until = 0
    for hit in sorted(hits, key=lambda hit: (hit.first, not hit.value.own, -hit.stop)):
        if hit.first < covered_until or (chosen and chosen[-1].first == hit.first):
            continue
        if _accept_hit(hit, line, reading):
            chosen.append(hit)
            covered_until = hit.stop
    return chosen


def _accept_hit(hit: PhraseHit[LexiconEntry], line: _Line, reading: _Reading) -> bool:
    """Whether a lexicon match is a term here, not an everyday word or part of the title."""
    entry, words = hit.value, reading.words
    key = entry.key
    if words.is_stop(key) or key in words.places or _inside_title(line, hit.first, reading.posting):
        return False
    if entry.category is Category.TITLE and reading.title_key[-len(key) :] == key:
        return False  # "Analysts" in a posting for a Data Analyst
    if hit.stop - hit.first > 1:
        span = line.tokens[hit.first : hit.stop]
        return entry.own or not (_trimmable(span[0], words) or _trimmable(span[-1], words))
    return _accept_word(hit.first, entry, line, words)


def _accept_word(index: int, entry: LexiconEntry, line: _Line, words: Lexicon) -> bool:
    """Whether a one-word lexicon match is meant as a term on this line."""
    token = line.tokens[index]
    rule = words.ambiguous.get(token.lower)
    if rule is not None:
        context = {t.lower for t in line.tokens if t is not token} & rule.context
        written_as_name = not rule.needs_context and not token.sentence_start
        return token.text == rule.term and (written_as_name or bool(context))
    if entry.own:
        return any(ch.isalpha() for ch in token.text)
    if token.stem in words.generic_words or token.stem in words.verbs or not _is_content(token, words):
        return False
    neighbours = _neighbours(line.tokens, index)
    if token.is_name_like and not line.plain_case:
        # Part of a longer name such as "Computer Science", which the phrase step takes whole.
        return not any(n.text[:1].isupper() and n.lower not in words.function_words for n in neighbours)
    # A lone gazetteer word inside a phrase ("spectrometer calibration") is taken whole later.
    in_phrase = any(_is_content(n, words) and not _trimmable(n, words) for n in neighbours)
    return token.stem not in words.common_words and not in_phrase


def _neighbours(tokens: Sequence[Token], index: int) -> list[Token]:
    """The words joined to a word on either side (no comma or full stop between)."""
    result = []
    if index > 0 and tokens[index - 1].gap is not None:
        result.append(tokens[index - 1])
    if tokens[index].gap is not None and index + 1 < len(tokens):
        result.append(tokens[index + 1])
    return result


def _inside_title(line: _Line, index: int, posting: Posting) -> bool:
    if line.line.number != posting.title_line or posting.title_columns is None:
        return False
    start, end = posting.title_columns
    token = line.tokens[index]
    return start <= token.start and token.end <= end


def is_content(token: Token, words: Lexicon) -> bool:
    """A word that can be part of a phrase: not a function word, an amount or a lone letter,
    nor a generic word or verb."""
    return _is_content(token, words) and not _trimmable(token, words)


def _is_content(token: Token, words: Lexicon) -> bool:
    return (
        token.lower not in words.function_words
        and len(token.text) > 1
        and (token.text[0].isalpha() or token.text[0] == ".")
    )


def _trimmable(token: Token, words: Lexicon) -> bool:
    """A generic word or verb at the edge of a phrase ("strong", "skills", "manage")."""
    return not token.is_name_like and (token.stem in words.generic_words or token.stem in words.verbs)


def _phrases(line: _Line, hits: list[PhraseHit[LexiconEntry]], reading: _Reading) -> list[tuple[int, int, Category]]:
    """Runs of content words the lexicons do not cover, trimmed to noun-phrase-like candidates."""
    tokens, words = line.tokens, reading.words
    covered = {index for hit in hits for index in range(hit.first, hit.stop)}
    degree_at = min((hit.first for hit in hits if hit.value.category is Category.EDUCATION), default=None)
    runs: list[list[int]] = [[]]
    for index, token in enumerate(tokens):
        joined = bool(runs[-1]) and tokens[runs[-1][-1]].gap is not None
        if joined and _number_of_name(token, tokens[runs[-1][-1]]):
            runs[-1].append(index)  # "Fortune 500", "Office 365"
            runs.append([])
        elif index in covered or not _is_content(token, words) or (joined and _splits(token, words)):
            runs.append([] if index in covered or not _is_content(token, words) else [index])
        else:
            if not joined:
                runs.append([])
            runs[-1].append(index)
    result = []
    for run in runs:
        first, stop = _trimmed(run, tokens, words)
        if stop - first == 0 or stop - first > _MAX_PHRASE_WORDS:
            continue
        span = tokens[first:stop]
        named = not line.plain_case and any(token.is_name_like for token in span)
        if not _acceptable_phrase(span, named, reading):
            continue
        if degree_at is not None and first > degree_at and named:
            category = Category.EDUCATION  # "degree in Computer Science"
        else:
            category = Category.SKILL if named else Category.PHRASE
        result.append((first, stop, category))
    return result


def _number_of_name(token: Token, previous: Token) -> bool:
    """A number that is part of the name before it ("Fortune 500", "Windows 11")."""
    return token.text.isdigit() and previous.is_name_like and previous.gap == " " and previous.text.isalpha()


def _splits(token: Token, words: Lexicon) -> bool:
    """A generic word inside a run ends one phrase and starts the next: "engineering experience
    building" is two fragments around "experience", not a term."""
    return not token.is_name_like and token.stem in words.generic_words


def _trimmed(run: list[int], tokens: Sequence[Token], words: Lexicon) -> tuple[int, int]:
    """A run without leading verbs, adverbs and generic words, or trailing generic words and
    adverbs (a trailing "orders" is a noun, not the verb)."""
    if not run:
        return 0, 0
    first, stop = run[0], run[-1] + 1
    while first < stop and (
        _trimmable(tokens[first], words)
        or tokens[first].lower.endswith("ly")
        or (first + 1 < stop and (tokens[first].stem,) in words.places and not tokens[first + 1].is_name_like)
    ):
        first += 1  # "ideally", "strong", "Canada" in "US/Canada customs" (not "Iowa" in "Iowa Core")
    while stop > first and (
        _ends_nothing(tokens[stop - 1], words)
        or (stop - 1 > first and tokens[stop - 2].gap == " " and _participle(tokens[stop - 1]))
    ):
        stop -= 1
    return first, stop


def _participle(token: Token) -> bool:
    """A past participle after a noun starts a clause ("services written in Go", "patients assigned to")."""
    return not token.is_name_like and (token.lower in _IRREGULAR_PARTICIPLES or token.lower.endswith("ed"))


def _ends_nothing(token: Token, words: Lexicon) -> bool:
    return not token.is_name_like and (token.stem in words.generic_words or token.lower.endswith("ly"))


def _acceptable_phrase(span: Sequence[Token], named: bool, reading: _Reading) -> bool:
    words = reading.words
    key = tuple(token.stem for token in span)
    if len(span) == 1 and (not named or span[0].stem in words.generic_words):
        return False
    if words.is_stop(key) or key in words.places:
        return False
    return not all(token.lower in reading.posting.organization or (token.stem,) in words.places for token in span)
