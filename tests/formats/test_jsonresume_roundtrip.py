"""JSON Resume → model → JSON Resume (and through resume Markdown) keeps every field's text."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from editor.formats.dates import parse_date_range
from editor.formats.jsonresume.reader import read_json_resume
from editor.formats.jsonresume.text import parse_inline
from editor.formats.jsonresume.writer import write_json_resume
from editor.model import plain

DATA = Path(__file__).resolve().parent.parent / "data" / "jsonresume"
SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
DATE_KEYS = {"startDate", "endDate", "date", "releaseDate"}


def normalised(value: object, key: str = "") -> object:
    """A JSON value as a reader of the resume sees it: whitespace collapsed, empties gone, dates to the month."""
    if isinstance(value, str):
        text = " ".join(value.split())
        return (text[:7] if key in DATE_KEYS else text) or None
    if isinstance(value, list):
        items = [item for element in value if (item := normalised(element, key)) is not None]
        return items or None
    if isinstance(value, dict):
        fields = {name: item for name, element in value.items() if (item := normalised(element, name)) is not None}
        return fields or None
    return value


def words(value: object) -> Counter[str]:
    """Every word of every string in a JSON value, counted: text may move between fields, never vanish.

    Words are those a reader sees (inline Markdown markers aside) plus each link target; the kind of
    a contact item kept under meta["x-foldline"] is a label Foldline adds, not text.
    """
    if isinstance(value, str):
        text = parse_inline(value)
        return Counter(plain(text).split()) + Counter({run.link for run in text if run.link})
    if isinstance(value, dict):
        return sum((words(item) for key, item in value.items() if key != "kind"), Counter())
    return sum((words(item) for item in value), Counter()) if isinstance(value, list) else Counter()


def json_round_trip(text: str) -> dict:
    return json.loads(write_json_resume(read_json_resume(text)))


def markdown_round_trip(text: str) -> dict:
    """JSON → model → resume Markdown → model → JSON, the path of `foldline export resume.json -o cv.md` and back."""
    from editor.formats.markdown.reader import read_markdown
    from editor.formats.markdown.writer import write_markdown

    markdown = write_markdown(read_json_resume(text))
    return json.loads(write_json_resume(read_markdown(markdown)))


def test_complete_resume_comes_back_field_for_field():
    text = (DATA / "complete.json").read_text(encoding="utf-8")
    assert json_round_trip(text) == json.loads(text)


def test_sample_resume_comes_back_field_for_field():
    text = (SAMPLES / "resume.json").read_text(encoding="utf-8")
    assert json_round_trip(text) == json.loads(text)


def test_day_of_a_date_is_dropped_but_year_and_month_stay():
    text = '{"work": [{"name": "Hooli", "startDate": "2013-12-01", "endDate": "2014-12-31"}]}'
    work = json_round_trip(text)["work"][0]
    assert (work["startDate"], work["endDate"]) == ("2013-12", "2014-12")


def test_complete_resume_keeps_every_field_through_markdown():
    text = (DATA / "complete.json").read_text(encoding="utf-8")
    assert normalised(markdown_round_trip(text)) == normalised(json.loads(text))


def test_sample_resume_keeps_every_field_through_markdown():
    text = (SAMPLES / "resume.json").read_text(encoding="utf-8")
    assert normalised(markdown_round_trip(text)) == normalised(json.loads(text))


# --- generated resumes ----------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "Acme",
        "Senior engineer",
        "**bold**",
        "*italic*",
        "***both***",
        "[a link](https://example.com/x)",
        ", ",
        " — ",
        ": ",
        " (",
        ")",
        "- ",
        "\n",
        "\n\n",
        "  ",
        "Café",
        "日本語",
        "😀",
        "C++",
        "|",
        " · ",
        "# ",
        "_x_",
        "\\",
        "2021",
        "*",
        "**",
        "[",
        "](",
        "Twitter: ",
        "https://github.com/ada",
        "a@b.io",
        "+1 206 555 0147",
    ]
)
TEXT = st.one_of(st.lists(_PIECES, max_size=5).map("".join), st.text(max_size=12))
DATE = st.builds(
    lambda year, month, day, precision: [f"{year}", f"{year}-{month:02d}", f"{year}-{month:02d}-{day:02d}"][precision],
    st.integers(1950, 2030),
    st.integers(1, 12),
    st.integers(1, 28),
    st.integers(0, 2),
)


def _item(required: dict, **optional: st.SearchStrategy) -> st.SearchStrategy[dict]:
    return st.fixed_dictionaries(required, optional=optional)


def resumes(
    text: st.SearchStrategy[str],
    url: st.SearchStrategy[str],
    label: st.SearchStrategy[str],
    email: st.SearchStrategy[str],
):
    """Resume-shaped JSON with every schema field optional."""
    TEXT, NAME, TEXTS = text, text.filter(lambda value: value.strip()), st.lists(text, max_size=4)
    entry = {"url": url, "summary": TEXT, "highlights": TEXTS, "startDate": DATE, "endDate": DATE}
    items = {
        "work": _item({"name": NAME}, position=TEXT, location=TEXT, description=TEXT, **entry),
        "volunteer": _item({"organization": NAME}, position=TEXT, **entry),
        "education": _item(
            {"institution": NAME},
            area=TEXT,
            studyType=TEXT,
            score=TEXT,
            courses=TEXTS,
            url=url,
            startDate=DATE,
            endDate=DATE,
        ),
        "awards": _item({"title": NAME}, date=DATE, awarder=TEXT, summary=TEXT),
        "certificates": _item({"name": NAME}, date=DATE, issuer=TEXT, url=url),
        "publications": _item({"name": NAME}, publisher=TEXT, releaseDate=DATE, url=url, summary=TEXT),
        "skills": _item({}, name=TEXT, level=TEXT, keywords=TEXTS),
        "languages": _item({}, language=TEXT, fluency=TEXT),
        "interests": _item({}, name=TEXT, keywords=TEXTS),
        "references": _item({"name": NAME}, reference=TEXT),
        "projects": _item(
            {"name": NAME},
            description=TEXT,
            highlights=TEXTS,
            keywords=TEXTS,
            startDate=DATE,
            endDate=DATE,
            url=url,
            roles=TEXTS,
            entity=TEXT,
            type=TEXT,
        ),
    }
    location = _item({}, address=TEXT, postalCode=TEXT, city=TEXT, countryCode=TEXT, region=TEXT)
    profiles = st.lists(_item({}, network=TEXT, username=TEXT, url=url), max_size=3)
    basics = _item(
        {"email": email},
        name=TEXT,
        label=label,
        image=TEXT,
        phone=TEXT,
        url=url,
        summary=TEXT,
        location=location,
        profiles=profiles,
    )
    meta = _item({}, canonical=TEXT, version=TEXT, lastModified=TEXT)
    return st.fixed_dictionaries(
        {"basics": basics}, optional={**{key: st.lists(item, max_size=3) for key, item in items.items()}, "meta": meta}
    )


RESUMES = resumes(text=TEXT, url=TEXT, label=TEXT, email=TEXT)
# Known limits of the Markdown dialect: a line break inside a link target, a headline that looks
# like a contact item, a contact line in which nothing looks like one (no e-mail), a heading field
# that reads as a date ("Now"), and emphasis runs that touch ("**a*****b***") do not read back as
# written.
HEADLINE = st.lists(
    st.sampled_from(["Senior", " engineer", " **lead**", ", ", " — ", "Café", "日本語", " *x*"]), max_size=4
).map("".join)
MARKDOWN_SAFE_RESUMES = resumes(
    text=TEXT.filter(lambda value: parse_date_range(value) is None and "***" not in value),
    url=TEXT.filter(
        lambda value: not any(character in value for character in "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
    ),
    label=HEADLINE,
    email=st.just("ada@example.com"),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(RESUMES)
def test_any_resume_comes_back_with_every_field_in_its_place(document):
    text = json.dumps(document, ensure_ascii=False)
    assert normalised(json_round_trip(text)) == normalised(document)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MARKDOWN_SAFE_RESUMES)
@example({"work": [{"name": "](2021)"}]})  # an undated entry's "(2021)" was read back as its dates
def test_any_resume_keeps_every_word_through_markdown(document):
    text = json.dumps(document, ensure_ascii=False)
    assert words(markdown_round_trip(text)) == words(json_round_trip(text))
