"""Floating frames in Word files are read where they stand on the page, not where the XML keeps them."""

from __future__ import annotations

import io

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from editor.formats.importing.docx.frames import Frame, reading_order
from editor.formats.importing.docx.reader import read_docx
from editor.formats.markdown.writer import write_markdown
from editor.model import SectionKind


def _save(document) -> bytes:
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def test_a_heading_band_comes_first_then_the_left_column_then_the_right() -> None:
    name = Frame(50, 40, 500, 40)
    sidebar = Frame(50, 100, 150, 600)
    main = Frame(220, 100, 330, 600)
    footer = Frame(50, 720, 500, 20)
    assert reading_order([footer, main, name, sidebar]) == [name, sidebar, main, footer]


def test_framed_paragraphs_are_read_top_to_bottom() -> None:
    document = docx.Document()
    for text, top in (("Skills", 300), ("Python, SQL", 330), ("Dana Kim", 40), ("dana.kim@example.com", 80)):
        paragraph = document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f"<w:framePr {nsdecls('w')} w:w='6000' w:x='0' w:y='{top * 20}' w:vAnchor='page'/>")
        )
    resume = read_docx(_save(document))
    assert resume.header.name == "Dana Kim"
    assert [item.text for item in resume.header.contacts] == ["dana.kim@example.com"]
    assert [section.kind for section in resume.sections] == [SectionKind.SKILLS]


def _vml_box(left: float, lines: list[str], top: float = 20) -> str:
    """A run holding an absolutely positioned VML text box, as older Word versions save one."""
    paragraphs = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)
    return (
        f"<w:r {nsdecls('w')} xmlns:v='urn:schemas-microsoft-com:vml'><w:pict>"
        f"<v:shape style='position:absolute;margin-left:{left}pt;margin-top:{top}pt;width:180pt;height:400pt'>"
        f"<v:textbox><w:txbxContent>{paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )


def test_text_boxes_side_by_side_are_read_left_column_first() -> None:
    document = docx.Document()
    document.add_paragraph("Dana Kim", style="Title")
    anchor = document.add_paragraph()
    anchor._p.append(parse_xml(_vml_box(220, ["Experience", "Analyst, Acme, 2019 – 2021", "Closed the books"])))
    anchor._p.append(parse_xml(_vml_box(0, ["Skills", "Python, SQL"])))
    resume = read_docx(_save(document))
    assert [section.kind for section in resume.sections] == [SectionKind.SKILLS, SectionKind.EXPERIENCE]


def test_a_flood_of_frames_is_read_in_file_order_without_laying_out_a_page() -> None:
    document = docx.Document()
    document.add_paragraph("Dana Kim", style="Title")
    anchor = document.add_paragraph()._p
    for number in range(1001):  # each box drawn above the one before it
        anchor.append(parse_xml(_vml_box(0, [f"item{number}"], top=700 - number * 0.6)))
    resume = read_docx(_save(document))
    assert resume.header.name == "Dana Kim"
    text = write_markdown(resume)
    assert text.index("item0") < text.index("item1000")
