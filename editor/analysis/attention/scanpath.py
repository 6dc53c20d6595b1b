"""Simulated recruiter scanpaths: many runs at once, one numpy step per fixation.

Why vectorised over runs: the model runs on every typing pause (≤ 30 ms for a 2-page resume), so
the runs advance in lockstep — each step draws every run's next fixation from its own state —
instead of looping over runs in Python. Each run: a strategy (layer-cake, F-pattern, spotted), a
start in the header band or the top-left of the body, then visits to lines drawn in proportion to
priority × inhibition of return × proximity, each visit one or more in-line fixations
(docs/attention-model.md §2, "The simulation"). Deterministic for a given random generator state.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from editor.analysis.attention import params
from editor.analysis.attention.priors import LinePriors


@dataclass(frozen=True)
class ScrollPlan:
    """Scroll mode: which candidate lines each screenful shows (document y of line centres, pt)."""

    centres: np.ndarray  # (L,) document y of each candidate line's centre
    screen_pt: float  # the document length one screen shows


@dataclass(frozen=True)
class FixationTable:
    """All fixations of all runs, in time order within each run (arrays of length N)."""

    run: np.ndarray
    step: np.ndarray
    line: np.ndarray  # index into the candidate lines
    char: np.ndarray  # character position on the line (float)
    start_ms: np.ndarray
    duration_ms: np.ndarray
    strategy: np.ndarray  # (runs,) strategy index of each run

    @classmethod
    def empty(cls, runs: int) -> FixationTable:
        """No fixations (nothing on the screen)."""
        index, value = np.zeros(0, int), np.zeros(0)
        return cls(index, index, index, value, value, value, np.zeros(runs, int))


def simulate(
    priors: LinePriors, budget_ms: float, runs: int, rng: np.random.Generator, scroll: ScrollPlan | None = None
) -> FixationTable:
    """Fixations of `runs` simulated recruiters skimming the candidate lines for `budget_ms`."""
    state = _RunState(priors, runs, scroll, _scroll_times(scroll, budget_ms, runs, rng))
    records = []
    step = 0
    while (active := state.clock < budget_ms).any():
        continuing = np.flatnonzero(active & (state.remaining > 0))
        choosing = np.flatnonzero(active & (state.remaining == 0))
        if step == 0:
            state.line[:] = _first_targets(priors, state.priority, runs, rng)
        elif choosing.size:
            state.line[choosing] = _next_targets(state, choosing, rng)
        state.start_visits(choosing, rng)
        state.read_on_along(continuing, rng)
        moving = np.flatnonzero(active)
        duration = np.minimum(_durations(priors.decision[state.line[moving]], rng), budget_ms - state.clock[moving])
        records.append((moving, state.line[moving], state.char[moving], state.clock[moving], duration, step))
        state.advance(moving, duration)
        step += 1
    return _table(records, state.strategy)


class _RunState:
    """What each run is doing: strategy, clock, current line and character, inhibition of return."""

    def __init__(self, priors: LinePriors, runs: int, scroll: ScrollPlan | None, scroll_at: np.ndarray) -> None:
        self.priors, self.scroll, self.scroll_at = priors, scroll, scroll_at
        self.strategy = _strategies(priors.strategy_mixture, runs)
        self.priority = priors.strategy_priority[self.strategy]
        self.read_on = priors.read_on[self.strategy]
        self.spotted = self.strategy == 2
        count = len(priors.chunks)
        self.recent = np.zeros((runs, count))  # exp(−time since the last visit / τ): 1 just after, 0 never
        self.decided = np.zeros((runs, count), bool)
        self.clock = np.zeros(runs)
        self.line = np.zeros(runs, int)
        self.char = np.zeros(runs)
        self.remaining = np.zeros(runs, int)

    def start_visits(self, rows: np.ndarray, rng: np.random.Generator) -> None:
        """Land on the chosen lines and decide how many more fixations each visit makes."""
        lines = self.line[rows]
        landing = _land(self.priors, lines, self.spotted[rows], rng)
        self.char[rows] = landing
        self.remaining[rows] = _extra_fixations(
            self.read_on[rows, lines],
            self.priors.max_extra[lines],
            self.priors.chunks[lines],
            landing // params.CHARS_PER_FIXATION,
            rng,
        )

    def read_on_along(self, rows: np.ndarray, rng: np.random.Generator) -> None:
        """Runs in the middle of a visit move one skim saccade to the right."""
        self.char[rows] += rng.uniform(*params.CHARS_PER_SACCADE, size=rows.size)
        self.remaining[rows] -= 1

    def advance(self, rows: np.ndarray, duration: np.ndarray) -> None:
        """After a fixation: the clock moves on, inhibition decays, the fixated line is inhibited anew."""
        cycle = duration + params.SACCADE_MS
        self.clock[rows] += cycle
        self.recent[rows] *= np.exp(-cycle / params.INHIBITION_RECOVERY_MS)[:, None]
        lines = self.line[rows]
        self.recent[rows, lines] = 1.0
        self.decided[rows, lines] |= self.priors.decision[lines]

    def visible(self, rows: np.ndarray) -> np.ndarray | float:
        """(rows, L) 1/0 for the lines on each run's current screen; 1 everywhere without scrolling."""
        if self.scroll is None:
            return 1.0
        top = np.where(self.clock[rows] >= self.scroll_at[rows], self.scroll.screen_pt, 0.0)[:, None]
        centres = self.scroll.centres[None, :]
        return ((centres >= top) & (centres < top + self.scroll.screen_pt)).astype(float)


def _next_targets(state: _RunState, rows: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """The next line of each choosing run: priority × inhibition of return × proximity, or a regression."""
    pull = state.priors.proximity[state.line[rows]] * state.visible(rows)
    priority = state.priority[rows]
    weights = priority * (1 - (1 - params.INHIBITION_FACTOR) * state.recent[rows]) * pull
    decided = state.decided[rows]
    regress = (rng.random(rows.size) < params.REGRESSION_PROBABILITY) & decided.any(axis=1)
    if regress.any():
        back = priority[regress] * decided[regress] * pull[regress]
        weights[regress] = np.where(back.sum(axis=1, keepdims=True) > 0, back, weights[regress])
    return np.where(weights.sum(axis=1) > 0, _draw(weights, rng), state.line[rows])


def _strategies(mixture: np.ndarray, runs: int) -> np.ndarray:
    """Each run's strategy, in exact proportion to the mixture (stratified: less noise than drawing)."""
    bounds = np.round(np.cumsum(mixture) * runs).astype(int)
    return np.searchsorted(bounds, np.arange(runs), side="right").clip(0, len(mixture) - 1)


def _first_targets(priors: LinePriors, priority: np.ndarray, runs: int, rng: np.random.Generator) -> np.ndarray:
    """70 % of runs start on a header line (by priority), the rest at the top-left of the body."""
    header_weights = priority * priors.header
    start_in_header = (rng.random(runs) < params.HEADER_START_PROBABILITY) & priors.header.any()
    drawn = _draw(np.where(priors.header.any(), header_weights, priority), rng)
    return np.where(start_in_header, drawn, priors.body_start)


def _draw(weights: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """One column index per row, in proportion to the row's weights."""
    cumulative = np.cumsum(weights, axis=1)
    threshold = rng.random(len(weights)) * cumulative[:, -1]
    return np.minimum((cumulative <= threshold[:, None]).sum(axis=1), weights.shape[1] - 1)


def _land(priors: LinePriors, line: np.ndarray, spotted: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Landing character of a visit: a keyword or bold word that pops out, a spotted numeral, else
    left-biased with the first words boosted."""
    cdf = priors.landing_cdf[line]
    chunk = np.minimum((cdf <= rng.random(len(line))[:, None]).sum(axis=1), priors.chunks[line] - 1)
    within = rng.random(len(line)) * params.CHARS_PER_FIXATION
    landing = chunk * params.CHARS_PER_FIXATION + within
    spot, pop_out = priors.spot_char[line], priors.pop_out_char[line]
    use_spot = spotted & (spot >= 0) & (rng.random(len(line)) < params.SPOT_LANDING_PROBABILITY)
    use_pop_out = (pop_out >= 0) & (rng.random(len(line)) < params.POP_OUT_LANDING_PROBABILITY)
    return np.where(use_pop_out, pop_out + 0.5, np.where(use_spot, spot + 0.5, landing))


def _extra_fixations(
    read_on: np.ndarray, most: np.ndarray, chunks: np.ndarray, landed: np.ndarray, rng: np.random.Generator
) -> np.ndarray:
    """More fixations along the line: geometric in the read-on chance, bounded by the text left."""
    geometric = np.floor(np.log(rng.random(len(read_on)) + 1e-12) / np.log(read_on)).astype(int)
    left_on_line = np.maximum(chunks - 1 - landed.astype(int), 0)
    return np.minimum(np.minimum(geometric, most), left_on_line)


def _durations(decision: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Skim fixation durations, longer on decision fields (docs/attention-model.md §2, step 5)."""
    duration = rng.lognormal(params.FIXATION_LOG_MU, params.FIXATION_LOG_SIGMA, size=len(decision))
    duration *= np.where(decision, params.DECISION_FIXATION_FACTOR, 1.0)
    return np.clip(duration, params.FIXATION_MIN_MS, params.FIXATION_MAX_MS)


def _scroll_times(scroll: ScrollPlan | None, budget_ms: float, runs: int, rng: np.random.Generator) -> np.ndarray:
    if scroll is None:
        return np.full(runs, np.inf)
    low, high = params.SCROLL_WINDOW
    times = rng.uniform(low * budget_ms, high * budget_ms, size=runs)
    return np.where(rng.random(runs) < params.SCROLL_PROBABILITY, times, np.inf)


def _table(records: list[tuple[np.ndarray, ...]], strategy: np.ndarray) -> FixationTable:
    if not records:
        return FixationTable.empty(len(strategy))
    runs, lines, chars, starts, durations, steps = zip(*records, strict=True)
    step = np.concatenate([np.full(len(run), number) for run, number in zip(runs, steps, strict=True)])
    run = np.concatenate(runs)
    order = np.lexsort((step, run))
    return FixationTable(
        run[order],
        step[order],
        np.concatenate(lines)[order],
        np.concatenate(chars)[order],
        np.concatenate(starts)[order],
        np.concatenate(durations)[order],
        strategy,
    )
