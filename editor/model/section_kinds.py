"""Recognising what a section is about from the title a person gave it."""

from __future__ import annotations

import re

from editor.model.resume import SectionKind

_TITLE_WORDS: dict[SectionKind, tuple[str, ...]] = {
    SectionKind.SUMMARY: (
        "summary",
        "profile",
        "about",
        "about me",
        "objective",
        "overview",
        "professional summary",
        "career summary",
        "career objective",
        "personal statement",
    ),
    SectionKind.EXPERIENCE: (
        "experience",
        "work experience",
        "professional experience",
        "employment",
        "employment history",
        "work history",
        "career history",
        "work",
        "relevant experience",
        "professional background",
        "positions",
    ),
    SectionKind.EDUCATION: (
        "education",
        "academic background",
        "education and training",
        "qualifications",
        "academic history",
        "studies",
        "training",
    ),
    SectionKind.SKILLS: (
        "skills",
        "technical skills",
        "core skills",
        "key skills",
        "competencies",
        "core competencies",
        "areas of expertise",
        "expertise",
        "tools",
        "technologies",
        "skills and tools",
        "skills & tools",
        "technical proficiencies",
    ),
    SectionKind.PROJECTS: (
        "projects",
        "selected projects",
        "personal projects",
        "side projects",
        "portfolio",
        "projects and talks",
        "projects & talks",
    ),
    SectionKind.VOLUNTEER: ("volunteer", "volunteering", "volunteer experience", "community", "community service"),
    SectionKind.AWARDS: ("awards", "honors", "honours", "awards and honors", "achievements", "awards & honors"),
    SectionKind.CERTIFICATES: (
        "certificates",
        "certifications",
        "licenses",
        "licences",
        "licenses and certifications",
        "certifications and licenses",
        "credentials",
    ),
    SectionKind.PUBLICATIONS: ("publications", "papers", "talks", "publications and talks", "presentations"),
    SectionKind.LANGUAGES: ("languages", "language skills", "spoken languages"),
    SectionKind.INTERESTS: (
        "interests",
        "hobbies",
        "hobbies and interests",
        "personal interests",
        "outside of work",
        "activities",
    ),
    SectionKind.REFERENCES: ("references", "referees"),
}

# Common titles in German, French, Spanish, Russian, Italian and Portuguese resumes.
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

_LOOKUP = {word: kind for kind, words in _TITLE_WORDS.items() for word in words}
for _kind, _titles in _FOREIGN_TITLES.items():
    _LOOKUP.update(dict.fromkeys(_titles.split("|"), _kind))


def section_kind(title: str) -> SectionKind:
    """The kind of a section from its title, ignoring case, punctuation and '&' vs 'and'."""
    key = re.sub(r"[^\w&]+", " ", title.casefold()).strip()
    if key in _LOOKUP:
        return _LOOKUP[key]
    key = key.replace("&", "and")
    return _LOOKUP.get(key, SectionKind.OTHER)
