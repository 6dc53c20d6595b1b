"""Memory over an hour of editing: the live work (analysis, page raster, heat overlay) run as
often as an hour of typing with pauses asks for it, RSS read every 100 edits.

docs/architecture.md: ≤ 400 MB RSS after an hour of editing, no growth per edit. An hour of editing is
taken as 720 refreshes (a pause every 5 s); each edit changes one bullet, as typing does, and
every tenth also swaps the job description, as a user comparing postings does. The first 100
edits warm the caches (dictionaries, fonts, keyword extraction); growth is counted after them.

Run: QT_QPA_PLATFORM=offscreen python bench/bench_memory.py [edits]
"""

from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timing import sample_text

from editor.analysis.proofing.spelling import Speller
from editor.analysis.snapshot import AnalysisRequest
from editor.resources import resource_path
from editor.ui.application import create_application
from editor.ui.live_work import LiveRequest, run_live_analysis
from editor.ui.page_raster import keep_pdf_engine_loaded

EDITS = 720
WARM_UP = 100
BUDGET_MB = 400.0
JD = resource_path("samples", "job-description.txt").read_text(encoding="utf-8")
OTHER_JD = "Data analyst: SQL, Python, Tableau, stakeholder reporting, A/B testing, forecasting.\n" * 20


def rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def edited(text: str, number: int) -> str:
    """The sample with one bullet retyped, a different word each time."""
    return text.replace("quarterly", f"quarterly {number % 97} times", 1)


def main() -> None:
    edits = int(sys.argv[1]) if len(sys.argv) > 1 else EDITS
    application = create_application(sys.argv[:1])
    keep_pdf_engine_loaded(application)  # as the main window does
    speller = Speller()
    text = sample_text()
    baseline = None
    started = time.perf_counter()
    print(f"Memory over {edits} refreshes of the sample resume (live work: analysis, raster, heat)")
    for number in range(1, edits + 1):
        jd = OTHER_JD if number % 10 == 0 else JD
        request = LiveRequest(AnalysisRequest(text=edited(text, number), jd_text=jd), pixels_per_point=1.5)
        run_live_analysis(request, speller)
        if number == WARM_UP:
            gc.freeze()  # as the app does once its first preview is up
            baseline = rss_mb()
        if number % 100 == 0:
            growth = "" if baseline is None else f"  ({rss_mb() - baseline:+.1f} MB since edit {WARM_UP})"
            print(f"  after {number:4} edits: {rss_mb():6.1f} MB RSS{growth}")
    per_edit = (rss_mb() - baseline) / max(1, edits - WARM_UP) * 1000 if baseline is not None else 0.0
    print(f"  {per_edit:+.1f} kB per edit after the warm-up; budget ≤ {BUDGET_MB:.0f} MB, no growth per edit")
    print(f"  ({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
