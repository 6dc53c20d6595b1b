"""Make the Word import fixtures real software wrote: `python -m tests.formats.make_engine_docx`.

Users arrive with Word files that real software wrote, not python-docx: a web resume saved as
Word, a PDF "converted to Word" (every line an absolutely positioned text frame), an
OpenDocument file saved again as .docx (all three by LibreOffice), and a Markdown resume turned
into Word by pandoc. They are made here from the contents and the committed engine PDFs of the
other import fixtures; the .docx files are committed, so the tests need neither LibreOffice nor
pandoc (Debian: libreoffice-writer pandoc).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.formats import engine_sources, import_fixtures_docx
from tests.formats.engine_cases import FIXTURES as ENGINE_PDFS
from tests.formats.engine_templates import WORD_CASES
from tests.formats.import_fixtures import ENGLISH, GERMAN, SPANISH, Content

FIXTURES = Path(__file__).parent / "engine_docx"
TIMEOUT_SECONDS = 180
_WORD = "docx:MS Word 2007 XML"


@dataclass(frozen=True)
class DocxCase:
    """One fixture: its file name, the content it shows and how LibreOffice gets its source."""

    name: str
    content: Content
    source_suffix: str  # .html, .pdf or .odt
    source: Callable[[Path], None]  # writes the source document to the given path
    input_filter: str | None = None
    converter: str = "libreoffice"  # or "pandoc", for a Markdown resume turned into Word

    @property
    def data(self) -> bytes:
        return (FIXTURES / f"{self.name}.docx").read_bytes()


def _text_source(write: Callable[[Content], str], content: Content) -> Callable[[Path], None]:
    """Writes the text source (HTML, or Markdown for pandoc) the case's `write` makes."""
    return lambda path: path.write_text(write(content), encoding="utf-8")


def _engine_pdf(name: str) -> Callable[[Path], None]:
    return lambda path: shutil.copyfile(ENGINE_PDFS / f"{name}.pdf", path)


def _opendocument(build: Callable[[Content], bytes], content: Content) -> Callable[[Path], None]:
    """An ODT saved by LibreOffice from a Word fixture, as a user who edits in LibreOffice keeps it."""

    def write(path: Path) -> None:
        word = path.with_suffix(".source.docx")
        word.write_bytes(build(content))
        _soffice([word], "odt", path.parent)
        path.parent.joinpath(f"{word.stem}.odt").rename(path)

    return write


CASES = (
    DocxCase("html-sidebar-es", SPANISH, ".html", _text_source(lambda c: engine_sources.sidebar_html(c, ""), SPANISH)),
    DocxCase("html-plain-en", ENGLISH, ".html", _text_source(engine_sources.plain_html, ENGLISH)),
    DocxCase("pdf-basic-typst", ENGLISH, ".pdf", _engine_pdf("basic-typst"), "writer_pdf_import"),
    DocxCase("pdf-sidebar-chromium-es", SPANISH, ".pdf", _engine_pdf("sidebar-chromium-es"), "writer_pdf_import"),
    DocxCase("pdf-moderncv-lualatex-de", GERMAN, ".pdf", _engine_pdf("moderncv-lualatex-de"), "writer_pdf_import"),
    DocxCase("odt-text-boxes-en", ENGLISH, ".odt", _opendocument(import_fixtures_docx.text_boxes, ENGLISH)),
    DocxCase(
        "pandoc-markdown-en", ENGLISH, ".md", _text_source(engine_sources.pandoc_markdown, ENGLISH), converter="pandoc"
    ),
)


def _soffice(documents: list[Path], target: str, outdir: Path, input_filter: str | None = None) -> None:
    """One headless LibreOffice run with a private profile (a running LibreOffice must not share it)."""
    executable = shutil.which("soffice") or shutil.which("libreoffice")
    if executable is None:
        raise SystemExit("LibreOffice is not installed (no 'soffice' on PATH)")
    profile = Path(tempfile.gettempdir()) / f"foldline-make-docx-{os.getpid()}"
    command = [executable, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore"]
    if input_filter:
        command.append(f"--infilter={input_filter}")
    command += ["--convert-to", target, "--outdir", str(outdir), *map(str, documents)]
    subprocess.run(command, check=True, capture_output=True, timeout=TIMEOUT_SECONDS)


def make(case: DocxCase, work: Path) -> bytes:
    """The .docx LibreOffice (or pandoc) saves from the case's source document."""
    source = work / f"{case.name}{case.source_suffix}"
    case.source(source)
    if case.converter == "pandoc":
        target = work / f"{case.name}.docx"
        subprocess.run(["pandoc", str(source), "-o", str(target)], check=True, capture_output=True, timeout=60)
        return target.read_bytes()
    _soffice([source], _WORD, work / "out", case.input_filter)
    return (work / "out" / f"{case.name}.docx").read_bytes()


def main() -> int:
    FIXTURES.mkdir(exist_ok=True)
    try:
        for case in CASES:
            with tempfile.TemporaryDirectory() as folder:
                data = make(case, Path(folder))
            (FIXTURES / f"{case.name}.docx").write_bytes(data)
            print(f"{case.name}.docx  {len(data):>7,} bytes  (from {case.source_suffix})")
        for template in WORD_CASES:  # the CV templates' HTML (engine_templates), saved as Word
            with tempfile.TemporaryDirectory() as folder:
                source = Path(folder) / f"{template.name}.html"
                source.write_text(template.source, encoding="utf-8")
                _soffice([source], _WORD, Path(folder) / "out")
                template.path.write_bytes((Path(folder) / "out" / f"{template.name}.docx").read_bytes())
            print(f"{template.name}.docx  (from .html)")
    finally:
        shutil.rmtree(Path(tempfile.gettempdir()) / f"foldline-make-docx-{os.getpid()}", ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
