"""Extracting the terms a recruiter or ATS screens on from a job posting.

The candidates (`candidates`) are merged where they are other names of each other (RN,
Registered Nurse), located in the posting, and weighted by what they are (a skill weighs more
than a soft skill), where they are (title line, requirements, duties, nice-to-have) and how
often the posting says them. Boilerplate never gets this far (`posting` drops it).
"""

from __future__ import annotations

from collections.abc import Sequence

from editor.analysis.keywords.acronyms import posting_acronyms
from editor.analysis.keywords.candidates import Candidate, gather_candidates, is_content
from editor.analysis.keywords.lexicon import Category, Lexicon, lexicon
from editor.analysis.keywords.matching import Found, TermIndex
from editor.analysis.keywords.posting import Context, Posting, PostingLine, read_posting
from editor.analysis.keywords.report import Keyword, Location
from editor.analysis.keywords.text import Token, phrase_key, tokenize

# A pasted posting longer than this is read only this far (a real one is 2-10 kB); it keeps
# a 1 MB paste from costing more than a few tens of milliseconds.
MAX_POSTING_CHARS = 40_000
MAX_TERMS = 40
MIN_WEIGHT = 0.8

_BASE_WEIGHT = {
    Category.TITLE: 1.0,
    Category.SKILL: 1.0,
    Category.CERTIFICATION: 1.2,
    Category.EDUCATION: 0.8,
    Category.PHRASE: 0.8,
    Category.SOFT: 0.5,
}
_CONTEXT_FACTOR = {
    Context.TITLE: 3.0,
    Context.REQUIRED: 2.0,
    Context.DUTIES: 1.5,
    Context.NEUTRAL: 1.0,
    Context.PREFERRED: 1.0,
}
_UNCONFIRMED = 0.7  # a phrase guess seen once, in a duty: kept, but below every known term
_TITLE_BONUS = 1.5  # the posting's own title outranks every term in it


def extract_keywords(jd_text: str) -> list[Keyword]:
    """The terms of a posting, required before nice-to-have, each heaviest first (at most MAX_TERMS)."""
    words = lexicon()
    posting = read_posting(jd_text[:MAX_POSTING_CHARS], words)
    tokens_by_line = {line.number: tokenize(line.text) for line in posting.lines}
    candidates = gather_candidates(posting, tokens_by_line, words)
    acronyms = posting_acronyms(line.text for line in posting.lines)
    names = _Names(words, acronyms)
    return _weighted(_merge_aliases(candidates, names), posting, tokens_by_line, names)


class _Names:
    """Other names of a term: the alias lists plus the acronyms this posting defines ("EHR")."""

    def __init__(self, words: Lexicon, acronyms: dict[tuple[str, ...], tuple[str, ...]]) -> None:
        self.words = words
        self.acronyms = acronyms

    def aliases_of(self, key: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys((*self.words.aliases_of(key), *self.acronyms.get(key, ()))))


def _merge_aliases(candidates: dict[tuple[str, ...], Candidate], names: _Names) -> list[Candidate]:
    """One term per thing: "RN" and "Registered Nurse" in one posting are the same requirement."""
    merged: dict[tuple[str, ...], Candidate] = {}
    owner: dict[tuple[str, ...], tuple[str, ...]] = {}
    by_size = sorted(candidates.items(), key=lambda item: -sum(item[1].spellings.values()))
    for key, candidate in by_size:
        other_keys = [phrase_key(alias) for alias in names.aliases_of(key)]
        target = next((owner[other] for other in other_keys if other in owner), None)
        if target is None:
            merged[key] = candidate
            owner[key] = key
        else:
            merged[target].absorb(candidate)
            owner[key] = target
    return list(merged.values())


def _weighted(
    candidates: list[Candidate], posting: Posting, tokens_by_line: dict[int, Sequence[Token]], names: _Names
) -> list[Keyword]:
    """Locate every candidate in the posting, weigh it, keep the heaviest."""
    words = names.words
    drafts = [_draft(candidate, names) for candidate in candidates]
    index = TermIndex(drafts, words)
    locations: list[list[Location]] = [[] for _ in drafts]
    contexts: list[list[Context]] = [[] for _ in drafts]
    for line in posting.lines:
        for found in _own_occurrences(index.find(line.number, line.text, tokens_by_line[line.number]), line, posting):
            locations[found.term].append(found.location)
            context = Context.TITLE if line.section is Context.TITLE else line.context_at(found.location.column)
            contexts[found.term].append(context)
    content_stems = {
        number: frozenset(token.stem for token in tokens if is_content(token, words))
        for number, tokens in tokens_by_line.items()
    }
    keywords = []
    loose: set[tuple[str, ...]] = set()  # one-word guesses no own list vouches for
    for draft, candidate, where, seen in zip(drafts, candidates, locations, contexts, strict=True):
        if len(draft.key) == 1 and candidate.display is None:
            loose.add(draft.key)
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
        keywords.append(
            Keyword(
                draft.term,
                draft.category,
                weight,
                required,
                draft.key,
                draft.spellings,
                draft.aliases,
                tuple(where),
                _related(where, content_stems),
                posting_title=candidate.is_title,
            )
        )
    keywords = _without_parts(keywords, loose)
    first_seen = {keyword.key: (keyword.jd_locations or (Location(0, 0, 0),))[0] for keyword in keywords}
    keywords.sort(key=lambda keyword: (not keyword.required, -keyword.weight, first_seen[keyword.key]))
    return keywords[:MAX_TERMS]


def _without_parts(keywords: list[Keyword], loose: set[tuple[str, ...]]) -> list[Keyword]:
    """One term per thing: a loose word ("backend") goes when a longer term has it ("backend services")."""
    in_longer = {stem for keyword in keywords if len(keyword.key) > 1 for stem in keyword.key}
    return [keyword for keyword in keywords if not (keyword.key in loose and keyword.key[0] in in_longer)]


def _own_occurrences(found: list[Found], line: PostingLine, posting: Posting) -> list[Found]:
    """Sightings that are the term itself: not a word inside a longer term ("query" in "query
    optimization") and not the employer's name ("Cobalt Credit Union")."""
    result = []
    for item in found:
        start, end = item.location.column, item.location.end_column
        if any(
            other.term != item.term
            and other.location.column <= start
            and end <= other.location.end_column
            and (other.location.end_column - other.location.column) > end - start
            for other in found
        ):
            continue
        words_of_name = item.text.replace("-", " ").split()
        if item.text[:1].isupper() and all(word.casefold() in posting.organization for word in words_of_name):
            continue
        result.append(item)
    return result


def _draft(candidate: Candidate, names: _Names) -> Keyword:
    """A keyword before it is weighed: its wording, spellings and other names."""
    spellings = tuple(spelling for spelling, _ in candidate.spellings.most_common())
    keys = {phrase_key(spelling) for spelling in spellings}
    aliases = tuple(
        dict.fromkeys(alias for key in keys for alias in names.aliases_of(key) if phrase_key(alias) not in keys)
    )
    term = candidate.term()
    return Keyword(term, candidate.category, 0.0, True, phrase_key(term), spellings, aliases, ())


def _related(where: list[Location], content_stems: dict[int, frozenset[str]]) -> frozenset[str]:
    """Stems of the content words on the posting lines that mention a term."""
    return frozenset().union(*(content_stems[location.line] for location in where))
