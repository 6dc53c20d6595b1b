"""Import time of a two-page DOCX and PDF, and the ATS self-check, median of many runs after a warm-up.

Importing runs once per file the user opens, so docs/architecture.md sets no budget for it; the figures
show it stays well under a second. The ATS self-check runs after a pause in typing and shares
the 150 ms refresh budget: the quick check (pypdf only) is what the live pipeline can afford,
the full check (pypdf + pdfplumber + python-docx) is for `foldline analyze`.

Run: python bench/bench_import.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from timing import median_ms  # noqa: E402

from editor.analysis.ats import check_ats  # noqa: E402
from editor.formats.export.docx_writer import build_docx  # noqa: E402
from editor.formats.export.pdf_writer import build_pdf  # noqa: E402
from editor.formats.importing.docx.reader import read_docx  # noqa: E402
from editor.formats.importing.pdf.reader import read_pdf  # noqa: E402
from editor.formats.registry import read_resume  # noqa: E402
from tests.formats import import_fixtures_docx, import_fixtures_pdf  # noqa: E402
from tests.formats.engine_cases import CASES  # noqa: E402
from tests.formats.import_fixtures import ENGLISH, longer_sample  # noqa: E402

RUNS = 20
REFRESH_BUDGET_MS = 150.0


def main() -> None:
    resume = longer_sample(2)
    rendered = build_pdf(resume)
    pdf, docx = rendered.data, build_docx(resume)
    latex, word = import_fixtures_pdf.latex_like(ENGLISH), import_fixtures_docx.one_column(ENGLISH)
    print(f"Import and ATS self-check, median of {RUNS} runs after a warm-up ({rendered.layout.page_count} pages)")
    print(
        f"  import our 2-page DOCX                     {median_ms(lambda: read_docx(docx), RUNS):7.1f} ms   (no budget)"
    )
    print(
        f"  import our 2-page PDF                      {median_ms(lambda: read_pdf(pdf), RUNS):7.1f} ms   (no budget)"
    )
    print(
        f"  import a 1-page Word file (foreign)        {median_ms(lambda: read_docx(word), RUNS):7.1f} ms   (no budget)"
    )
    print(
        f"  import a 1-page LaTeX-like PDF (foreign)   {median_ms(lambda: read_pdf(latex), RUNS):7.1f} ms   (no budget)"
    )
    for case in CASES:
        if case.name in ("jake-pdflatex", "moderncv-lualatex-de", "printed-chromium"):
            data = case.pdf
            label = f"import {case.name} ({case.engine}, real engine)"
            print(f"  {label:<43}{median_ms(lambda data=data: read_pdf(data), RUNS):7.1f} ms   (no budget)")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "resume.pdf"
        path.write_bytes(pdf)
        bounded = median_ms(lambda: read_resume(path), RUNS // 4)
    print(f"  import our 2-page PDF in the worker process{bounded:7.1f} ms   (what Import… and `export` do)")
    quick = median_ms(lambda: check_ats(resume, pdf, quick=True), RUNS)
    quick_docx = median_ms(lambda: check_ats(resume, pdf, docx, quick=True), RUNS)
    full = median_ms(lambda: check_ats(resume, pdf, docx), RUNS // 2)
    budget = f"(shares the {REFRESH_BUDGET_MS:.0f} ms refresh budget)"
    print(f"  ATS check quick: pypdf                     {quick:7.1f} ms   {budget}")
    print(f"  ATS check quick: pypdf + python-docx       {quick_docx:7.1f} ms   {budget}")
    print(f"  ATS check full: + pdfplumber               {full:7.1f} ms   (for `foldline analyze`, no budget)")


if __name__ == "__main__":
    main()
