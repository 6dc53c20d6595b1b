"""`analyze` of a resume against a job description, warm (docs/architecture.md budget: ≤ 50 ms for 2 pages).

Measures the analysis pass the app runs on every pause in typing (parse, PDF and layout map,
fold, keywords, attention, rules, spelling) and the full report `foldline analyze` prints (which
adds the slower two-extractor ATS read-back).
"""

from __future__ import annotations

from functools import partial

from timing import median_ms, with_experience_repeated

from editor.analysis.report import report_from
from editor.analysis.snapshot import AnalysisRequest, analyse
from editor.resources import resource_path

RUNS = 30


def main() -> None:
    jd = resource_path("samples", "job-description.txt").read_text(encoding="utf-8")
    print(f"analysis against the sample job description, median of {RUNS} warm runs")
    for label, copies, budget in (("2-page resume", 2, "≤ 50 ms"), ("10-page CV", 20, "≤ 400 ms refresh")):
        request = AnalysisRequest(with_experience_repeated(copies), jd)
        live = median_ms(partial(analyse, request), RUNS)
        report = median_ms(lambda request=request: report_from(analyse(request)), 5)
        print(f"  {label:14} live pass {live:7.1f} ms (budget {budget})   full report with ATS {report:7.1f} ms")


if __name__ == "__main__":
    main()
