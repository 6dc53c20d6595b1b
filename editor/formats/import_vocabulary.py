"""Words that tell an importer what a line is: section titles in other languages, contact titles,
job-title and organisation words.

Why here and not in `editor.model.section_kind`: these words only *recognise* headings in
foreign documents (a German "Berufserfahrung" is the experience section); `section_kind`
stays the one answer for titles typed in Foldline. Moving the foreign titles into the model
would let every analysis see them too — the lead's call (see the import report).
"""

from __future__ import annotations

import re

from editor.model import SectionKind, section_kind


def _choices(words: str, separator: str = "|") -> frozenset[str]:
    return frozenset(words.split(separator))


_FOREIGN_TITLES: dict[SectionKind, str] = {
    SectionKind.SUMMARY: "profil|kurzprofil|zusammenfassung|über mich|profil professionnel|résumé|à propos|"
    "perfil|perfil profesional|resumen|sobre mí|о себе|обо мне|профиль|резюме|цель|profilo|sommario|sobre mim",
    SectionKind.EXPERIENCE: "berufserfahrung|berufliche erfahrung|berufspraxis|erfahrung|werdegang|"
    "beruflicher werdegang|praxiserfahrung|expérience|expériences|expérience professionnelle|"
    "expériences professionnelles|parcours professionnel|experiencia|experiencia laboral|"
    "experiencia profesional|опыт работы|опыт|профессиональный опыт|трудовой опыт|experiência|"
    "experiência profissional|esperienza|esperienze|esperienza professionale|esperienze lavorative",
    SectionKind.EDUCATION: "ausbildung|bildung|bildungsweg|studium|schulbildung|formation|formations|études|"
    "formación|formación académica|educación|estudios|образование|formação|educação|istruzione|formazione",
    SectionKind.SKILLS: "kenntnisse|fähigkeiten|kompetenzen|fachkenntnisse|it kenntnisse|compétences|"
    "compétences techniques|habilidades|competencias|aptitudes|conocimientos|навыки|ключевые навыки|умения|"
    "competências|competenze",
    SectionKind.LANGUAGES: "sprachen|sprachkenntnisse|langues|idiomas|языки|знание языков|lingue|línguas",
    SectionKind.PROJECTS: "projekte|projets|proyectos|проекты|progetti|projetos",
    SectionKind.CERTIFICATES: "zertifikate|zertifizierungen|weiterbildung|certificaciones|сертификаты|"
    "certificazioni|certificações",
    SectionKind.INTERESTS: "interessen|hobbys|hobbies und interessen|centres d intérêt|loisirs|intereses|"
    "aficiones|интересы|хобби|interessi",
    SectionKind.AWARDS: "auszeichnungen|distinctions|prix|premios|награды|premi",
    SectionKind.VOLUNTEER: "ehrenamt|ehrenamtliches engagement|bénévolat|voluntariado|волонтёрство|volontariato",
    SectionKind.PUBLICATIONS: "publikationen|veröffentlichungen|publicaciones|публикации|pubblicazioni",
    SectionKind.REFERENCES: "referenzen|références|referencias|рекомендации|referenze",
}
_FOREIGN = {title: kind for kind, titles in _FOREIGN_TITLES.items() for title in _choices(titles)}

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
    if kind is not SectionKind.OTHER:
        return kind
    return _FOREIGN.get(_key(title))


def is_contact_title(title: str) -> bool:
    """ "Contact", "Kontakt", "Coordonnées": a sidebar box that belongs in the header."""
    return _key(title) in _CONTACT_TITLES


def looks_like_job_title(text: str) -> bool:
    return any(word in _TITLE_WORDS for word in _key(text).split())


def looks_like_organization(text: str) -> bool:
    return any(word.rstrip(".") in _ORGANIZATION_WORDS for word in text.casefold().replace(",", " ").split())
