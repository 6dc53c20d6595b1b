"""PDF build time with the layout map: the sample resume, a two-page resume and a 10-page CV.

Each figure is the median of many builds after a warm-up (fonts registered, words measured
once), which is what the live preview pays on every pause in typing.

Run: python bench/bench_pdf.py   (budget from DESIGN.md: PDF build with layout map ≤ 60 ms median
for 2 pages; a 10-page CV must stay live, ≤ 400 ms for the whole refresh)
"""

from __future__ import annotations

import statistics
import time

from editor.formats.markdown_reader import read_markdown
from editor.formats.pdf_writer import build_pdf
from editor.model import Resume
from editor.resources import resource_path

BUDGET_MS = 60.0
CV_BUDGET_MS = 400.0
RUNS = 40
CASES = (("sample resume", 1), ("two-page resume", 2), ("10-page CV", 20))  # experience entries repeated


def _with_experience_repeated(sample: str, copies: int) -> str:
    """The sample with its experience entries repeated, as a longer career or an academic CV reads."""
    head, rest = sample.split("## Experience\n", 1)
    experience, tail = rest.split("\n## ", 1)
    return f"{head}## Experience\n{experience * copies}\n## {tail}"


def _median_ms(resume: Resume, template: str) -> float:
    build_pdf(resume, template)
    timings = []
    for _ in range(RUNS):
        start = time.perf_counter()
        build_pdf(resume, template)
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def main() -> None:
    sample = resource_path("samples", "resume.md").read_text(encoding="utf-8")
    print(f"PDF build with layout map, median of {RUNS} runs after a warm-up")
    print(f"(budget {BUDGET_MS:.0f} ms for two pages, {CV_BUDGET_MS:.0f} ms for a whole 10-page refresh)")
    for label, copies in CASES:
        resume = read_markdown(_with_experience_repeated(sample, copies))
        for template in ("modern", "classic", "compact"):
            rendered = build_pdf(resume, template)
            median = _median_ms(resume, template)
            budget = BUDGET_MS if rendered.layout.page_count <= 2 else CV_BUDGET_MS
            print(
                f"  {label:16} {template:8} {rendered.layout.page_count:2} pages {len(rendered.layout.lines):5} lines"
                f" {median:7.1f} ms (budget {budget:.0f})  {len(rendered.data) / 1024:5.1f} KiB"
            )


if __name__ == "__main__":
    main()
