"""Rolling simulated fixations up into what a job seeker reads: elements, key fields, keywords, coverage."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from editor.analysis import attention_params as params
from editor.analysis.attention_priors import LinePriors, find_keywords, words_of
from editor.analysis.fold import Fold
from editor.analysis.line_fields import KEY_FIELD_WORDS, Field, KeyField, LineLabel
from editor.analysis.scanpath import FixationTable
from editor.render.layout import LayoutMap


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
        return {"role": self.role, "field": self.field, "label": self.label, "text": self.text,
                "dwell_ms": round(self.dwell_ms, 1), "first_fixation_ms": first,
                "seen_share": round(self.seen_share, 3)}


@dataclass(frozen=True)
class KeywordSighting:
    """Whether a job-description keyword was seen during the skim, when, or why not."""

    term: str
    seen: bool
    seen_share: float  # share of runs whose fixations covered an occurrence
    first_seen_ms: float | None  # median over those runs
    reason: str  # "seen", "not in your resume", "below the fold", "not on page 1", "skimmed past"

    def as_dict(self) -> dict[str, object]:
        first = None if self.first_seen_ms is None else round(self.first_seen_ms, 1)
        return {"term": self.term, "seen_share": round(self.seen_share, 3), "first_seen_ms": first,
                "reason": self.reason}


@dataclass(frozen=True)
class ScanStatistics:
    """Run-level figures the validation targets (docs/attention-model.md) are checked against."""

    mean_fixations: float  # per run
    mean_fixation_ms: float
    header_early_share: float  # runs with a name/headline/contact fixation among their first 3
    first_words_share: float  # bullet fixations on a bullet's first 11 characters
    left_half_share: float  # dwell left of the content box's centre line
    strategy_shares: dict[str, float]

    def as_dict(self) -> dict[str, object]:
        return {"mean_fixations": round(self.mean_fixations, 2), "mean_fixation_ms": round(self.mean_fixation_ms, 1),
                "header_early_share": round(self.header_early_share, 3),
                "first_words_share": round(self.first_words_share, 3),
                "left_half_share": round(self.left_half_share, 3),
                "strategy_shares": {name: round(share, 3) for name, share in self.strategy_shares.items()}}


def key_field_dwell(labels: Sequence[LineLabel], dwell: np.ndarray) -> dict[str, float]:
    """Expected ms on each of the six Ladders fields."""
    totals = dict.fromkeys((key.value for key in KeyField), 0.0)
    for label, ms in zip(labels, dwell, strict=True):
        if label.key_field is not None:
            totals[label.key_field.value] += float(ms)
    return totals


def element_rollup(layout: LayoutMap, labels: Sequence[LineLabel], dwell: np.ndarray,
                   first_by_run: np.ndarray) -> tuple[ElementDwell, ...]:
    """Lines grouped into elements (a wrapped bullet is one element), in document order."""
    groups: dict[tuple[object, ...], list[int]] = {}
    for index, label in enumerate(labels):
        groups.setdefault(label.element, []).append(index)
    elements = []
    for indices in groups.values():
        label, lines = labels[indices[0]], [layout.lines[index] for index in indices]
        first, share = None, 0.0
        if dwell[indices].sum() > 0:
            earliest = first_by_run[:, indices].min(axis=1)
            reached = np.isfinite(earliest)
            share = float(reached.mean())
            first = float(np.median(earliest[reached])) if reached.any() else None
        elements.append(ElementDwell(lines[0].role.value, label.field.value, describe(label, lines[0].text),
                                     " ".join(line.text for line in lines), float(dwell[indices].sum()), first,
                                     share, tuple(indices)))
    return tuple(elements)


def describe(label: LineLabel, text: str) -> str:
    """An element in words, e.g. 'current job title' or 'bullet 2 of previous job'."""
    field, part = label.field, label.part
    fixed = {Field.NAME: "name", Field.HEADLINE: "headline", Field.CONTACT: "contact line",
             Field.SUMMARY: "summary", Field.EDUCATION: "education", Field.SKILLS: "skills"}
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


def word_coverage(layout: LayoutMap, candidates: np.ndarray, line_index: np.ndarray, table: FixationTable,
                  runs: int) -> tuple[float, float]:
    """Expected share of all words, and of the visible words, inside some fixation's word span."""
    total_words = sum(len(words_of(line.text)) for line in layout.lines)
    char_to_word, base, lengths, visible_words = [], {}, {}, 0
    offset = 0
    for index in candidates:
        text = layout.lines[index].text
        mapping = np.full(max(len(text), 1), -1)
        for start, end in words_of(text):
            mapping[start:end] = visible_words
            visible_words += 1
        char_to_word.append(mapping)
        base[int(index)], lengths[int(index)] = offset, len(mapping)
        offset += len(mapping)
    if not total_words or not visible_words or not len(line_index):
        return 0.0, 0.0
    words = np.concatenate(char_to_word)
    starts = np.array([base[int(index)] for index in candidates])
    sizes = np.array([lengths[int(index)] for index in candidates])
    window = np.floor(table.char)[:, None] + np.arange(-params.SEEN_CHARS_LEFT, params.SEEN_CHARS_RIGHT + 1)
    window = np.clip(window, 0, sizes[table.line][:, None] - 1).astype(int)
    word = words[starts[table.line][:, None] + window]
    seen = np.zeros((runs, visible_words + 1), bool)
    seen[np.repeat(table.run, window.shape[1]), word.ravel()] = True
    per_run = seen[:, :visible_words].sum(axis=1).mean()
    return float(per_run / total_words), float(per_run / visible_words)


def keyword_sightings(layout: LayoutMap, candidates: np.ndarray, priors: LinePriors, table: FixationTable,
                      keywords: Sequence[str], runs: int, fold: Fold | None) -> tuple[KeywordSighting, ...]:
    """For each keyword (in the given order): seen or not, when, and why not."""
    terms = list(dict.fromkeys(" ".join(term.split()) for term in keywords if term.strip()))
    if not terms:
        return ()
    anywhere = find_keywords(layout.lines, terms)
    on_page_one = {hit.term.casefold() for hit in anywhere if layout.lines[hit.line].page == 1}
    present = {hit.term.casefold() for hit in anywhere}
    earliest: dict[str, np.ndarray] = {}
    floor = np.floor(table.char)
    for hit in priors.keyword_hits:
        on_line = table.line == hit.line
        covered = on_line & (floor - params.SEEN_CHARS_LEFT < hit.end) & (floor + params.SEEN_CHARS_RIGHT >= hit.start)
        times = np.full(runs, np.inf)
        np.minimum.at(times, table.run[covered], table.start_ms[covered])
        key = hit.term.casefold()
        earliest[key] = np.minimum(earliest.get(key, times), times)
    sightings = []
    for term in terms:
        key = term.casefold()
        times = earliest.get(key, np.full(runs, np.inf))
        reached = np.isfinite(times)
        share = float(reached.mean())
        first = float(np.median(times[reached])) if reached.any() else None
        seen = share >= params.SEEN_RUN_SHARE
        if seen:
            reason = "seen"
        elif key not in present:
            reason = "not in your resume"
        elif key not in on_page_one:
            reason = "not on page 1"
        elif fold is not None and key not in {hit.term.casefold() for hit in priors.keyword_hits}:
            reason = "below the fold"
        else:
            reason = "skimmed past"
        sightings.append(KeywordSighting(term, seen, share, first, reason))
    return tuple(sightings)


def scan_statistics(layout: LayoutMap, labels: Sequence[LineLabel], line_index: np.ndarray, table: FixationTable,
                    x: np.ndarray, runs: int) -> ScanStatistics:
    """Per-run figures: fixation count and length, early header fixation, first-words and left-half shares."""
    if not len(line_index):
        return ScanStatistics(0.0, 0.0, 0.0, 0.0, 0.0, {})
    header = np.array([line.section is None for line in layout.lines])
    early = table.step < 3
    header_runs = np.zeros(runs, bool)
    header_runs[table.run[early & header[line_index]]] = True
    bullets = np.array([label.field is Field.BULLET and label.line_in_item == 0 for label in labels])[line_index]
    first_words = (table.char[bullets] < params.FIRST_WORDS_CHARS).mean() if bullets.any() else 0.0
    page_one = layout.on_page(1) or layout.lines
    centre = (min(line.x0 for line in page_one) + max(line.x1 for line in page_one)) / 2
    left = table.duration_ms[x < centre].sum() / max(table.duration_ms.sum(), 1e-9)
    strategies = np.bincount(table.strategy, minlength=3) / runs
    return ScanStatistics(
        mean_fixations=len(line_index) / runs, mean_fixation_ms=float(table.duration_ms.mean()),
        header_early_share=float(header_runs.mean()), first_words_share=float(first_words),
        left_half_share=float(left),
        strategy_shares={"layer_cake": float(strategies[0]), "f_pattern": float(strategies[1]),
                         "spotted": float(strategies[2])},
    )


_MISSED_WORDS = {
    KeyField.NAME: "your name",
    KeyField.CURRENT_TITLE_COMPANY: "your current title",
    KeyField.CURRENT_DATES: "your current dates",
    KeyField.PREVIOUS_TITLE_COMPANY: "your previous title",
    KeyField.PREVIOUS_DATES: "your previous dates",
    KeyField.EDUCATION: "your education",
}


def saw_missed_text(labels: Sequence[LineLabel], key_dwell: dict[str, float], seen: np.ndarray,
                    sightings: Sequence[KeywordSighting]) -> str:
    """"Saw: name 0.9 s, current title 1.2 s … Missed: your education, Kubernetes (not in your resume)."""
    saw, missed = [], []
    for key in KeyField:
        shares = [seen[index] for index, label in enumerate(labels) if label.key_field is key]
        if not shares:
            continue
        if max(shares) >= params.SEEN_RUN_SHARE:
            saw.append(f"{KEY_FIELD_WORDS[key]} {key_dwell[key.value] / 1000:.1f} s")
        else:
            missed.append(_MISSED_WORDS[key])
    saw.extend(sighting.term for sighting in sightings if sighting.seen)
    missed.extend(f"{sighting.term} ({sighting.reason})" for sighting in sightings if not sighting.seen)
    parts = []
    if saw:
        parts.append("Saw: " + ", ".join(saw) + ".")
    if missed:
        parts.append("Missed: " + ", ".join(missed) + ".")
    return " ".join(parts)
