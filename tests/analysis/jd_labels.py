"""Hand labels of the job descriptions in tests/data/jd and how extracted keywords score on them.

A `.labels.txt` file lists one term a line: "required:", "preferred:" or "optional:" (fine to
extract, not counted as missed), the posting's wording, then " | " and other wordings that
count as the same term. An extracted keyword hits a label when one of its spellings has the
same word stems as one of the label's wordings (or an alias of them), or differs from it by a
single word at either end ("Advanced SQL" for "SQL"), the usual partial-match allowance.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from editor.analysis.keywords import Keyword
from editor.analysis.keywords.lexicon import lexicon
from editor.analysis.keywords.text import compact_key, phrase_key

JD_FOLDER = Path(__file__).resolve().parent.parent / "data" / "jd"


@dataclass(frozen=True)
class Label:
    need: str  # "required", "preferred" or "optional"
    wordings: tuple[str, ...]
    keys: frozenset[tuple[str, ...]]


@dataclass(frozen=True)
class Score:
    name: str
    precision: float
    recall: float
    extracted: int
    false_positives: tuple[str, ...]
    missed: tuple[str, ...]
    need_agreement: float  # share of hits whose required/preferred flag agrees with the label

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)


def posting_names(*, holdout: bool) -> list[str]:
    """The labelled postings: the development set, or the holdout set never tuned against."""
    names = sorted(path.name.removesuffix(".labels.txt") for path in JD_FOLDER.glob("*.labels.txt"))
    return [name for name in names if name.startswith("holdout_") == holdout]


def f1(precision: float, recall: float) -> float:
    """The harmonic mean of precision and recall."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def junk_terms(terms: list[str]) -> list[str]:
    """Terms with broken edges: a clause fragment a person would never list ("first contact whenever
    possible", "titrate vasoactive drips according", "services written")."""
    function_words = set(lexicon().function_words)
    broken = []
    for term in terms:
        words = term.casefold().split()
        if (
            words[-1] in function_words
            or words[0] in function_words
            or words[-1].endswith("ly")
            or (len(words) > 1 and words[-1] in _PARTICIPLE_ENDS)
            or term.casefold() in KNOWN_JUNK
        ):
            broken.append(term)
    return broken


# Fragments real postings produced before the extractor learned clean edges (issue 16).
KNOWN_JUNK = frozenset(
    {
        "first contact whenever possible",
        "loyal ones",
        "engineering experience building",
        "services written",
        "backend services written",
        "titrate vasoactive drips according",
        "ill cardiac patients",
        "fortune",
        "canada customs",
        "walk customers",
        "reproduce bugs",
        "assigned patients",
        "command",
        "message",
    }
)
_PARTICIPLE_ENDS = frozenset({"written", "building", "according", "assigned", "based", "given", "using", "including"})


def _keys(wording: str) -> set[tuple[str, ...]]:
    keys = {phrase_key(wording)}
    compact = compact_key(wording)
    if compact:
        keys.add(compact)
    keys.update(phrase_key(alias) for alias in lexicon().aliases_of(phrase_key(wording)))
    return keys


def read_labels(name: str) -> list[Label]:
    labels = []
    for line in (JD_FOLDER / f"{name}.labels.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        need, _, rest = line.partition(":")
        wordings = tuple(part.strip() for part in rest.split("|"))
        labels.append(Label(need.strip(), wordings, frozenset().union(*(_keys(w) for w in wordings))))
    return labels


def _close(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    if first == second:
        return True
    short, long = sorted((first, second), key=len)
    return len(long) - len(short) == 1 and short in (long[:-1], long[1:])


def score(name: str, keywords: list[Keyword]) -> Score:
    labels = read_labels(name)
    hit_labels: set[int] = set()
    false_positives = []
    agreements = []
    for keyword in keywords:
        keys = set().union(*(_keys(spelling) for spelling in (keyword.term, *keyword.spellings)))
        hits = [
            index
            for index, label in enumerate(labels)
            if any(_close(key, label_key) for key in keys for label_key in label.keys)
        ]
        if not hits:
            false_positives.append(keyword.term)
            continue
        hit_labels.update(hits)
        need = labels[hits[0]].need
        if need != "optional":
            agreements.append((need == "required") == keyword.required)
    counted = [index for index, label in enumerate(labels) if label.need != "optional"]
    missed = tuple(labels[index].wordings[0] for index in counted if index not in hit_labels)
    return Score(
        name=name,
        precision=(len(keywords) - len(false_positives)) / len(keywords) if keywords else 0.0,
        recall=(len(counted) - len(missed)) / len(counted) if counted else 1.0,
        extracted=len(keywords),
        false_positives=tuple(false_positives),
        missed=missed,
        need_agreement=sum(agreements) / len(agreements) if agreements else 1.0,
    )
