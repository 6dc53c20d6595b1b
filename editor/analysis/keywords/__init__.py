"""Job-description keywords: what a recruiter or ATS screens on, and how a resume answers it.

Public entry points (everything else in the package's modules is internal):

* `extract_keywords(jd_text) -> list[Keyword]` - the posting's terms, required before
  nice-to-have, each heaviest first: hard skills and tools, certifications and licences, job
  titles, domain phrases, soft skills, education; weighted by section ("Requirements" vs "Nice
  to have"), cue words ("required", "a plus"), frequency and the title line; boilerplate
  (company blurb, benefits, EEO) ignored.
  A posting is read up to `MAX_POSTING_CHARS` (a 1 MB paste costs no more than that).
* `match_keywords(resume, resume_text, keywords) -> KeywordReport` - each term found in the
  resume text as written (exact, variant, alias) or missing, with where a missing one fits.
* `analyze_keywords(resume, resume_text, jd_text) -> KeywordReport` - both steps.
* `KeywordReport`: `.score` (0-100), `.terms` (TermResult, heaviest first), `.as_dict()`
  (`keywords` + `match_score` for `analyze --json`), `.breakdown()` (readable text),
  `.resume_highlights` and `.jd_highlights()` (Highlight(line, start_column, end_column,
  term, kind): 1-based lines, 0-based code-point columns, for the editor and the job panel).
* `bold_matched_keywords(resume_text, report, per_bullet=1) -> str` - the resume text with
  the heaviest matched term of each bullet in `**bold**`.
* `keywords_above_fold(report, layout, fold_y_pt) -> FoldPlacement` - which matched terms a
  recruiter sees on page 1 before scrolling.

All of it is pure Python over strings and the model: no Qt, no I/O after the word lists are
loaded (lazily, once, on first use: about 0.2 s).
"""

from __future__ import annotations

from collections.abc import Sequence

from editor.analysis.keywords.bold import bold_matched_keywords
from editor.analysis.keywords.extraction import MAX_POSTING_CHARS, extract_keywords
from editor.analysis.keywords.lexicon import Category, lexicon
from editor.analysis.keywords.matching import TermIndex
from editor.analysis.keywords.placement import FoldPlacement, TermPlacement, keywords_above_fold
from editor.analysis.keywords.report import (
    Fit,
    Highlight,
    Keyword,
    KeywordReport,
    Location,
    MatchKind,
    Occurrence,
    TermResult,
)
from editor.analysis.keywords.resume import CoTerm, best_fit, read_resume_text
from editor.model import Resume

__all__ = [
    "MAX_POSTING_CHARS",
    "Category",
    "Fit",
    "FoldPlacement",
    "Highlight",
    "Keyword",
    "KeywordReport",
    "Location",
    "MatchKind",
    "Occurrence",
    "TermPlacement",
    "TermResult",
    "analyze_keywords",
    "bold_matched_keywords",
    "extract_keywords",
    "keywords_above_fold",
    "match_keywords",
]

_PREFERENCE = (MatchKind.EXACT, MatchKind.VARIANT, MatchKind.ALIAS)


def match_keywords(resume: Resume, resume_text: str, keywords: Sequence[Keyword]) -> KeywordReport:
    """Each posting term against the resume text the model was read from."""
    words = lexicon()
    text = read_resume_text(resume, resume_text)
    index = TermIndex(keywords, words)
    found: list[list[Occurrence]] = [[] for _ in keywords]
    for number, line in text.lines:
        for item in index.find(number, line, in_skills_list=number in text.skills_lines):
            found[item.term].append(Occurrence(item.location, item.text, item.kind))
    resume_lines = [frozenset(o.location.line for o in occurrences) for occurrences in found]
    posting_lines = [frozenset(location.line for location in keyword.jd_locations) for keyword in keywords]
    results = []
    for number, (keyword, occurrences) in enumerate(zip(keywords, found, strict=True)):
        kinds = {occurrence.kind for occurrence in occurrences}
        kind = next((kind for kind in _PREFERENCE if kind in kinds), MatchKind.MISSING)
        fit = None
        if kind is MatchKind.MISSING:
            co_terms = [
                CoTerm(other.term, other.weight, resume_lines[index])
                for index, other in enumerate(keywords)
                if index != number and resume_lines[index] and posting_lines[index] & posting_lines[number]
            ]
            fit = best_fit(keyword, text, words, co_terms)
        results.append(TermResult(keyword, kind, tuple(occurrences), fit))
    return KeywordReport(tuple(results), text.entry_lines)


def analyze_keywords(resume: Resume, resume_text: str, jd_text: str) -> KeywordReport:
    """Extract a posting's terms and match them in a resume in one call."""
    return match_keywords(resume, resume_text, extract_keywords(jd_text))
