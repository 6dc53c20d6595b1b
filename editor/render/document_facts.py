"""Facts about a resume that every writer records the same way: links, printed contacts, name
parts and document properties.

Why properties are shortened here: Word's core properties hold at most 255 characters each
(python-docx raises `ValueError` beyond that), and a title that long helps no file manager. One
place shortens them, at a grapheme boundary, so the PDF and the DOCX say the same thing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from editor.model import BulletList, ContactItem, ContactKind, Paragraph, Resume, SectionKind, Text, plain
from editor.model.letter import Letter

MAX_KEYWORDS = 30
CONTACT_SEPARATOR = " | "  # what resume parsers split a contact line on (a '·' glued to a neighbour is not)
_SAME_PLACE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:(?://)?)?(?:www\.)?")
PROPERTY_LIMIT = 255  # characters in one DOCX core property (ECMA-376 part 2, python-docx checks it)
KEYWORD_SEPARATOR = ", "
HEADLINE_SEPARATOR = " · "
ELLIPSIS = "…"
_JOINERS = {"\u200c", "\u200d"}  # zero-width (non-)joiners bind the characters on both sides
_UNWRITABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")  # not allowed in XML


@dataclass(frozen=True)
class DocumentProperties:
    """Title, author, subject and keywords, each within `PROPERTY_LIMIT` (the keywords joined, too)."""

    title: str
    author: str
    subject: str
    keywords: tuple[str, ...]


def contact_link(item: ContactItem) -> str | None:
    """Where a contact item should link: its own link, mailto: for e-mail, https:// for a bare URL."""
    if item.link:
        return item.link
    if item.kind is ContactKind.EMAIL:
        return f"mailto:{item.text}"
    if item.kind is ContactKind.URL:
        return item.text if "://" in item.text else f"https://{item.text}"
    return None


def shown_contacts(contacts: Sequence[ContactItem]) -> list[tuple[int, ContactItem]]:
    """The contact items a writer prints, with their index: blank items and repeats left out.

    Why: a JSON Resume's website is often one of its profiles too, and a header that prints
    "linkedin.com/in/maria" twice wastes the line a recruiter reads first. Items are the same
    when they lead to the same place (scheme, "www." and a trailing "/" aside).
    """
    seen: set[str] = set()
    shown = []
    for index, item in enumerate(contacts):
        key = _SAME_PLACE.sub("", (contact_link(item) or item.text).strip().casefold()).rstrip("/")
        if item.text.strip() and key not in seen:
            seen.add(key)
            shown.append((index, item))
    return shown


def credentials_start(name: str) -> int:
    """Where the credentials after a name's first comma begin ('Aisling O'Connor, RN, BSN' → 16), else len(name).

    Why: set in the name's bold face, 'O'Connor, RN' reads to parsers as a 'City, ST' location and
    the comma disqualifies the whole line as a name; credentials in the regular face are their own
    text item, so the name item stays a name.
    """
    base, comma, rest = name.partition(",")
    if not comma or not base.strip() or not rest.strip():
        return len(name)
    return len(base.rstrip())


def resume_properties(resume: Resume) -> DocumentProperties:
    """What a resume's PDF and DOCX say about themselves: what file managers, Word and some ATS show first."""
    name = _one_line(resume.header.name)
    return DocumentProperties(
        title=_titled(name, "Resume"),
        author=shorten(name),
        subject=shorten(_one_line(HEADLINE_SEPARATOR.join(plain(line).strip() for line in resume.header.headline))),
        keywords=_fitting_keywords(skill_keywords(resume)),
    )


def letter_properties(letter: Letter) -> DocumentProperties:
    """What a cover letter's PDF and DOCX say about themselves."""
    subject = _one_line(plain(letter.subject.text)) if letter.subject else ""
    return DocumentProperties(
        title=_titled(_one_line(letter.header.name), "Cover letter"),
        author=shorten(_one_line(letter.header.name)),
        subject=shorten(f"Cover letter: {subject}") if subject else "Cover letter",
        keywords=(),
    )


def skill_keywords(resume: Resume) -> list[str]:
    """The skills the resume lists ('Tools: Zendesk, Jira' gives Zendesk and Jira), without repeats."""
    section = resume.section(SectionKind.SKILLS)
    texts: list[Text] = []
    for item in section.items if section else ():
        if isinstance(item, BulletList):
            texts.extend(bullet.text for bullet in item.items)
        elif isinstance(item, Paragraph):
            texts.append(item.text)
    found: dict[str, str] = {}
    for text in texts:
        for part in re.split(r"[,;·•|]", plain(text).split(":", 1)[-1]):
            term = part.strip(" .")
            if term and len(term) <= 60:
                found.setdefault(term.casefold(), term)
    return list(found.values())[:MAX_KEYWORDS]


def shorten(text: str, limit: int = PROPERTY_LIMIT) -> str:
    """`text` in at most `limit` characters: cut at a word end (else a grapheme end), with '…'.

    Never inside a combining sequence: an accent is not separated from its letter. A single
    grapheme longer than the limit (a letter under hundreds of marks) gives an empty string.
    """
    if len(text) <= limit:
        return text
    cut = limit - len(ELLIPSIS)
    while cut > 0 and not _grapheme_boundary(text, cut):
        cut -= 1
    word_end = text.rfind(" ", 0, cut + 1)
    if word_end > cut * 2 // 3:
        cut = word_end
    kept = text[:cut].rstrip()
    return kept + ELLIPSIS if kept else ""


def _grapheme_boundary(text: str, index: int) -> bool:
    """Whether a cut before `text[index]` keeps every base character with its marks and joiners.

    Why not full UAX #29: the standard library has no grapheme iterator; marks, joiners,
    variation selectors and emoji modifiers are what a name or a headline holds in practice.
    """
    following, before = text[index], text[index - 1]
    if before in _JOINERS or following in _JOINERS:
        return False
    if unicodedata.category(following) in ("Mn", "Mc", "Me") or "\U0001f3fb" <= following <= "\U0001f3ff":
        return False
    return not ("\U0001f1e6" <= before <= "\U0001f1ff" and "\U0001f1e6" <= following <= "\U0001f1ff")


def _one_line(text: str) -> str:
    """Text a property can hold: one line, single spaces, no control characters."""
    return " ".join(_UNWRITABLE.sub(" ", text).split())


def _titled(name: str, kind: str) -> str:
    """'Name — Resume', the name shortened so the kind of document always shows."""
    suffix = f" — {kind}"
    short = shorten(name, PROPERTY_LIMIT - len(suffix))
    return f"{short}{suffix}" if short else kind


def _fitting_keywords(keywords: list[str]) -> tuple[str, ...]:
    """The keywords, in order, whose joined form fits one property; one that does not is left out whole."""
    kept: list[str] = []
    length = 0
    for keyword in map(_one_line, keywords):
        added = len(keyword) + (len(KEYWORD_SEPARATOR) if kept else 0)
        if keyword and length + added <= PROPERTY_LIMIT:
            kept.append(keyword)
            length += added
    return tuple(kept)
