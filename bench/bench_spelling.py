"""Spelling benchmark: typo recall, false alarms on real terms, time to check a 600-word resume,
and the same for resumes in other languages (language detection, dictionary load time and memory).

Run: python bench/bench_spelling.py   (prints medians after a warm-up; budgets from docs/architecture.md)
"""

from __future__ import annotations

import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from spellchecker import SpellChecker  # noqa: E402

from editor.analysis.proofing import spelling  # noqa: E402
from editor.analysis.proofing.spelling import Speller  # noqa: E402
from editor.formats.markdown.language import SPELLING_LANGUAGES, detect_language  # noqa: E402
from tests.analysis.language_samples import SAMPLES, imported_markdown  # noqa: E402

DATA = REPO / "tests" / "data" / "spelling"
SAMPLE = REPO / "resources" / "samples" / "resume.md"
WORDS_IN_RESUME = 600
WARM_RUNS = 200
ANALYZE_BUDGET_MS = 50  # docs/architecture.md: `analyze` of a resume against a job description (warm)
EXTRA_BULLETS = (
    "- Mentored 4 new hires on the ticket workflow, reducing their ramp-up from 8 weeks to 5",
    "- Ran a monthly survey of 300 customers and shared the findings with the managment team",
    "- Wrote 35 macros for common billing questions that cut reply time by 22% on email and chat",
    "- Partnered with network operations to publish outage notices within 10 minutes of detection",
    "- Built a weekly report of escalations by cause that guided 3 product fixes and fewer contacts",
    "- Covered the overnight queue during 2 major outages and kept the backlog under 40 tickets",
    "- Translated 60 help articles into Spanish for bilingual customers in the Pacific Northwest",
    "- Audited 120 closed tickets per month for accuracy, tone and complience with the refund policy",
)


def data_lines(name: str) -> list[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def resume_of(words: int) -> str:
    """The sample resume plus extra bullets (with 2 typos), cut to exactly `words` words."""
    text = SAMPLE.read_text(encoding="utf-8") + "\n## More\n\n" + "\n".join(EXTRA_BULLETS * 4) + "\n"
    for count, match in enumerate(re.finditer(r"[A-Za-z][A-Za-z'’]*", text), start=1):
        if count == words:
            return text[: match.end()]
    raise ValueError(f"the sample has fewer than {words} words")


def median_ms(work, runs: int) -> float:  # type: ignore[no-untyped-def]
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def report(label: str, value: str) -> None:
    print(f"{label:<52} {value}")


def main() -> None:
    start = time.perf_counter()
    speller = Speller()
    report("first Speller (pyspellchecker load + word lists)", f"{(time.perf_counter() - start) * 1000:7.1f} ms")

    pairs = [line.split() for line in data_lines("misspellings.txt")]
    missed = [typo for typo, _ in pairs if not speller.check(f"- {typo} here")]
    fast = sum(
        1 for typo, right in pairs if (found := speller.check(f"- {typo}")) and found[0].suggestions[:1] == (right,)
    )
    thorough = sum(1 for typo, right in pairs if speller.suggestions(typo)[:1] == [right])
    report(
        f"recall on {len(pairs)} common misspellings",
        f"{1 - len(missed) / len(pairs):7.1%}  missed: {', '.join(missed)}",
    )
    report("right word first, check() (edit distance 1)", f"{fast / len(pairs):7.1%}")
    report("right word first, suggestions() (edit distance 2)", f"{thorough / len(pairs):7.1%}")

    terms = data_lines("terms.txt")
    alarms = [term for term in terms if speller.check(f"- Worked with {term} daily")]
    bare = SpellChecker()  # the baseline: pyspellchecker alone, each alphanumeric part looked up
    bare_alarms = [term for term in terms if bare.unknown(re.findall(r"[A-Za-z0-9]+", term))]
    report(f"false alarms on {len(terms)} real terms", f"{len(alarms) / len(terms):7.1%}  {', '.join(alarms)}")
    report("  the same terms, bare pyspellchecker", f"{len(bare_alarms) / len(terms):7.1%}")

    resume_vocabulary()

    text = resume_of(WORDS_IN_RESUME)
    start = time.perf_counter()
    typos = Speller().check(text)
    report(
        f"{WORDS_IN_RESUME}-word resume, first check",
        f"{(time.perf_counter() - start) * 1000:7.2f} ms  ({len(typos)} flagged)",
    )
    unchanged = median_ms(lambda: speller.check(text), WARM_RUNS)
    edited = iter([f"{text} edit{index}" for index in range(WARM_RUNS)])  # the last line changes each time
    one_line = median_ms(lambda: speller.check(next(edited)), WARM_RUNS)
    fresh = iter(["\n".join(f"{line} {index}" for line in text.split("\n")) for index in range(WARM_RUNS)])
    all_lines = median_ms(lambda: speller.check(next(fresh)), WARM_RUNS)  # no line-cache hits at all
    budget = f"(budget: all of analyze ≤ {ANALYZE_BUDGET_MS} ms warm)"
    report(
        f"{WORDS_IN_RESUME}-word resume, warm, text unchanged", f"{unchanged:7.2f} ms  median of {WARM_RUNS} {budget}"
    )
    report(f"{WORDS_IN_RESUME}-word resume, warm, one line edited", f"{one_line:7.2f} ms")
    report(f"{WORDS_IN_RESUME}-word resume, warm, every line new", f"{all_lines:7.2f} ms")
    nonsense = median_ms(lambda: Speller().suggestions("xqzvbnmk"), 3)
    report("suggestions() for an 8-letter nonsense word", f"{nonsense:7.1f} ms  (on demand only; cached)")
    other_languages(speller, text)


def resume_vocabulary() -> None:
    """False alarms on real resume lines from many fields and recall on real resume typos, with the
    word lists before issue 16 (no SCOWL, sports, places or finance lists) for comparison."""
    lines = data_lines("resume_text.txt")
    pairs = [line.split() for line in data_lines("resume_typos.txt")]
    load_ms, megabytes = list_load_cost()
    report("shipped word lists, first load (own process)", f"{load_ms:7.1f} ms  +{megabytes:5.1f} MB traced")
    earlier = ("tech.txt", "business.txt", "medical.txt", "certifications.txt", "british.txt")
    lists_now = spelling.WHITELISTS
    for label, lists in (("now", lists_now), ("lists before issue 16", earlier)):
        spelling.WHITELISTS = lists
        spelling.shipped_words.cache_clear()
        spelling._words_to_check.cache_clear()  # its verdicts depend on the lists
        checker = Speller()
        alarms = sorted({m.word for line in lines for m in checker.check(f"- {line}")})
        words = sum(len(line.split()) for line in lines)
        caught = [typo for typo, _ in pairs if checker.check(f"- {typo} here")]
        offered = [typo for typo, right in pairs if right in checker.suggestions(typo)[:3]]
        report(
            f"false alarms, {len(lines)} resume lines ({words} words), {label}",
            f"{len(alarms):7d}  {', '.join(alarms)}",
        )
        report(f"recall on {len(pairs)} real resume typos, {label}", f"{len(caught) / len(pairs):7.1%}")
        report(f"  right word in the top 3 suggestions, {label}", f"{len(offered) / len(pairs):7.1%}")
    spelling.WHITELISTS = lists_now
    spelling.shipped_words.cache_clear()
    spelling._words_to_check.cache_clear()


def list_load_cost() -> tuple[float, float]:
    """Time and traced memory to read the shipped lists, in a fresh process."""
    script = (
        "import time, tracemalloc; from editor.analysis.proofing.spelling import shipped_words\n"
        "tracemalloc.start(); start = time.perf_counter(); shipped_words()\n"
        "print((time.perf_counter() - start) * 1000, tracemalloc.get_traced_memory()[1] / 1e6)"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True)
    milliseconds, megabytes = result.stdout.split()
    return float(milliseconds), float(megabytes)


def other_languages(speller: Speller, english: str) -> None:
    """Language detection on every analysis, and checking a German resume as someone types."""
    print()
    for label, sample in ((f"{WORDS_IN_RESUME}-word English", english), ("German", SAMPLES["de"])):
        report(f"detect_language, {label} resume", f"{detection_ms(sample):7.3f} ms  (runs on every analysis)")
    german = SAMPLES["de"] + "\n" + imported_markdown("de").split("\n## ", 1)[1]  # two German resumes, 1 page+
    start = time.perf_counter()
    typos = speller.check(german)
    report(
        f"German resume ({len(german.split())} words), first check",
        f"{(time.perf_counter() - start) * 1000:7.1f} ms  (loads the German list; {len(typos)} flagged)",
    )
    unchanged = median_ms(lambda: speller.check(german), WARM_RUNS)
    edited = iter([f"{german} Erfahrung{index}" for index in range(WARM_RUNS)])
    one_line = median_ms(lambda: speller.check(next(edited)), WARM_RUNS)
    budget = f"(budget: all of analyze ≤ {ANALYZE_BUDGET_MS} ms warm)"
    report("German resume, warm, text unchanged", f"{unchanged:7.2f} ms  median of {WARM_RUNS} {budget}")
    report("German resume, warm, one line edited", f"{one_line:7.2f} ms")
    for language in SPELLING_LANGUAGES[1:]:
        seconds, megabytes = load_cost(language)
        report(f"load the {language} word list (own process)", f"{seconds * 1000:7.0f} ms  +{megabytes:5.1f} MB RSS")


def detection_ms(sample: str) -> float:
    texts = iter([f"{sample} edit{index}" for index in range(WARM_RUNS)])  # a new text each time: no cache hit
    return median_ms(lambda: detect_language(next(texts)), WARM_RUNS)


def load_cost(language: str) -> tuple[float, float]:
    """Time and resident memory to load one language's list, in a fresh process that has English."""
    script = (
        "import time; from editor.analysis.proofing.spelling import Speller; Speller().check('- Led the team')\n"
        "from editor.analysis.proofing.dictionaries import foreign_dictionary\n"
        "rss = lambda: int(next(l for l in open('/proc/self/status') if l.startswith('VmRSS')).split()[1])\n"
        f"before = rss(); start = time.perf_counter(); foreign_dictionary({language!r})\n"
        "print(time.perf_counter() - start, (rss() - before) / 1024)"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True)
    seconds, megabytes = result.stdout.split()
    return float(seconds), float(megabytes)


if __name__ == "__main__":
    main()
