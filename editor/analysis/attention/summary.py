"""Rolling simulated fixations up into what a job seeker reads: elements, key fields, keywords, coverage."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from editor.analysis.attention import params
from editor.analysis.attention.priors import KeywordHit, find_keywords, word_pattern
from editor.analysis.attention.scanpath import FixationTable
from editor.analysis.screen.fold import Fold
from editor.analysis.screen.line_fields import KEY_FIELD_WORDS, Field, KeyField, LineLabel
from editor.render.layout import LayoutMap


@dataclass(frozen=True)
class Skim:
    """One prediction's inputs and simulated fixations, as the roll-ups need them."""

    layout: LayoutMap
    labels: tuple[LineLabel, ...]
    fold: Fold | None
    candidates: np.ndarray  # indices into layout.lines of the lines the recruiter can see
    keyword_hits: tuple[KeywordHit, ...]  # on the candidate lines (KeywordHit.line indexes candidates)
    table: FixationTable
    runs: int

    @cached_property
    def line_index(self) -> np.ndarray:
        """For each fixation, the index of its line in layout.lines."""
        return self.candidates[self.table.line]


@dataclass(frozen=True)
class ElementDwell:
    """Expected dwell on one element of the resume: a title, a date range, a (wrapped) bullet."""

    role: str  # the layout role, e.g. "job_title"
    field: str  # its meaning, e.g. "current_title"
    label: str  # in words, e.g. "current job title"
    text: str
    dwell_ms: float
    first_fixation_ms: float | None  # median over the runs that fixate it; None if none does
    seen_share: float  # share of runs that fixate it
    lines: tuple[int, ...]  # indices into layout.lines

    def as_dict(self) -> dict[str, object]:
        first = None if self.first_fixation_ms is None else round(self.first_fixation_ms, 1)
        return {
            "role": self.role,
            "field": self.field,
            "label": self.label,
            "text": self.text,
            "dwell_ms": round(self.dwell_ms, 1),
            "first_fixation_ms": first,
            "seen_share": round(self.seen_share, 3),
        }


@dataclass(frozen=True)
class KeywordSighting:
    """Whether a job-description keyword was seen during the skim, when, or why not."""

    term: str
    seen: bool
    seen_share: float  # share of runs whose fixations covered an occurrence
    first_seen_ms: float | None  # median over those runs
    reason: str  # "seen", "not in your resume", "not on page 1", "below the fold", "skimmed past"

    def as_dict(self) -> dict[str, object]:
        first = None if self.first_seen_ms is None else round(self.first_seen_ms, 1)
        return {
            "term": self.term,
            "seen_share": round(self.seen_share, 3),
            "first_seen_ms": first,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class ScanStatistics:
    """Run-level figures the validation targets (docs/attention-model.md) are checked against."""

    mean_fixations: float  # per run
    mean_fixation_ms: float
    header_early_share: float  # runs with a name/headline/contact fixation among their first 3
    first_words_share: float  # fixations on bullets' first lines that fall on the first 11 characters
    left_half_share: float  # dwell left of the content box's centre line
    strategy_shares: dict[str, float]

    def as_dict(self) -> dict[str, object]:
        return {
            "mean_fixations": round(self.mean_fixations, 2),
            "mean_fixation_ms": round(self.mean_fixation_ms, 1),
            "header_early_share": round(self.header_early_share, 3),
            "first_words_share": round(self.first_words_share, 3),
            "left_half_share": round(self.left_half_share, 3),
            "strategy_shares": {name: round(share, 3) for name, share in self.strategy_shares.items()},
        }


def key_field_dwell(labels: Sequence[LineLabel], dwell: np.ndarray) -> dict[str, float]:
    """Expected ms on each of the six Ladders fields."""
    totals = dict.fromkeys((key.value for key in KeyField), 0.0)
    for label, ms in zip(labels, dwell, strict=True):
        if label.key_field is not None:
            totals[label.key_field.value] += float(ms)
    return totals


def element_rollup(skim: Skim, dwell: np.ndarray, first_by_run: np.ndarray) -> tuple[ElementDwell, ...]:
    """Lines grouped into elements (a wrapped bullet is one element), in document order."""
    groups: dict[tuple[object, ...], list[int]] = {}
    for index, label in enumerate(skim.labels):
        groups.setdefault(label.element, []).append(index)
    members = list(groups.values())
    if not members:
        return ()
    order = np.concatenate([np.array(indices) for indices in members])
    starts = np.cumsum([0] + [len(indices) for indices in members[:-1]])
    earliest = np.minimum.reduceat(first_by_run[:, order], starts, axis=1)  # (runs, elements)
    reached = np.isfinite(earliest)
    shares = reached.mean(axis=0)
    medians = np.full(len(members), np.nan)
    any_reached = reached.any(axis=0)
    medians[any_reached] = np.nanmedian(np.where(reached, earliest, np.nan)[:, any_reached], axis=0)
    totals = np.add.reduceat(dwell[order], starts)
    elements = []
    for number, indices in enumerate(members):
        label, lines = skim.labels[indices[0]], [skim.layout.lines[index] for index in indices]
        first = None if np.isnan(medians[number]) else float(medians[number])
        elements.append(
            ElementDwell(
                lines[0].role.value,
                label.field.value,
                describe(label, lines[0].text),
                " ".join(line.text for line in lines),
                float(totals[number]),
                first,
                float(shares[number]),
                tuple(indices),
            )
        )
    return tuple(elements)


def describe(label: LineLabel, text: str) -> str:
    """An element in words, e.g. 'current job title' or 'bullet 2 of previous job'."""
    field, part = label.field, label.part
    fixed = {
        Field.NAME: "name",
        Field.HEADLINE: "headline",
        Field.CONTACT: "contact line",
        Field.SUMMARY: "summary",
        Field.EDUCATION: "education",
        Field.SKILLS: "skills",
    }
    if field in fixed:
        return fixed[field]
    if field is Field.HEADING:
        return f"“{text}” heading"
    if field.value.endswith(("_title", "_company", "_dates")):
        noun = {"title": "title", "company": "employer", "dates": "dates"}[field.value.rsplit("_", 1)[1]]
        return f"{part} {noun}"
    if field is Field.BULLET:
        return f"bullet {label.item_rank + 1} of {part}"
    return f"{part} {'location' if field is Field.LOCATION else 'entry' if field is Field.ENTRY_HEAD else 'text'}"


def word_coverage(skim: Skim) -> tuple[float, float]:
    """Expected share of all words, and of the visible words, inside some fixation's word span."""
    pattern = word_pattern()
    total_words = sum(len(pattern.findall(line.text)) for line in skim.layout.lines)
    texts = [skim.layout.lines[index].text for index in skim.candidates]
    starts = np.cumsum([0] + [len(text) + 1 for text in texts])  # lines joined with one separator each
    spans = np.array([match.span() for match in pattern.finditer("\n".join(texts))]).reshape(-1, 2)
    if not total_words or not len(spans) or not len(skim.table.line):
        return 0.0, 0.0
    edges, firsts = np.zeros(starts[-1] + 1, int), np.zeros(starts[-1] + 1, int)
    edges[spans[:, 0]], edges[spans[:, 1]], firsts[spans[:, 0]] = 1, -1, 1
    word_of_char = np.where(np.cumsum(edges) > 0, np.cumsum(firsts) - 1, -1)
    lengths = np.diff(starts) - 1
    offsets = np.arange(-params.SEEN_CHARS_LEFT, params.SEEN_CHARS_RIGHT + 1)
    line = skim.table.line
    window = np.clip(np.floor(skim.table.char)[:, None] + offsets, 0, np.maximum(lengths[line] - 1, 0)[:, None])
    words = word_of_char[starts[line][:, None] + window.astype(int)]
    seen = np.zeros((skim.runs, len(spans) + 1), bool)
    seen[np.repeat(skim.table.run, len(offsets)), words.ravel()] = True  # −1 marks the spare last column
    per_run = seen[:, : len(spans)].sum(axis=1).mean()
    return float(per_run / total_words), float(per_run / len(spans))


def keyword_sightings(skim: Skim, keywords: Sequence[str]) -> tuple[KeywordSighting, ...]:
    """For each keyword (in the given order): seen or not, when, and why not."""
    terms = list(dict.fromkeys(" ".join(term.split()) for term in keywords if term.strip()))
    if not terms:
        return ()
    anywhere = find_keywords(skim.layout.lines, terms)
    present = {hit.term.casefold() for hit in anywhere}
    on_page_one = {hit.term.casefold() for hit in anywhere if skim.layout.lines[hit.line].page == 1}
    on_screen = {hit.term.casefold() for hit in skim.keyword_hits}
    table, floor = skim.table, np.floor(skim.table.char)
    earliest: dict[str, np.ndarray] = {}
    for hit in skim.keyword_hits:
        covered = (
            (table.line == hit.line)
            & (floor - params.SEEN_CHARS_LEFT < hit.end)
            & (floor + params.SEEN_CHARS_RIGHT >= hit.start)
        )
        times = np.full(skim.runs, np.inf)
        np.minimum.at(times, table.run[covered], table.start_ms[covered])
        key = hit.term.casefold()
        earliest[key] = np.minimum(earliest.get(key, times), times)
    sightings = []
    for term in terms:
        key = term.casefold()
        times = earliest.get(key, np.full(skim.runs, np.inf))
        reached = np.isfinite(times)
        share = float(reached.mean())
        first = float(np.median(times[reached])) if reached.any() else None
        if share >= params.SEEN_RUN_SHARE:
            reason = "seen"
        elif key not in present:
            reason = "not in your resume"
        elif key not in on_page_one:
            reason = "not on page 1"
        elif key not in on_screen:
            reason = "below the fold"
        else:
            reason = "skimmed past"
        sightings.append(KeywordSighting(term, reason == "seen", share, first, reason))
    return tuple(sightings)


def scan_statistics(skim: Skim, x_pt: np.ndarray) -> ScanStatistics:
    """Per-run figures: fixation count and length, early header fixation, first-words and left-half shares."""
    table, line_index = skim.table, skim.line_index
    if not len(line_index):
        return ScanStatistics(0.0, 0.0, 0.0, 0.0, 0.0, {})
    header = np.array([line.section is None for line in skim.layout.lines])
    header_runs = np.zeros(skim.runs, bool)
    header_runs[table.run[(table.step < 3) & header[line_index]]] = True
    bullet_starts = np.array([label.field is Field.BULLET and label.line_in_item == 0 for label in skim.labels])[
        line_index
    ]
    first_words = (table.char[bullet_starts] < params.FIRST_WORDS_CHARS).mean() if bullet_starts.any() else 0.0
    page_one = skim.layout.on_page(1) or skim.layout.lines
    centre = (min(line.x0 for line in page_one) + max(line.x1 for line in page_one)) / 2
    left = table.duration_ms[x_pt < centre].sum() / max(table.duration_ms.sum(), 1e-9)
    strategies = np.bincount(table.strategy, minlength=3) / skim.runs
    return ScanStatistics(
        mean_fixations=len(line_index) / skim.runs,
        mean_fixation_ms=float(table.duration_ms.mean()),
        header_early_share=float(header_runs.mean()),
        first_words_share=float(first_words),
        left_half_share=float(left),
        strategy_shares={
            "layer_cake": float(strategies[0]),
            "f_pattern": float(strategies[1]),
            "spotted": float(strategies[2]),
        },
    )


_MISSED_WORDS = {
    KeyField.NAME: "your name",
    KeyField.CURRENT_TITLE_COMPANY: "your current title",
    KeyField.CURRENT_DATES: "your current dates",
    KeyField.PREVIOUS_TITLE_COMPANY: "your previous title",
    KeyField.PREVIOUS_DATES: "your previous dates",
    KeyField.EDUCATION: "your education",
}


SUMMARY_TERMS = 4  # keywords named in the one-paragraph summary; the rest are counted


def saw_missed_text(
    skim: Skim, key_dwell: dict[str, float], seen: np.ndarray, sightings: Sequence[KeywordSighting]
) -> str:
    """ "Saw: name 1.7 s, current title 1.6 s … Missed: your education (below the fold), Kubernetes (…)."."""
    visible = np.zeros(len(skim.labels), bool)
    visible[skim.candidates] = True
    saw, missed = [], []
    for key in KeyField:
        indices = [index for index, label in enumerate(skim.labels) if label.key_field is key]
        if not indices:
            continue
        share = float(max(seen[indices]))
        if share >= params.SEEN_RUN_SHARE:
            saw.append(f"{KEY_FIELD_WORDS[key]} {key_dwell[key.value] / 1000:.1f} s")
        elif not visible[indices].any():
            missed.append(f"{_MISSED_WORDS[key]} (below the fold)")
        else:
            missed.append(f"{_MISSED_WORDS[key]} (seen by {share:.0%} of recruiters)")
    seen_terms = [sighting.term for sighting in sightings if sighting.seen]
    missed_terms = [f"{sighting.term} ({sighting.reason})" for sighting in sightings if not sighting.seen]
    parts = []
    if saw or seen_terms:
        parts.append(
            "Saw: " + ", ".join(saw) + _terms_clause(seen_terms, "the keywords " if saw else "keywords ") + "."
        )
    if missed or missed_terms:
        parts.append(
            "Missed: " + ", ".join(missed) + _terms_clause(missed_terms, "; keywords " if missed else "keywords ") + "."
        )
    return " ".join(parts)


def _terms_clause(terms: list[str], lead: str, limit: int = SUMMARY_TERMS) -> str:
    """', and the keywords A, B, C and 4 more' — short enough to read at a glance."""
    if not terms:
        return ""
    shown = ", ".join(terms[:limit])
    more = f" and {len(terms) - limit} more" if len(terms) > limit else ""
    joiner = "" if lead.startswith((";", "keywords")) else ", and "
    return f"{joiner}{lead}{shown}{more}"
