"""The analysis report: one JSON-able object gathering every check (`foldline analyze`).

The key names are a stable contract (DESIGN.md, "Stable contracts"): scripts read them.
"""

from __future__ import annotations

from typing import Any

from editor.model import Resume


def build_report(resume: Resume, text: str, jd_text: str = "", *, screen_id: str | None = None,
                 template: str | None = None, paper: str | None = None) -> dict[str, Any]:
    """Everything Foldline knows about a resume against a job description."""
    return {
        "name": resume.header.name,
        "problems": [{"line": p.line, "severity": p.severity.value, "message": p.message}
                     for p in resume.problems],
        "keywords": [],
        "match_score": None,
        "spelling": [],
        "grammar": {"available": False, "status": "not checked", "matches": []},
        "findings": [],
        "fold": {},
        "attention": {},
        "ats": {},
    }


def format_report(report: dict[str, Any]) -> str:
    """The report as text a person reads in a terminal."""
    lines = [f"Resume: {report['name'] or '(no name)'}"]
    for problem in report["problems"]:
        lines.append(f"  line {problem['line']}: {problem['message']}")
    return "\n".join(lines) + "\n"
