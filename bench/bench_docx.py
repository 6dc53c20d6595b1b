"""DOCX build time: the sample resume and a 10-page CV, median of many runs after a warm-up.

Run: python bench/bench_docx.py   (budget from DESIGN.md: DOCX build ≤ 150 ms median for 2 pages)
"""

from __future__ import annotations

import statistics
import time

from editor.formats.docx_writer import build_docx
from editor.formats.markdown_reader import read_markdown
from editor.model import Resume
from editor.resources import resource_path

BUDGET_MS = 150.0
RUNS = 30
CV_COPIES = 20  # the sample's experience entries repeated this often make about ten pages


def _ten_page_cv(sample: str) -> str:
    """The sample with its experience entries repeated, as a long academic CV would read."""
    head, rest = sample.split("## Experience\n", 1)
    experience, tail = rest.split("\n## ", 1)
    return f"{head}## Experience\n{experience * CV_COPIES}\n## {tail}"


def _median_ms(resume: Resume, template: str) -> float:
    build_docx(resume, template)
    timings = []
    for _ in range(RUNS):
        start = time.perf_counter()
        build_docx(resume, template)
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def main() -> None:
    sample = resource_path("samples", "resume.md").read_text(encoding="utf-8")
    cases = {"sample resume": read_markdown(sample), "10-page CV": read_markdown(_ten_page_cv(sample))}
    print(f"DOCX build, median of {RUNS} runs after a warm-up (budget {BUDGET_MS:.0f} ms for the sample)")
    for label, resume in cases.items():
        for template in ("modern", "classic", "compact"):
            median = _median_ms(resume, template)
            size_kb = len(build_docx(resume, template)) / 1024
            print(f"  {label:14} {template:8} {median:7.1f} ms   {size_kb:5.1f} KiB")


if __name__ == "__main__":
    main()
