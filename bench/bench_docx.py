"""DOCX build time: the sample resume and a 10-page CV, median of many runs after a warm-up.

The embedded font subsets are cached per face and character set, so repeated builds reuse them;
the first build in a process (what `foldline export` always pays) is measured apart, cache cleared.

Run: python bench/bench_docx.py   (budget from docs/architecture.md: DOCX build ≤ 150 ms median for 2 pages)
"""

from __future__ import annotations

from functools import partial

from timing import median_ms, sample_text, with_experience_repeated

from editor.formats.export.docx_fonts import subset_font
from editor.formats.export.docx_writer import build_docx
from editor.formats.markdown.reader import read_markdown

BUDGET_MS = 150.0
RUNS = 30
FIRST_RUNS = 5
CV_COPIES = 20  # the sample's experience entries repeated this often make about ten pages


def main() -> None:
    sample = sample_text()
    cases = {"sample resume": read_markdown(sample), "10-page CV": read_markdown(with_experience_repeated(CV_COPIES))}
    print(f"DOCX build, median of {RUNS} runs after a warm-up (budget {BUDGET_MS:.0f} ms for the sample)")
    for label, resume in cases.items():
        for template in ("modern", "classic", "compact"):
            median = median_ms(partial(build_docx, resume, template), RUNS)
            size_kb = len(build_docx(resume, template)) / 1024
            print(f"  {label:14} {template:8} {median:7.1f} ms   {size_kb:5.1f} KiB")
    for template in ("modern", "classic", "compact"):
        first = median_ms(partial(_first_build, cases["sample resume"], template), FIRST_RUNS)
        print(f"  first build, subsets made: sample resume {template:8} {first:7.1f} ms")


def _first_build(resume, template: str) -> bytes:
    subset_font.cache_clear()
    return build_docx(resume, template)


if __name__ == "__main__":
    main()
