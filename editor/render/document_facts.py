"""Facts about a resume that every writer records the same way: links and document keywords."""

from __future__ import annotations

import re
from collections.abc import Sequence

from editor.model import BulletList, ContactItem, ContactKind, Paragraph, Resume, SectionKind, Text, plain

MAX_KEYWORDS = 30
_SAME_PLACE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:(?://)?)?(?:www\.)?")


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


def document_title(resume: Resume) -> str:
    """The title stored in a document's properties."""
    name = resume.header.name.strip()
    return f"{name} — Resume" if name else "Resume"


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
