"""The two figures an application records: how well the resume matches the posting, and its first screen.

Why two: the match score says whether the posting's terms are anywhere in the resume; the
first-screen score says whether a recruiter sees them in the seconds they give it — the share
of the posting's keyword weight that is matched (with the match score's credit) *and* on page 1
above the fold of the default screen (docs/architecture.md: the key facts must be on the first screen).
"""

from __future__ import annotations

from dataclasses import dataclass

from editor.analysis.keywords.report import CREDIT
from editor.analysis.snapshot import AnalysisRequest, analyse


@dataclass(frozen=True)
class ApplicationScores:
    """Both scores, 0-100; None when the posting yields no terms to score against."""

    match: int | None
    first_screen: int | None


def score_resume(resume_text: str, jd_text: str) -> ApplicationScores:
    """Score a tailored resume's text against its posting (one render and analysis)."""
    analysis = analyse(AnalysisRequest(text=resume_text, jd_text=jd_text))
    total = sum(result.keyword.weight for result in analysis.keywords.terms)
    if not total:
        return ApplicationScores(None, None)
    above = set(analysis.placement.above)
    seen = sum(t.keyword.weight * CREDIT[t.kind] for t in analysis.keywords.terms if t.keyword.term in above)
    return ApplicationScores(analysis.keywords.score, round(100 * seen / total))
