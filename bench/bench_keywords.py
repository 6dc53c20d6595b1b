"""Job-description keywords: extraction quality against hand labels, and analysis time.

Run: python bench/bench_keywords.py
Quality: precision, recall and F1 of extract_keywords on each labelled posting in tests/data/jd,
and any term with broken edges ("first contact whenever possible") in a posting's top 15
(the holdout_* postings were labelled before the extractor ever ran on them and are not tuned
against). Time budgets (docs/architecture.md: `analyze` warm <= 50 ms for a 2-page resume; the keyword
share of it: extraction <= 20 ms for a normal posting, matching <= 30 ms for 2 pages; a 1 MB
pasted posting well under a second); the word lists' cold load is measured in a fresh process.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from editor.analysis.keywords import (  # noqa: E402
    bold_matched_keywords,
    extract_keywords,
    keywords_above_fold,
    match_keywords,
)
from editor.analysis.keywords.text import tokenize  # noqa: E402
from editor.formats.export.pdf_writer import build_pdf  # noqa: E402
from editor.formats.markdown.reader import read_markdown  # noqa: E402
from editor.resources import resource_path  # noqa: E402
from tests.analysis.jd_labels import JD_FOLDER, Score, f1, junk_terms, posting_names, score  # noqa: E402

RUNS = 50
HUGE_RUNS = 5
EXPERIENCE_COPIES = 3  # the sample's experience repeated this often fills two pages
BUDGETS_MS = {"extract": 20.0, "match": 30.0, "analyze": 50.0, "huge": 1000.0, "cold": 1500.0}
COLD = (
    "import time; t = time.perf_counter(); from editor.analysis.keywords.lexicon import lexicon; "
    "lexicon(); print((time.perf_counter() - t) * 1000)"
)


def _median_ms(action: Callable[[], object], runs: int = RUNS, *, cold_lines: bool = False) -> float:
    """Median time; `cold_lines` empties the per-line token cache first, as for a text never seen."""
    action()
    timings = []
    for _ in range(runs):
        if cold_lines:
            tokenize.cache_clear()
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def _two_page_resume(sample: str) -> str:
    head, rest = sample.split("## Experience\n", 1)
    experience, tail = rest.split("\n## ", 1)
    return f"{head}## Experience\n{experience * EXPERIENCE_COPIES}\n## {tail}"


def _print_scores(title: str, scores: list[Score], junk: dict[str, list[str]]) -> None:
    print(f"\n{title}")
    print(f"  {'posting':<22} {'terms':>5} {'precision':>9} {'recall':>6} {'F1':>5} {'req/pref ok':>11}")
    for item in scores:
        print(
            f"  {item.name:<22} {item.extracted:>5} {item.precision:>9.2f} {item.recall:>6.2f} {item.f1:>5.2f}"
            f" {item.need_agreement:>11.2f}"
        )
        if item.missed:
            print(f"      missed: {', '.join(item.missed)}")
        if item.false_positives:
            print(f"      not in labels: {', '.join(item.false_positives)}")
        if junk[item.name]:
            print(f"      JUNK in top 15: {', '.join(junk[item.name])}")
    precision = statistics.mean(item.precision for item in scores)
    recall = statistics.mean(item.recall for item in scores)
    print(
        f"  {'overall (mean)':<22} {'':>5} {precision:>9.2f} {recall:>6.2f} {f1(precision, recall):>5.2f}"
        f"   (target F1 >= 0.85; junk in top 15: {sum(map(len, junk.values()))}, target 0)"
    )


def _print_time(label: str, value: float, budget: str) -> None:
    print(f"  {label:<52} {value:8.1f} ms   (budget {BUDGETS_MS[budget]:.0f} ms)")


def main() -> None:
    cold = statistics.median(
        float(subprocess.run([sys.executable, "-c", COLD], cwd=REPO, capture_output=True, text=True, check=True).stdout)
        for _ in range(3)
    )
    for holdout, title in ((False, "Development postings"), (True, "Holdout postings (never tuned against)")):
        extracted = {
            name: extract_keywords((JD_FOLDER / f"{name}.txt").read_text("utf-8"))
            for name in posting_names(holdout=holdout)
        }
        junk = {name: junk_terms([keyword.term for keyword in terms[:15]]) for name, terms in extracted.items()}
        _print_scores(title, [score(name, terms) for name, terms in extracted.items()], junk)

    posting = resource_path("samples", "job-description.txt").read_text("utf-8")
    text = _two_page_resume(resource_path("samples", "resume.md").read_text("utf-8"))
    resume = read_markdown(text)
    layout = build_pdf(resume).layout
    keywords = extract_keywords(posting)
    report = match_keywords(resume, text, keywords)
    huge = (posting + "\n") * (1_000_000 // len(posting) + 1)
    longest = max(((JD_FOLDER / f"{name}.txt").read_text("utf-8") for name in posting_names(holdout=False)), key=len)

    print(f"\nTimes (median of {RUNS} warm runs; resume {len(text.splitlines())} lines, {layout.page_count} pages)")
    _print_time("word lists, first load in a fresh process (of cold start)", cold, "cold")
    print("  (new text: token cache emptied before each run; repeat: lines already seen, as while typing)")
    for label, cold_lines in (("new text", True), ("repeat", False)):
        _print_time(
            f"extract_keywords, sample posting, {label}",
            _median_ms(lambda: extract_keywords(posting), cold_lines=cold_lines),
            "extract",
        )
        _print_time(
            f"extract_keywords, longest posting ({len(longest)} chars), {label}",
            _median_ms(lambda: extract_keywords(longest), cold_lines=cold_lines),
            "extract",
        )
        _print_time(
            f"match_keywords, 2-page resume, {label}",
            _median_ms(lambda: match_keywords(resume, text, keywords), cold_lines=cold_lines),
            "match",
        )
        _print_time(
            f"extract + match, {label}",
            _median_ms(lambda: match_keywords(resume, text, extract_keywords(posting)), cold_lines=cold_lines),
            "analyze",
        )
    _print_time(
        "bold_matched_keywords + keywords_above_fold",
        _median_ms(lambda: (bold_matched_keywords(text, report), keywords_above_fold(report, layout, 500))),
        "match",
    )
    _print_time(
        f"extract_keywords, {len(huge) / 1e6:.1f} MB pasted posting ({HUGE_RUNS} runs)",
        _median_ms(lambda: extract_keywords(huge), HUGE_RUNS, cold_lines=True),
        "huge",
    )


if __name__ == "__main__":
    main()
