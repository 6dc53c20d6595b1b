"""A cover letter's letterhead from a resume's header: the name, the city and the ways to reach you.

Why not the resume's header as it is: the advice a resume follows holds for the letter too — a
city is all a reader needs, never a street address — and a letterhead repeats neither the
headline nor a link printed twice ("linkedin.com/in/maria" as website and as profile).
"""

from __future__ import annotations

import re

from editor.formats.markdown.contacts import is_location
from editor.model import ContactItem, ContactKind, Header
from editor.render.document_facts import shown_contacts

_REACH = (ContactKind.EMAIL, ContactKind.PHONE, ContactKind.URL)
_POSTAL_CODE = re.compile(r"\s+(?:\d{4,5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})$")


def city_of(text: str) -> str:
    """ "Chicago, IL" from "1200 North Lake Shore Drive, Unit 3804, Chicago, IL 60610"; "" when no city shows."""
    parts = [part.strip() for part in text.split(",") if part.strip()]
    if len(parts) < 2:
        return ""
    city = f"{parts[-2]}, {_POSTAL_CODE.sub('', parts[-1])}"
    return city if is_location(city) and not any(character.isdigit() for character in city) else ""


def letterhead(header: Header) -> Header:
    """The resume's name with its city and contact items (each place once), without the headline."""
    contacts: list[ContactItem] = []
    for _, item in shown_contacts(header.contacts):
        if item.kind in _REACH:
            contacts.append(ContactItem(item.text, item.kind, item.link))
        elif (city := city_of(item.text) or _place(item)) and all(city != kept.text for kept in contacts):
            contacts.append(ContactItem(city, ContactKind.LOCATION))
    return Header(header.name, (), tuple(contacts))


def _place(item: ContactItem) -> str:
    """A location without a comma ("Berlin"), kept as typed; anything with digits is an address, left out."""
    if item.kind is ContactKind.LOCATION and not any(character.isdigit() for character in item.text):
        return item.text.strip()
    return ""
