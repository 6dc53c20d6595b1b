"""Resume sources for real typesetting engines, written the way popular templates write them.

Each function turns an import `Content` into the source text one engine compiles: pdfLaTeX with the
layout of "Jake's Resume" (the most forked LaTeX resume), XeLaTeX with an Awesome-CV-like look
(fontspec, Font Awesome icons, letter-spaced headings), LuaLaTeX with moderncv (dates in a left
margin column), Typst like the `basic-resume` package, and HTML printed by Chromium (a sidebar
page with CSS-drawn bullets and web-font icons, and a plain page printed with the browser's own
running header and footer). `make_engine_pdfs` compiles them; the PDFs are committed, so the tests
need none of the engines.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from tests.formats.import_fixtures import Content, Job

_LATEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def tex(text: str) -> str:
    """Text escaped for LaTeX; an en dash becomes TeX's `--`, as template users type it."""
    escaped = "".join(_LATEX_SPECIALS.get(char, char) for char in text)
    return escaped.replace("–", "--")


def _skill_lines(content: Content) -> list[tuple[str, str]]:
    """The skills lines split into their bold label and the rest."""
    return [(label, rest.strip()) for label, _, rest in (item.partition(":") for item in content.skills)]


def _dated_sections(content: Content, heading: Callable[[str], str], entry: Callable[[Job], str]) -> list[str]:
    """The experience and education sections: each title, then each job or school as `entry` sets it."""
    _summary, experience, education, _skills = content.titles
    parts = []
    for title, jobs in ((experience, content.jobs), (education, content.schools)):
        parts.append(heading(title))
        parts += [entry(job) for job in jobs]
    return parts


# -- pdfLaTeX: Jake's Resume ----------------------------------------------------------------------------

_JAKE_PREAMBLE = r"""\documentclass[letterpaper,11pt]{article}
\usepackage{latexsym}
\usepackage[empty]{fullpage}
\usepackage{titlesec}
\usepackage{marvosym}
\usepackage[usenames,dvipsnames]{color}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\usepackage{tabularx}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\pdfgentounicode=1
\pagestyle{empty}
\addtolength{\oddsidemargin}{-0.5in}
\addtolength{\evensidemargin}{-0.5in}
\addtolength{\textwidth}{1in}
\addtolength{\topmargin}{-.5in}
\addtolength{\textheight}{1.0in}
\urlstyle{same}
\raggedbottom
\raggedright
\setlength{\tabcolsep}{0in}
\titleformat{\section}{\vspace{-4pt}\scshape\raggedright\large}{}{0em}{}[\color{black}\titlerule\vspace{-5pt}]
\newcommand{\resumeItem}[1]{\item\small{{#1 \vspace{-2pt}}}}
\newcommand{\resumeSubheading}[4]{
  \vspace{-2pt}\item
    \begin{tabular*}{0.97\textwidth}[t]{l@{\extracolsep{\fill}}r}
      \textbf{#1} & #2 \\
      \textit{\small#3} & \textit{\small #4} \\
    \end{tabular*}\vspace{-7pt}
}
\renewcommand\labelitemii{$\vcenter{\hbox{\tiny$\bullet$}}$}
\newcommand{\resumeSubHeadingListStart}{\begin{itemize}[leftmargin=0.15in, label={}]}
\newcommand{\resumeSubHeadingListEnd}{\end{itemize}}
\newcommand{\resumeItemListStart}{\begin{itemize}}
\newcommand{\resumeItemListEnd}{\end{itemize}\vspace{-5pt}}
"""


_EC_SIZES = ("0500", "0600", "0700", "0800", "0900", "1000", "1095", "1200", "1440", "1728", "2074", "2488")
_WITHOUT_CM_SUPER = "\n".join(
    rf"\pdfmapline{{-ec{shape}{size}}}"
    for shape in ("rm", "bx", "ti", "it", "sl", "cc", "xc", "tt")
    for size in _EC_SIZES
)


def jake_pdflatex(content: Content, bitmap_fonts: bool = False) -> str:
    """Centred small-caps name, `$|$`-separated links, ruled small-caps sections, tabular entries.

    With `bitmap_fonts` pdfTeX finds no outlines for the T1 text fonts (as on a TeX without
    cm-super) and embeds them as Type 3 bitmaps whose ligatures, dashes and accents have no text.
    """
    summary, experience, education, skills = content.titles
    preamble = _JAKE_PREAMBLE.replace("\n", f"\n{_WITHOUT_CM_SUPER}\n", 1) if bitmap_fonts else _JAKE_PREAMBLE
    parts = [preamble, r"\begin{document}", r"\begin{center}"]
    parts.append(rf"\textbf{{\Huge \scshape {tex(content.name)}}} \\ \vspace{{1pt}}")
    parts.append(rf"\textit{{{tex(content.headline)}}} \\ \vspace{{1pt}}")
    parts.append(
        rf"\small \href{{mailto:{content.email}}}{{\underline{{{tex(content.email)}}}}} $|$ "
        rf"{tex(content.phone)} $|$ {tex(content.location)} $|$ "
        rf"\href{{https://{content.website}}}{{\underline{{{tex(content.website)}}}}}"
    )
    parts += [r"\end{center}", rf"\section{{{tex(summary)}}}", rf"\small{{{tex(content.summary)}}}"]
    for title, jobs in ((experience, content.jobs), (education, content.schools)):
        parts += [rf"\section{{{tex(title)}}}", r"\resumeSubHeadingListStart"]
        for job in jobs:
            parts.append(
                rf"\resumeSubheading{{{tex(job.title)}}}{{{tex(job.dates)}}}"
                rf"{{{tex(job.organization)}}}{{{tex(job.location)}}}"
            )
            parts.append(r"\resumeItemListStart")
            parts += [rf"\resumeItem{{{tex(bullet)}}}" for bullet in job.bullets]
            parts.append(r"\resumeItemListEnd")
        parts.append(r"\resumeSubHeadingListEnd")
    parts += [rf"\section{{{tex(skills)}}}", r"\begin{itemize}[leftmargin=0.15in, label={}]", r"\small{\item{"]
    parts += [rf"\textbf{{{tex(label)}}}{{: {tex(rest)}}} \\" for label, rest in _skill_lines(content)]
    parts += [r"}}", r"\end{itemize}", r"\end{document}", ""]
    return "\n".join(parts)


# -- XeLaTeX: Awesome-CV-like ---------------------------------------------------------------------------

_AWESOME_PREAMBLE = r"""\documentclass[11pt,a4paper]{article}
\usepackage[left=1.4cm,top=1.2cm,right=1.4cm,bottom=1.6cm]{geometry}
\usepackage{fontspec}
\usepackage{xcolor}
\usepackage{fontawesome5}
\usepackage{enumitem}
\usepackage{tabularx}
\usepackage[hidelinks]{hyperref}
\setmainfont{Roboto}[Extension=.otf, UprightFont=*-Regular, BoldFont=*-Bold, ItalicFont=*-Italic,
  BoldItalicFont=*-BoldItalic, FontFace={l}{n}{*-Light}]
\definecolor{awesome}{HTML}{DC3522}
\definecolor{darktext}{HTML}{414141}
\definecolor{graytext}{HTML}{5D5D5D}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\newcommand{\cvsection}[1]{\vspace{6pt}{\Large\bfseries\addfontfeature{LetterSpace=10}\color{awesome}#1}
  \color{gray}\hrulefill\par\vspace{4pt}}
\newcommand{\cventry}[5]{%
  {\bfseries\color{darktext}#1}\hfill{\itshape\color{awesome}\small #2}\par
  {\scshape\color{graytext}\small #3}\hfill{\itshape\color{graytext}\small #4}\par
  \begin{itemize}[leftmargin=2ex,nosep,label={\color{awesome}\textbullet}]\small\color{darktext}#5\end{itemize}
  \vspace{4pt}}
"""


def awesome_xelatex(content: Content) -> str:
    """Light/bold split name, icon-led contact line, red letter-spaced headings, entries with dates right."""
    summary, _, _, skills = content.titles
    first, _, last = content.name.partition(" ")
    parts = [_AWESOME_PREAMBLE, r"\begin{document}", r"\begin{center}"]
    parts.append(
        rf"{{\fontsize{{30pt}}{{34pt}}\selectfont {{\fontseries{{l}}\selectfont {tex(first)}}} \bfseries {tex(last)}}}"
        r"\par\vspace{4pt}"
    )
    parts.append(rf"{{\scshape\color{{awesome}}\small {tex(content.headline)}}}\par\vspace{{4pt}}")
    parts.append(
        rf"{{\footnotesize\color{{darktext}}\faEnvelope\ {tex(content.email)} ~|~ \faPhone\ {tex(content.phone)}"
        rf" ~|~ \faMapMarker*\ {tex(content.location)} ~|~ \faGlobe\ {tex(content.website)}}}\par"
    )
    parts += [
        r"\end{center}",
        rf"\cvsection{{{tex(summary)}}}",
        rf"{{\small\color{{darktext}}{tex(content.summary)}}}\par",
    ]
    parts += _dated_sections(content, lambda title: rf"\cvsection{{{tex(title)}}}", _awesome_entry)
    parts.append(rf"\cvsection{{{tex(skills)}}}")
    parts += [rf"{{\small\bfseries {tex(label)}:}} {{\small {tex(rest)}}}\par" for label, rest in _skill_lines(content)]
    parts += [r"\end{document}", ""]
    return "\n".join(parts)


def _awesome_entry(job: Job) -> str:
    items = "".join(rf"\item {tex(bullet)}" for bullet in job.bullets)
    return (
        rf"\cventry{{{tex(job.title)}}}{{{tex(job.location)}}}{{{tex(job.organization)}}}"
        rf"{{{tex(job.dates)}}}{{{items}}}"
    )


# -- LuaLaTeX: moderncv ---------------------------------------------------------------------------------


def moderncv_lualatex(content: Content) -> str:
    """moderncv's classic style: dates in a left column, section titles after a coloured bar."""
    summary, _, _, skills = content.titles
    first, _, last = content.name.partition(" ")
    parts = [
        r"\documentclass[11pt,a4paper,sans]{moderncv}",
        r"\moderncvstyle{classic}",
        r"\moderncvcolor{blue}",
        r"\usepackage[scale=0.8]{geometry}",
        rf"\name{{{tex(first)}}}{{{tex(last)}}}",
        rf"\title{{{tex(content.headline)}}}",
        rf"\address{{{tex(content.location)}}}{{}}{{}}",
        rf"\phone[mobile]{{{tex(content.phone)}}}",
        rf"\email{{{content.email}}}",
        rf"\homepage{{{content.website}}}",
        r"\begin{document}",
        r"\makecvtitle",
        rf"\section{{{tex(summary)}}}",
        rf"\cvitem{{}}{{{tex(content.summary)}}}",
    ]
    parts += _dated_sections(content, lambda title: rf"\section{{{tex(title)}}}", _moderncv_entry)
    parts.append(rf"\section{{{tex(skills)}}}")
    parts += [rf"\cvitem{{{tex(label)}}}{{{tex(rest)}}}" for label, rest in _skill_lines(content)]
    parts += [r"\end{document}", ""]
    return "\n".join(parts)


def _moderncv_entry(job: Job) -> str:
    items = r"\begin{itemize}" + "".join(rf"\item {tex(bullet)}" for bullet in job.bullets) + r"\end{itemize}"
    return (
        rf"\cventry{{{tex(job.dates)}}}{{{tex(job.title)}}}{{{tex(job.organization)}}}"
        rf"{{{tex(job.location)}}}{{}}{{{items}}}"
    )


# -- Typst: basic-resume-like ---------------------------------------------------------------------------


def typ(text: str) -> str:
    """Text for Typst markup: the characters markup gives meaning to are escaped."""
    return "".join(f"\\{char}" if char in "\\#*_`$<>@[]~/=-+\"'" else char for char in text)


_TYPST_PREAMBLE = """#set page(paper: "us-letter", margin: (x: 0.5in, y: 0.5in))
#set text(font: "Libertinus Serif", size: 10pt, lang: "LANG")
#set par(justify: true)
#show heading.where(level: 2): it => [
  #pad(top: 0pt, bottom: -10pt, [#smallcaps(it.body)])
  #line(length: 100%, stroke: 1pt)
]
#let entry(title, dates, organization, location) = {
  grid(columns: (1fr, auto), row-gutter: 6pt, strong(title), dates, emph(organization), emph(location))
}
"""


def basic_typst(content: Content, lang: str = "en") -> str:
    """Centred name, ` | `-separated contacts, small-caps ruled headings, two-column entry grids."""
    summary, experience, education, skills = content.titles
    contacts = " | ".join(typ(item) for item in (content.email, content.phone, content.location, content.website))
    parts = [_TYPST_PREAMBLE.replace("LANG", lang)]
    parts.append(f'#align(center)[#text(size: 24pt, weight: "bold")[{typ(content.name)}] \\')
    parts.append(f"#emph[{typ(content.headline)}] \\")
    parts.append(f"{contacts}]")
    parts += [f"== {typ(summary)}", typ(content.summary), ""]
    for title, jobs in ((experience, content.jobs), (education, content.schools)):
        parts.append(f"== {typ(title)}")
        for job in jobs:
            parts.append(
                f"#entry([{typ(job.title)}], [{typ(job.dates)}], [{typ(job.organization)}], [{typ(job.location)}])"
            )
            parts += [f"- {typ(bullet)}" for bullet in job.bullets]
            parts.append("")
    parts.append(f"== {typ(skills)}")
    parts += [f"*{typ(label)}*: {typ(rest)} \\" for label, rest in _skill_lines(content)]
    parts.append("")
    return "\n".join(parts)


SIDEWAYS_LABEL = "Curriculum Vitae"


def paged_typst(content: Content) -> str:
    """`basic_typst` with what longer documents carry: the name and headline as a running header,
    "Page n of m" as a footer, and a label set sideways in the left margin of page 1."""
    furniture = (
        f"#set page(header: [#set text(size: 8pt); {typ(content.name)} #h(1fr) {typ(content.headline)}], "
        'footer: context [#set text(size: 8pt); #h(1fr) Page #counter(page).display("1 of 1", both: true)])\n'
        f"#place(left + top, dx: -0.42in, dy: 1in, rotate(-90deg, reflow: true)[#text(size: 9pt, fill: gray)"
        f"[{SIDEWAYS_LABEL}]])\n"
    )
    return basic_typst(content).replace("#show heading", furniture + "#show heading", 1)


# -- pandoc: Markdown to Word -------------------------------------------------------------------------


def pandoc_markdown(content: Content) -> str:
    """A resume in pandoc's Markdown as "resume in Markdown" projects write it (setext headings,
    contacts joined by bullets, "Title, Company — City" headings over italic dates)."""
    summary, experience, education, skills = content.titles
    website = f"[{content.website}](https://{content.website})"
    contacts = " • ".join((f"<{content.email}>", content.phone, content.location, website))
    parts = [content.name, "=" * len(content.name), "", content.headline, "", contacts, ""]
    parts += [summary, "-" * len(summary), "", content.summary, ""]
    for title, jobs in ((experience, content.jobs), (education, content.schools)):
        parts += [title, "-" * len(title), ""]
        for job in jobs:
            parts += [f"### {job.title}, {job.organization} — {job.location}", "", f"*{job.dates}*", ""]
            parts += [f"- {bullet}" for bullet in job.bullets]
            parts.append("")
    parts += [skills, "-" * len(skills), ""]
    parts += [f"**{label}:** {rest}  " for label, rest in _skill_lines(content)]
    return "\n".join(parts) + "\n"


# -- Chromium: HTML printed to PDF ----------------------------------------------------------------------

_SIDEBAR_CSS = """
@font-face { font-family: "Icons"; src: url("ICONS"); }
@page { size: A4; margin: 0; }
body { margin: 0; font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; color: #222; }
.page { display: grid; grid-template-columns: 62mm 1fr; min-height: 297mm; }
aside { background: #1f3a5f; color: #fff; padding: 14mm 7mm; }
main { padding: 14mm 10mm; }
h1 { font-size: 24pt; margin: 0 0 2mm; }
.headline { font-size: 12pt; color: #3b6ea5; margin-bottom: 6mm; }
h2 { font-size: 11pt; text-transform: uppercase; letter-spacing: 0.08em; border-bottom: 1px solid #ccc;
     margin: 5mm 0 2mm; }
aside h2 { border-color: #fff4; }
aside p { margin: 0 0 2mm; }
.icon { font-family: "Icons"; margin-right: 2mm; }
.job-head { display: flex; justify-content: space-between; font-weight: bold; margin-top: 3mm; }
.job-sub { display: flex; justify-content: space-between; color: #555; font-style: italic; }
ul { margin: 1mm 0 0; padding-left: 5mm; list-style: disc; }
"""

ICON_FONT = "file:///usr/share/fonts-font-awesome/fonts/fontawesome-webfont.ttf"  # Debian's fonts-font-awesome
_ICON_CODES = ("&#xf0e0;", "&#xf095;", "&#xf041;", "&#xf0ac;")  # Font Awesome 4: envelope, phone, marker, globe


def sidebar_html(content: Content, icon_font: str = ICON_FONT) -> str:
    """A dark sidebar (contact with icons, skills) beside the main column; CSS disc bullets."""
    summary, experience, education, skills = content.titles
    e = html.escape
    contacts = "".join(
        f'<p><span class="icon">{icon}</span>{e(item)}</p>'
        for icon, item in zip(
            _ICON_CODES, (content.email, content.phone, content.location, content.website), strict=True
        )
    )
    side_skills = "".join(f"<p>{e(item)}</p>" for item in content.skills)
    main = [f"<h1>{e(content.name)}</h1>", f'<div class="headline">{e(content.headline)}</div>']
    main += [f"<h2>{e(summary)}</h2>", f"<p>{e(content.summary)}</p>"]
    for title, jobs in ((experience, content.jobs), (education, content.schools)):
        main.append(f"<h2>{e(title)}</h2>")
        main += [_html_job(job) for job in jobs]
    css = _SIDEBAR_CSS.replace("ICONS", icon_font)
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{e(content.name)}</title>"
        f"<style>{css}</style></head><body><div class='page'><aside><h2>Contact</h2>{contacts}"
        f"<h2>{e(skills)}</h2>{side_skills}</aside><main>{''.join(main)}</main></div></body></html>"
    )


def _html_job(job: Job) -> str:
    e = html.escape
    bullets = "".join(f"<li>{e(bullet)}</li>" for bullet in job.bullets)
    return (
        f'<div class="job-head"><span>{e(job.title)}</span><span>{e(job.dates)}</span></div>'
        f'<div class="job-sub"><span>{e(job.organization)}</span><span>{e(job.location)}</span></div>'
        f"<ul>{bullets}</ul>"
    )


_THREE_COLUMNS_CSS = """
@page { size: letter landscape; margin: 12mm; }
body { font-family: "DejaVu Sans", sans-serif; font-size: 9pt; }
h1 { font-size: 22pt; margin: 0; }
.grid { display: grid; grid-template-columns: 1fr 1.6fr 1.2fr; gap: 8mm; }
h2 { font-size: 11pt; text-transform: uppercase; border-bottom: 1px solid #999; }
.job-head, .job-sub { display: flex; justify-content: space-between; }
.job-head { font-weight: bold; }
"""


def three_columns_html(content: Content) -> str:
    """A landscape page in three columns: contact and skills, experience, summary and education."""
    summary, experience, education, skills = content.titles
    e = html.escape
    contact = "".join(f"<p>{e(item)}</p>" for item in (content.email, content.phone, content.location, content.website))
    columns = (
        f"<h2>Contact</h2>{contact}<h2>{e(skills)}</h2>" + "".join(f"<p>{e(item)}</p>" for item in content.skills),
        f"<h2>{e(experience)}</h2>" + "".join(_html_job(job) for job in content.jobs),
        f"<h2>{e(summary)}</h2><p>{e(content.summary)}</p><h2>{e(education)}</h2>"
        + "".join(_html_job(job) for job in content.schools),
    )
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{e(content.name)}</title>"
        f"<style>{_THREE_COLUMNS_CSS}</style></head><body><h1>{e(content.name)}</h1><div>{e(content.headline)}</div>"
        f"<div class='grid'>{''.join(f'<div>{column}</div>' for column in columns)}</div></body></html>"
    )


_PLAIN_CSS = """
body { font-family: "Liberation Serif", serif; font-size: 11pt; margin: 0; }
h1 { font-size: 22pt; margin: 0; }
.headline { font-size: 13pt; margin: 1mm 0 2mm; }
.contact { color: #444; margin-bottom: 4mm; }
h2 { font-size: 13pt; margin: 5mm 0 1mm; border-bottom: 1px solid #999; }
.job-head { display: flex; justify-content: space-between; font-weight: bold; margin-top: 3mm; }
.job-sub { display: flex; justify-content: space-between; font-style: italic; }
ul { margin: 1mm 0 0; list-style: disc; }
li { margin-bottom: 1mm; }
"""


def plain_html(content: Content) -> str:
    """A plain one-column page as a user prints it from the browser, who leaves the browser's
    header and footer on: date, title, file address and page numbers on every sheet."""
    summary, experience, education, skills = content.titles
    e = html.escape
    contact = " · ".join(e(item) for item in (content.email, content.phone, content.location, content.website))
    body = [f"<h1>{e(content.name)}</h1>", f'<div class="headline">{e(content.headline)}</div>']
    body += [f'<div class="contact">{contact}</div>', f"<h2>{e(summary)}</h2>", f"<p>{e(content.summary)}</p>"]
    body += [f"<h2>{e(experience)}</h2>", *(_html_job(job) for job in content.jobs)]
    body += [f"<h2>{e(education)}</h2>", *(_html_job(job) for job in content.schools)]
    body += [f"<h2>{e(skills)}</h2>", *(f"<p>{e(item)}</p>" for item in content.skills)]
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{e(content.name)} - Resume</title>"
        f"<style>{_PLAIN_CSS}</style></head><body>{''.join(body)}</body></html>"
    )
