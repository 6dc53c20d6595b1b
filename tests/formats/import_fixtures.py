"""Resume contents for the import tests, in five languages, and how much of their text survives.

The documents themselves are drawn by `import_fixtures_docx` (Word layouts) and
`import_fixtures_pdf` (LaTeX-like, two-column and browser-like PDFs) from these contents, so
every layout is tested with the same words and the retention figure compares like with like.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from editor.formats.dates import format_date_range, parse_date, parse_date_range
from editor.formats.markdown.reader import read_markdown
from editor.model import BulletList, Entry, Paragraph, Resume, SectionKind, plain
from editor.resources import resource_path

SAMPLE_TEXT = resource_path("samples", "resume.md").read_text(encoding="utf-8")
SAMPLE = read_markdown(SAMPLE_TEXT)


def longer_sample(copies: int) -> Resume:
    """The sample with its experience entries repeated (two copies fill two pages)."""
    head, rest = SAMPLE_TEXT.split("## Experience\n", 1)
    experience, tail = rest.split("\n## ", 1)
    return read_markdown(f"{head}## Experience\n{experience * copies}\n## {tail}")


@dataclass(frozen=True)
class Job:
    title: str
    organization: str
    location: str
    dates: str
    bullets: tuple[str, ...]


@dataclass(frozen=True)
class Content:
    """What a foreign resume says; `titles` are its section headings (summary, experience, education, skills)."""

    name: str
    headline: str
    email: str
    phone: str
    location: str
    website: str
    titles: tuple[str, str, str, str]
    summary: str
    jobs: tuple[Job, ...]
    schools: tuple[Job, ...]
    skills: tuple[str, ...]

    def texts(self) -> list[str]:
        """Every string the document shows, for the retention measure."""
        texts = [self.name, self.headline, self.email, self.phone, self.location, self.website, *self.titles]
        texts += [self.summary, *self.skills]
        for job in (*self.jobs, *self.schools):
            texts += [job.title, job.organization, job.location, job.dates, *job.bullets]
        return texts


ENGLISH = Content(
    name="Jordan Rivera",
    headline="Senior Backend Engineer",
    email="jordan.rivera@example.com",
    phone="+1 415 555 0199",
    location="San Francisco, CA",
    website="github.com/jrivera",
    titles=("Professional Summary", "Work Experience", "Education", "Skills"),
    summary="Backend engineer with nine years of experience building payment and logistics platforms "
    "in Go and Python, leading teams of five engineers and cutting infrastructure costs by a third.",
    jobs=(
        Job(
            "Senior Software Engineer",
            "Acme Payments Inc.",
            "San Francisco, CA",
            "Jan 2020 – Present",
            (
                "Designed the settlement service that reconciles 4 million card transactions per day with "
                "an error rate below 0.01 percent across twelve acquiring banks",
                "Led the implementation of idempotent payment retries, reducing duplicate charges by 92 percent",
                "Mentored five engineers through quarterly growth plans and weekly architecture reviews",
            ),
        ),
        Job(
            "Software Engineer",
            "Northwind Logistics",
            "Oakland, CA",
            "Jun 2016 – Dec 2019",
            (
                "Built the route optimisation pipeline in Python that saved 1.2 million dollars in fuel per year",
                "Migrated forty cron jobs to Kubernetes workflows with automatic retries and alerting",
            ),
        ),
    ),
    schools=(
        Job(
            "B.S. Computer Science",
            "University of California, Berkeley",
            "Berkeley, CA",
            "2012 – 2016",
            ("Graduated with honors; teaching assistant for data structures",),
        ),
    ),
    skills=("Languages: Go, Python, TypeScript, SQL", "Platforms: Kubernetes, PostgreSQL, Kafka, AWS"),
)

GERMAN = Content(
    name="Lena Müller",
    headline="Projektmanagerin Logistik",
    email="lena.mueller@example.de",
    phone="+49 30 1234 5678",
    location="Berlin, Deutschland",
    website="linkedin.com/in/lenamueller",
    titles=("Profil", "Berufserfahrung", "Ausbildung", "Kenntnisse"),
    summary="Projektmanagerin mit acht Jahren Erfahrung in der Lagerlogistik, verantwortlich für Teams "
    "mit bis zu zwanzig Mitarbeitenden und Budgets über zwei Millionen Euro.",
    jobs=(
        Job(
            "Projektmanagerin",
            "Spedition Schäfer GmbH",
            "Berlin",
            "März 2019 – heute",
            (
                "Einführung eines neuen Lagerverwaltungssystems für drei Standorte mit 140 Beschäftigten",
                "Senkung der Durchlaufzeiten um 18 Prozent durch Umstellung auf tägliche Abstimmungen",
            ),
        ),
        Job(
            "Teamleiterin Versand",
            "Nordlicht Handel AG",
            "Hamburg",
            "Okt 2015 – Feb 2019",
            ("Führung von zwölf Mitarbeitenden im Schichtbetrieb und Schulung neuer Kolleginnen",),
        ),
    ),
    schools=(
        Job(
            "Bachelor Betriebswirtschaftslehre",
            "Universität Hamburg",
            "Hamburg",
            "2011 – 2015",
            ("Schwerpunkt Logistik und Supply Chain Management",),
        ),
    ),
    skills=("Sprachen: Deutsch, Englisch, Französisch", "Werkzeuge: SAP EWM, Jira, Excel, Power BI"),
)

FRENCH = Content(
    name="Élodie Garnier",
    headline="Chargée de communication",
    email="elodie.garnier@example.fr",
    phone="+33 6 12 34 56 78",
    location="Lyon, France",
    website="elodiegarnier.fr",
    titles=("Profil", "Expérience professionnelle", "Formation", "Compétences"),
    summary="Chargée de communication avec six ans d'expérience dans le secteur culturel, spécialisée "
    "dans les campagnes numériques et les relations presse.",
    jobs=(
        Job(
            "Chargée de communication",
            "Théâtre des Célestins",
            "Lyon",
            "Sept 2020 – Présent",
            (
                "Pilotage de la stratégie éditoriale sur quatre réseaux sociaux avec une hausse de 45 % de l'audience",
                "Organisation de trois conférences de presse par saison et rédaction des dossiers",
            ),
        ),
        Job(
            "Assistante communication",
            "Musée des Beaux-Arts",
            "Grenoble",
            "Janv 2017 – Août 2020",
            ("Création des supports imprimés pour douze expositions temporaires",),
        ),
    ),
    schools=(
        Job(
            "Master Communication",
            "Université Lumière Lyon 2",
            "Lyon",
            "2014 – 2016",
            ("Mémoire sur la médiation culturelle numérique",),
        ),
    ),
    skills=("Langues : français, anglais, espagnol", "Outils : InDesign, Photoshop, WordPress, Mailchimp"),
)

SPANISH = Content(
    name="Sofía Hernández",
    headline="Analista de datos",
    email="sofia.hernandez@example.es",
    phone="+34 612 345 678",
    location="Madrid, España",
    website="github.com/sofiah",
    titles=("Perfil", "Experiencia", "Educación", "Habilidades"),
    summary="Analista de datos con cinco años de experiencia en comercio electrónico, especializada en "
    "modelos de previsión de demanda y paneles de control para dirección.",
    jobs=(
        Job(
            "Analista de datos sénior",
            "Comercio Ibérico S.A.",
            "Madrid",
            "Abr 2021 – Actualidad",
            (
                "Diseño de un modelo de previsión que redujo el inventario inmovilizado en un 22 por ciento",
                "Automatización de informes semanales para cuatro departamentos con Python y Looker",
            ),
        ),
        Job(
            "Analista júnior",
            "Viajes Solana",
            "Valencia",
            "Ene 2018 – Mar 2021",
            ("Limpieza y validación de datos de reservas de más de dos millones de clientes",),
        ),
    ),
    schools=(
        Job(
            "Grado en Estadística",
            "Universidad Complutense de Madrid",
            "Madrid",
            "2013 – 2017",
            ("Trabajo de fin de grado sobre series temporales",),
        ),
    ),
    skills=("Idiomas: español, inglés, portugués", "Herramientas: Python, SQL, Looker, Tableau"),
)

RUSSIAN = Content(
    name="Анна Смирнова",
    headline="Бухгалтер",
    email="anna.smirnova@example.ru",
    phone="+7 495 123 45 67",
    location="Москва, Россия",
    website="anna-smirnova.ru",
    titles=("Профиль", "Опыт работы", "Образование", "Навыки"),
    summary="Бухгалтер с семилетним опытом ведения учёта в производственных компаниях и подготовки "
    "отчётности по международным стандартам.",
    jobs=(
        Job(
            "Главный бухгалтер",
            "ООО Северный завод",
            "Москва",
            "03.2019 – 12.2023",
            (
                "Подготовка консолидированной отчётности для трёх юридических лиц",
                "Внедрение электронного документооборота с поставщиками и банками",
            ),
        ),
        Job(
            "Бухгалтер",
            "АО Волга",
            "Самара",
            "2015 – 2019",
            ("Расчёт заработной платы для двухсот сотрудников",),
        ),
    ),
    schools=(
        Job(
            "Специалист, бухгалтерский учёт",
            "Финансовый университет",
            "Москва",
            "2010 – 2015",
            ("Диплом с отличием",),
        ),
    ),
    skills=("Программы: 1С Бухгалтерия, Excel", "Языки: русский, английский"),
)

# -- structure -------------------------------------------------------------------------------------


def check_structure(resume: Resume, content: Content) -> None:
    """What a recruiter reads came through as structure: name, every contact, every job's title,
    organisation, place and dates, and the first job's bullets word for word (up to letter case,
    which small capitals hide, and typographic apostrophes, which TeX and browsers set)."""
    assert resume.header.name == content.name
    assert sorted(item.text for item in resume.header.contacts) == sorted(
        (content.email, content.phone, content.location, content.website)
    )
    experience = resume.section(SectionKind.EXPERIENCE)
    assert experience is not None, [section.title for section in resume.sections]
    assert [_as_seen(entry.title, entry.organization, entry.location) for entry in experience.entries] == [
        _as_seen(job.title, job.organization, job.location) for job in content.jobs
    ]
    assert [entry.dates for entry in experience.entries] == [parse_date_range(job.dates) for job in content.jobs]
    first_bullets = experience.entries[0].blocks[0]
    assert isinstance(first_bullets, BulletList)
    assert [_as_seen(plain(bullet.text)) for bullet in first_bullets.items] == [
        _as_seen(bullet) for bullet in content.jobs[0].bullets
    ]


def _as_seen(*texts: str) -> tuple[str, ...]:
    return tuple(text.casefold().replace("’", "'") for text in texts)


# -- word retention -------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_NUMERIC_MONTH = re.compile(r"\b(\d{1,2})[./](\d{4})\b")


def _token(word: str) -> str:
    """A word as compared: case-folded, a month name as its number, "present" words as one."""
    if (date := parse_date(f"{word} 2000")) is not None and date.month is not None and not word.isdigit():
        return f"month{date.month}"
    dates = parse_date_range(word)
    if dates is not None and dates.present and dates.start is None:
        return "present"
    return word


def words(text: str) -> Counter:
    normalized = unicodedata.normalize("NFKC", text).casefold()
    normalized = _NUMERIC_MONTH.sub(lambda match: f"month{int(match.group(1))} {match.group(2)}", normalized)
    return Counter(_token(word) for word in _WORD.findall(normalized))


def resume_words(resume: Resume) -> Counter:
    """Every word the imported resume holds, with dates spelled the way Foldline writes them."""
    texts = [resume.header.name, *(plain(line) for line in resume.header.headline)]
    texts += [item.text for item in resume.header.contacts]
    for section in resume.sections:
        texts.append(section.title)
        for item in section.items:
            if isinstance(item, Entry):
                texts += [item.title, item.organization, item.location]
                texts.append(format_date_range(item.dates) if item.dates else "")
                texts += _block_texts(item.blocks)
            else:
                texts += _block_texts((item,))
    return words(" ".join(texts))


def _block_texts(blocks) -> list[str]:
    texts = []
    for block in blocks:
        if isinstance(block, Paragraph):
            texts.append(plain(block.text))
        elif isinstance(block, BulletList):
            texts += [plain(bullet.text) for bullet in block.items]
    return texts


def retention(source_texts: list[str], resume: Resume) -> tuple[float, list[str]]:
    """Share of the source's words found in the resume (as a multiset), and the missing ones."""
    expected = words(" ".join(source_texts))
    missing = expected - resume_words(resume)
    total = sum(expected.values())
    return 1 - sum(missing.values()) / total, sorted(missing.elements())
