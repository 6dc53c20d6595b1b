"""The main window as a user meets it: open, type, watch the page, click, switch screens, save."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QTextCursor

from editor.ui.prompts import SaveChoice
from tests.conftest import SAMPLES


def copy_sample(tmp_path: Path) -> Path:
    for name in ("resume.md", "job-description.txt"):
        shutil.copy(SAMPLES / name, tmp_path / name)
    return tmp_path / "resume.md"


def page_pixels(window) -> QImage:
    return window.last_result.pages[0]


def test_opening_the_sample_renders_the_page_and_loads_its_job_description(window, tmp_path) -> None:
    window.files.open_path(str(copy_sample(tmp_path)))
    result = window.last_result
    assert result is not None and result.pages and not result.pages[0].isNull()
    assert "Customer Support Team Lead" in window.job_panel.text()
    assert "Keyword match" in window.job_panel.score.text()
    assert window.windowTitle().startswith("resume.md")
    assert "63 %" in window.recruiter.summary.text()


def test_typing_changes_the_rendered_page(window, tmp_path, qtbot) -> None:
    window.files.open_path(str(copy_sample(tmp_path)))
    before = page_pixels(window)
    name_line = window.editor.toPlainText().split("\n").index("# Maria Delgado") + 1
    window.editor.go_to(name_line, len("# Maria Delgado"))
    qtbot.keyClicks(window.editor, " Fernandez-Ortega")
    assert window.last_result.analysis.resume.header.name == "Maria Delgado Fernandez-Ortega"
    assert page_pixels(window) != before
    assert window.editor.document().isModified()
    assert window.isWindowModified()


def test_clicking_a_line_on_the_page_moves_the_cursor_to_its_source(window, tmp_path, qtbot) -> None:
    window.files.open_path(str(copy_sample(tmp_path)))
    window.recruiter.pages_button.click()
    view = window.recruiter.screen_view
    layout = window.last_result.analysis.pdf.layout
    target = next(line for line in layout.lines if line.text.startswith("Customer Service Representative"))
    rect = view._page_rects()[0]
    scale = rect.width() / layout.page_width
    point = QPoint(
        int(rect.left() + (target.x0 + 5) * scale), int(rect.top() + (target.top + target.bottom) / 2 * scale)
    )
    with qtbot.waitSignal(view.source_clicked) as clicked:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=point)
    line = clicked.args[0]
    assert window.editor.textCursor().blockNumber() + 1 == line
    assert "Customer Service Representative" in window.editor.textCursor().block().text()


def test_switching_to_a_smaller_screen_moves_the_fold_up(window, tmp_path) -> None:
    window.files.open_path(str(copy_sample(tmp_path)))
    picker = window.recruiter.screen_picker
    picker.setCurrentIndex(picker.findData("chrome-1920x1080"))
    big = window.last_result.analysis.fold.fold_y_pt
    picker.setCurrentIndex(picker.findData("chrome-1366x768"))
    small = window.last_result.analysis.fold.fold_y_pt
    assert small < big - 150
    assert window.settings.value("recruiter/screen") == "chrome-1366x768"


def test_save_writes_exactly_what_was_typed_keeping_crlf(window, tmp_path, qtbot) -> None:
    path = tmp_path / "cv.md"
    path.write_bytes(b"# Ana\r\nNurse\r\n\r\n## Experience\r\n")
    window.files.open_path(str(path))
    window.editor.go_to(2, len("Nurse"))
    qtbot.keyClicks(window.editor, " Manager")
    assert window.files.save()
    assert path.read_bytes() == b"# Ana\r\nNurse Manager\r\n\r\n## Experience\r\n"
    assert not window.editor.document().isModified()


def test_failed_save_keeps_the_file_and_the_text(window, tmp_path, qtbot, prompts) -> None:
    path = copy_sample(tmp_path)
    original = path.read_bytes()
    window.files.open_path(str(path))
    qtbot.keyClicks(window.editor, "typed text")
    window.files.path = str(tmp_path / "removed-folder" / "resume.md")  # e.g. a USB stick pulled out
    assert not window.files.save()
    assert prompts.errors and "not saved" in prompts.errors[0][0]
    assert path.read_bytes() == original
    assert "typed text" in window.editor.toPlainText()


def test_closing_with_unsaved_changes_asks_and_can_cancel(window, tmp_path, qtbot, prompts) -> None:
    window.files.open_path(str(copy_sample(tmp_path)))
    qtbot.keyClicks(window.editor, "x")
    prompts.save_choices = [SaveChoice.CANCEL]
    assert not window.close()
    assert prompts.questions == ["save changes to resume.md"]
    prompts.save_choices = [SaveChoice.DISCARD]
    assert window.close()


def test_a_missing_file_is_a_clear_message_and_nothing_changes(window, tmp_path, prompts) -> None:
    window.files.open_path(str(copy_sample(tmp_path)))
    before = window.editor.toPlainText()
    assert not window.files.open_path(str(tmp_path / "gone.md"))
    assert "no such file" in prompts.errors[0][1]
    assert window.editor.toPlainText() == before


def test_quick_fix_from_the_checks_pane_edits_the_text_as_one_undo_step(window, tmp_path, qtbot) -> None:
    path = tmp_path / "cv.md"
    path.write_text(
        "# Ana Ruiz\n123 Main Street, Springfield, IL 62704 · ana@example.com\n\n## Experience\n", encoding="utf-8"
    )
    window.files.open_path(str(path))
    finding = next(f for f in window.last_result.analysis.findings if f.rule == "home-address")
    window.checks_panel.fix_requested.emit(finding.quick_fix)
    assert "123 Main Street" not in window.editor.toPlainText()
    assert "Springfield, IL" in window.editor.toPlainText()
    window.editor.undo()
    assert "123 Main Street" in window.editor.toPlainText()


def test_bold_matched_keywords_bolds_job_terms_in_bullets(window, tmp_path) -> None:
    path = tmp_path / "cv.md"
    path.write_text(
        "# Ana Ruiz\nSupport lead\n\n## Experience\n\n### Agent | Acme | 2020 – Present\n"
        "- Answered Zendesk tickets for 40 customers a day\n",
        encoding="utf-8",
    )
    window.files.open_path(str(path))
    window.job_panel.set_text("Support Team Lead\n\nRequirements\n- Experience with Zendesk\n")
    window.bold_matched_keywords()
    assert "**Zendesk**" in window.editor.toPlainText()


def test_adding_a_word_to_the_dictionary_persists_it(window, tmp_path, data_folder) -> None:
    path = tmp_path / "cv.md"
    path.write_text("# Ana Ruiz\n\n## Experience\n\n- Built the Flurbleton pipeline for 3 teams\n", encoding="utf-8")
    window.files.open_path(str(path))
    assert any(m.word == "Flurbleton" for m in window.last_result.analysis.misspellings)
    window.editor.word_added_to_dictionary.emit("Flurbleton")
    assert not any(m.word == "Flurbleton" for m in window.last_result.analysis.misspellings)
    assert "Flurbleton" in (data_folder / "dictionary.txt").read_text(encoding="utf-8")


def test_the_ats_pane_shows_what_a_parser_reads(window, tmp_path) -> None:
    window.files.open_path(str(copy_sample(tmp_path)))
    window.ats_panel.wait_idle()
    extracted = window.ats_panel.text.toPlainText()
    assert extracted.lstrip().startswith("Maria Delgado")
    assert "Customer Support Specialist" in extracted
    assert window.ats_panel.verdict.text().startswith("✓ 22 of 22 fields parsed right")


def test_the_ats_pane_shows_each_parsed_field_and_a_click_goes_to_its_line(window, tmp_path) -> None:
    path = copy_sample(tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace("# Maria Delgado", "# Maria Delgado, support pro"))
    window.files.open_path(str(path))
    window.ats_panel.wait_idle()
    table = window.ats_panel.fields
    rows = {table.item(row, 1).text(): [table.item(row, c).text() for c in range(5)] for row in range(table.rowCount())}
    assert rows["Job 1 · company"][:4] == ["✓", "Job 1 · company", "Evergreen Telecom", "Evergreen Telecom"]
    assert rows["Name"][:4] == ["✗", "Name", "Maria Delgado", "Maria Delgado, support pro"]  # no credentials: one name
    assert "together with the text beside it" in rows["Name"][4]
    assert window.ats_panel.verdict.text().startswith("⚠ 21 of 22 fields parsed right")
    window.editor.go_to(30, 0)
    window.ats_panel.fields.cellClicked.emit(list(rows).index("Name"), 0)
    assert window.editor.textCursor().block().text() == "# Maria Delgado, support pro"
    window.ats_panel.grab().save(str(tmp_path / "ats-panel.png"))


def test_help_shows_the_resume_markdown_guide(window, qtbot) -> None:
    from PySide6.QtWidgets import QTextBrowser

    window.show_guide()
    browser = window.findChild(QTextBrowser)
    assert browser is not None and browser.isVisible()
    assert "###" in browser.toPlainText() or "Experience" in browser.toPlainText()
    browser.close()


def test_a_cover_letter_is_analysed_as_a_letter(window, tmp_path) -> None:
    for name in ("cover-letter.md", "job-description.txt"):
        shutil.copy(SAMPLES / name, tmp_path / name)
    window.files.open_path(str(tmp_path / "cover-letter.md"))
    window.job_panel.set_text((SAMPLES / "job-description.txt").read_text(encoding="utf-8"))
    assert window.last_result.analysis.letter_facts is not None
    assert window.recruiter.summary.text().startswith("Cover letter: 135 words")


def test_draft_cover_letter_opens_a_new_letter_from_the_resume(window, tmp_path, prompts) -> None:
    window.files.open_path(str(copy_sample(tmp_path)))
    window.draft_cover_letter()
    text = window.editor.toPlainText()
    assert "BrightPath" in text and "Maria Delgado" in text
    assert window.files.path is None and window.editor.document().isModified()
    assert window.last_result.analysis.letter_facts is not None


def test_a_custom_screen_moves_the_fold_and_is_remembered(window, tmp_path, settings) -> None:
    from editor.analysis.screen.presets import custom_screen

    window.files.open_path(str(copy_sample(tmp_path)))
    window.recruiter.add_custom_screen(custom_screen(1280, 1024, 1.0, "chrome"))
    assert window.last_result.analysis.fold.screen.id == "custom-chrome-1280x1024@100"
    assert "custom-chrome-1280x1024@100" in settings.value("recruiter/custom_screens")
    assert window.last_result.analysis.fold.visible_fraction > 0.7


def test_muting_a_rule_records_it_and_silences_it(window, tmp_path) -> None:
    path = copy_sample(tmp_path)
    path.write_text(path.read_text(encoding="utf-8").split("## Interests")[0], encoding="utf-8")
    window.files.open_path(str(path))
    assert any(f.rule == "personal-interests" for f in window.last_result.analysis.findings)
    window.checks_panel.mute_requested.emit("personal-interests")
    assert "mute: personal-interests" in window.editor.toPlainText()
    assert not any(f.rule == "personal-interests" for f in window.last_result.analysis.findings)
    window.editor.undo()
    assert "mute:" not in window.editor.toPlainText()


def test_the_heap_alive_at_the_first_preview_is_left_out_of_garbage_collection(window, qtbot) -> None:
    """Full collections walked the warm heap on every other 10-page analysis (~70 ms each)."""
    gc.unfreeze()
    window.last_result = None
    window.schedule_analysis(immediately=True)
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5000)


def _grammar_rows(window) -> list[str]:
    tree = window.checks_panel.tree
    rows = []
    for index in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(index)
        rows += [group.child(row).text(0) for row in range(group.childCount())]
    return [row for row in rows if "“an”" in row]


def test_grammar_issues_stay_in_the_checks_pane_when_the_preview_updates(window, qtbot, language_tool) -> None:
    """LanguageTool answers later than the preview; a preview that arrives on its own (the screen or
    view changed, or the grammar check is still running) must not wipe out the grammar issues."""
    from editor.ui.grammar_controller import GrammarSettings

    window.grammar.configure(GrammarSettings("server", language_tool))
    window.editor.setPlainText("# Sam Rivera\n\n## Summary\n\nAnalyst with a unusual eye for cost.\n")
    qtbot.waitUntil(lambda: len(_grammar_rows(window)) == 1, timeout=5000)
    window.pipeline.request(window.analysis_request(), immediately=True)  # a preview, and no grammar answer
    window.pipeline.wait_idle()
    assert len(_grammar_rows(window)) == 1
    article = QTextCursor(window.editor.document())
    article.setPosition(window.editor.document().find("a unusual").selectionStart())
    point = window.editor.cursorRect(article).center() + QPoint(2, 0)
    assert "“an”" in window.editor.tooltip_at(point)  # the wavy mark under "a" is still there


def _top_rows(window) -> list[str]:
    tree = window.checks_panel.tree
    return [tree.topLevelItem(index).text(0) for index in range(tree.topLevelItemCount())]


def test_a_german_resume_is_spell_checked_in_german_and_a_polish_one_says_it_is_not_checked(window) -> None:
    german = (SAMPLES.parent.parent / "tests" / "formats" / "engine_pdfs" / "moderncv-lualatex-de.pdf").resolve()
    assert window.files.import_path(str(german))
    window.pipeline.wait_idle()
    assert not any(row.startswith("Spelling") for row in _top_rows(window))  # 51 false alarms before
    window.editor.document().setModified(False)
    window.editor.setPlainText("---\nlanguage: pl\n---\n# Anna Nowak\n\n## Doświadczenie\n\nKsięgowa z pasją.\n")
    window.pipeline.wait_idle()
    assert "Spelling not checked: language pl (no dictionary for it)" in _top_rows(window)


def test_the_window_keeps_the_pdf_engine_loaded_between_previews(window) -> None:
    """Without a document alive, each preview restarts PDFium and leaks ~57 kB (bench/bench_memory.py)."""
    from PySide6.QtPdf import QPdfDocument

    assert window.findChildren(QPdfDocument)
