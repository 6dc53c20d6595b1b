"""The style space the fitter searches: five levers, each a ladder of readable values.

Why ladders in a fixed order: a lever's steps are tried cheapest first (a margin an eighth of an
inch narrower is hardly noticed, smaller type is), and the steps of all levers merge into one
path of growing change, so the search can bisect it instead of trying every combination.
Every value stays within the readable bounds of templates.py: body ≥ 10 pt, margins ≥ 0.5 in,
line height ≥ 1.15, section gap ≥ 6 pt.
"""

from __future__ import annotations

from dataclasses import dataclass

from editor.render.templates import BODY_SIZE_PT, LEADING, MARGIN_IN, SECTION_GAP_PT, Template

_EIGHTH_INCH = 9.0


@dataclass(frozen=True)
class Lever:
    """One style setting the fitter may change: its current value, the values it may take (in
    order of growing change) and the cost of each step."""

    name: str  # "top and bottom margins", …
    current: float
    steps: tuple[float, ...]
    step_cost: float


def levers(template: Template) -> tuple[Lever, ...]:
    """The levers of a (document-styled) template; a lever already at its bound has no steps."""
    vertical, horizontal = template.margin_top, template.margin_left
    floor = MARGIN_IN[0] * 72
    # One `margins:` value sets both pairs, so a template already tighter than the floor keeps its own.
    margins = min(vertical, horizontal) >= floor - 0.01
    return (
        Lever("top and bottom margins", vertical, _down(vertical, floor, _EIGHTH_INCH) if margins else (), 1.0),
        Lever(
            "section spacing",
            template.section_space_before,
            _down(template.section_space_before, SECTION_GAP_PT[0], 2.0),
            1.0,
        ),
        Lever("side margins", horizontal, _down(horizontal, floor, _EIGHTH_INCH) if margins else (), 1.0),
        Lever("line spacing", template.leading, _down(template.leading, LEADING[0], 0.05), 1.5),
        Lever("type size", template.body_size, _down(template.body_size, BODY_SIZE_PT[0], 0.5), 2.0),
    )


def _down(current: float, floor: float, step: float) -> tuple[float, ...]:
    """Values below `current` on the grid of `step` (whole multiples), down to `floor`."""
    values = []
    value = (current // step) * step
    if value >= current - 1e-6:
        value -= step
    while value >= floor - 1e-6:
        values.append(round(value, 3))
        value -= step
    return tuple(values)


def path(all_levers: tuple[Lever, ...]) -> tuple[int, ...]:
    """The order in which lever steps are taken: lever indices, cheapest cumulative change first."""
    steps = [
        (count * lever.step_cost, index)
        for index, lever in enumerate(all_levers)
        for count in range(1, len(lever.steps) + 1)
    ]
    return tuple(index for _cost, index in sorted(steps))


def counts_at(order: tuple[int, ...], position: int, lever_count: int) -> tuple[int, ...]:
    """How many steps each lever has taken after the first `position` steps of the path."""
    counts = [0] * lever_count
    for index in order[:position]:
        counts[index] += 1
    return tuple(counts)


def settings_for(all_levers: tuple[Lever, ...], counts: tuple[int, ...]) -> dict[str, str]:
    """The front-matter values that set the levers to their `counts`-th steps (only those that change)."""
    value = [
        lever.steps[count - 1] if count else lever.current for lever, count in zip(all_levers, counts, strict=True)
    ]
    vertical, gap, horizontal, leading, size = value
    settings = {}
    if counts[0] or counts[2]:
        settings["margins"] = f"{round(vertical / 72, 3):g}in {round(horizontal / 72, 3):g}in"
    if counts[1] or counts[3]:
        settings["spacing"] = f"{round(leading, 3):g}, {round(gap, 2):g}pt"
    if counts[4]:
        settings["size"] = f"{size:g}"
    return settings


def change_cost(all_levers: tuple[Lever, ...], counts: tuple[int, ...]) -> float:
    return sum(lever.step_cost * count for lever, count in zip(all_levers, counts, strict=True))
