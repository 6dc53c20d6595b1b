"""Fit to the fold: time to the proposal for resumes whose current job sits below the fold.

Each figure is the median of several proposals after a warm-up (fonts registered, posting terms
extracted), which is what the app pays when the user asks for "Fit to the fold".

Run: python bench/bench_fit.py   (budget from issue 18: the proposal within 1 s median for a
two-page resume on a 2-core machine)
"""

from __future__ import annotations

from functools import partial

from timing import median_ms, sample_text, with_experience_repeated

from editor.analysis.fit import propose_fit
from editor.formats.export.pdf_writer import build_pdf
from editor.formats.markdown.reader import read_markdown
from editor.resources import resource_path

BUDGET_MS = 1000.0
RUNS = 7
SENTENCE = "In role {} I improved the support process for customers with care across billing, outages and devices."


def _long_summary(text: str) -> str:
    extra = " ".join(SENTENCE.format(number) for number in range(26))
    return text.replace("contact centers. Raised", f"contact centers. {extra} Raised", 1)


def _skills_block(text: str) -> str:
    head, rest = text.split("## Experience\n", 1)
    bullets = "\n".join(
        f"- **Area {number}:** Zendesk, Salesforce Service Cloud, Freshdesk, Five9, Slack, Jira, coaching"
        for number in range(20)
    )
    return f"{head}## Core Skills\n\n{bullets}\n\n## Experience\n{rest}"


def main() -> None:
    jd = resource_path("samples", "job-description.txt").read_text(encoding="utf-8")
    two_pages = with_experience_repeated(2)
    cases = (
        ("sample, nothing below", sample_text()),
        ("2 pages, long summary", _long_summary(two_pages)),
        ("2 pages, skills block", _skills_block(two_pages)),
    )
    print(f"Fit to the fold with the sample job description, median of {RUNS} runs after a warm-up")
    print(f"(budget {BUDGET_MS:.0f} ms for a two-page resume)")
    build_ms = median_ms(partial(build_pdf, read_markdown(two_pages)), RUNS)
    print(f"  for scale, one PDF build of the two-page resume now takes {build_ms:.1f} ms")
    for label, text in cases:
        proposal = propose_fit(text, jd)
        median = median_ms(partial(propose_fit, text, jd), RUNS)
        change = ", ".join([*(f"{k}: {v}" for k, v in proposal.settings.items()), *(m.kind for m in proposal.moves)])
        print(
            f"  {label:24} {proposal.before.pages} pages {proposal.evaluations:3} renders {median:7.1f} ms"
            f"  facts {len(proposal.before.visible)} → {len(proposal.after.visible)} of {len(proposal.facts)}"
            f"  [{change or 'no change'}]"
        )


if __name__ == "__main__":
    main()
