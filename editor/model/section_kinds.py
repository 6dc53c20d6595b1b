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

_LOOKUP = {word: kind for kind, words in _TITLE_WORDS.items() for word in words}


def section_kind(title: str) -> SectionKind:
    """The kind of a section from its title, ignoring case, punctuation and '&' vs 'and'."""
    key = re.sub(r"[^\w&]+", " ", title.casefold()).strip()
    if key in _LOOKUP:
        return _LOOKUP[key]
    key = key.replace("&", "and")
    return _LOOKUP.get(key, SectionKind.OTHER)
