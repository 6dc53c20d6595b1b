"""What a cover letter needs to know about a job posting: the job title, the employer and the city.

Why a heuristic of its own: the keyword module already finds the posting's title (the term it
marks `posting_title`); the employer is not a keyword. Postings name it in a few places — the
title line ("Team Lead — BrightPath Home Internet (Seattle, WA)"), the line under it ("Cobalt
Credit Union | Minneapolis, MN"), a blurb ("Ridgeline Electric is a union contractor") or an
"About Lumen Pay" heading — and a name found twice is the one to trust. A section heading
("Responsibilities") ends the top of the posting and is never a name: no company beats a wrong one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor.analysis.keywords import extract_keywords, lexicon
from editor.analysis.keywords.lexicon import normalize_heading
from editor.formats.markdown.contacts import is_location

HEAD_LINES = 3  # the title line and the lines right under it
MAX_NAME_WORDS = 6
_MARKUP = re.compile(r"[*_#`]+")
_SEPARATOR = re.compile(r"\s+[—–|·@-]\s+|\s+at\s+|[·|—–]")
_UNDER_TITLE_SEPARATOR = re.compile(r"\s*[·|—–(]\s*|\s+-\s+|,\s*")
_METADATA = re.compile(r"^\s*[\w ]{2,30}:\s")
_PARENTHESES = re.compile(r"\s*\([^)]*\)?")
_WORK_WORDS = re.compile(r"\b(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|contract)\b", re.IGNORECASE)
_NAME = r"[A-Z][\w&.'’-]*(?:\s+(?:[A-Z0-9][\w&.'’-]*|&|of|and|de|la))*"
_BLURB = re.compile(rf"^\W*(?P<name>{_NAME})\s*(?:\([^)]*\)\s*)?(?:is|are)\s+(?:a|an|the|looking|hiring)\b")
_ABOUT = re.compile(rf"^\W*About\s+(?P<name>{_NAME})\W*$")
_NOT_NAMES = frozenset({"the", "this", "we", "our", "you", "your", "it", "salary", "benefits", "position", "role"})
_CITY = re.compile(r"\b[A-Z][a-zA-Z.'’ -]{1,30},\s?[A-Z]{2}\b")


@dataclass(frozen=True)
class PostingFacts:
    """The job title, employer and city of a posting; each may be missing ("")."""

    title: str
    company: str
    city: str


def posting_facts(jd_text: str) -> PostingFacts:
    """What a letter addresses: the role, the company, where it is."""
    title = next((keyword.term for keyword in extract_keywords(jd_text) if keyword.posting_title), "")
    lines = [_MARKUP.sub("", line).strip() for line in jd_text.splitlines()]
    head = [line for line in lines if line][:HEAD_LINES]
    head = head[: next((index for index, line in enumerate(head) if _is_heading(line)), len(head))]
    cities = (match.group() for line in head for match in _CITY.finditer(line))
    city = next((place for place in cities if not _WORK_WORDS.search(place)), "")
    return PostingFacts(title, _company(head, lines, title), city)


def _company(head: list[str], lines: list[str], title: str) -> str:
    """A name from the top of the posting, confirmed by a blurb or an About heading when it can be."""
    candidates = [name for line in head for name in _head_names(line, title)]
    confirmed = [name for line in lines if (name := _blurb_name(line))]
    for candidate in candidates:
        words = set(candidate.casefold().split())
        if any(words & set(name.casefold().split()) for name in confirmed):
            return candidate
    if confirmed:
        return confirmed[0]
    return candidates[0] if candidates else ""


def _head_names(line: str, title: str) -> list[str]:
    """Names on a head line: the part after the title on the title line, the first part of the line under it."""
    if _METADATA.match(line):
        return []
    if title and title.casefold() in line.casefold():
        rest = line[line.casefold().index(title.casefold()) + len(title) :]
        parts = _SEPARATOR.split(rest)[1:] if _SEPARATOR.search(rest) else []
    else:
        parts = _UNDER_TITLE_SEPARATOR.split(line)[:1]
    names = []
    for part in parts:
        name = _PARENTHESES.sub("", part).strip(" ,;:")
        if _is_name(name):
            names.append(name)
    return names


def _blurb_name(line: str) -> str:
    match = _BLURB.match(line) or _ABOUT.match(line)
    if match is None:
        return ""
    name = match.group("name").strip()
    return name if _is_name(name) else ""


def _is_heading(line: str) -> bool:
    """A section heading of the posting ("Responsibilities", "About the role:"), never a company's name."""
    key = normalize_heading(line.rstrip(":"))
    return key in lexicon().headings or key.startswith(("about the ", "about this ", "about you"))


def _is_name(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= MAX_NAME_WORDS
        and text[:1].isupper()
        and words[0].casefold() not in _NOT_NAMES
        and not any(character in text for character in "/,:")
        and not is_location(text)
        and not _WORK_WORDS.search(text)
        and not _is_heading(text)
    )
