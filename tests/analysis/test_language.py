"""Language detection: a resume is checked in the language it is written in, or the one it names."""

from __future__ import annotations

import pytest

from editor.analysis.report import build_report
from editor.formats.importing.pdf.reader import read_pdf
from editor.formats.markdown.language import DocumentLanguage, detect_language, document_language, language_code
from editor.formats.markdown.reader import read_markdown
from editor.formats.markdown.writer import write_markdown
from tests.analysis.language_samples import ENGINE_PDFS, IMPORTED, SAMPLES, imported_markdown
from tests.conftest import SAMPLES as SAMPLE_FILES


@pytest.mark.parametrize("language", sorted(IMPORTED))
def test_imported_resumes_are_recognised_in_their_language(language: str) -> None:
    """Import writes what it recognised into the front matter; the words alone say the same."""
    text = imported_markdown(language)
    assert document_language(text) == DocumentLanguage(language, "setting")
    assert detect_language(text) == language


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_resumes_written_in_each_checked_language_are_recognised(language: str) -> None:
    assert detect_language(SAMPLES[language]) == language


def test_english_resumes_stay_english() -> None:
    sample = (SAMPLE_FILES / "resume.md").read_text(encoding="utf-8")
    assert document_language(sample) == DocumentLanguage("en", "detected")
    imported = write_markdown(read_pdf((ENGINE_PDFS / "jake-pdflatex.pdf").read_bytes()))
    assert detect_language(imported) == "en" and "language:" not in imported


def test_a_few_words_are_no_evidence_and_mean_english() -> None:
    for text in ("- Led de-escalation in English/Spanish", "# Lena Müller", "- Taught at Casa de la Cultura", ""):
        assert document_language(text) == DocumentLanguage("en", "default"), text


def test_addresses_and_english_dates_in_a_foreign_resume_are_no_clue() -> None:
    text = "anna@example.de · www.example.fr/de/la · Mar 2019 – Present\n- Leitung der Abteilung und des Teams"
    assert detect_language(text) == "de"


def test_the_language_setting_in_the_front_matter_wins_over_the_words() -> None:
    english = (SAMPLE_FILES / "resume.md").read_text(encoding="utf-8")
    for value in ("de", "de-AT", "de_DE", "German", "Deutsch"):
        assert document_language(f"---\nlanguage: {value}\n---\n{english}") == DocumentLanguage("de", "setting")
    assert document_language(f"---\nlanguage: auto\n---\n{SAMPLES['fr']}") == DocumentLanguage("fr", "detected")


def test_the_resume_models_settings_are_read_too() -> None:
    resume = read_markdown("---\nlanguage: es\n---\n# Ana Ruiz\n\n- Led the team")
    assert resume.settings == {"language": "es"}
    assert document_language("- Led the team", resume.settings) == DocumentLanguage("es", "setting")


def test_languages_without_a_dictionary_are_recognised_rather_than_mistaken_for_others() -> None:
    polish = "Kierownik zespołu w firmie, odpowiedzialny za sprzedaż oraz obsługę klientów; praca jest dla mnie pasją"
    swedish = "Projektledare och ansvarig för att leda teamet med fokus på kvalitet, som är viktigt för kunderna"
    assert detect_language(polish) == "pl"
    assert detect_language(swedish) == "sv"
    found = document_language(polish)
    assert (found.spelling_checked, found.note) == (False, "spelling not checked: language pl")
    assert document_language(SAMPLES["de"]).note == ""


def test_cyrillic_is_russian_unless_another_languages_letters_outnumber_russian_ones() -> None:
    assert detect_language(SAMPLES["ru"].replace("Санкт-Петербург", "Київ")) == "ru"  # one Ukrainian place name
    assert detect_language("Досвід роботи: керівник відділу продажів, відповідальний за клієнтів") == "uk"
    assert detect_language("Професионален опит: ръководител на екип, отговорен за продажбите") == "bg"
    assert detect_language("Επαγγελματική εμπειρία στην εταιρεία") == "el"


def test_setting_values_become_codes() -> None:
    assert [language_code(value) for value in ("FR", " pt-BR ", "nl_BE", "Italiano", "русский", "")] == [
        "fr",
        "pt",
        "nl",
        "it",
        "ru",
        "",
    ]


def test_the_analysis_report_names_the_language_spelling_was_checked_in() -> None:
    text = f"---\nlanguage: pl\n---\n{SAMPLES['de'].replace('Entwicklung', 'Entwiklung', 1)}"
    report = build_report(read_markdown(text), text)
    assert report["language"] == {"code": "pl", "source": "setting", "spelling_checked": False}
    assert report["spelling"] == []
    german = build_report(read_markdown(text.replace("pl", "auto", 1)), text.replace("pl", "auto", 1))
    assert german["language"] == {"code": "de", "source": "detected", "spelling_checked": True}
    assert [word["word"] for word in german["spelling"]] == ["Entwiklung"]
