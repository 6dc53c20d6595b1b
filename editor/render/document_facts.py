"""Facts about a resume that every writer records the same way: links, printed contacts, name parts, keywords."""

from __future__ import annotations

import re

from editor.model import BulletList, ContactItem, ContactKind, Header, Paragraph, Resume, SectionKind, Text, plain

MAX_KEYWORDS = 30
CONTACT_SEPARATOR = " | "  # what resume parsers split a contact line on (a '·' glued to a neighbour is not)
_ADDRESS_PREFIX = re.compile(r"^(?:https?://)?(?:www\.)?", re.IGNORECASE)


def contact_link(item: ContactItem) -> str | None:
    """Where a contact item should link: its own link, mailto: for e-mail, https:// for a bare URL."""
    if item.link:
        return item.link
    if item.kind is ContactKind.EMAIL:
        return f"mailto:{item.text}"
    if item.kind is ContactKind.URL:
        return item.text if "://" in item.text else f"https://{item.text}"
    return None


def printed_contacts(header: Header) -> list[tuple[int, ContactItem]]:
    """The contact items a writer prints, with their index: blank ones and repeated addresses left out.

    Why: a JSON Resume whose website is also one of its profiles would print the same address
    twice, and a parser then fills two link fields with one value.
    """
    printed: list[tuple[int, ContactItem]] = []
    seen: set[str] = set()
    for index, item in enumerate(header.contacts):
        if not item.text.strip():
            continue
        link = contact_link(item)
        address = _ADDRESS_PREFIX.sub("", link).rstrip("/").casefold() if link else None
        if address in seen:
            continue
        if address:
            seen.add(address)
        printed.append((index, item))
    return printed


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
