"""PDF build time with the layout map: the sample resume, a two-page resume and a 10-page CV.

Each figure is the median of many builds after a warm-up (fonts registered, words measured
once), which is what the live preview pays on every pause in typing.

Run: python bench/bench_pdf.py   (budget from docs/architecture.md: PDF build with layout map ≤ 60 ms median
for 2 pages; a 10-page CV must stay live, ≤ 400 ms for the whole refresh)
"""

from __future__ import annotations

from functools import partial

from timing import median_ms, with_experience_repeated

from editor.formats.export.pdf_writer import build_pdf
from editor.formats.markdown.reader import read_markdown

BUDGET_MS = 60.0
CV_BUDGET_MS = 400.0
RUNS = 40
CASES = (("sample resume", 1), ("two-page resume", 2), ("10-page CV", 20))  # experience entries repeated


def main() -> None:
    print(f"PDF build with layout map, median of {RUNS} runs after a warm-up")
    print(f"(budget {BUDGET_MS:.0f} ms for two pages, {CV_BUDGET_MS:.0f} ms for a whole 10-page refresh)")
    for label, copies in CASES:
        resume = read_markdown(with_experience_repeated(copies))
        for template in ("modern", "classic", "compact"):
            rendered = build_pdf(resume, template)
            median = median_ms(partial(build_pdf, resume, template), RUNS)
            budget = BUDGET_MS if rendered.layout.page_count <= 2 else CV_BUDGET_MS
            print(
                f"  {label:16} {template:8} {rendered.layout.page_count:2} pages {len(rendered.layout.lines):5} lines"
                f" {median:7.1f} ms (budget {budget:.0f})  {len(rendered.data) / 1024:5.1f} KiB"
            )


if __name__ == "__main__":
    main()
