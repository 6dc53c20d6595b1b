"""Spelling: real typos are caught where they were typed; resume vocabulary is left alone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from editor.analysis.proofing.spelling import Speller, words_in
from editor.formats.errors import FormatError
from editor.formats.markdown.reader import read_markdown
from editor.model import Resume
from tests.analysis.language_samples import SAMPLES, imported_markdown
from tests.conftest import DATA, REPO

SPELLING_DATA = DATA / "spelling"


def data_lines(name: str) -> list[str]:
    lines = (SPELLING_DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller()


def flagged(
    speller: Speller,
    text: str,
    resume: Resume | None = None,
    known_words: frozenset[str] = frozenset(),
    language: str | None = None,
) -> list[str]:
    return [found.word for found in speller.check(text, resume, known_words, language)]


def test_a_typo_is_reported_with_its_line_columns_and_suggestions(speller: Speller) -> None:
    [found] = speller.check("# Ana Ruiz\n\n- Led the managment of 4 stores")
    assert (found.word, found.line, found.column, found.end_column) == ("managment", 3, 10, 19)
    assert found.suggestions[0] == "management"


def test_columns_are_code_points_after_an_emoji(speller: Speller) -> None:
    [found] = speller.check("- 🚀 Shipped the experiance")
    assert (found.column, found.end_column) == (16, 26)


def test_suggestions_are_ranked_by_how_common_they_are(speller: Speller) -> None:
    [found] = speller.check("- Wrote teh report")
    assert found.suggestions[:2] == ("the", "ten")


def test_suggestions_keep_the_typed_capitalisation(speller: Speller) -> None:
    [found] = speller.check("Managment of stores")
    assert found.suggestions[0] == "Management"


def test_thorough_suggestions_reach_two_edits(speller: Speller) -> None:
    assert speller.check("- tommorow") and speller.check("- tommorow")[0].suggestions == ()
    assert speller.suggestions("tommorow")[0] == "tomorrow"


def test_markup_links_addresses_and_front_matter_are_not_checked(speller: Speller) -> None:
    text = (
        "---\ntemplate: modrn\njd: jobdescrption.txt\n---\n"
        "# Ana Ruiz\n"
        "anaruiz@exmple.com · https://githb.com/anaruiz · linkedin.com/in/anaruizz · (206) 555-0147\n"
        "- Wrote [the guide](https://exmple.com/gude) with `kubectl aply` and <https://wwww.exampel.org>\n"
        "- **Bold** and *italic* words, [ref]: https://refrence.example\n"
    )
    assert flagged(speller, text) == []


def test_code_like_tokens_are_skipped(speller: Speller) -> None:
    text = "- Used Node.js, CI/CD, PostgreSQL, k8s, AWS, APIs, C++, C#, snake_case_name, R&D and ASP.NET"
    assert flagged(speller, text) == []


def test_hyphenated_and_slashed_parts_are_checked_one_by_one(speller: Speller) -> None:
    [found] = speller.check("- Led de-escalation and cross-functionl work in English/Spanish")
    assert (found.word, found.column, found.end_column) == ("functionl", 30, 39)


def test_long_all_caps_words_are_checked_but_short_acronyms_are_not(speller: Speller) -> None:
    assert flagged(speller, "## EXPERIANCE\n- Ran HIPAA and CSAT reviews") == ["EXPERIANCE"]


def test_the_persons_name_places_and_employers_are_accepted(speller: Speller) -> None:
    text = (
        "# Siobhan Okonkwo\nTacoma, WA · s@example.com\n\n## Experience\n\n"
        "### Agent | Zorvex Telco | Puyallup, WA | 2020\n- Siobhan's team at Zorvex"
    )
    assert flagged(speller, text, resume=read_markdown(text)) == []
    assert "Zorvex" in flagged(speller, text)  # without the model only the name line is known


def test_words_of_the_job_description_are_accepted(speller: Speller) -> None:
    text = "- Built Quorvix dashboards"
    assert flagged(speller, text) == ["Quorvix"]
    assert flagged(speller, text, known_words=words_in("Experience with Quorvix is a plus")) == []


def test_british_spellings_are_accepted(speller: Speller) -> None:
    text = (
        "- Organised the colour centre; analysed behaviour; modelling licence; paediatric ward; "
        "judgement calls; optimisation of the programme; travelled; catalogue"
    )
    assert flagged(speller, text) == []


def test_prefixed_words_are_accepted_unless_one_letter_from_a_real_word(speller: Speller) -> None:
    assert flagged(speller, "- Rebranded and deprioritized the multithreaded service") == []
    assert flagged(speller, "- Intergrated the presense checks") == ["Intergrated", "presense"]


def test_added_words_are_saved_to_the_personal_dictionary(tmp_path: Path) -> None:
    path = tmp_path / "words.txt"
    speller = Speller(personal_dictionary=path)
    assert flagged(speller, "- Ran Quorvix audits") == ["Quorvix"]
    speller.add_word("Quorvix")
    assert flagged(speller, "- Ran Quorvix audits") == []
    assert path.read_text(encoding="utf-8") == "Quorvix\n"
    assert flagged(Speller(personal_dictionary=path), "- Ran quorvix audits") == []
    assert Speller(personal_dictionary=path).personal_words == {"Quorvix"}


def test_without_a_file_added_words_live_in_memory_only(tmp_path: Path) -> None:
    speller = Speller()
    speller.add_word("Quorvix")
    assert flagged(speller, "- Ran Quorvix audits") == []
    assert flagged(Speller(), "- Ran Quorvix audits") == ["Quorvix"]


def test_an_unreadable_personal_dictionary_counts_as_empty(tmp_path: Path) -> None:
    broken = tmp_path / "words.txt"
    broken.write_bytes(b"\xff\xfe\x00bad")
    assert Speller(personal_dictionary=broken).personal_words == frozenset()
    assert Speller(personal_dictionary=tmp_path).personal_words == frozenset()


def test_a_word_that_cannot_be_saved_is_still_accepted_for_the_session(tmp_path: Path) -> None:
    speller = Speller(personal_dictionary=tmp_path / "missing-folder" / "words.txt")
    with pytest.raises(FormatError, match="does not exist"):
        speller.add_word("Quorvix")
    assert flagged(speller, "- Ran Quorvix audits") == []


def test_asking_for_hunspell_still_gives_a_working_checker() -> None:
    speller = Speller(backend="hunspell")
    assert speller.backend in ("hunspell", "pyspellchecker")
    assert flagged(speller, "- Led the managment of 4 stores") == ["managment"]


def test_an_unknown_backend_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown spelling backend"):
        Speller(backend="aspell")


def test_the_sample_resume_has_no_misspellings(speller: Speller, sample_resume_text: str) -> None:
    assert flagged(speller, sample_resume_text, resume=read_markdown(sample_resume_text)) == []


def test_at_least_95_percent_of_common_misspellings_are_caught(speller: Speller) -> None:
    pairs = [line.split() for line in data_lines("misspellings.txt")]
    assert len(pairs) >= 100
    caught = [typo for typo, _ in pairs if flagged(speller, f"- {typo} here") == [typo]]
    assert len(caught) / len(pairs) >= 0.95


def test_no_tech_medical_business_or_certification_term_is_flagged(speller: Speller) -> None:
    terms = data_lines("terms.txt")
    assert len(terms) >= 300
    assert [term for term in terms if flagged(speller, f"- Worked with {term} daily")] == []


def test_misspellings_serialise_for_the_json_report(speller: Speller) -> None:
    [found] = speller.check("- managment")
    assert found.as_dict() == {
        "word": "managment",
        "line": 1,
        "column": 2,
        "end_column": 11,
        "suggestions": ["management"],
    }


# -- resumes in other languages ------------------------------------------------------------------


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_imported_foreign_resumes_have_no_misspellings(speller: Speller, language: str) -> None:
    text = imported_markdown(language)
    assert flagged(speller, text, resume=read_markdown(text)) == []


def test_an_imported_russian_resume_has_few_false_alarms_despite_a_thin_word_list(speller: Speller) -> None:
    """pyspellchecker's Russian list has 20,000 words: a few real words one letter from another remain."""
    text = imported_markdown("ru")
    words = words_in(text)
    assert len(flagged(speller, text, resume=read_markdown(text))) <= len(words) / 20
    assert len(flagged(speller, text, language="en")) == 0  # the English check never looked at Cyrillic


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_hand_written_resumes_in_each_language_have_at_most_one_false_alarm(speller: Speller, language: str) -> None:
    text = SAMPLES[language]
    assert len(flagged(speller, text, resume=read_markdown(text))) <= 1


@pytest.mark.parametrize(
    ("language", "right", "typo"),
    [
        ("de", "Erfahrung", "Erfahrnug"),
        ("fr", "expérience", "expérence"),
        ("es", "experiencia", "experiensia"),
        ("pt", "experiência", "experiencia"),
        ("it", "esperienza", "esperienzza"),
        ("nl", "samenwerking", "samenwerkign"),
        ("ru", "команде", "каманде"),
    ],
)
def test_a_typo_in_each_language_is_caught_with_the_right_word_first(
    speller: Speller, language: str, right: str, typo: str
) -> None:
    text = SAMPLES[language] + f"\n- {typo}\n"
    [found] = [found for found in speller.check(text, read_markdown(text)) if found.word == typo]
    assert (found.line, found.suggestions[0]) == (text.count("\n"), right)


def test_the_imported_german_resume_catches_a_typo_it_did_not_have(speller: Speller) -> None:
    text = imported_markdown("de").replace("Erfahrung", "Erfahrnug")
    [found] = speller.check(text, read_markdown(text))
    assert (found.word, found.suggestions[0]) == ("Erfahrnug", "Erfahrung")


def test_english_terms_inflections_and_compounds_are_accepted_in_other_languages(speller: Speller) -> None:
    german = "- Betreuung der Kubernetes-Cluster, Python-Skripte und Lagerverwaltungssysteme für drei Standorte"
    spanish = "- Lideré equipos y reduje los tiempos de los clientes con datos semanales"
    russian = "- Руководил командой и сократил расходы компании на треть"
    assert flagged(speller, german, language="de") == []
    assert flagged(speller, spanish, language="es") == []
    assert flagged(speller, russian, language="ru") == []


def test_a_typo_inside_a_german_compound_is_caught(speller: Speller) -> None:
    [found] = speller.check("- Acht Jahre Berufserfahrnug in der Lagerlogistik", language="de")
    assert (found.word, found.suggestions) == ("Berufserfahrnug", ("Berufserfahrung",))


def test_french_elisions_are_checked_without_their_article(speller: Speller) -> None:
    [found] = speller.check("- Dix ans d’expérence dans l'industrie", language="fr")
    assert (found.word, found.column, found.end_column) == ("expérence", 12, 21)


def test_cyrillic_acronyms_are_not_checked(speller: Speller) -> None:
    assert flagged(speller, "- Бухгалтер в ООО и АО, отчётность по МСФО", language="ru") == []


def test_the_language_setting_overrides_the_words(speller: Speller) -> None:
    german = SAMPLES["de"]
    assert flagged(speller, german) == []
    assert "Kenntnisse" in flagged(speller, f"---\nlanguage: en\n---\n{german}")


def test_a_language_without_a_dictionary_flags_nothing(speller: Speller) -> None:
    assert flagged(speller, "---\nlanguage: pl\n---\n- Led the managment of 4 stores") == []
    polish = "- Kierownik zespołu w firmie, odpowiedzialny za sprzedaż oraz obsługę klientów; praca jest dla mnie pasją"
    assert flagged(speller, polish) == []
    assert flagged(speller, "- Led the managment of 4 stores", language="sv") == []


def test_suggestions_come_from_the_language_asked_for(speller: Speller) -> None:
    assert speller.suggestions("Erfahrnug", language="de")[0] == "Erfahrung"
    assert speller.suggestions("tommorow")[0] == "tomorrow"
    assert speller.suggestions("tommorow", language="pl") == []


def test_added_words_are_accepted_in_every_language(tmp_path: Path) -> None:
    speller = Speller(personal_dictionary=tmp_path / "words.txt")
    assert flagged(speller, "- Acht Jahre Erfahrnug", language="de") == ["Erfahrnug"]
    speller.add_word("Erfahrnug")
    assert flagged(speller, "- Acht Jahre Erfahrnug", language="de") == []


def test_entry_dates_are_not_checked(speller: Speller) -> None:
    text = "# Ana Ruiz\n\n## Experience\n\n### Agent | Zorvex | Tacoma, WA | Sep 2020 – Present\n- Led Sep reviews"
    [found] = speller.check(text, read_markdown(text))
    assert (found.word, found.line) == ("Sep", 6)


def test_everyday_words_of_hobbies_sports_tech_and_medicine_are_not_flagged(speller: Speller) -> None:
    """The four false alarms a new user met (issue 16)."""
    text = "- Bouldering, resharding Postgres, cheering the Seahawks and titrating amiodarone drips"
    assert flagged(speller, text) == []


def test_real_resume_text_from_many_fields_raises_no_false_alarm(speller: Speller) -> None:
    lines = data_lines("resume_text.txt")
    assert len(lines) >= 25
    assert [(line, flagged(speller, f"- {line}")) for line in lines if flagged(speller, f"- {line}")] == []


def test_real_typos_are_still_caught_with_the_right_word_offered(speller: Speller) -> None:
    pairs = [line.split() for line in data_lines("resume_typos.txt")]
    assert [typo for typo, _ in pairs if flagged(speller, f"- {typo} here") != [typo]] == []
    assert [(typo, right) for typo, right in pairs if right not in speller.suggestions(typo)[:3]] == []


def test_the_word_lists_are_loaded_on_the_first_check_not_at_import() -> None:
    script = (
        "from editor.analysis.proofing import spelling\n"
        "print(spelling.shipped_words.cache_info().currsize)\n"
        "spelling.Speller().check('- Led the team')\n"
        "print(spelling.shipped_words.cache_info().currsize)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=REPO)
    assert result.stdout.split() == ["0", "1"]
