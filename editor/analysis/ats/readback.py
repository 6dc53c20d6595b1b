"""The ATS self-check: read our own exported PDF (and DOCX) back the way a parser would, and compare.

Two readings: the text each extractor returns (below), and the fields a resume parser makes of
the file (`parsed.read_fields`: name, contacts, each job and school, skills), each judged.

Why two PDF extractors: they disagree on real files (a "•" in reportlab's built-in Helvetica
comes out of pypdf 7.1 as DEL and out of pdfplumber 0.11 as "(cid:127)"), and an applicant
tracking system runs one of many. Each extractor's text is checked against the model: words
missing, the name not among the first lines, sections and entries out of order, ligatures or
private-use glyphs, e-mail and phone not extractable, dates not recognisable.

Speed (bench/bench_import.py, two pages, a loaded 2-core machine): the pypdf-only check takes
about 55 ms, adding pdfplumber about 400 ms. So `quick=True` (pypdf only, plus the DOCX when
given) is the one to run after a pause in typing; the full check is for `foldline analyze`.
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from editor.analysis.ats.parsed import FieldReport, read_fields
from editor.analysis.findings import Finding
from editor.formats.dates import display_date_range, parse_date_range
from editor.model import BulletList, ContactKind, Entry, Paragraph, Resume, Severity, Span, plain
from editor.render.bidi import has_rtl, visual_order

TEXT_SHOWN = 4000
_WHY = "An applicant tracking system reads the file's text, not the page."
MISSING_SHOWN = 12
NAME_LINES = 3
_WORD = re.compile(r"[^\W_]+")
_DASHES = re.compile(r"\s*[‐‑‒–—-]\s*")
_GARBLED = (
    ("ligature", re.compile("[\ufb00-\ufb06]"), "ligature characters (ﬁ, ﬂ) that break words like 'efficient'"),
    ("private-use", re.compile("[\ue000-\uf8ff]"), "icon-font characters no parser can read"),
    ("unknown", re.compile(r"[\ufffd\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\(cid:\d+\)"), "unreadable characters"),
)


@dataclass(frozen=True)
class ExtractorResult:
    """What one text extractor read, and how it compares with the resume."""

    name: str
    text: str
    missing_words: tuple[str, ...] = ()
    order_ok: bool = True
    name_first: bool = True
    problems: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "text": self.text[:TEXT_SHOWN],
            "missing_words": list(self.missing_words),
            "order_ok": self.order_ok,
            "name_first": self.name_first,
            "problems": list(self.problems),
        }


@dataclass(frozen=True)
class AtsReport:
    """Every extractor's reading, the findings they add up to, and the text to show beside the page."""

    extractors: tuple[ExtractorResult, ...]
    findings: tuple[Finding, ...]
    plain_text: str
    quick: bool = False
    fields: tuple[FieldReport, ...] = ()

    @property
    def ok(self) -> bool:
        return not any(finding.severity in (Severity.ERROR, Severity.WARNING) for finding in self.findings)

    def as_dict(self) -> dict[str, Any]:
        """The `ats` object of `foldline analyze --json`."""
        return {
            "ok": self.ok,
            "quick": self.quick,
            "extractors": [extractor.as_dict() for extractor in self.extractors],
            "findings": [finding.as_dict() for finding in self.findings],
            "fields": {report.source: report.as_dict() for report in self.fields},
        }


def check_ats(resume: Resume, pdf_bytes: bytes, docx_bytes: bytes | None = None, quick: bool = False) -> AtsReport:
    """Read the exported files back and compare with `resume`; `quick` skips pdfplumber (slow)."""
    expected = _Expected.of(resume)
    readings = [("pypdf", _pypdf_text, pdf_bytes)]
    if not quick:
        readings.append(("pdfplumber", _pdfplumber_text, pdf_bytes))
    if docx_bytes is not None:
        readings.append(("python-docx", _docx_text, docx_bytes))
    results: list[ExtractorResult] = []
    findings: list[Finding] = []
    for name, extract, data in readings:
        result, found = _compare(name, extract, data, expected)
        results.append(result)
        findings.extend(found)
    sources = [("pdf", pdf_bytes)] + ([("docx", docx_bytes)] if docx_bytes is not None else [])
    fields = tuple(read_fields(resume, source, data) for source, data in sources)
    for report in fields:
        findings.extend(report.findings())
    return AtsReport(tuple(results), tuple(findings), results[0].text, quick, fields)


# -- what the resume says ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Expected:
    """The facts of the model an extractor's text is checked against."""

    name: str
    name_line: int
    words: frozenset[str]
    anchors: tuple[str, ...]
    emails: tuple[tuple[str, int], ...]
    phones: tuple[tuple[str, int], ...]
    dates: tuple[tuple[str, str, int], ...]  # (entry label, date text, line)

    @classmethod
    def of(cls, resume: Resume) -> _Expected:
        header = resume.header
        texts = [header.name, *(plain(line) for line in header.headline), *(item.text for item in header.contacts)]
        anchors = [header.name] if header.name.strip() else []
        dates: list[tuple[str, str, int]] = []
        for section in resume.sections:
            texts.append(section.title)
            anchors.append(section.title)
            for item in section.items:
                if isinstance(item, Entry):
                    label = item.title or item.organization
                    texts += [item.title, item.organization, item.location, *_block_texts(item.blocks)]
                    anchors.append(label)
                    if item.dates is not None and (spelled := display_date_range(item.dates)):
                        texts.append(spelled)
                        dates.append((label, spelled, _line(item.dates.span or item.span)))
                else:
                    texts += _block_texts((item,))
        contacts = header.contacts
        return cls(
            header.name.strip(),
            _line(header.name_span),
            frozenset(_words(" ".join(texts))),
            tuple(anchor for anchor in anchors if anchor.strip()),
            tuple((item.text, _line(item.span)) for item in contacts if item.kind is ContactKind.EMAIL),
            tuple((item.text, _line(item.span)) for item in contacts if item.kind is ContactKind.PHONE),
            tuple(dates),
        )


def _block_texts(blocks) -> list[str]:
    texts: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            texts.append(plain(block.text))
        elif isinstance(block, BulletList):
            texts += [plain(bullet.text) for bullet in block.items]
    return texts


def _line(span: Span | None) -> int:
    return span.line if span is not None else 0


def _normalize(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).lower().split())  # not NFKC or casefold: both undo ligatures


def _words(text: str) -> list[str]:
    return _WORD.findall(_normalize(text))


# -- the extractors -----------------------------------------------------------------------------------


def _pypdf_text(data: bytes) -> str:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _pdfplumber_text(data: bytes) -> str:
    """pdfplumber's text, right-to-left words put in reading order.

    Why: a PDF stores Hebrew and Arabic in visual order (as drawn, left to right) and pdfplumber,
    unlike pypdf, pdftotext and pdf.js, does no bidi, so every right-to-left word came back
    reversed and was reported missing, for LibreOffice's PDFs as for ours: no file can fix that.
    """
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as document:
        text = "\n".join(page.extract_text() or "" for page in document.pages)
    return "\n".join(_reading_order(line) if has_rtl(line) else line for line in text.split("\n"))


def _reading_order(line: str) -> str:
    """A line read in visual order back in reading order (the drawing order's reordering undone)."""
    pieces = [(piece, None) for piece in re.split(r"(\s+)", line) if piece]
    return "".join(piece for piece, _none in visual_order(pieces))


def _docx_text(data: bytes) -> str:
    import docx

    document = docx.Document(io.BytesIO(data))
    return "\n".join(paragraph.text for paragraph in document.paragraphs)


# -- comparing ----------------------------------------------------------------------------------------


def _compare(name: str, extract, data: bytes, expected: _Expected) -> tuple[ExtractorResult, list[Finding]]:
    try:
        raw = extract(data)
    except Exception as error:  # an extractor failing on our own file is itself the finding
        message = f"{name} could not read the file ({type(error).__name__}: {error})"
        return ExtractorResult(name, "", problems=(message,)), [_finding("ats-unreadable", Severity.ERROR, message)]
    text = "\n".join(line.strip() for line in raw.splitlines())
    normalized = _normalize(text)
    found_words = set(_WORD.findall(normalized))
    missing = tuple(sorted(expected.words - found_words))
    order_ok = _in_order(expected.anchors, normalized)
    first_lines = [line for line in text.splitlines() if line.strip()][:NAME_LINES]
    name_first = not expected.name or any(_normalize(expected.name) in _normalize(line) for line in first_lines)
    findings: list[Finding] = []
    if missing:
        shown = ", ".join(missing[:MISSING_SHOWN]) + (" …" if len(missing) > MISSING_SHOWN else "")
        severity = Severity.ERROR if len(missing) > 0.05 * max(len(expected.words), 1) else Severity.WARNING
        findings.append(_finding("ats-missing-text", severity, f"{name} does not read {len(missing)} word(s): {shown}"))
    if not order_ok:
        findings.append(
            _finding("ats-reading-order", Severity.WARNING, f"{name} reads your sections or entries out of order")
        )
    if not name_first:
        findings.append(
            _finding(
                "ats-name-not-first",
                Severity.WARNING,
                f"{name} does not read your name among the first {NAME_LINES} lines",
                expected.name_line,
            )
        )
    findings += _garbled(name, text) + _contacts(name, normalized, expected) + _dates(name, normalized, expected)
    problems = tuple(finding.message for finding in findings)
    return ExtractorResult(name, text, missing, order_ok, name_first, problems), findings


def _in_order(anchors: tuple[str, ...], normalized: str) -> bool:
    """Name, section titles and entry titles appear in the model's order (missing ones are skipped)."""
    position = 0
    for anchor in anchors:
        needle = _normalize(anchor)
        found = normalized.find(needle, position)
        if found >= 0:
            position = found + len(needle)
        elif normalized.find(needle) >= 0:
            return False
    return True


def _garbled(name: str, text: str) -> list[Finding]:
    findings = []
    for rule, pattern, description in _GARBLED:
        count = len(pattern.findall(text))
        if count:
            findings.append(_finding(f"ats-{rule}-characters", Severity.WARNING, f"{name} reads {count} {description}"))
    return findings


def _contacts(name: str, normalized: str, expected: _Expected) -> list[Finding]:
    findings = []
    for email, line in expected.emails:
        if _normalize(email) not in normalized:
            message = f"{name} cannot read your e-mail address {email}"
            findings.append(_finding("ats-contact-unreadable", Severity.ERROR, message, line))
    digits = re.sub(r"\D", "", normalized)
    for phone, line in expected.phones:
        if re.sub(r"\D", "", phone) not in digits:
            message = f"{name} cannot read your phone number {phone}"
            findings.append(_finding("ats-contact-unreadable", Severity.ERROR, message, line))
    return findings


def _dates(name: str, normalized: str, expected: _Expected) -> list[Finding]:
    findings = []
    dashed = _DASHES.sub("-", normalized)
    for label, spelled, line in expected.dates:
        readable = parse_date_range(spelled) is not None
        if not readable or _DASHES.sub("-", _normalize(spelled)) not in dashed:
            message = f"{name} cannot read the dates of '{label}' ({spelled})"
            findings.append(_finding("ats-dates-unreadable", Severity.WARNING, message, line))
    return findings


def _finding(rule: str, severity: Severity, message: str, line: int = 0) -> Finding:
    return Finding(
        rule, severity, message, line, why="An applicant tracking system reads the file's text, not the page."
    )
