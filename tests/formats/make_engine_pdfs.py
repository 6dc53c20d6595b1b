"""Compile the real-engine import fixtures: `python -m tests.formats.make_engine_pdfs`.

Needs pdflatex, xelatex and lualatex (Debian: texlive-latex-extra texlive-xetex texlive-luatex
texlive-fonts-extra texlive-lang-german cm-super fonts-font-awesome), the `typst` Python package
and Chromium. Writes each PDF (`engine_cases`, then `engine_templates`) to
tests/formats/engine_pdfs/; the PDFs are committed, so the import tests run without the engines.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from tests.formats.engine_cases import CASES, FIXTURES, EngineCase
from tests.formats.engine_templates import TEX_CASES, TemplateCase

_CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def compile_case(case: EngineCase | TemplateCase, work: Path) -> bytes:
    """The PDF the case's engine makes of its source."""
    source = case.source
    if case.engine in ("pdflatex", "xelatex", "lualatex"):
        (work / "resume.tex").write_text(source, encoding="utf-8")
        for _ in range(2):  # twice, as LaTeX needs for page references
            subprocess.run(
                [case.engine, "-interaction=nonstopmode", "-halt-on-error", "resume.tex"],
                cwd=work,
                check=True,
                capture_output=True,
            )
        return (work / "resume.pdf").read_bytes()
    if case.engine == "typst":
        import typst

        return typst.compile(source.encode("utf-8"))
    page = work / "resume.html"
    page.write_text(source, encoding="utf-8")
    flags = [*_CHROMIUM_FLAGS, f"--user-data-dir={work / 'profile'}", f"--print-to-pdf={work / 'resume.pdf'}"]
    if not case.browser_header_footer:
        flags.append("--no-pdf-header-footer")
    subprocess.run(["chromium", *flags, page.as_uri()], check=True, capture_output=True, timeout=120)
    return (work / "resume.pdf").read_bytes()


def main() -> int:
    FIXTURES.mkdir(exist_ok=True)
    for case in (*CASES, *TEX_CASES):
        with tempfile.TemporaryDirectory() as folder:
            data = compile_case(case, Path(folder))
        (FIXTURES / f"{case.name}.pdf").write_bytes(data)
        print(f"{case.name}.pdf  {len(data):>7,} bytes  ({case.engine})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
