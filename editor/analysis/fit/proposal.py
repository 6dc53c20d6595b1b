"""What "Fit to the fold" proposes, before and after, in the words the app and `foldline fit` show."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from editor.analysis.fit.facts import KeyFact
from editor.analysis.fit.moves import Move


@dataclass(frozen=True)
class FitState:
    """How the first screen reads with one version of the resume."""

    visible: frozenset[str]  # ids of the key facts above the fold
    content_share: float  # share of the resume's text on the first screen
    key_field_share: float  # predicted share of the skim on the six key fields
    pages: int

    def as_dict(self, facts: tuple[KeyFact, ...]) -> dict[str, Any]:
        return {
            "facts_visible": sum(fact.id in self.visible for fact in facts),
            "content_above_fold": round(self.content_share, 4),
            "key_field_share": round(self.key_field_share, 4),
            "pages": self.pages,
        }


@dataclass(frozen=True)
class FitProposal:
    """The smallest change found that lifts the most key facts above the fold, and what it does.

    `text` is the whole resume text with the change made (the same as the input when there is
    nothing to change); `settings` the front-matter values it sets; `moves` its content moves.
    """

    screen: str
    screen_label: str
    fold_fraction: float  # share of page 1 the screen shows (a property of screen and paper)
    facts: tuple[KeyFact, ...]
    before: FitState
    after: FitState
    settings: dict[str, str]
    moves: tuple[Move, ...]
    text: str
    evaluations: int
    elapsed_ms: float = field(compare=False)
    before_pdf: bytes = field(default=b"", repr=False, compare=False)  # what the app shows side by side
    after_pdf: bytes = field(default=b"", repr=False, compare=False)

    @property
    def changed(self) -> bool:
        return bool(self.settings or self.moves)

    @property
    def lifted(self) -> tuple[KeyFact, ...]:
        return tuple(f for f in self.facts if f.id in self.after.visible and f.id not in self.before.visible)

    @property
    def still_below(self) -> tuple[KeyFact, ...]:
        return tuple(f for f in self.facts if f.id not in self.after.visible)

    def as_dict(self) -> dict[str, Any]:
        return {
            "screen": self.screen,
            "screen_label": self.screen_label,
            "fold_fraction": round(self.fold_fraction, 4),
            "changed": self.changed,
            "facts": [
                {
                    "id": f.id,
                    "label": f.label,
                    "before": f.id in self.before.visible,
                    "after": f.id in self.after.visible,
                }
                for f in self.facts
            ],
            "before": self.before.as_dict(self.facts),
            "after": self.after.as_dict(self.facts),
            "settings": self.settings,
            "moves": [
                {"kind": m.kind, "description": m.description, "kept": m.kept, "dropped": m.dropped} for m in self.moves
            ],
            "text": self.text,
            "evaluations": self.evaluations,
            "elapsed_ms": round(self.elapsed_ms, 1),
        }

    def figures(self) -> list[tuple[str, str, str]]:
        """(what, now, proposed) rows of the side-by-side comparison."""
        total = len(self.facts)
        rows = (
            ("key facts above the fold", lambda s: f"{sum(f.id in s.visible for f in self.facts)} of {total}"),
            ("resume text above the fold", lambda s: f"{round(s.content_share * 100)} %"),
            ("skim time on the key fields", lambda s: f"{round(s.key_field_share * 100)} %"),
            ("pages", lambda s: str(s.pages)),
        )
        return [(name, show(self.before), show(self.after)) for name, show in rows]

    def format_text(self) -> str:
        """The proposal as a person reads it in a terminal."""
        lines = [f"{self.screen_label}: the first screen shows {round(self.fold_fraction * 100)} % of page 1."]
        lines.append(f"{'':30}{'now':>10}{'proposed':>12}")
        lines += [f"{name:30}{now:>10}{proposed:>12}" for name, now, proposed in self.figures()]
        if not self.changed:
            below = ", ".join(f.label for f in self.still_below)
            lines.append(
                "Nothing to change: " + (f"no readable style lifts {below}." if below else "every key fact shows.")
            )
            return "\n".join(lines) + "\n"
        lines.append("Proposed changes:")
        lines += [f"  front matter  {key}: {value}" for key, value in self.settings.items()]
        for move in self.moves:
            lines.append(f"  {move.description}")
            if move.kind == "trim-summary":
                lines += [f"    keep: {move.kept}", f"    drop: {move.dropped}"]
        if self.lifted:
            lines.append("Lifts above the fold: " + ", ".join(f.label for f in self.lifted) + ".")
        if self.still_below:
            lines.append("Still below: " + ", ".join(f.label for f in self.still_below) + ".")
        return "\n".join(lines) + "\n"
