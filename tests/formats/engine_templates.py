"""Real-engine fixtures set the way popular CV templates set them, each with the Markdown it must
import to (tests/formats/engine_expected/), word for word and link for link.

* moderncv (LPPL) with pdfTeX and no `fontenc`: OT1 fonts have no "ü", so TeX draws a spacing
  diaeresis over a "u" (the TeXbook's \\accent), which read "M¨uller" before;
* Awesome-CV's font set-up (LPPL: fontspec with `Renderer=HarfBuzz`, Source Sans) under LuaLaTeX:
  HarfBuzz maps the hyphen of "high-impact" to U+2010, and the GitHub and LinkedIn handles recur
  in the e-mail address, which took their links before.

The sources are written here (the templates' own class files are not copied); `make_engine_pdfs`
compiles them next to the other engine fixtures.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tests.formats.engine_cases import FIXTURES

EXPECTED = Path(__file__).parent / "engine_expected"


@dataclass(frozen=True)
class TemplateCase:
    name: str
    engine: str
    producer: str
    source: str

    @property
    def pdf(self) -> bytes:
        return (FIXTURES / f"{self.name}.pdf").read_bytes()

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

TEMPLATE_CASES = (
    TemplateCase("moderncv-pdflatex-ot1-de", "pdflatex", "pdfTeX", MODERNCV_OT1_DE),
    TemplateCase("awesome-lualatex-harfbuzz", "lualatex", "LuaTeX", AWESOME_HARFBUZZ),
)
