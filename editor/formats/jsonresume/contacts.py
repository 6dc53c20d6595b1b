"""Contact items ⇄ JSON Resume `basics`: location, phone, e-mail, website and profiles.

The contact line shows, in this order: the location (address, city, region and postal code,
country code), phone, e-mail, website and each profile — its web address shortened
(linkedin.com/in/ada), a labelled link ([Portfolio](https://…)) or 'Network: username'. Reading
back, an item's kind and text say which field it is; a second e-mail or 'Open to relocation' has
no field and is kept under meta["x-foldline"] by the writer.
"""

from __future__ import annotations

import re

from editor.formats.jsonresume.sections import Fields, Hints, JsonValue, text_of
from editor.formats.jsonresume.text import one_line
from editor.model import ContactItem, ContactKind

CONTACT_FIELDS = ("location", "phone", "email", "url", "profile")
_PLACE_LIST = re.compile(r"[^,:@/]+(?:, [^,:@/]+){1,4}")


def compose_location(location: Fields) -> str:
    """The location as one contact item: address, city, region and postal code, country code.

    Why the street address is shown: it is the person's text; Foldline's recruiter checks, not
    the importer, tell them a home address wastes the first screen.
    """
    region = " ".join(text_of(location.get(key)) for key in ("region", "postalCode") if location.get(key))
    address, city, country = (text_of(location.get(key)) for key in ("address", "city", "countryCode"))
    parts = [address, city, region, country]
    return one_line(", ".join(part for part in parts if part))


def split_location(text: str) -> Fields:
    """The inverse of `compose_location` for 'Seattle, WA', 'Porto, Porto District 4050-262, PT' and the like."""
    parts = [part.strip() for part in text.split(",") if part.strip()]
    fields: Fields = {}
    if len(parts) >= 3 and re.fullmatch(r"[A-Z]{2}", parts[-1]):
        fields["countryCode"] = parts.pop()
    if len(parts) >= 2:  # 'WA 98101': the trailing words with digits are the postal code
        words = parts.pop().split()
        cut = len(words)
        while cut > 0 and any(character.isdigit() for character in words[cut - 1]):
            cut -= 1
        fields.update(region=" ".join(words[:cut]), postalCode=" ".join(words[cut:]))
    if parts:
        fields["city"] = parts.pop()
    if parts:
        fields["address"] = ", ".join(parts)
    return {key: value for key, value in fields.items() if value}


_NETWORKS = {
    "linkedin.com": "LinkedIn", "github.com": "GitHub", "gitlab.com": "GitLab", "twitter.com": "Twitter",
    "x.com": "X", "stackoverflow.com": "Stack Overflow", "medium.com": "Medium", "behance.net": "Behance",
    "dribbble.com": "Dribbble", "instagram.com": "Instagram", "facebook.com": "Facebook",
    "youtube.com": "YouTube", "soundcloud.com": "SoundCloud", "bitbucket.org": "Bitbucket",
    "codepen.io": "CodePen", "kaggle.com": "Kaggle", "xing.com": "XING",
}  # fmt: skip
_NETWORK_NAMES = {name.casefold(): name for name in _NETWORKS.values()}
_URL_PARTS = re.compile(r"(?:[a-z][a-z0-9+.-]*://)?(?:[^@/]*@)?(?P<host>[^/:?#]*)(?::\d*)?(?P<path>[^?#]*)", re.I)
_PATH_PREFIXES = {"in", "pub", "u", "user", "users", "company"}


def network_of(url: str) -> str:
    """The social network a URL belongs to ('' for a personal site)."""
    host = _URL_PARTS.match(url)["host"].casefold().removeprefix("www.")  # type: ignore[index]
    return next((name for domain, name in _NETWORKS.items() if host == domain or host.endswith("." + domain)), "")


def profile_from_url(url: str) -> Fields:
    """A profile {network, username, url} guessed from its URL, e.g. github.com/ada → GitHub, ada."""
    network = network_of(url)
    segments = [part for part in _URL_PARTS.match(url)["path"].split("/") if part]  # type: ignore[index]
    if segments and segments[0] in _PATH_PREFIXES:
        segments = segments[1:]
    username = segments[0] if network and segments else ""
    return {key: value for key, value in (("network", network), ("username", username), ("url", url)) if value}


def profile_fromtext_of(text: str) -> Fields | None:
    """'GitHub: ada' → a profile without URL; None if the text names no known network."""
    match = re.fullmatch(r"\s*([^:]+?)\s*:\s*(\S+)\s*", text)
    if match and match[1].casefold() in _NETWORK_NAMES:
        return {"network": _NETWORK_NAMES[match[1].casefold()], "username": match[2]}
    return None


def profile_contact(profile: Fields) -> ContactItem:
    """A profile as a contact item: its address, a labelled link ('Portfolio'), or 'Network: username'."""
    url, network, username = (text_of(profile.get(key)) for key in ("url", "network", "username"))
    if url and network and not username and network_of(url) != network:
        return ContactItem(one_line(network), ContactKind.URL, url)
    if url:
        return url_contact(url)
    return ContactItem(one_line(f"{network}: {username}" if network and username else network or username))


def url_contact(url: str) -> ContactItem:
    """A web address as a contact item: shown short, linked in full (not linked if it is no address)."""
    return ContactItem(one_line(display_url(url)), ContactKind.URL, url if _looks_like_url(url) else None)


def display_url(url: str) -> str:
    """A web address as a recruiter reads it: linkedin.com/in/ada for https://www.linkedin.com/in/ada/."""
    shown = re.sub(r"^https?://(?:www\.)?", "", url, flags=re.IGNORECASE).removesuffix("/")
    return shown if _looks_like_url(shown) else url


def contact_meaning(item: ContactItem, hints: Hints, taken: set[str]) -> tuple[str, JsonValue] | None:
    """What a contact item is in `basics`: ("email", text), ("location", {...}), ("profile", {...}), …

    None means JSON Resume has no place for it (a second phone, 'Open to relocation'): the
    writer keeps it under meta["x-foldline"]. `taken` holds the basics fields already filled.
    """
    hint = hints.get("contacts", item.text)
    if isinstance(hint, dict) and len(hint) == 1 and next(iter(hint)) in CONTACT_FIELDS:
        return next(iter(hint.items()))
    single = {ContactKind.EMAIL: "email", ContactKind.PHONE: "phone", ContactKind.LOCATION: "location"}
    if item.kind in single and single[item.kind] not in taken:
        field = single[item.kind]
        return field, split_location(item.text) if field == "location" else item.text
    if item.kind is ContactKind.URL:
        url = item.link if item.link and display_url(item.link) == item.text else item.text
        url = url if _looks_like_url(url) or not item.link else item.link
        profile = profile_from_url(url)
        if display_url(url) != item.text and url != item.text:  # a labelled link, e.g. [Portfolio](https://…)
            profile = {"network": item.text, **{key: value for key, value in profile.items() if key != "network"}}
        if "network" in profile or "url" in taken:
            return "profile", profile
        return "url", url
    if profile := profile_fromtext_of(item.text):
        return "profile", profile
    if "location" not in taken and _PLACE_LIST.fullmatch(item.text):
        return "location", split_location(item.text)
    return None


def _looks_like_url(text: str) -> bool:
    return bool(re.fullmatch(r"\S+\.\S+", text)) and "@" not in text.split("/", maxsplit=1)[0]
