"""Word documents laid out the ways people's resumes are, built from an import `Content`.

* one column with Title/Heading styles and real list numbering (bullets and numbers);
* a two-column layout table (a sidebar with contact details and skills beside the main text);
* contact details in a floating text box (with the `mc:Fallback` copy Word writes) and the
  summary in a content control;
* name and contact line in the page header, a page number field in the footer;
* a Google-Docs-like file: HTML with manual formatting converted by LibreOffice.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

from tests.formats.import_fixtures import Content
from tests.libreoffice import convert


def _save(document) -> bytes:
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def _bold(paragraph, text: str, size: float | None = None, italic: bool = False) -> None:
    run = paragraph.add_run(text)
    run.bold = True
    run.italic = italic
    if size:
        run.font.size = Pt(size)


def _hyperlink(paragraph, text: str, url: str) -> None:
    """A real w:hyperlink with an external relationship, as Word writes it."""
    identifier = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), identifier)
    run = OxmlElement("w:r")
    text_element = OxmlElement("w:t")
    text_element.text = text
    run.append(text_element)
    link.append(run)
    paragraph._p.append(link)


def one_column(content: Content) -> bytes:
    """Title, a contact line with a hyperlink, Heading 1 sections, bold titles, List Bullet / List Number."""
    document = docx.Document()
    document.add_paragraph(content.name, style="Title")
    document.add_paragraph(content.headline, style="Subtitle")
    contact = document.add_paragraph(f"{content.email} | {content.phone} | {content.location} | ")
    _hyperlink(contact, content.website, f"https://{content.website}")
    summary, experience, education, skills = content.titles
    document.add_heading(summary, level=1)
    document.add_paragraph(content.summary)
    for title, jobs, list_style in (
        (experience, content.jobs, "List Bullet"),
        (education, content.schools, "List Number"),
    ):
        document.add_heading(title, level=1)
        for job in jobs:
            _bold(document.add_paragraph(), job.title)
            line = document.add_paragraph()
            line.add_run(f"{job.organization}, {job.location} — {job.dates}").italic = True
            for bullet in job.bullets:
                document.add_paragraph(bullet, style=list_style)
    document.add_heading(skills, level=1)
    for line in content.skills:
        document.add_paragraph(line, style="List Bullet 2")
    return _save(document)


def two_column_table(content: Content) -> bytes:
    """A borderless one-row table: sidebar (contact, skills with typed bullets) and main column."""
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    sidebar, main = table.rows[0].cells
    summary, experience, education, skills = content.titles
    _bold(sidebar.paragraphs[0], "CONTACT")
    for item in (content.email, content.phone, content.location, content.website):
        sidebar.add_paragraph(item)
    _bold(sidebar.add_paragraph(), skills.upper())
    for line in content.skills:
        sidebar.add_paragraph(f"• {line}")
    _bold(main.paragraphs[0], content.name, size=26)
    main.add_paragraph(content.headline)
    _bold(main.add_paragraph(), summary.upper(), size=13)
    main.add_paragraph(content.summary)
    for title, jobs in ((experience, content.jobs), (education, content.schools)):
        _bold(main.add_paragraph(), title.upper(), size=13)
        for job in jobs:
            _bold(main.add_paragraph(), f"{job.title} — {job.organization}")
            main.add_paragraph(f"{job.dates} | {job.location}")
            for bullet in job.bullets:
                main.add_paragraph(bullet, style="List Bullet")
    return _save(document)


def _text_box_run(lines: list[str]) -> str:
    """A run holding a floating text box twice, as Word saves it: DrawingML choice and VML fallback."""
    paragraphs = "".join(f"<w:p><w:r><w:t xml:space='preserve'>{line}</w:t></w:r></w:p>" for line in lines)
    return (
        f"<w:r {nsdecls('w', 'wp', 'a')} xmlns:v='urn:schemas-microsoft-com:vml' "
        "xmlns:mc='http://schemas.openxmlformats.org/markup-compatibility/2006' "
        "xmlns:wps='http://schemas.microsoft.com/office/word/2010/wordprocessingShape'>"
        "<mc:AlternateContent><mc:Choice Requires='wps'><w:drawing><wp:anchor distT='0' distB='0' distL='0' "
        "distR='0' simplePos='0' relativeHeight='1' behindDoc='0' locked='0' layoutInCell='1' allowOverlap='1'>"
        "<wp:simplePos x='0' y='0'/><wp:positionH relativeFrom='page'><wp:posOffset>4500000</wp:posOffset>"
        "</wp:positionH><wp:positionV relativeFrom='page'><wp:posOffset>400000</wp:posOffset></wp:positionV>"
        "<wp:extent cx='2500000' cy='900000'/><wp:wrapNone/><wp:docPr id='1' name='Contact box'/>"
        "<a:graphic><a:graphicData uri='http://schemas.microsoft.com/office/word/2010/wordprocessingShape'>"
        f"<wps:wsp><wps:txbx><w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:rect><v:textbox><w:txbxContent>{paragraphs}</w:txbxContent></v:textbox>"
        "</v:rect></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def text_boxes(content: Content) -> bytes:
    """Contact details in a floating text box beside the name; the summary inside a content control."""
    document = docx.Document()
    name = document.add_paragraph(content.name, style="Title")
    name._p.append(parse_xml(_text_box_run([content.email, content.phone, content.location, content.website])))
    document.add_paragraph(content.headline, style="Subtitle")
    summary, experience, education, skills = content.titles
    document.add_heading(summary, level=1)
    holder = document.add_paragraph(content.summary)
    control = parse_xml(f"<w:sdt {nsdecls('w')}><w:sdtPr><w:alias w:val='Summary'/></w:sdtPr><w:sdtContent/></w:sdt>")
    holder._p.addprevious(control)
    control.find(qn("w:sdtContent")).append(holder._p)
    for title, jobs in ((experience, content.jobs), (education, content.schools)):
        document.add_heading(title, level=1)
        for job in jobs:
            document.add_heading(f"{job.title} | {job.organization} | {job.location} | {job.dates}", level=2)
            for bullet in job.bullets:
                document.add_paragraph(bullet, style="List Bullet")
    document.add_heading(skills, level=1)
    for line in content.skills:
        document.add_paragraph(line)
    return _save(document)


def header_contact(content: Content) -> bytes:
    """Name and contact line live in the page header; the footer carries a PAGE field."""
    document = docx.Document()
    header = document.sections[0].header
    _bold(header.paragraphs[0], content.name, size=20)
    header.add_paragraph(content.headline)
    header.add_paragraph(f"{content.email} · {content.phone} · {content.location} · {content.website}")
    footer = document.sections[0].footer.paragraphs[0]
    footer.add_run("Page ")
    footer._p.append(parse_xml(f"<w:fldSimple {nsdecls('w')} w:instr='PAGE'><w:r><w:t>1</w:t></w:r></w:fldSimple>"))
    summary, experience, education, skills = content.titles
    document.add_heading(summary, level=1)
    document.add_paragraph(content.summary)
    for title, jobs in ((experience, content.jobs), (education, content.schools)):
        document.add_heading(title, level=1)
        for job in jobs:
            paragraph = document.add_paragraph()
            _bold(paragraph, job.title)
            paragraph.add_run(f"\t{job.dates}")
            document.add_paragraph(f"{job.organization}, {job.location}").runs[0].italic = True
            for bullet in job.bullets:
                document.add_paragraph(bullet, style="List Bullet")
    document.add_heading(skills, level=1)
    for line in content.skills:
        document.add_paragraph(line, style="List Bullet")
    return _save(document)


def google_docs_html(content: Content) -> str:
    """The resume as a word processor's HTML export: manual sizes and bold, no heading styles."""
    summary, experience, education, skills = content.titles

    def heading(title: str) -> str:
        return f'<p><span style="font-size:13pt;font-weight:bold">{title.upper()}</span></p>'

    parts = [
        f'<p><span style="font-size:24pt;font-weight:bold">{content.name}</span></p>',
        f"<p>{content.headline}</p>",
        f"<p>{content.email} | {content.phone} | {content.location} | "
        f'<a href="https://{content.website}">{content.website}</a></p>',
        heading(summary),
        f"<p>{content.summary}</p>",
    ]
    for title, jobs in ((experience, content.jobs), (education, content.schools)):
        parts.append(heading(title))
        for job in jobs:
            parts.append(f"<p><b>{job.title}</b>, {job.organization} — {job.location} ({job.dates})</p>")
            parts.append("<ul>" + "".join(f"<li>{bullet}</li>" for bullet in job.bullets) + "</ul>")
    parts.append(heading(skills))
    parts.append("<ul>" + "".join(f"<li>{line}</li>" for line in content.skills) + "</ul>")
    return '<html><head><meta charset="utf-8"></head><body>' + "".join(parts) + "</body></html>"


def libreoffice_docx(htmls: dict[str, str], folder: Path) -> dict[str, bytes]:
    """HTML documents converted to DOCX by LibreOffice in one run (name → bytes)."""
    paths = []
    for name, html in htmls.items():
        path = folder / f"{name}.html"
        path.write_text(html, encoding="utf-8")
        paths.append(path)
    converted = convert(paths, "docx:MS Word 2007 XML", folder / "docx")
    return {name: path.read_bytes() for name, path in zip(htmls, converted, strict=True)}
