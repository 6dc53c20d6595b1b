"""Resumes whose current job sits below the default screen's fold, built from the sample resume.

Why constructed: none of the sample or import fixtures has its current title below the fold of
the default screen; these two are the common ways people get there — a long summary at the top,
and a long skills block above the experience.
"""

from __future__ import annotations

from tests.conftest import SAMPLES

SENTENCE = "In role {} I improved the support process for customers with care across billing, outages and devices."


def sample() -> str:
    return (SAMPLES / "resume.md").read_text(encoding="utf-8")


def long_summary(sentences: int = 26) -> str:
    """A summary of about 30 lines: only a trim can lift the jobs under it."""
    extra = " ".join(SENTENCE.format(number) for number in range(sentences))
    return sample().replace("contact centers. Raised", f"contact centers. {extra} Raised", 1)


def skills_block(bullets: int = 20) -> str:
    """A long skills section above the experience: a tighter style lifts the current job."""
    head, rest = sample().split("## Experience\n", 1)
    lines = [
        f"- **Area {number}:** Zendesk, Salesforce Service Cloud, Freshdesk, Five9, Slack, Jira, coaching, onboarding"
        for number in range(bullets)
    ]
    return head + "## Core Skills\n\n" + "\n".join(lines) + "\n\n## Experience\n" + rest
