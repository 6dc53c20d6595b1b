"""Every real-software import fixture, read as the app reads it: time, memory, words, links, fields.

For each PDF and Word fixture: the median seconds of an import through the worker process
(`registry.read_resume`, what Import… and `foldline export` do), the peak Python memory of
the same import in this process (tracemalloc), the share of the author's words kept, the
links that point where the document pointed (fixtures with an expected Markdown), and the
fields a recruiter reads that came back right (name, contacts, each job's title,
organisation, place and dates). docs/architecture.md sets no budget for import; the worker stops one at
30 s and 1.5 GB.

Run: python bench/bench_import_corpus.py [runs]
"""

from __future__ import annotations

import re
import statistics
import sys
import time
import tracemalloc
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from editor.formats.dates import parse_date_range  # noqa: E402
from editor.formats.markdown.reader import read_markdown  # noqa: E402
from editor.formats.markdown.writer import write_markdown  # noqa: E402
from editor.formats.registry import read_resume, read_resume_here  # noqa: E402
from editor.model import Resume, SectionKind  # noqa: E402
from tests.formats import make_engine_docx  # noqa: E402
from tests.formats.engine_cases import CASES, FIXTURES  # noqa: E402
from tests.formats.engine_templates import TEMPLATE_CASES  # noqa: E402
from tests.formats.import_fixtures import Content, retention  # noqa: E402
from tests.formats.test_engine_templates import links as links_of  # noqa: E402

RUNS = 5
_WORD = re.compile(r"[^\W_]+(?:[-'’./@][^\W_]+)*")


def fields_of(resume: Resume) -> Counter[str]:
    """What a recruiter reads as fields, as comparable strings."""
    found = Counter([f"name={resume.header.name}"])
    found.update(f"contact={item.text}" for item in resume.header.contacts)
    experience = resume.section(SectionKind.EXPERIENCE)
    for entry in experience.entries if experience else ():
        found.update(f"{key}={value}" for key, value in (("job", entry.title), ("at", entry.organization)) if value)
        found.update([f"place={entry.location}"] if entry.location else [])
        found.update([f"dates={entry.dates.start}-{entry.dates.end}-{entry.dates.present}"] if entry.dates else [])
    return found


def fields_of_content(content: Content) -> Counter[str]:
    found = Counter([f"name={content.name}"])
    found.update(f"contact={text}" for text in (content.email, content.phone, content.location, content.website))
    for job in content.jobs:
        found.update([f"job={job.title}", f"at={job.organization}", f"place={job.location}"])
        dates = parse_date_range(job.dates)
        found.update([f"dates={dates.start}-{dates.end}-{dates.present}"] if dates else [])
    return found


def seen(fields: Counter[str]) -> Counter[str]:
    """Up to letter case (small capitals hide it) and typographic apostrophes, as the tests compare."""
    return Counter({key.casefold().replace("’", "'"): count for key, count in fields.items()})


def share(expected: Counter[str], got: Counter[str]) -> str:
    total = sum(expected.values())
    return f"{sum((expected & got).values())}/{total}" if total else "–"


def measure(path: Path, runs: int) -> tuple[float, float, Resume]:
    """Median seconds through the worker, and the peak MB of one import in this process."""
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        read_resume(path)
        seconds.append(time.perf_counter() - started)
    tracemalloc.start()
    resume = read_resume_here(path)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return statistics.median(seconds), peak, resume


def main(runs: int = RUNS) -> None:
    rows = []
    corpus = [(FIXTURES / f"{case.name}.pdf", case.content, None) for case in CASES]
    corpus += [(case.path, None, case.expected) for case in TEMPLATE_CASES]
    corpus += [(make_engine_docx.FIXTURES / f"{case.name}.docx", case.content, None) for case in make_engine_docx.CASES]
    read_resume(corpus[0][0])  # starts the worker server once, as the app's first import does
    for path, content, expected in corpus:
        seconds, peak, resume = measure(path, runs)
        imported = write_markdown(resume)
        if content is not None:
            kept, _ = retention(content.texts(), resume)
            links, fields = "–", share(seen(fields_of_content(content)), seen(fields_of(resume)))
        else:
            want, got = Counter(_WORD.findall(expected)), Counter(_WORD.findall(imported))
            kept = sum((want & got).values()) / sum(want.values())
            links = share(Counter(links_of(read_markdown(expected))), Counter(links_of(resume)))
            fields = share(seen(fields_of(read_markdown(expected))), seen(fields_of(resume)))
        rows.append((path.name, seconds, peak, kept, links, fields))
    print(f"Import corpus: median of {runs} runs through the worker process; peak = Python heap of one import")
    print(f"  {'fixture':<34}{'seconds':>8}{'peak MB':>9}{'words kept':>12}{'links right':>13}{'fields right':>14}")
    for name, seconds, peak, kept, links, fields in rows:
        print(f"  {name:<34}{seconds:8.2f}{peak:9.1f}{kept:12.1%}{links:>13}{fields:>14}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else RUNS)
