"""The fit search: the smallest readable change that lifts the most key facts above the fold.

How (coarse to fine, about 20–30 PDF builds of ~12 ms): each content variant (as typed, skills
first, summary trimmed, both) is rendered once with every lever at its readable limit; the best
weighted count of visible facts among those is the target. For each variant that reaches it,
cheapest first, the merged lever path is bisected for the shortest prefix that still reaches it,
then each lever is backed off step by step while the target holds. A variant whose content cost
alone is above the best change found is skipped.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property

from editor.analysis.attention.model import predict_attention
from editor.analysis.fit.facts import KeyFact, key_facts, term_pattern, visible_facts
from editor.analysis.fit.levers import Lever, change_cost, counts_at, levers, path, settings_for
from editor.analysis.fit.moves import Move, skills_first, trimmed_summary
from editor.analysis.fit.proposal import FitProposal, FitState
from editor.analysis.keywords import match_keywords
from editor.analysis.screen.fold import Fold, compute_fold
from editor.analysis.screen.line_fields import Field, LineLabel, label_lines
from editor.analysis.screen.presets import get_screen
from editor.analysis.snapshot import posting_keywords
from editor.formats.export.pdf_writer import RenderedPdf, build_pdf, page_style
from editor.formats.markdown.front_matter import with_front_matter_values
from editor.formats.markdown.reader import read_markdown
from editor.model import Resume

MOVE_COSTS = {"skills-first": 3.0, "trim-summary": 4.0}


@dataclass(frozen=True)
class _Variant:
    text: str
    resume: Resume
    moves: tuple[Move, ...]

    @property
    def cost(self) -> float:
        return sum(MOVE_COSTS[move.kind] for move in self.moves)


@dataclass(frozen=True)
class _Rendering:
    pdf: RenderedPdf
    labels: tuple[LineLabel, ...]
    visible: frozenset[str]
    score: int


class _Search:
    """One fit search over a resume text; renderings are remembered by variant and lever counts."""

    def __init__(self, text: str, jd_text: str, screen_id: str | None, today: date) -> None:
        self.base = _Variant(text, read_markdown(text), ())
        template, paper = page_style(self.base.resume.settings, None, None)
        self.fold: Fold = compute_fold(get_screen(screen_id), paper.width, paper.height)
        self.levers: tuple[Lever, ...] = levers(template)
        self.path = path(self.levers)
        report = match_keywords(self.base.resume, text, posting_keywords(jd_text)) if jd_text.strip() else None
        self.terms = _terms_as_written(report) if report else []
        first = build_pdf(self.base.resume)
        labels = label_lines(first.layout, self.base.resume)
        self.facts: tuple[KeyFact, ...] = key_facts(first.layout, labels, self.base.resume, self.terms, today)
        self._weights = {fact.id: fact.weight for fact in self.facts}
        self._cache: dict[tuple[int, tuple[int, ...], bool], _Rendering] = {}
        self._page_one: dict[int, Resume] = {}
        self.variants = [self.base]
        self._cache[(0, (0,) * len(self.levers), False)] = self._rendering(first, labels)
        self._cache[(0, (0,) * len(self.levers), True)] = self._cache[(0, (0,) * len(self.levers), False)]

    @cached_property
    def total(self) -> int:
        return sum(self._weights.values())

    def _rendering(self, pdf: RenderedPdf, labels: tuple[LineLabel, ...]) -> _Rendering:
        visible = visible_facts(self.facts, pdf.layout, labels, self.fold)
        return _Rendering(pdf, labels, visible, sum(self._weights[fact] for fact in visible))

    def render(self, variant: int, counts: tuple[int, ...], *, whole: bool = False) -> _Rendering:
        """The variant with the levers at `counts`; only the sections that can reach page 1 unless `whole`."""
        key = (variant, counts, whole)
        if key not in self._cache:
            resume = self.variants[variant].resume
            if not whole:
                resume = self._page_one.get(variant, resume)
            styled = replace(resume, settings={**resume.settings, **settings_for(self.levers, counts)})
            pdf = build_pdf(styled)
            self._cache[key] = self._rendering(pdf, label_lines(pdf.layout, styled))
        return self._cache[key]

    def _limit_to_page_one(self, variant: int, tightest: _Rendering) -> None:
        """Keep what the tightest style puts on page 1 (to the last entry started there): looser
        styles put no more there, and what follows the fold cannot move what is above it."""
        resume = self.variants[variant].resume
        lines = [line for line in tightest.pdf.layout.lines if line.page == 1 and line.section is not None]
        if not lines:
            return
        last = max(line.section for line in lines if line.section is not None)
        section = resume.sections[last]
        entries = [line.entry for line in lines if line.section == last and line.entry is not None]
        if entries and len(section.items) == len(section.entries):
            section = replace(section, items=section.items[: max(entries) + 1])
        self._page_one[variant] = replace(resume, sections=(*resume.sections[:last], section))

    @property
    def evaluations(self) -> int:
        """How many PDFs the search built."""
        return len({id(rendering) for rendering in self._cache.values()})

    def add_variants(self) -> None:
        """The content variants that apply to this resume, cheapest first."""
        base, rendering = self.base, self.render(0, (0,) * len(self.levers))
        trimmed = trimmed_summary(base.text, base.resume, rendering.pdf.layout, rendering.labels)
        moved = skills_first(base.text, base.resume) if self._skills_hold_a_hidden_term(rendering) else None
        if moved:
            self.variants.append(_Variant(moved[0], read_markdown(moved[0]), (moved[1],)))
        if trimmed:
            self.variants.append(_Variant(trimmed[0], read_markdown(trimmed[0]), (trimmed[1],)))
            both = skills_first(trimmed[0], self.variants[-1].resume)
            if moved and both:
                self.variants.append(_Variant(both[0], read_markdown(both[0]), (both[1], trimmed[1])))

    def _skills_hold_a_hidden_term(self, rendering: _Rendering) -> bool:
        """Moving the skills up pushes every job down: worth trying only for a term they would lift."""
        skills = " ".join(
            line.text
            for line, label in zip(rendering.pdf.layout.lines, rendering.labels, strict=True)
            if label.field is Field.SKILLS
        )
        hidden = [fact for fact in self.facts if fact.term and fact.id not in rendering.visible]
        return any(term_pattern(fact.term).search(skills) for fact in hidden)

    def best(self) -> tuple[int, tuple[int, ...]]:
        """The variant and lever counts of the smallest change reaching the best reachable score."""
        zero = (0,) * len(self.levers)
        if self.render(0, zero).score == self.total:
            return 0, zero
        self.add_variants()
        full = counts_at(self.path, len(self.path), len(self.levers))
        tops = []
        for index in range(len(self.variants)):
            tightest = self.render(index, full)
            self._limit_to_page_one(index, tightest)
            tops.append(tightest.score)
        target = max(tops)
        if target <= self.render(0, zero).score:
            return 0, zero
        found: tuple[float, int, tuple[int, ...]] | None = next(
            ((cost, index, zero) for index, cost in self._costs() if self.render(index, zero).score >= target), None
        )
        for index, cost in self._costs():
            if tops[index] < target or (found and cost >= found[0]):
                continue
            prefix = self._shortest_prefix(index, target, found[0] - cost if found else float("inf"))
            if prefix is None:
                continue
            counts = self._back_off(index, prefix, target)
            total = cost + change_cost(self.levers, counts)
            if found is None or total < found[0]:
                found = (total, index, counts)
        assert found is not None
        return found[1], found[2]

    def _costs(self) -> list[tuple[int, float]]:
        """The variants' indices with their content costs, cheapest first."""
        return sorted(((index, variant.cost) for index, variant in enumerate(self.variants)), key=lambda pair: pair[1])

    def _shortest_prefix(self, variant: int, target: int, budget: float) -> tuple[int, ...] | None:
        """The shortest start of the lever path that reaches the target, if one costs less than `budget`."""
        lever_count = len(self.levers)
        low, high = 0, len(self.path)  # the full path reaches the target
        while high and change_cost(self.levers, counts_at(self.path, high, lever_count)) >= budget:
            high -= 1
        if self.render(variant, counts_at(self.path, high, lever_count)).score < target:
            return None
        while low < high:
            middle = (low + high) // 2
            if self.render(variant, counts_at(self.path, middle, lever_count)).score >= target:
                high = middle
            else:
                low = middle + 1
        return counts_at(self.path, low, lever_count)

    def _back_off(self, variant: int, counts: tuple[int, ...], target: int) -> tuple[int, ...]:
        """Undo the costliest steps that the target does not need."""
        for lever in sorted(range(len(self.levers)), key=lambda i: -self.levers[i].step_cost):
            while counts[lever]:
                fewer = (*counts[:lever], counts[lever] - 1, *counts[lever + 1 :])
                if self.render(variant, fewer).score < target:
                    break
                counts = fewer
        return counts

    def state(self, variant: int, counts: tuple[int, ...]) -> FitState:
        rendering, resume = self.render(variant, counts, whole=True), self.variants[variant].resume
        layout = rendering.pdf.layout
        attention = predict_attention(layout, self.fold, resume, keywords=self.terms)
        total = sum(len(line.text) for line in layout.lines) or 1
        shown = sum(len(line.text) for line in layout.lines if self.fold.shows(line))
        return FitState(rendering.visible, shown / total, attention.key_field_share, layout.page_count)


def _terms_as_written(report) -> list[str]:
    """The heaviest matched job terms in the resume's own wording, one per term."""
    terms = []
    for result in report.terms:
        if result.matched and result.occurrences:
            terms.append(result.occurrences[0].text.replace("**", "").replace("__", "").strip("*_ "))
    return list(dict.fromkeys(terms))


def propose_fit(text: str, jd_text: str = "", screen_id: str | None = None, today: date | None = None) -> FitProposal:
    """The smallest readable change to `text` that lifts the most key facts above `screen_id`'s fold.

    Raises FormatError/KeyError for an unknown template, paper or screen, as `analyse` does.
    """
    started = time.perf_counter()
    search = _Search(text, jd_text, screen_id, today or date.today())
    variant, counts = search.best()
    zero = (0,) * len(search.levers)
    settings = settings_for(search.levers, counts)
    before = search.state(0, zero)
    chosen = search.variants[variant]
    screen = search.fold.screen
    return FitProposal(
        screen=screen.id,
        screen_label=screen.label,
        fold_fraction=search.fold.visible_fraction,
        facts=search.facts,
        before=before,
        after=before if (variant, counts) == (0, zero) else search.state(variant, counts),
        settings=settings,
        moves=chosen.moves,
        text=with_front_matter_values(chosen.text, settings),
        evaluations=search.evaluations,
        elapsed_ms=(time.perf_counter() - started) * 1000,
        before_pdf=search.render(0, zero, whole=True).pdf.data,
        after_pdf=search.render(variant, counts, whole=True).pdf.data,
    )
