"""Words that tell an importer what a line is: section titles in other languages, contact titles,
job-title and organisation words.

Section titles, in English and other common languages, are `editor.model.section_kind`'s job,
so a German "Berufserfahrung" is the experience section for every analysis, not only here.
"""

from __future__ import annotations

import re

from editor.model import SectionKind, section_kind


def _choices(words: str, separator: str = "|") -> frozenset[str]:
    return frozenset(words.split(separator))


_CONTACT_TITLES = _choices(
    "contact|contacts|contact me|contact details|contact information|contact info|personal details|"
    "personal information|personal data|details|kontakt|kontaktdaten|persönliche daten|coordonnées|"
    "informations personnelles|contacto|datos de contacto|datos personales|контакты|контактная информация|"
    "личные данные|contatti|contatos"
)

_TITLE_WORDS = _choices(
    "engineer developer programmer manager specialist analyst representative associate assistant director lead"
    " intern consultant designer coordinator administrator officer technician nurse teacher accountant scientist"
    " architect supervisor agent clerk electrician advisor adviser head president founder owner researcher"
    " student fellow bachelor master doctor phd bsc msc ba ma mba diploma degree certificate apprentice"
    " trainee cashier associate executive editor writer instructor tutor lecturer professor chef driver"
    " ingenieur entwickler leiter berater praktikant ingénieur développeur chef stagiaire responsable ingeniero"
    " desarrollador gerente jefe becario инженер разработчик менеджер руководитель аналитик",
    " ",
)
_ORGANIZATION_WORDS = _choices(
    "inc inc. llc ltd ltd. gmbh ag sa plc corp corp. corporation company co co. group bank university college"
    " school institute academy hospital clinic agency foundation labs studio studios partners universität"
    " hochschule université école universidad escuela университет институт компания",
    " ",
)


def _key(title: str) -> str:
    return re.sub(r"[^\w&]+", " ", title.casefold()).strip()


def heading_kind(title: str) -> SectionKind | None:
    """The kind of a known section title in English or another common language, None if unknown."""
    kind = section_kind(title)
    return None if kind is SectionKind.OTHER else kind


def is_contact_title(title: str) -> bool:
    """ "Contact", "Kontakt", "Coordonnées": a sidebar box that belongs in the header."""
    return _key(title) in _CONTACT_TITLES


def looks_like_job_title(text: str) -> bool:
    return any(word in _TITLE_WORDS for word in _key(text).split())


def looks_like_organization(text: str) -> bool:
    return any(word.rstrip(".") in _ORGANIZATION_WORDS for word in text.casefold().replace(",", " ").split())
