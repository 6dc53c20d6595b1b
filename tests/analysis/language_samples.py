"""Resumes in the languages Foldline checks (for tests and bench): imported PDFs and hand-written Markdown.

The samples are ordinary resume Markdown written the way people write them: the language's own
words, inflections and compounds, English tech terms, names of people, places and employers.
"""

from __future__ import annotations

from pathlib import Path

from editor.formats.importing.pdf.reader import read_pdf
from editor.formats.markdown.writer import write_markdown

ENGINE_PDFS = Path(__file__).resolve().parent.parent / "formats" / "engine_pdfs"
IMPORTED = {  # the import fixtures' German, French, Spanish and Russian resumes, as typeset by real engines
    "de": "moderncv-lualatex-de.pdf",
    "fr": "awesome-xelatex-fr.pdf",
    "es": "sidebar-chromium-es.pdf",
    "ru": "basic-typst-ru.pdf",
}


def imported_markdown(language: str) -> str:
    """The resume Markdown Foldline writes for the imported PDF in `language`."""
    return write_markdown(read_pdf((ENGINE_PDFS / IMPORTED[language]).read_bytes()))


GERMAN = """\
# Jonas Becker
Softwareentwickler
München, Deutschland · jonas.becker@example.de · +49 89 1234 567

## Kurzprofil

Erfahrener Softwareentwickler mit sechs Jahren Berufserfahrung in der Entwicklung von Webanwendungen.
Ich arbeite gerne im Team und übernehme Verantwortung für die Qualität unserer Produkte.

## Berufserfahrung

### Senior Backend-Entwickler | Alpenblick Software GmbH | München | 04/2020 – heute
- Entwicklung und Betrieb einer Zahlungsplattform mit Python, Kubernetes und PostgreSQL
- Einführung automatisierter Tests, wodurch die Fehlerquote im Livebetrieb um 40 Prozent sank
- Betreuung von drei Werkstudenten und Durchführung regelmäßiger Code-Reviews

### Softwareentwickler | Stadtwerke Augsburg | Augsburg | 09/2017 – 03/2020
- Modernisierung der Abrechnungssoftware und Migration der Kundendaten in die Cloud
- Zusammenarbeit mit Fachabteilungen bei der Erstellung von Anforderungen und Schnittstellen

## Ausbildung

### Master of Science Informatik | Technische Universität München | München | 2015 – 2017
- Abschlussarbeit über verteilte Datenbanken, Note 1,3

## Kenntnisse

Programmiersprachen: Python, Go, TypeScript · Werkzeuge: Docker, Git, Jenkins
Sprachen: Deutsch (Muttersprache), Englisch (verhandlungssicher), Spanisch (Grundkenntnisse)
"""

FRENCH = """\
# Camille Lefèvre
Responsable des ressources humaines
Nantes, France · camille.lefevre@example.fr

## Profil

Responsable RH avec dix ans d'expérience dans l'industrie agroalimentaire. J'accompagne les managers
dans le recrutement, la formation et la gestion des carrières.

## Expériences professionnelles

### Responsable RH | Biscuiterie de l'Atlantique | Nantes | 2019 – aujourd'hui
- Pilotage du recrutement de 120 collaborateurs par an et mise en place d'un nouveau logiciel SIRH
- Négociation des accords annuels avec les partenaires sociaux et suivi de la masse salariale
- Création d'un programme d'intégration qui a réduit le turnover de 15 % en deux ans

### Chargée de recrutement | Groupe Océane | Rennes | 2014 – 2019
- Gestion complète des recrutements pour les sites de Bretagne, du sourcing à l'entretien final
- Organisation de forums étudiants et développement des relations avec les écoles

## Formation

### Master Gestion des ressources humaines | Université de Nantes | Nantes | 2012 – 2014

## Compétences

Droit du travail, paie, entretiens annuels, Excel, Workday · Anglais courant, espagnol scolaire
"""

SPANISH = """\
# Javier Morales
Ingeniero de software
Sevilla, España · javier.morales@example.es

## Perfil

Ingeniero con siete años de experiencia en el desarrollo de aplicaciones web y móviles. Me gusta
trabajar en equipos pequeños y resolver problemas complejos con soluciones sencillas.

## Experiencia

### Desarrollador sénior | Soluciones Guadalquivir S.L. | Sevilla | 2019 – actualidad
- Lideré la migración de la plataforma de pagos a microservicios con Java y Kubernetes
- Diseñé una API pública utilizada por más de 300 empresas clientes
- Reduje los tiempos de respuesta en un 35 % mediante la optimización de consultas

### Desarrollador | Agencia Digital Triana | Sevilla | 2016 – 2019
- Desarrollo de tiendas en línea para pequeños comercios y formación de los nuevos compañeros
- Gestioné las entregas semanales y la comunicación con los clientes

## Educación

### Grado en Ingeniería Informática | Universidad de Sevilla | Sevilla | 2012 – 2016

## Habilidades

Lenguajes: Java, Python, JavaScript · Herramientas: Docker, Git, Jira
Idiomas: español (nativo), inglés (avanzado), francés (básico)
"""

PORTUGUESE = """\
# Beatriz Almeida
Gestora de projetos
Lisboa, Portugal · beatriz.almeida@example.pt

## Perfil

Gestora de projetos com oito anos de experiência em empresas de telecomunicações, responsável por
equipas multidisciplinares e orçamentos de vários milhões de euros.

## Experiência profissional

### Gestora de projetos | Tejo Telecomunicações | Lisboa | 2018 – atual
- Coordenação da implementação de uma nova rede de fibra ótica em quarenta municípios
- Redução dos custos operacionais em 12 % através da renegociação de contratos com fornecedores
- Acompanhamento semanal dos indicadores de desempenho e apresentação dos resultados à direção

### Analista de negócio | Banco Atlântico | Porto | 2014 – 2018
- Levantamento de requisitos junto das áreas comerciais e elaboração de especificações funcionais

## Formação

### Mestrado em Gestão | Universidade Nova de Lisboa | Lisboa | 2012 – 2014

## Competências

Gestão de equipas, planeamento, Scrum, Jira, Excel · Inglês fluente, espanhol intermédio
"""

ITALIAN = """\
# Giulia Romano
Responsabile marketing
Milano, Italia · giulia.romano@example.it

## Profilo

Responsabile marketing con nove anni di esperienza nel settore della moda e del lusso. Mi occupo di
strategie digitali, gestione del budget e coordinamento di agenzie esterne.

## Esperienze professionali

### Responsabile marketing digitale | Sartoria Lombarda S.p.A. | Milano | 2018 – oggi
- Ho guidato il lancio del nuovo negozio online, con un aumento delle vendite del 30 % nel primo anno
- Gestione di un team di sei persone e di un budget annuale di due milioni di euro
- Creazione di campagne sui social network in collaborazione con influencer e fotografi

### Specialista comunicazione | Agenzia Navigli | Milano | 2014 – 2018
- Organizzazione di eventi per i clienti e redazione dei comunicati stampa

## Formazione

### Laurea magistrale in Economia | Università Bocconi | Milano | 2012 – 2014

## Competenze

Google Analytics, SEO, Photoshop · Inglese fluente, francese buono
"""

DUTCH = """\
# Sanne de Vries
Verpleegkundige
Utrecht, Nederland · sanne.devries@example.nl

## Profiel

Ervaren verpleegkundige met acht jaar werkervaring in ziekenhuizen en de thuiszorg. Ik werk
zorgvuldig, blijf rustig onder druk en vind goede samenwerking met collega's belangrijk.

## Werkervaring

### Verpleegkundige interne geneeskunde | Diakonessenhuis | Utrecht | 2018 – heden
- Verantwoordelijk voor de dagelijkse zorg van gemiddeld acht patiënten per dienst
- Begeleiding van stagiairs en nieuwe collega's tijdens hun inwerkperiode
- Lid van de werkgroep die het elektronisch patiëntendossier heeft ingevoerd

### Wijkverpleegkundige | Thuiszorg Midden | Amersfoort | 2015 – 2018
- Zelfstandig plannen en uitvoeren van zorg bij cliënten thuis

## Opleiding

### Bachelor Verpleegkunde | Hogeschool Utrecht | Utrecht | 2011 – 2015

## Vaardigheden

BIG-registratie, reanimatie, wondzorg · Nederlands (moedertaal), Engels (goed), Duits (redelijk)
"""

RUSSIAN = """\
# Дмитрий Ковалёв
Инженер-программист
Санкт-Петербург, Россия · dmitry.kovalev@example.ru

## О себе

Инженер с шестилетним опытом разработки серверных приложений. Умею работать в команде и
быстро осваиваю новые технологии.

## Опыт работы

### Ведущий разработчик | ООО Невские системы | Санкт-Петербург | 2019 – настоящее время
- Разработал сервис обработки платежей на Python и Go, который выдерживает тысячи запросов в секунду
- Руководил командой из четырёх разработчиков и проводил регулярные проверки кода
- Перевёл инфраструктуру компании в облако и сократил расходы на серверы на треть

### Программист | АО Балтийский банк | Санкт-Петербург | 2016 – 2019
- Поддержка внутренней системы учёта кредитов и подготовка отчётов для руководства

## Образование

### Магистр прикладной математики | Санкт-Петербургский государственный университет | 2010 – 2016

## Навыки

Python, Go, PostgreSQL, Docker, Kubernetes · Английский язык: свободно
"""

SAMPLES = {
    "de": GERMAN,
    "fr": FRENCH,
    "es": SPANISH,
    "pt": PORTUGUESE,
    "it": ITALIAN,
    "nl": DUTCH,
    "ru": RUSSIAN,
}
