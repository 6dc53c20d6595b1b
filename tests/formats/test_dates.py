"""Resume dates as people type them, and their one canonical spelling."""

from __future__ import annotations

import pytest

from editor.formats.dates import display_date_range, format_date_range, parse_date, parse_date_range
from editor.model import DateRange, PartialDate

MARCH_2021 = PartialDate(2021, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Mar 2021",
        "March 2021",
        "Mar. 2021",
        "march 2021",
        "MAR 2021",
        "March, 2021",
        "03/2021",
        "3/2021",
        "2021-03",
        "2021/03",
        "03.2021",
        "03-2021",
        "Mär 2021",
        "März 2021",
        "mars 2021",
        "marzo 2021",
    ],
)
def test_dates_like_03_2021_are_recognised(text: str) -> None:
    assert parse_date(text) == MARCH_2021


@pytest.mark.parametrize("text", ["Sept 2020", "Sep 2020", "September 2020", "Sept. 2020", "09/2020"])
def test_september_is_recognised_in_every_spelling(text: str) -> None:
    assert parse_date(text) == PartialDate(2020, 9)


@pytest.mark.parametrize("text", ["2021", " 2021 "])
def test_a_bare_year_is_a_date_without_month(text: str) -> None:
    assert parse_date(text) == PartialDate(2021)


@pytest.mark.parametrize("text", ["13/2021", "Smarch 2021", "1850", "21", "Mar", "2021-03-15", "Mar 15, 2021", ""])
def test_text_that_is_not_a_month_and_year_is_not_a_date(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize("word", ["Present", "present", "Current", "Now", "Today", "ongoing", "Currently"])
@pytest.mark.parametrize("dash", [" – ", " — ", " - ", "–", "-", " to ", " until ", " through "])
def test_ranges_to_present_with_any_dash_or_word(word: str, dash: str) -> None:
    assert parse_date_range(f"Mar 2021{dash}{word}") == DateRange(start=MARCH_2021, present=True)


@pytest.mark.parametrize(
    "text",
    ["2019–2021", "2019-2021", "2019 - 2021", "2019 — 2021", "2019 to 2021", "from 2019 to 2021", "(2019 – 2021)"],
)
def test_year_ranges_with_or_without_spaces(text: str) -> None:
    assert parse_date_range(text) == DateRange(start=PartialDate(2019), end=PartialDate(2021))


def test_month_ranges_mix_forms() -> None:
    expected = DateRange(start=MARCH_2021, end=PartialDate(2023, 2))
    assert parse_date_range("03/2021 – 02/2023") == expected
    assert parse_date_range("2021-03 - 2023-02") == expected
    assert parse_date_range("March 2021 until Feb. 2023") == expected


def test_a_single_date_is_a_range_with_only_a_start() -> None:
    assert parse_date_range("2022") == DateRange(start=PartialDate(2022))


def test_since_and_an_open_dash_mean_present() -> None:
    assert parse_date_range("since 2020") == DateRange(start=PartialDate(2020), present=True)
    assert parse_date_range("2020 –") == DateRange(start=PartialDate(2020), present=True)


def test_until_a_date_has_no_start() -> None:
    assert parse_date_range("until 2021") == DateRange(end=PartialDate(2021))


@pytest.mark.parametrize(
    "text",
    [
        "Customer Support",
        "Windows 10",
        "2019 2021",
        "Present day job",
        "Mar 2021 Present",
        "– 2021",
        "Mar 2021 – Smarch 2022",
        "x" * 200,
    ],
)
def test_text_that_is_not_a_range_is_not_read_as_dates(text: str) -> None:
    assert parse_date_range(text) is None


@pytest.mark.parametrize(
    ("dates", "text"),
    [
        (DateRange(start=MARCH_2021, present=True), "Mar 2021 – Present"),
        (DateRange(start=PartialDate(2019), end=PartialDate(2021)), "2019 – 2021"),
        (DateRange(start=MARCH_2021, end=PartialDate(2023, 2)), "Mar 2021 – Feb 2023"),
        (DateRange(start=PartialDate(2022)), "2022"),
        (DateRange(end=PartialDate(2021)), "until 2021"),
        (DateRange(present=True), "Present"),
    ],
)
def test_the_canonical_spelling_uses_an_en_dash_with_spaces(dates: DateRange, text: str) -> None:
    assert format_date_range(dates) == text
    assert parse_date_range(text) == dates


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("März 2019 – heute", "März 2019 – heute"),
        ("sept. 2020 – aujourd'hui", "sept. 2020 – aujourd'hui"),
        ("Abr  2021 - Actualidad", "Abr 2021 - Actualidad"),
        ("jan 2020 - present", "Jan 2020 – Present"),
        ("Sept 2019 – now", "Sep 2019 – Present"),
        ("2019-2021", "2019 – 2021"),
        ("February 2019 – Present", "February 2019 – Present"),
        ("March 2019 to now", "March 2019 to now"),
        ("June 2019 – July 2020", "June 2019 – July 2020"),
        ("03/2019 - 05/2021", "03/2019 - 05/2021"),
        ("2019-03 – 2021-05", "2019-03 – 2021-05"),
    ],
)
def test_dates_are_shown_as_written_unless_english_abbreviations_or_years(written: str, shown: str) -> None:
    assert display_date_range(parse_date_range(written)) == shown
