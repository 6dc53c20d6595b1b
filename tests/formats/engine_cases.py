"""The real-engine import fixtures: which engine typesets which content in which template.

`make_engine_pdfs` compiles them into tests/formats/engine_pdfs/; `test_engine_pdfs` imports them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from tests.formats import engine_sources as sources
from tests.formats.import_fixtures import ENGLISH, FRENCH, GERMAN, RUSSIAN, SPANISH, Content

FIXTURES = Path(__file__).parent / "engine_pdfs"


@dataclass(frozen=True)
class EngineCase:
    name: str
    engine: str
    producer: str  # what the PDF's /Producer (or /Creator) says, proving which engine made it
    content: Content
    write: Callable[[Content], str]
    browser_header_footer: bool = False  # Chromium prints its date, title, address and page numbers

    @property
    def source(self) -> str:
        return self.write(self.content)

    @property
    def pdf(self) -> bytes:
        return (FIXTURES / f"{self.name}.pdf").read_bytes()


_TWO_PAGES = replace(ENGLISH, jobs=ENGLISH.jobs * 3)

CASES = (
    EngineCase("jake-pdflatex", "pdflatex", "pdfTeX", ENGLISH, sources.jake_pdflatex),
    EngineCase(
        "jake-pdflatex-bitmap-fr", "pdflatex", "pdfTeX", FRENCH, partial(sources.jake_pdflatex, bitmap_fonts=True)
    ),
    EngineCase("awesome-xelatex-fr", "xelatex", "xdvipdfmx", FRENCH, sources.awesome_xelatex),
    EngineCase("moderncv-lualatex-de", "lualatex", "LuaTeX", GERMAN, sources.moderncv_lualatex),
    EngineCase("basic-typst", "typst", "Typst", ENGLISH, sources.basic_typst),
    EngineCase("basic-typst-ru", "typst", "Typst", RUSSIAN, partial(sources.basic_typst, lang="ru")),
    EngineCase("paged-typst", "typst", "Typst", replace(ENGLISH, jobs=ENGLISH.jobs * 4), sources.paged_typst),
    EngineCase("sidebar-chromium-es", "chromium", "Skia/PDF", SPANISH, sources.sidebar_html),
    EngineCase("three-columns-chromium", "chromium", "Skia/PDF", ENGLISH, sources.three_columns_html),
    EngineCase("printed-chromium", "chromium", "Skia/PDF", _TWO_PAGES, sources.plain_html, browser_header_footer=True),
)
