"""Benchmark: the attention model on every typing pause (2-page resume) and on a 10-page CV.

Run: python bench/bench_attention.py   (prints medians after a warm-up, with the budget beside each)
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from editor.analysis.attention.heatmap import heat_rgba  # noqa: E402
from editor.analysis.attention.model import predict_attention  # noqa: E402
from editor.analysis.screen.fold import compute_fold, fold_summary  # noqa: E402
from editor.analysis.screen.presets import get_screen  # noqa: E402
from editor.formats.export.pdf_writer import build_pdf  # noqa: E402
from editor.formats.markdown.reader import read_markdown  # noqa: E402

KEYWORDS = ["Zendesk", "CSAT", "first contact resolution", "Salesforce", "quality assurance", "Kubernetes"]
EXTRA_JOB = """
### Support Agent {number} | Company {number} | Seattle, WA | Jan {start} – Dec {end}
- Answered 40 customer contacts per day across phone, chat and email with a 95% satisfaction score
- Wrote 12 knowledge base articles in Zendesk that cut repeat contacts by 9% over two quarters
- Mentored 3 new agents through their first month and reviewed their escalations every week
- Logged defects for the product team and followed each one to a fix or a documented workaround
"""


def resume_with_jobs(extra_jobs: int):
    """The sample resume with more jobs, so that it runs to more pages."""
    text = (REPO / "resources" / "samples" / "resume.md").read_text(encoding="utf-8")
    jobs = "".join(EXTRA_JOB.format(number=n, start=2015 - n, end=2016 - n) for n in range(extra_jobs))
    return read_markdown(text.replace("\n## Education", jobs + "\n## Education", 1))


def median_ms(work: Callable[[], object], repeats: int) -> float:
    work()  # warm-up: caches, first-call imports
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def bench_layout(extra_jobs: int, repeats: int, budget: str) -> None:
    """Print the medians for the sample resume grown by `extra_jobs` jobs."""
    resume = resume_with_jobs(extra_jobs)
    layout = build_pdf(resume).layout
    fold = compute_fold(get_screen(None), layout.page_width, layout.page_height)
    pages = f"{layout.page_count}-page, {len(layout.lines)} lines"
    first_screen = median_ms(lambda: predict_attention(layout, fold, resume, keywords=KEYWORDS), repeats)
    print(f"{'predict_attention, first screen (' + pages + ')':<52} {first_screen:7.1f} ms   {budget}")
    scrolled = median_ms(lambda: predict_attention(layout, fold, resume, keywords=KEYWORDS, scroll=True), repeats)
    print(f"{'predict_attention, scroll mode (' + pages + ')':<52} {scrolled:7.1f} ms   {budget}")
    summary = median_ms(lambda: fold_summary(layout, fold, resume), repeats)
    print(f"{'fold_summary (' + pages + ')':<52} {summary:7.1f} ms   (part of the refresh)")
    grid = predict_attention(layout, fold, resume).grid(1)
    overlay = median_ms(lambda: heat_rgba(grid, 816, 1056), repeats)
    print(f"{'heat_rgba, page 1 at 96 dpi (816×1056)':<52} {overlay:7.1f} ms   (part of the refresh)")


def main() -> None:
    print(f"{'step':<52} {'median':>9}   budget")
    bench_layout(5, 60, "≤ 30 ms (runs on every typing pause)")
    bench_layout(60, 20, "≤ 400 ms for the whole 10-page refresh")


if __name__ == "__main__":
    main()
