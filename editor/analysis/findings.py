"""What a check found: a rule, how serious, where in the resume text, why it matters, a fix;
and the measured facts of a cover letter (`LetterFacts`) that its checks and the report share.

Positions follow the model's convention: 1-based lines, 0-based code-point columns, end
column exclusive. The UI converts to Qt's UTF-16 positions at its boundary.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from editor.model import Severity


@dataclass(frozen=True)
class QuickFix:
    """Replace columns [column, end_column) of one line with `replacement` ("" deletes)."""

    replacement: str
    line: int
    column: int
    end_column: int

    def apply(self, text: str) -> str:
        """The resume text with this fix made (a line that no longer exists leaves it unchanged)."""
        lines = text.split("\n")
        if not 1 <= self.line <= len(lines):
            return text
        source = lines[self.line - 1]
        lines[self.line - 1] = source[: self.column] + self.replacement + source[self.end_column :]
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        return {
            "replacement": self.replacement,
            "line": self.line,
            "column": self.column,
            "end_column": self.end_column,
        }


@dataclass(frozen=True)
class Finding:
    """One thing a recruiter would notice, tied to the line of the resume text it is about.

    `line` is 0 when a finding is about the whole document and no line fits better.
    """

    rule: str
    severity: Severity
    message: str
    line: int
    column: int = 0
    end_column: int | None = None
    why: str = ""
    quick_fix: QuickFix | None = None

    def as_dict(self) -> dict[str, Any]:
        """The finding as `foldline analyze --json` prints it."""
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "message": self.message,
            "line": self.line,
            "column": self.column,
            "end_column": self.end_column,
            "why": self.why,
            "fix": self.quick_fix.as_dict() if self.quick_fix else None,
        }


@dataclass(frozen=True)
class LetterFacts:
    """What the checks measure and the report shows: length, reading time, quantified sentences, type size."""

    word_count: int
    reading_time_s: float
    quantified_claims: int
    body_font_size: float | None  # points, from the rendered page; None without one
    pages: int | None

    def as_dict(self) -> dict[str, object]:
        return {
            "word_count": self.word_count,
            "reading_time_s": self.reading_time_s,
            "quantified_claims": self.quantified_claims,
            "body_font_size": self.body_font_size,
            "pages": self.pages,
        }
