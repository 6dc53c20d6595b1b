"""Shared by the benchmarks: medians of repeated runs and longer versions of the sample resume."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from editor.resources import resource_path


def median_ms(work: Callable[[], object], runs: int) -> float:
    """Median wall time of `work` in ms over `runs` runs, after one warm-up run."""
    work()
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def sample_text() -> str:
    return resource_path("samples", "resume.md").read_text(encoding="utf-8")


def with_experience_repeated(copies: int) -> str:
    """The sample with its experience entries repeated, as a longer career or an academic CV reads."""
    head, rest = sample_text().split("## Experience\n", 1)
    experience, tail = rest.split("\n## ", 1)
    return f"{head}## Experience\n{experience * copies}\n## {tail}"
