"""The two figures an application records: how well the resume matches the posting, and its first screen.

Why two: the match score says whether the posting's terms are anywhere in the resume; the
first-screen score says whether a recruiter sees them in the seconds they give it — the share
of the posting's keyword weight that is matched (with the match score's credit) *and* on page 1
above the fold of the default screen (docs/architecture.md: the key facts must be on the first screen).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from editor.analysis.applications.record import ApplicationRecord, read_record, update_record
from editor.analysis.keywords.report import CREDIT
from editor.analysis.snapshot import AnalysisRequest, analyse
from editor.formats.importing.job_description import read_job_description


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


def rescore_application(folder: Path, resume_text: str) -> ApplicationRecord | None:
    """Score the application's resume against its own posting and record both figures in
    `application.json`; None (nothing written) when the folder has no posting to score against."""
    record = read_record(folder)
    if not record.posting or not (folder / record.posting).is_file():
        return None
    scores = score_resume(resume_text, read_job_description(folder / record.posting))
    return update_record(folder, match_score=scores.match, first_screen_score=scores.first_screen)
