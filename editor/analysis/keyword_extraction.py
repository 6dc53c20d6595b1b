"""Extracting the terms a recruiter or ATS screens on from a job posting.

Two sources of candidates, so that a nursing or trades posting works as well as a tech one:
1. the lexicons (Foldline's own lists plus the skills gazetteer), longest match first;
2. phrase candidates: runs of content words in requirement and duty lines that no lexicon
   knows ("coaching plans", "Iowa Core", "Five9"), trimmed of leading verbs and generic words,
   kept when they are written as names, repeated, or stated as requirements.
Terms that are other names of each other (RN, Registered Nurse) become one term. Each term is
weighted by what it is (a skill weighs more than a soft skill), where it is (title line,
requirements, duties, nice-to-have) and how often the posting says it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from editor.analysis.keyword_lexicon import Category, Lexicon, LexiconEntry, lexicon
from editor.analysis.keyword_matching import Found, TermIndex
from editor.analysis.keyword_posting import Context, Posting, PostingLine, read_posting
from editor.analysis.keyword_report import Keyword, Location
from editor.analysis.keyword_text import PhraseHit, Token, phrase_key, tokenize

# A pasted posting longer than this is read only this far (a real one is 2-10 kB); it keeps
# a 1 MB paste from costing more than a few tens of milliseconds.
MAX_POSTING_CHARS = 40_000
MAX_TERMS = 40
MIN_WEIGHT = 0.8

_BASE_WEIGHT = {
    Category.TITLE: 1.0, Category.SKILL: 1.0, Category.CERTIFICATION: 1.2, Category.EDUCATION: 0.8,
    Category.PHRASE: 0.8, Category.SOFT: 0.5,
}
_CONTEXT_FACTOR = {
    Context.TITLE: 3.0, Context.REQUIRED: 2.0, Context.DUTIES: 1.5, Context.NEUTRAL: 1.0, Context.PREFERRED: 1.0,
}
_UNCONFIRMED = 0.7  # a phrase guess seen once, in a duty: kept, but below every known term
_TITLE_BONUS = 1.5  # the posting's own title outranks every term in it
_PHRASE_SECTIONS = (Context.REQUIRED, Context.DUTIES, Context.PREFERRED)
_MAX_PHRASE_WORDS = 4


@dataclass
class _Candidate:
    """A term being gathered from the posting's lines.

    `strong` when one of Foldline's own lists has it or the posting writes it as a name; a
    weak one (a gazetteer phrase or an unknown phrase) must be repeated or be a requirement.
    """

    category: Category
    display: str | None
    strong: bool
    from_lexicon: bool
    is_title: bool = False
    spellings: Counter[str] = field(default_factory=Counter)
    mid_sentence: Counter[str] = field(default_factory=Counter)
    contexts: set[Context] = field(default_factory=set)

    def absorb(self, other: _Candidate) -> None:
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
        if self.display and self.display.casefold() == spelling.casefold():
            return self.display
        return spelling.title() if spelling.isupper() and " " in spelling else spelling


def extract_keywords(jd_text: str) -> list[Keyword]:
    """The terms of a posting, heaviest first (at most MAX_TERMS)."""
    words = lexicon()
    posting = read_posting(jd_text[:MAX_POSTING_CHARS], words)
    tokens_by_line = {line.number: tokenize(line.text) for line in posting.lines}
    candidates: dict[tuple[str, ...], _Candidate] = {}
    title_key = phrase_key(posting.title) if posting.title else ()
    if posting.title:
        title = _Candidate(Category.TITLE, posting.title, strong=True, from_lexicon=True, is_title=True)
        title.spellings[posting.title] += 1
        title.contexts.add(Context.TITLE)
        candidates[title_key] = title
    for line in posting.lines:
        tokens = tokens_by_line[line.number]
        plain_case = line.section is Context.TITLE or line.text.isupper()
        hits = _chosen_hits(words.terms.find(tokens), tokens, line, posting, title_key, words,
                            plain_case=plain_case)
        for hit in hits:
            entry = hit.value
            strong = entry.own or (not plain_case and any(t.is_name_like for t in tokens[hit.first:hit.stop]))
            _add(candidates, phrase_key(entry.display),
                 _Candidate(entry.category, entry.display if entry.own else None, strong, from_lexicon=True),
                 line, tokens[hit.first:hit.stop])
        if line.section in _PHRASE_SECTIONS or (line.section is Context.NEUTRAL
                                                and (line.bullet or not posting.structured)):
            for first, stop, category in _phrases(tokens, hits, posting, words, plain_case=plain_case):
                surface = line.text[tokens[first].start:tokens[stop - 1].end]
                _add(candidates, phrase_key(surface),
                     _Candidate(category, None, strong=category is not Category.PHRASE, from_lexicon=False),
                     line, tokens[first:stop])
    return _weighted(_merge_aliases(candidates, words), posting, tokens_by_line, words)


def _add(candidates: dict[tuple[str, ...], _Candidate], key: tuple[str, ...], new: _Candidate,
         line: PostingLine, span: list[Token]) -> None:
    surface = line.text[span[0].start:span[-1].end]
    new.spellings[surface] += 1
    if not span[0].sentence_start and line.section is not Context.TITLE and not line.text.isupper():
        new.mid_sentence[surface] += 1
    new.contexts.add(line.context_at(span[0].start))
    if key in candidates:
        candidates[key].absorb(new)
    else:
        candidates[key] = new


def _chosen_hits(hits: list[PhraseHit[LexiconEntry]], tokens: list[Token], line: PostingLine, posting: Posting,
                 title_key: tuple[str, ...], words: Lexicon, *, plain_case: bool) -> list[PhraseHit[LexiconEntry]]:
    """Lexicon matches without overlaps, left to right: at each word Foldline's own lists first
    ("general ledger" over the gazetteer's "general ledger accounting"), then the longest
    acceptable one ("Salesforce Service Cloud" over "Salesforce")."""
    chosen: list[PhraseHit[LexiconEntry]] = []
    covered_until = 0
    ranked = sorted(hits, key=lambda hit: (hit.first, not hit.value.own, -hit.stop))
    for hit in ranked:
        if hit.first < covered_until or (chosen and chosen[-1].first == hit.first):
            continue
        if _accept_hit(hit, tokens, line, posting, title_key, words, plain_case=plain_case):
            chosen.append(hit)
            covered_until = hit.stop
    return chosen


def _inside_title(line: PostingLine, token: Token, posting: Posting) -> bool:
    if line.number != posting.title_line or posting.title_columns is None:
        return False
    start, end = posting.title_columns
    return start <= token.start and token.end <= end


def _in_capitalised_name(tokens: list[Token], index: int, words: Lexicon) -> bool:
    """Part of a longer name such as "Computer Science" (which the phrase step takes whole)."""
    neighbours = []
    if index > 0 and tokens[index - 1].gap is not None:
        neighbours.append(tokens[index - 1])
    if tokens[index].gap is not None and index + 1 < len(tokens):
        neighbours.append(tokens[index + 1])
    return any(n.text[:1].isupper() and n.lower not in words.function_words for n in neighbours)


def _accept_hit(hit: PhraseHit[LexiconEntry], tokens: list[Token], line: PostingLine, posting: Posting,
                title_key: tuple[str, ...], words: Lexicon, *, plain_case: bool) -> bool:
    """Whether a lexicon match is a term here, not an everyday word or part of the title."""
    entry = hit.value
    key = phrase_key(entry.display)
    span = tokens[hit.first:hit.stop]
    if words.is_stop(key) or key in words.places or _inside_title(line, span[0], posting):
        return False
    if entry.category is Category.TITLE and title_key[-len(key):] == key:
        return False  # "Analysts" in a posting for a Data Analyst
    if len(span) > 1:
        return entry.own or not (_trimmable(span[0], words) or _trimmable(span[-1], words))
    token = span[0]
    if not any(ch.isalpha() for ch in token.text):
        return False
    rule = words.ambiguous.get(token.lower)
    if rule is not None:
        line_words = {t.lower for t in tokens if t is not token}
        written_as_name = not rule.needs_context and not token.sentence_start
        return token.text == rule.term and (written_as_name or bool(line_words & rule.context))
    if entry.own:
        return True
    if token.stem in words.generic_words or token.lower in words.function_words or token.stem in words.verbs:
        return False
    if token.is_name_like and not plain_case:
        return not _in_capitalised_name(tokens, hit.first, words)
    return token.stem not in words.common_words


def _is_content(token: Token, words: Lexicon) -> bool:
    """A word that can be part of a phrase: not a function word, an amount or a lone letter."""
    return (token.lower not in words.function_words and len(token.text) > 1
            and (token.text[0].isalpha() or token.text[0] == "."))


def _trimmable(token: Token, words: Lexicon) -> bool:
    """A generic word or verb at the edge of a phrase ("strong", "skills", "manage")."""
    if token.is_name_like:
        return False
    return token.stem in words.generic_words or token.stem in words.verbs


def _phrases(tokens: list[Token], hits: list[PhraseHit[LexiconEntry]], posting: Posting,
             words: Lexicon, *, plain_case: bool) -> list[tuple[int, int, Category]]:
    """Runs of content words the lexicons do not cover, trimmed to noun-phrase-like candidates."""
    covered = {index for hit in hits for index in range(hit.first, hit.stop)}
    degree_at = min((hit.first for hit in hits if hit.value.category is Category.EDUCATION), default=None)
    runs: list[list[int]] = [[]]
    for index, token in enumerate(tokens):
        if index in covered or not _is_content(token, words):
            runs.append([])
            continue
        if runs[-1] and tokens[runs[-1][-1]].gap is None:
            runs.append([])
        runs[-1].append(index)
    result = []
    for run in runs:
        while run and (_trimmable(tokens[run[0]], words) or tokens[run[0]].lower.endswith("ly")):
            run = run[1:]
        while run and _trimmable(tokens[run[-1]], words):
            run = run[:-1]
        if not run or len(run) > _MAX_PHRASE_WORDS:
            continue
        span = tokens[run[0]:run[-1] + 1]
        key = tuple(token.stem for token in span)
        named = not plain_case and any(token.is_name_like for token in span)
        if len(span) == 1 and (not named or span[0].stem in words.generic_words):
            continue
        if words.is_stop(key) or key in words.places:
            continue
        if all(token.lower in posting.organization or (token.stem,) in words.places for token in span):
            continue
        if degree_at is not None and run[0] > degree_at and named:
            category = Category.EDUCATION  # "degree in Computer Science"
        else:
            category = Category.SKILL if named else Category.PHRASE
        result.append((run[0], run[-1] + 1, category))
    return result


def _merge_aliases(candidates: dict[tuple[str, ...], _Candidate], words: Lexicon) -> list[_Candidate]:
    """One term per thing: "RN" and "Registered Nurse" in one posting are the same requirement."""
    merged: dict[tuple[str, ...], _Candidate] = {}
    owner: dict[tuple[str, ...], tuple[str, ...]] = {}
    by_size = sorted(candidates.items(), key=lambda item: -sum(item[1].spellings.values()))
    for key, candidate in by_size:
        other_keys = [phrase_key(alias) for alias in words.aliases_of(key)]
        target = next((owner[other] for other in other_keys if other in owner), None)
        if target is None:
            merged[key] = candidate
            owner[key] = key
        else:
            merged[target].absorb(candidate)
            owner[key] = target
    return list(merged.values())


def _weighted(candidates: list[_Candidate], posting: Posting, tokens_by_line: dict[int, list[Token]],
              words: Lexicon) -> list[Keyword]:
    """Locate every candidate in the posting, weigh it, keep the heaviest."""
    drafts = [_draft(candidate, words) for candidate in candidates]
    index = TermIndex(drafts, words)
    locations: list[list[Location]] = [[] for _ in drafts]
    contexts: list[list[Context]] = [[] for _ in drafts]
    for line in posting.lines:
        for found in _own_occurrences(index.find(line.number, line.text, tokens_by_line[line.number]), line,
                                      posting):
            locations[found.term].append(found.location)
            context = Context.TITLE if line.section is Context.TITLE else line.context_at(found.location.column)
            contexts[found.term].append(context)
    keywords = []
    for draft, candidate, where, seen in zip(drafts, candidates, locations, contexts, strict=True):
        if not where:
            continue  # only ever seen as part of the employer's name
        factor = max(_CONTEXT_FACTOR.get(context, 1.0) for context in seen)
        if not candidate.strong and len(where) < 2 and not {Context.REQUIRED, Context.PREFERRED} & set(seen):
            factor *= _UNCONFIRMED
        if candidate.is_title:
            factor *= _TITLE_BONUS
        repeats = min(len(where) - 1, 4)
        weight = round(_BASE_WEIGHT[draft.category] * factor * (1 + 0.25 * repeats), 1)
        if weight < MIN_WEIGHT:
            continue
        required = any(context is not Context.PREFERRED for context in seen)
        keywords.append(Keyword(draft.term, draft.category, weight, required, draft.key, draft.spellings,
                                draft.aliases, tuple(where), _related(where, posting, tokens_by_line, words),
                                posting_title=candidate.is_title))
    first_seen = {keyword.key: (keyword.jd_locations or (Location(0, 0, 0),))[0] for keyword in keywords}
    keywords.sort(key=lambda keyword: (-keyword.weight, first_seen[keyword.key]))
    return keywords[:MAX_TERMS]


def _own_occurrences(found: list[Found], line: PostingLine, posting: Posting) -> list[Found]:
    """Sightings that are the term itself: not a word inside a longer term ("query" in "query
    optimization") and not the employer's name ("Cobalt Credit Union")."""
    result = []
    for item in found:
        start, end = item.location.column, item.location.end_column
        if any(other.term != item.term and other.location.column <= start and end <= other.location.end_column
               and (other.location.end_column - other.location.column) > end - start for other in found):
            continue
        words_of_name = item.text.replace("-", " ").split()
        if item.text[:1].isupper() and all(word.casefold() in posting.organization for word in words_of_name):
            continue
        result.append(item)
    return result


def _draft(candidate: _Candidate, words: Lexicon) -> Keyword:
    """A keyword before it is weighed: its wording, spellings and other names."""
    spellings = tuple(spelling for spelling, _ in candidate.spellings.most_common())
    keys = {phrase_key(spelling) for spelling in spellings}
    aliases = tuple(dict.fromkeys(alias for key in keys for alias in words.aliases_of(key)
                                  if phrase_key(alias) not in keys))
    term = candidate.term()
    return Keyword(term, candidate.category, 0.0, True, phrase_key(term), spellings, aliases, ())


def _related(where: list[Location], posting: Posting, tokens_by_line: dict[int, list[Token]],
             words: Lexicon) -> frozenset[str]:
    """Stems of the content words on the posting lines that mention a term."""
    lines = {location.line for location in where}
    return frozenset(token.stem for line in posting.lines if line.number in lines
                     for token in tokens_by_line[line.number]
                     if _is_content(token, words) and not _trimmable(token, words))
