"""Real-engine fixtures set the way popular CV templates set them, each with the Markdown it must
import to (tests/formats/engine_expected/), word for word and link for link.

* moderncv (LPPL) with pdfTeX and no `fontenc`: OT1 fonts have no "ü", so TeX draws a spacing
  diaeresis over a "u" (the TeXbook's \\accent), which read "M¨uller" before;
* Awesome-CV's font set-up (LPPL: fontspec with `Renderer=HarfBuzz`, Source Sans) under LuaLaTeX:
  HarfBuzz maps the hyphen of "high-impact" to U+2010, and the GitHub and LinkedIn handles recur
  in the e-mail address, which took their links before.

* AltaCV's look (LPPL; pdfTeX, Lato, two paracol columns): the sidebar's rows share no
  baselines with the main column, and TeX sets no space characters, which hid the gutter;
* a Europass-style CV (labels and dates in a left table column) and a Google Docs HTML export
  (every link sent through Google's redirector), saved as Word by LibreOffice.

The sources are written here (the templates' own class files are not copied); `make_engine_pdfs`
compiles the TeX ones, `make_engine_docx` saves the HTML ones as .docx.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tests.formats.engine_cases import FIXTURES

EXPECTED = Path(__file__).parent / "engine_expected"
DOCX_FIXTURES = Path(__file__).parent / "engine_docx"


@dataclass(frozen=True)
class TemplateCase:
    name: str
    engine: str  # pdflatex, lualatex, or libreoffice (HTML saved as .docx)
    producer: str
    source: str
    sections_exact: bool = True  # False: the words and links come back, the structure not yet

    @property
    def path(self) -> Path:
        return DOCX_FIXTURES / f"{self.name}.docx" if self.engine == "libreoffice" else FIXTURES / f"{self.name}.pdf"

    @property
    def pdf(self) -> bytes:
        """The fixture's bytes (a .docx for the LibreOffice cases)."""
        return self.path.read_bytes()

    @property
    def expected(self) -> str:
        return (EXPECTED / f"{self.name}.md").read_text(encoding="utf-8")


MODERNCV_OT1_DE = r"""\documentclass[11pt,a4paper,sans]{moderncv}
\moderncvstyle{classic}
\moderncvcolor{blue}
\usepackage[utf8]{inputenc}
\usepackage[ngerman]{babel}
\usepackage[scale=0.8]{geometry}
\name{Jörg}{Müller}
\title{Softwareentwickler}
\address{Hauptstraße 5}{80331 München}{}
\phone[mobile]{+49 151 2345 6789}
\email{joerg.mueller@example.de}
\homepage{joerg-mueller.example.de}
\social[github]{jmueller}
\begin{document}
\makecvtitle
\section{Profil}
Entwickler mit Erfahrung in Datenverarbeitung und Qualitätssicherung, zuverlässig und gründlich.
\section{Berufserfahrung}
\cventry{März 2019 -- heute}{Softwareentwickler}{Bäckerei Schäfer GmbH}{Köln}{}{
\begin{itemize}
\item Führte ein Überwachungssystem für Öfen ein.
\item Verkürzte die Auslieferung um ein Fünftel.
\end{itemize}}
\cventry{Okt 2015 -- Feb 2019}{Werkstudent}{Universität Würzburg}{Würzburg}{}{
\begin{itemize}
\item Betreute Übungen zur Datenbankprogrammierung.
\end{itemize}}
\section{Ausbildung}
\cventry{2012 -- 2015}{B.Sc. Informatik}{Universität Würzburg}{Würzburg}{}{}
\section{Kenntnisse}
\cvitem{Sprachen}{Deutsch, Englisch, Französisch}
\cvitem{Führerschein}{Klasse B}
\end{document}
"""

AWESOME_HARFBUZZ = r"""\documentclass[11pt,a4paper]{article}
\usepackage[left=1.4cm,right=1.4cm,top=1.2cm,bottom=1.2cm]{geometry}
\usepackage{fontspec}
\defaultfontfeatures{Renderer=HarfBuzz}
\setmainfont{Source Sans Pro}
\usepackage{fontawesome5}
\usepackage[hidelinks]{hyperref}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\begin{document}
\begin{center}
{\fontsize{28pt}{30pt}\selectfont Dana \textbf{Kim}}\\[4pt]
{\small Site Reliability Engineer}\\[2pt]
{\small\itshape Seattle, WA}\\[4pt]
{\small \faMobile\ \href{tel:+12065550147}{(206) 555-0147} \quad|\quad
\faEnvelope\ \href{mailto:danakim.dev@example.com}{danakim.dev@example.com} \quad|\quad
\faGithub\ \href{https://github.com/danakim}{danakim} \quad|\quad
\faLinkedin\ \href{https://www.linkedin.com/in/danakim}{danakim}}
\end{center}
\section*{Summary}
Seasoned SRE leader seeking high-impact work in fast-growing start-up companies. Fifteen years
of hands-on engineering, from service architecture to incident response. Passionate about
open-source projects and tech communities.
\section*{Work Experience}
\textbf{Site Reliability Engineer} \hfill September 2021 -- Present\\
\textit{Northwind Logistics} \hfill \textit{Seattle, WA}
\begin{itemize}
\item Led a company-wide move to self-service deployments on Kubernetes.
\item Cut paging noise by 60\,\% with service-level objectives.
\end{itemize}
\textbf{Backend Engineer} \hfill 06/2017 -- 08/2021\\
\textit{Contoso Retail} \hfill \textit{Portland, OR}
\begin{itemize}
\item Built a real-time inventory service handling 4,000 requests per second.
\end{itemize}
\section*{Education}
\textbf{B.S. Computer Science} \hfill 2013 -- 2017\\
\textit{University of Washington} \hfill \textit{Seattle, WA}
\section*{Skills}
\textbf{Platforms:} Kubernetes, Terraform, AWS, PostgreSQL\\
\textbf{Languages:} Go, Python, TypeScript
\end{document}
"""

EUROPASS_DE = (
    "<!DOCTYPE html>\n"
    '<html lang="de"><head><meta charset="utf-8"><title>Lebenslauf</title>\n'
    "<style>\n"
    "body { font-family: Arial, sans-serif; font-size: 10pt; }\n"
    "td.label { width: 30%; text-align: right; color: #0e4194; vertical-align: top; padding-right:"
    " 12pt; }\n"
    "td.body { width: 70%; vertical-align: top; }\n"
    "h1 { font-size: 14pt; margin: 0; }\n"
    "</style></head><body>\n"
    "<table>\n"
    '<tr><td class="label">PERSÖNLICHE INFORMATIONEN</td><td class="body"><h1>Anna'
    " Schröder</h1></td></tr>\n"
    '<tr><td class="label"></td><td class="body">Lindenallee 12, 50667 Köln (Deutschland)</td></tr>\n'
    '<tr><td class="label"></td><td class="body">+49 221 555 0134</td></tr>\n'
    '<tr><td class="label"></td><td class="body"><a'
    ' href="mailto:anna.schroeder@example.de">anna.schroeder@example.de</a></td></tr>\n'
    '<tr><td class="label"></td><td class="body"><a'
    ' href="https://www.linkedin.com/in/annaschroeder">linkedin.com/in/annaschroeder</a></td></tr>\n'
    '<tr><td class="label">BERUFSERFAHRUNG</td><td class="body"></td></tr>\n'
    '<tr><td class="label">01/2020 – heute</td><td class="body"><b>Projektleiterin'
    " Logistik</b><br>Rheinfracht GmbH, Köln<ul><li>Führung eines Teams von zwölf Disponentinnen und"
    " Disponenten</li><li>Einführung einer Tourenplanung, die Leerfahrten um ein Viertel"
    " senkte</li></ul></td></tr>\n"
    '<tr><td class="label">09/2015 – 12/2019</td><td class="body"><b>Disponentin</b><br>Spedition'
    " Weber AG, Düsseldorf<ul><li>Planung von täglich 80 Sendungen im Nahverkehr</li></ul></td></tr>\n"
    '<tr><td class="label">SCHUL- UND BERUFSBILDUNG</td><td class="body"></td></tr>\n'
    '<tr><td class="label">10/2011 – 07/2015</td><td class="body"><b>Bachelor of Science'
    " Logistik</b><br>Technische Hochschule Köln, Köln</td></tr>\n"
    '<tr><td class="label">PERSÖNLICHE FÄHIGKEITEN</td><td class="body"></td></tr>\n'
    '<tr><td class="label">Muttersprache</td><td class="body">Deutsch</td></tr>\n'
    '<tr><td class="label">Weitere Sprachen</td><td class="body">Englisch, Französisch</td></tr>\n'
    "</table></body></html>\n"
)

GOOGLE_DOCS_EN = (
    '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style'
    ' type="text/css">\n'
    "ul.lst-kix_a1-0{list-style-type:none}.c0{color:#000000;font-weight:400;font-size:11pt;font-famil"
    'y:"Arial"}\n'
    ".c1{padding-top:0pt;padding-bottom:0pt;line-height:1.15;text-align:left}.c2{font-weight:700}.c3{"
    "font-size:20pt}\n"
    ".c4{color:#1155cc;text-decoration:underline}.c5{font-size:14pt;font-weight:700}</style></head>\n"
    '<body class="c6 doc-content">\n'
    '<p class="c1 title"><span class="c0 c3">Priya Natarajan</span></p>\n'
    '<p class="c1"><span class="c0">Product Designer</span></p>\n'
    '<p class="c1"><span class="c0">Austin, TX &middot; (512) 555-0198 &middot; </span><span'
    ' class="c4"><a class="c4" href="https://www.google.com/url?q=mailto:priya.n@example.com&amp;sa=D'
    '">priya.n@example.com</a></span><span class="c0"> &middot; </span><span class="c4"><a'
    ' class="c4" href="https://www.google.com/url?q=https://priyadesigns.example.com&amp;sa=D">priyad'
    "esigns.example.com</a></span></p>\n"
    '<h2 class="c1"><span class="c5">Summary</span></h2>\n'
    '<p class="c1"><span class="c0">Designer of calm, accessible interfaces for health-care teams;'
    " eight years of user research, prototyping and design systems.</span></p>\n"
    '<h2 class="c1"><span class="c5">Experience</span></h2>\n'
    '<p class="c1"><span class="c0 c2">Senior Product Designer</span><span class="c0">, Lumen'
    " Health, Austin, TX &mdash; March 2021 &ndash; Present</span></p>\n"
    '<ul class="c7 lst-kix_a1-0 start"><li class="c1 li-bullet-0"><span class="c0">Redesigned the'
    ' patient intake flow, cutting drop-off by 31%.</span></li><li class="c1 li-bullet-0"><span'
    ' class="c0">Built the design system used by four product teams.</span></li></ul>\n'
    '<p class="c1"><span class="c0 c2">Product Designer</span><span class="c0">, Brightline Apps,'
    " Dallas, TX &mdash; June 2016 &ndash; February 2021</span></p>\n"
    '<ul class="c7 lst-kix_a1-0"><li class="c1 li-bullet-0"><span class="c0">Ran 120 usability'
    " sessions with clinicians.</span></li></ul>\n"
    '<h2 class="c1"><span class="c5">Education</span></h2>\n'
    '<p class="c1"><span class="c0 c2">BFA Interaction Design</span><span class="c0">, University of'
    " Texas, Austin, TX &mdash; 2012 &ndash; 2016</span></p>\n"
    '<h2 class="c1"><span class="c5">Skills</span></h2>\n'
    '<p class="c1"><span class="c0">Figma, user research, prototyping, accessibility (WCAG'
    " 2.2)</span></p>\n"
    "</body></html>\n"
)


# AltaCV's look (LPPL; written here, its class file is not copied): Lato, a 0.6/0.4 paracol page,
# an event as title, organisation, then calendar and map-marker icons before dates and place.
_ALTACV_JOBS = (
    (
        "Senior Data Engineer",
        "Lumina Analytics",
        "January 2021 -- Present",
        "Madrid, Spain",
        (
            "Designed a streaming pipeline that processes 2 billion events a day.",
            "Cut warehouse costs by 40 percent with partitioned tables.",
            "Mentored five engineers through their first on-call rotations.",
        ),
    ),
    (
        "Data Engineer",
        "Rutas Logística",
        "March 2018 -- December 2020",
        "Valencia, Spain",
        (
            "Moved nightly batch jobs to Airflow with retries and alerts.",
            "Built the delivery-time model the dispatch team still uses.",
        ),
    ),
    (
        "Software Developer",
        "Cívica Digital",
        "September 2015 -- February 2018",
        "Sevilla, Spain",
        (
            "Wrote the city's open-data portal back end in Django.",
            "Kept the public APIs at 99.95 percent availability.",
        ),
    ),
    (
        "Junior Developer",
        "Telares Web",
        "June 2013 -- August 2015",
        "Sevilla, Spain",
        ("Maintained online shops for twelve local businesses.", "Automated invoice exports that took a day by hand."),
    ),
    (
        "Research Assistant",
        "Universidad de Sevilla",
        "October 2011 -- May 2013",
        "Sevilla, Spain",
        (
            "Cleaned census tables for the regional statistics yearbook.",
            "Wrote the scripts that checked each table against last year's.",
        ),
    ),
    (
        "Teaching Assistant",
        "Universidad de Sevilla",
        "September 2010 -- June 2011",
        "Sevilla, Spain",
        ("Ran the weekly programming labs for first-year students.", "Graded assignments for a class of ninety."),
    ),
    (
        "Intern",
        "Instituto de Estadística",
        "June 2010 -- August 2010",
        "Sevilla, Spain",
        ("Checked survey returns against the municipal register.",),
    ),
)
_ALTACV_EARLIER = tuple(
    (title, organisation, dates.replace("20", "19", 1).replace("20", "19", 1) if False else dates, town, bullets)
    for title, organisation, dates, town, bullets in ()
)
_ALTACV_SIDEBAR = r"""\switchcolumn
\cvsection{Skills}
Python \quad SQL \quad Spark \quad Kafka \quad Airflow \quad dbt \quad Terraform\par
\cvsection{Languages}
Spanish: native\par
English: fluent\par
French: intermediate\par
\cvsection{Education}
{\large\bfseries M.Sc. Data Science}\par{\color{accent}\bfseries Universidad Politécnica de Madrid}\par
{\small\faCalendar~2011 -- 2013}\par
\medskip
{\large\bfseries B.Sc. Computer Engineering}\par{\color{accent}\bfseries Universidad de Sevilla}\par
{\small\faCalendar~2007 -- 2011}\par
\cvsection{Strengths}
Data modelling \quad Mentoring \quad Incident response\par
\end{paracol}
\end{document}
"""


def altacv_style() -> str:
    """Experience in the wide left column, skills, languages and education in the right one."""
    events = "".join(
        f"\\cvevent{{{title}}}{{{organisation}}}{{{dates}}}{{{town}}}\n\\begin{{itemize}}\n"
        + "".join(f"\\item {bullet}\n" for bullet in bullets)
        + "\\end{itemize}\n\\medskip\n"
        for title, organisation, dates, town, bullets in _ALTACV_JOBS + _ALTACV_EARLIER
    )
    return _ALTACV_PREAMBLE + "\\begin{paracol}{2}\n\\cvsection{Experience}\n" + events + _ALTACV_SIDEBAR


_ALTACV_PREAMBLE = r"""\documentclass[10pt,a4paper]{article}
\usepackage[margin=1.25cm]{geometry}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage[default]{lato}
\usepackage{fontawesome5}
\usepackage{paracol}
\usepackage{xcolor}
\usepackage[hidelinks]{hyperref}
\usepackage{enumitem}
\setlist[itemize]{leftmargin=1.2em,itemsep=1pt,topsep=2pt}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\definecolor{accent}{HTML}{8F0D0D}
\newcommand{\cvsection}[1]{\medskip{\color{accent}\Large\bfseries\MakeUppercase{#1}}\par\smallskip}
\newcommand{\cvevent}[4]{{\large\bfseries #1}\par{\color{accent}\bfseries #2}\par
{\small\faCalendar~#3 \quad \faMapMarker~#4}\par}
\columnratio{0.6}
\begin{document}
{\Huge\bfseries Marisol Ortega}\par\smallskip
{\large\color{accent}\bfseries Data Engineer}\par\smallskip
{\small\faAt~\href{mailto:marisol.ortega@example.com}{marisol.ortega@example.com}\quad
\faPhone~\href{tel:+34600123456}{+34 600 123 456}\quad
\faMapMarker~Madrid, Spain\quad
\faGithub~\href{https://github.com/mortega}{mortega}\quad
\faLinkedin~\href{https://www.linkedin.com/in/mortega}{mortega}}\par
\bigskip
"""


TEMPLATE_CASES = (
    TemplateCase("moderncv-pdflatex-ot1-de", "pdflatex", "pdfTeX", MODERNCV_OT1_DE),
    TemplateCase("awesome-lualatex-harfbuzz", "lualatex", "LuaTeX", AWESOME_HARFBUZZ),
    TemplateCase("altacv-pdflatex", "pdflatex", "pdfTeX", altacv_style()),
    TemplateCase("europass-html-de", "libreoffice", "LibreOffice", EUROPASS_DE, sections_exact=False),
    TemplateCase("google-docs-html-en", "libreoffice", "LibreOffice", GOOGLE_DOCS_EN),
)
TEX_CASES = tuple(case for case in TEMPLATE_CASES if case.engine != "libreoffice")
WORD_CASES = tuple(case for case in TEMPLATE_CASES if case.engine == "libreoffice")
