"""The resume highlighter styles Markdown like the document: big name, accented sections, dim markers."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QFont, QPalette, QTextBlock, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

from editor.ui.editor_colours import editor_colours
from editor.ui.markdown_highlighter import BlockState, ResumeHighlighter, flatten, scan_line
from editor.ui.text_positions import utf16_offset

BODY_POINT_SIZE = 12.0


def light_palette() -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, QColor("#1a1a1a"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    return palette


@pytest.fixture
def highlighted(qapp):
    """A function that highlights text and returns the document (kept alive with its highlighter)."""
    keep_alive = []

    def highlight(text: str) -> QTextDocument:
        document = QTextDocument()
        font = QFont("Source Sans 3")
        font.setPointSizeF(BODY_POINT_SIZE)
        document.setDefaultFont(font)
        highlighter = ResumeHighlighter(document, editor_colours(light_palette()), font)
        document.setDocumentLayout(QPlainTextDocumentLayout(document))  # as in the editor; Qt reports edits to it
        document.setPlainText(text)
        keep_alive.append((document, highlighter))
        return document

    return highlight


def format_at(block: QTextBlock, column: int) -> QTextCharFormat:
    """The highlighter's format at code-point `column` of a block (an empty format if unstyled)."""
    position = utf16_offset(block.text(), column)
    format_ranges = block.layout().formats()
    for format_range in format_ranges:
        if format_range.start <= position < format_range.start + format_range.length:
            return QTextCharFormat(format_range.format)
    return QTextCharFormat()


def line(document: QTextDocument, number: int) -> QTextBlock:
    return document.findBlockByNumber(number - 1)


def test_the_name_line_is_bold_and_larger_than_body_text(highlighted) -> None:
    document = highlighted("# Maria Delgado\nCustomer Support Team Lead")
    name = format_at(line(document, 1), 2)
    assert name.fontWeight() == QFont.Weight.Bold
    assert name.fontPointSize() > BODY_POINT_SIZE * 1.5


def test_the_hash_marker_keeps_the_size_but_is_muted(highlighted) -> None:
    document = highlighted("# Maria Delgado")
    marker, name = format_at(line(document, 1), 0), format_at(line(document, 1), 2)
    assert marker.fontPointSize() == name.fontPointSize()
    assert marker.foreground().color() != name.foreground().color()


def test_a_section_heading_is_bigger_bold_and_in_the_accent_colour(highlighted) -> None:
    document = highlighted("## Experience")
    section = format_at(line(document, 1), 4)
    assert section.fontWeight() == QFont.Weight.Bold
    assert BODY_POINT_SIZE < section.fontPointSize() < BODY_POINT_SIZE * 1.75
    assert section.foreground().color() == editor_colours(light_palette()).accent


def test_an_entry_is_bold_with_separators_and_dates_plain_and_muted(highlighted) -> None:
    text = "### Support Specialist | Evergreen Telecom | Seattle, WA | Mar 2021 – Present"
    block = line(highlighted(text), 1)
    title = format_at(block, text.index("Support"))
    separator = format_at(block, text.index("|"))
    dates = format_at(block, text.index("Mar 2021"))
    present = format_at(block, text.index("Present"))
    assert title.fontWeight() == QFont.Weight.Bold
    for muted in (separator, dates, present):
        assert muted.fontWeight() == QFont.Weight.Normal
        assert muted.foreground().color() == editor_colours(light_palette()).muted


def test_double_asterisks_make_the_text_bold_and_the_markers_muted(highlighted) -> None:
    text = "- Raised **CSAT** from 86% to 94%"
    block = line(highlighted(text), 1)
    bold_start = text.index("CSAT")
    assert all(
        format_at(block, column).fontWeight() == QFont.Weight.Bold for column in range(bold_start, bold_start + 4)
    )
    assert format_at(block, bold_start - 1).foreground().color() == editor_colours(light_palette()).muted
    assert format_at(block, text.index("from")).fontWeight() != QFont.Weight.Bold


def test_single_asterisks_are_italic_but_a_star_bullet_is_a_bullet(highlighted) -> None:
    text = "* Fluent in *Spanish*"
    block = line(highlighted(text), 1)
    assert format_at(block, text.index("Spanish")).fontItalic()
    assert not format_at(block, 0).fontItalic()
    assert format_at(block, 0).foreground().color() == editor_colours(light_palette()).accent


def test_bold_after_an_emoji_starts_on_the_bold_word_not_one_unit_early(highlighted) -> None:
    text = "🚀 Shipped **Zendesk** macros"
    block = line(highlighted(text), 1)
    bold_start = text.index("Zendesk")
    assert format_at(block, bold_start).fontWeight() == QFont.Weight.Bold
    assert format_at(block, bold_start + len("Zendesk") - 1).fontWeight() == QFont.Weight.Bold
    assert format_at(block, bold_start + len("Zendesk") + 2).fontWeight() != QFont.Weight.Bold


def test_front_matter_is_dimmed_only_at_the_top_of_the_document(highlighted) -> None:
    document = highlighted("---\ntemplate: modern\n---\n# Maria\n\n---\nplain: text")
    muted = editor_colours(light_palette()).muted
    assert format_at(line(document, 2), 12).foreground().color() == muted
    assert format_at(line(document, 4), 3).fontWeight() == QFont.Weight.Bold
    assert format_at(line(document, 7), 0).foreground().color() != muted


def test_closing_the_front_matter_restyles_the_lines_after_it(highlighted) -> None:
    document = highlighted("---\ntemplate: modern\n# Maria")
    muted = editor_colours(light_palette()).muted
    assert format_at(line(document, 3), 3).foreground().color() == muted
    cursor = document.find("# Maria")
    cursor.setPosition(cursor.selectionStart())
    cursor.insertText("---\n")
    assert format_at(line(document, 4), 3).fontWeight() == QFont.Weight.Bold
    assert format_at(line(document, 4), 3).foreground().color() != muted


def test_link_text_is_underlined_and_the_address_muted(highlighted) -> None:
    text = "See [my portfolio](https://example.com/maria)"
    block = line(highlighted(text), 1)
    assert format_at(block, text.index("portfolio")).fontUnderline()
    assert format_at(block, text.index("https")).foreground().color() == editor_colours(light_palette()).muted


def test_the_headline_under_the_name_is_larger_and_the_contact_line_separators_muted(highlighted) -> None:
    contact = "Seattle, WA · (206) 555-0147 · maria@example.com"
    document = highlighted(f"# Maria Delgado\nCustomer Support Team Lead\n{contact}\n\nPlain paragraph")
    assert format_at(line(document, 2), 0).fontPointSize() > BODY_POINT_SIZE
    assert (
        format_at(line(document, 3), contact.index("·")).foreground().color() == editor_colours(light_palette()).muted
    )
    assert format_at(line(document, 5), 0).fontPointSize() in (0, BODY_POINT_SIZE)


def test_date_ranges_typed_other_ways_are_recognised_in_entries() -> None:
    text = "### Agent | Northwind | 03/2018 - present"
    ranges, _ = scan_line(text, BlockState.BODY)
    dated = "".join(text[start:end] for start, end, keys in flatten(ranges) if "dates" in keys)
    assert dated == "03/2018 - present"


def test_a_blank_line_after_the_contact_line_returns_to_body_text() -> None:
    state = BlockState.DOCUMENT_START
    for text in ("# Maria", "Team Lead", "maria@example.com", "", "Summary paragraph"):
        ranges, state = scan_line(text, state)
    assert ranges == []
    assert state is BlockState.BODY


def test_a_giant_line_is_drawn_without_shaping_and_resume_lines_keep_their_kerning(highlighted) -> None:
    """Shaping a pasted 200,000-character blob took half its layout; a resume line keeps it."""
    document = highlighted("# Maria Delgado\n- Led the **support** team\n- " + "abcdefghij" * 20_000)
    unshaped = QFont.StyleStrategy.PreferNoShaping
    assert not format_at(line(document, 2), 14).fontStyleStrategy() & unshaped
    assert format_at(line(document, 3), 0).fontWeight() == QFont.Weight.Bold  # the bullet keeps its style
    assert all(format_at(line(document, 3), column).fontStyleStrategy() & unshaped for column in (0, 2, 199_999))
