"""The key facts a recruiter looks for first, and which of them a rendered resume shows above the fold.

Why these: TheLadders' eye-tracking studies found the skim spent on name, current title and
company, current dates, previous title and dates, and education (when it is recent); the
headline, the contact line and the posting's top terms are what the advice this product
follows adds (docs/architecture.md, "The advice the checks follow").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from editor.analysis.screen.fold import Fold
from editor.analysis.screen.line_fields import Field, LineLabel
from editor.model import Resume, SectionKind
from editor.render.layout import LayoutMap

TOP_TERMS = 5
RECENT_EDUCATION_YEARS = 5
_FIELD_FACTS = (  # field, words, weight: a Ladders key field outweighs a single job term
    (Field.NAME, "name", 3),
    (Field.HEADLINE, "headline", 2),
    (Field.CONTACT, "contact line", 2),
    (Field.CURRENT_TITLE, "current title", 3),
    (Field.CURRENT_COMPANY, "current company", 3),
    (Field.CURRENT_DATES, "current dates", 3),
    (Field.PREVIOUS_TITLE, "previous title", 3),
    (Field.PREVIOUS_DATES, "previous dates", 3),
    (Field.EDUCATION, "education", 3),
)
TERM_WEIGHT = 1


@dataclass(frozen=True)
class KeyFact:
    """A fact the first screen should show: a line field (`field`) or a job term (`term`)."""

    id: str
    label: str
    weight: int
    field: Field | None = None
    term: str = ""


def key_facts(
    layout: LayoutMap, labels: Sequence[LineLabel], resume: Resume, terms: Sequence[str], today: date
) -> tuple[KeyFact, ...]:
    """The facts this resume has (a field with no rendered line is no fact), terms last."""
    present = {label.field for label in labels}
    facts = [
        KeyFact(field.value, words, weight, field=field)
        for field, words, weight in _FIELD_FACTS
        if field in present and (field is not Field.EDUCATION or _education_counts(resume, today))
    ]
    text = " ".join(line.text for line in layout.lines)
    facts += [
        KeyFact(f"term:{term.casefold()}", f"“{term}”", TERM_WEIGHT, term=term)
        for term in terms[:TOP_TERMS]
        if term_pattern(term).search(text)
    ]
    return tuple(facts)


def visible_facts(
    facts: Sequence[KeyFact], layout: LayoutMap, labels: Sequence[LineLabel], fold: Fold
) -> frozenset[str]:
    """The ids of the facts wholly on the first screen (every line of a field; a term anywhere there)."""
    shown: dict[Field, bool] = {}
    visible_text = []
    for line, label in zip(layout.lines, labels, strict=True):
        on_screen = fold.shows(line)
        shown[label.field] = shown.get(label.field, True) and on_screen
        if on_screen:
            visible_text.append(line.text)
    text = " ".join(visible_text)
    return frozenset(
        fact.id
        for fact in facts
        if (fact.field is not None and shown.get(fact.field, False))
        or (fact.term and term_pattern(fact.term).search(text))
    )


def term_pattern(term: str) -> re.Pattern[str]:
    """A job term as a whole word or phrase, in any case."""
    return re.compile(rf"(?<!\w){re.escape(term)}(?!\w)", re.IGNORECASE)


def _education_counts(resume: Resume, today: date) -> bool:
    """Education is a key fact when it is recent, or when there is no job to show instead."""
    if resume.section(SectionKind.EXPERIENCE) is None:
        return True
    for section in resume.sections:
        if section.kind is not SectionKind.EDUCATION:
            continue
        for entry in section.entries:
            dates = entry.dates
            last = dates and (dates.end or dates.start)
            if dates and (dates.present or (last and last.year >= today.year - RECENT_EDUCATION_YEARS)):
                return True
    return False
