"""What a parser reads from one exported file, field by field, and the findings where it reads wrong."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from editor.analysis.ats.compare import RIGHT, WRONG, FieldCheck, compare_fields
from editor.analysis.ats.fields import ParsedResume, parse_fields
from editor.analysis.ats.items import docx_lines, pdf_lines
from editor.analysis.findings import Finding
from editor.model import Resume, Severity

_READERS = {"pdf": pdf_lines, "docx": docx_lines}
_NAMES = {"pdf": "the PDF", "docx": "the Word file"}
_WHY = "A recruiter searches and skims the fields an applicant tracking system parsed, not your page."


@dataclass(frozen=True)
class FieldReport:
    """The fields parsed from one file (`source` is 'pdf' or 'docx') and each one judged."""

    source: str
    parsed: ParsedResume
    checks: tuple[FieldCheck, ...]
    error: str = ""

    @property
    def right(self) -> int:
        return sum(check.verdict == RIGHT for check in self.checks)

    def as_dict(self) -> dict[str, Any]:
        """One entry of `ats.fields` in `foldline analyze --json`."""
        return {
            "right": self.right,
            "total": len(self.checks),
            "error": self.error,
            "checks": [check.as_dict() for check in self.checks],
            "parsed": self.parsed.as_dict(),
        }

    def findings(self) -> list[Finding]:
        """An `ats-field-mismatch` for every field read wrong or not at all."""
        found = []
        for check in self.checks:
            if check.verdict == RIGHT:
                continue
            where = _NAMES[self.source]
            if check.verdict == WRONG:
                message = f"From {where}, an ATS reads {check.label} as '{check.parsed}', not '{check.expected}'"
            else:
                message = f"From {where}, an ATS finds no {check.label} ('{check.expected}')"
            found.append(
                Finding("ats-field-mismatch", Severity.WARNING, f"{message}: {check.reason}", check.line, why=_WHY)
            )
        return found


def read_fields(resume: Resume, source: str, data: bytes) -> FieldReport:
    """Parse a file's fields (it never sees `resume`) and judge each against the resume."""
    try:
        parsed = parse_fields(_READERS[source](data))
    except Exception as error:  # a file the reader cannot open: the text read-back reports it too
        return FieldReport(source, ParsedResume(), (), f"{type(error).__name__}: {error}")
    return FieldReport(source, parsed, compare_fields(resume, parsed))
