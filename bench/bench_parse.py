"""Resume Markdown parse time: the 2-page sample and a generated 10-page CV, medians after a warm-up.

Run: python bench/bench_parse.py
Budget (docs/architecture.md): the whole pause-to-viewport refresh is ≤ 100 ms median for 2 pages and
≤ 400 ms for a 10-page CV; the parse runs on every pause, so it should take a few of those ms.
The budgets printed are this step's share of those figures.
"""

from __future__ import annotations

from timing import median_ms

from editor.formats.markdown.reader import read_markdown
from editor.formats.markdown.writer import write_markdown
from editor.resources import resource_path

RUNS = 200
BUDGET_MS = {"sample resume": 5.0, "2-page resume": 5.0, "10-page CV": 25.0, "1 MB text": 2000.0}
PAGE_CHARACTERS = 3_000  # a dense resume page


def _generated(sample: str, pages: int) -> str:
    """The sample with its experience entries repeated (with varied years), as a longer resume would read."""
    head, rest = sample.split("## Experience\n", 1)
    experience, tail = rest.split("\n## ", 1)
    copies = []
    year = 2020
    while len(head) + len(tail) + sum(map(len, copies)) < pages * PAGE_CHARACTERS:
        copies.append(experience.replace("2021", str(year)).replace("2018", str(year - 3)))
        year -= 1
    return f"{head}## Experience\n{''.join(copies)}\n## {tail}"


def main() -> None:
    sample = resource_path("samples", "resume.md").read_text(encoding="utf-8")
    cases = {
        "sample resume": (sample, RUNS),
        "2-page resume": (_generated(sample, 2), RUNS),
        "10-page CV": (_generated(sample, 10), RUNS // 4),
        "1 MB text": (sample * 380, 5),
    }
    print("Resume Markdown, median after a warm-up")
    for label, (text, runs) in cases.items():
        resume = read_markdown(text)
        read = median_ms(lambda text=text: read_markdown(text), runs)
        write = median_ms(lambda resume=resume: write_markdown(resume), max(runs // 4, 3))
        print(
            f"  {label:14} {len(text):>9,} chars  read {read:8.2f} ms (budget {BUDGET_MS[label]:.0f} ms)"
            f"   write {write:8.2f} ms"
        )


if __name__ == "__main__":
    main()
