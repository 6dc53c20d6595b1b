"""Cover-letter Markdown: each part read from the text people type, and round trips that lose nothing."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from editor.formats.letter.lines import is_closing, is_date, is_letter, is_salutation
from editor.formats.letter.markdown import read_letter, write_letter
from editor.formats.markdown.inline_writer import normalize
from editor.model import Bullet, BulletList, ContactKind, Header, Paragraph, Run, plain
from editor.model.letter import Letter

LETTER = """\
---
kind: letter
template: classic
jd: job-description.txt
---
# Maria Delgado
Seattle, WA · (206) 555-0147 · maria@example.com

November 26, 2026

Ms. Ana Okafor
BrightPath Home Internet
Seattle, WA

Re: Customer Support Team Lead

Dear Ms. Okafor,

I raised **CSAT** from 86% to 94% in 12 months at Evergreen Telecom
and would like to do the same for BrightPath.

- Coached 12 new agents to full first contact resolution
- Cut average handle time by 18%

I would welcome a conversation.

Sincerely,
Maria Delgado

Enclosure: resume
"""


def _texts(paragraphs: tuple[Paragraph, ...]) -> list[str]:
    return [plain(paragraph.text) for paragraph in paragraphs]


def assert_round_trip(text: str) -> Letter:
    letter = read_letter(text)
    written = write_letter(letter)
    again = read_letter(written)
    assert again == letter, f"written:\n{written}"
    assert write_letter(again) == written
    return letter


def test_every_part_of_a_business_letter_is_recognised() -> None:
    letter = read_letter(LETTER)
    assert letter.settings == {"kind": "letter", "template": "classic", "jd": "job-description.txt"}
    assert letter.header.name == "Maria Delgado"
    assert [item.kind for item in letter.header.contacts] == [
        ContactKind.LOCATION,
        ContactKind.PHONE,
        ContactKind.EMAIL,
    ]
    assert plain(letter.date.text) == "November 26, 2026"
    assert _texts(letter.recipient) == ["Ms. Ana Okafor", "BrightPath Home Internet", "Seattle, WA"]
    assert plain(letter.subject.text) == "Customer Support Team Lead"
    assert plain(letter.salutation.text) == "Dear Ms. Okafor,"
    assert plain(letter.closing.text) == "Sincerely,"
    assert _texts(letter.signature) == ["Maria Delgado"]
    assert _texts(letter.postscript) == ["Enclosure: resume"]
    assert letter.problems == ()


def test_body_keeps_paragraphs_lists_and_emphasis_with_their_lines() -> None:
    letter = read_letter(LETTER)
    first, bullets, last = letter.body
    assert plain(first.text).startswith("I raised CSAT from 86% to 94% in 12 months at Evergreen Telecom and would")
    assert [run.text for run in first.text if run.bold] == ["CSAT"]
    assert (first.span.line, first.span.end_line) == (19, 20)
    assert isinstance(bullets, BulletList)
    assert [plain(item.text) for item in bullets.items] == [
        "Coached 12 new agents to full first contact resolution",
        "Cut average handle time by 18%",
    ]
    assert plain(last.text) == "I would welcome a conversation."
    assert len(letter.body_paragraphs) == 4


def test_subject_and_date_spans_point_past_their_labels() -> None:
    letter = read_letter("# A B\n\nDate: 2026-11-26\n\nSubject: Team Lead\n\nDear X,\n\nBody.\n\nBest,\nA B\n")
    assert plain(letter.date.text) == "2026-11-26"
    assert (letter.date.span.line, letter.date.span.column) == (3, 6)
    assert plain(letter.subject.text) == "Team Lead"
    assert letter.subject.span.column == 9


def test_lines_typed_without_blank_lines_between_parts_are_still_told_apart() -> None:
    letter = read_letter(
        "# Maria Delgado\nmaria@example.com\nNovember 26, 2026\nAcme Inc.\nDear team,\n"
        "I can help you.\nThanks,\nMaria\n"
    )
    assert [item.text for item in letter.header.contacts] == ["maria@example.com"]
    assert plain(letter.date.text) == "November 26, 2026"
    assert _texts(letter.recipient) == ["Acme Inc."]
    assert _texts(letter.body_paragraphs) == ["I can help you."]
    assert plain(letter.closing.text) == "Thanks,"
    assert _texts(letter.signature) == ["Maria"]


def test_signature_after_a_blank_line_under_the_closing_is_the_signature() -> None:
    letter = read_letter("# M D\n\nDear team,\n\nHello there.\n\nKind regards,\n\nMaria Delgado\n(206) 555-0147\n")
    assert _texts(letter.signature) == ["Maria Delgado", "(206) 555-0147"]
    assert letter.postscript == ()


def test_a_letterhead_without_hash_is_read_from_a_name_over_a_contact_line() -> None:
    letter = read_letter("Maria Delgado\nmaria@example.com\n\nDear team,\n\nHello there.\n\nBest,\nMaria\n")
    assert letter.header.name == "Maria Delgado"
    assert any("start the line with '# '" in problem.message for problem in letter.problems)


def test_a_letter_without_salutation_starts_its_body_at_the_first_sentence() -> None:
    letter = read_letter(
        "# M D\n\nAcme Inc.\nBoston, MA\n\n"
        "I am applying for the support lead role because I have led teams of twelve.\n"
    )
    assert _texts(letter.recipient) == ["Acme Inc.", "Boston, MA"]
    assert len(letter.body) == 1
    messages = " ".join(problem.message for problem in letter.problems)
    assert "no salutation" in messages
    assert "no closing" in messages
    assert "no date" in messages


def test_missing_parts_are_reported_with_the_line_they_belong_at() -> None:
    letter = read_letter("# M D\nm@example.com\n\nDear team,\n\nHello there, this is the body.\n")
    problems = {problem.message.split(": ", 1)[1]: problem.line for problem in letter.problems}
    assert problems["the letter has no date (e.g. 'November 26, 2026' under your contact line)"] == 4
    assert problems["the letter has no closing (e.g. 'Sincerely,' with your name under it)"] == 7


def test_a_complete_letter_has_no_problems_and_headings_are_noted() -> None:
    letter = read_letter("# M D\n\nMay 1, 2026\n\nAcme\n\nDear X,\n\n## Why me\n\nBody.\n\nBest,\nM D\n")
    assert [problem.message for problem in letter.problems] == [
        "line 9: a letter has no headings; this line is read as text"
    ]
    assert plain(letter.body[0].text) == "Why me"


def test_garbage_never_raises_and_empty_text_is_an_empty_letter() -> None:
    assert read_letter("") == Letter()
    for text in ("\x00\ufeff", "---\n", "#\n#\n", "Dear", "- \n- \n", "Sincerely,", "\r\n\r\n"):
        read_letter(text)


def test_letters_are_told_from_resumes(sample_resume_text: str) -> None:
    assert is_letter(LETTER)
    assert is_letter(LETTER.replace("kind: letter\n", ""))
    assert not is_letter(sample_resume_text)
    assert not is_letter("---\nkind: resume\n---\nDear team,\n\nSincerely,\nM\n")
    assert not is_letter("Dear team,\nno closing here\n")


def test_dates_salutations_and_closings_people_type_are_recognised() -> None:
    for date in (
        "November 26, 2026",
        "Nov. 26, 2026",
        "26 November 2026",
        "Thursday, November 26, 2026",
        "2026-11-26",
        "11/26/2026",
        "26.11.2026",
        "26th of November, 2026",
    ):
        assert is_date(date), date
    for text in ("November 2026", "Foo 26, 2026", "13/13/2026", "2026-13-01"):
        assert not is_date(text), text
    for text in ("Dear Hiring Manager,", "Dear Ms. Okafor", "Hello BrightPath team!", "To whom it may concern:"):
        assert is_salutation(text), text
    assert not is_salutation("Dear readers of this letter, I would like to say that")
    assert not is_salutation("Hi there, I am writing.")
    for text in ("Sincerely,", "Best regards", "Thank you,", "Yours faithfully,", "Best,"):
        assert is_closing(text), text
    assert not is_closing("Thank you.")
    assert not is_closing("Thank you for reading my whole letter,")


def test_the_sample_letter_reads_back_the_same() -> None:
    assert_round_trip(LETTER)


def test_a_recipient_line_that_looks_like_a_subject_stays_in_the_recipient() -> None:
    letter = assert_round_trip("# M\n\nRe: Support lead\nHiring Manager\nRe: Other\n\nDear X,\n\nBody.\n")
    assert _texts(letter.recipient) == ["Hiring Manager", "Re: Other"]


def test_a_recipient_with_a_contact_line_is_not_taken_for_the_sender() -> None:
    letter = assert_round_trip("Re: Support lead\n\nAcme\njobs@acme.com\n\nDear X,\n\nBody.\n")
    assert letter.header.name == ""
    assert _texts(letter.recipient) == ["Acme", "jobs@acme.com"]


TOKENS = [
    *"#-*_+|·•–—()[]<>\\:/.@ ,\n\t=`!1aZé",
    "\n\n",
    "\u00a0",
    "😀",
    "\r\n",
    "# ",
    "## ",
    "- ",
    "  - ",
    "1. ",
    "---\n",
    "kind: letter\n",
    "Dear ",
    "Dear Hiring Manager,",
    "Hello!",
    "Sincerely,",
    "Best",
    "Thanks",
    "Re: ",
    "Subject:",
    "Date: ",
    "November 26, 2026",
    "2026-11-26",
    "Seattle, WA",
    "a@b.co",
    "(206) 555-0147",
    "Maria Delgado",
    "Enclosure",
    "**",
    "word ",
    "I led a team of twelve agents and raised satisfaction by eight points ",
]

documents = st.lists(st.sampled_from(TOKENS), max_size=80).map("".join)


@st.composite
def letters(draw: st.DrawFn) -> str:
    """Letter-shaped text: optional parts in business order, some typed out of order or without blank lines."""
    words = st.lists(st.sampled_from([*TOKENS[5:], "word", "**bold**", "*it*"]), min_size=1, max_size=5).map("".join)
    blocks = []
    if draw(st.booleans()):
        blocks.append("---\nkind: letter\ntemplate: modern\n---")
    if draw(st.booleans()):
        blocks.append("\n".join(["# " + draw(words), *[draw(words) for _ in range(draw(st.integers(0, 2)))]]))
    parts = {
        "date": draw(st.sampled_from(["November 26, 2026", "Date: 2026-11-26", ""])),
        "recipient": "\n".join(draw(words) for _ in range(draw(st.integers(0, 3)))),
        "subject": draw(st.sampled_from(["", "Re: " + draw(words), "Subject: " + draw(words)])),
        "salutation": draw(st.sampled_from(["", "Dear Hiring Manager,", "Hello " + draw(words) + "!"])),
    }
    order = draw(st.permutations(list(parts)))
    blocks += [parts[name] for name in order if parts[name]]
    for _ in range(draw(st.integers(0, 4))):
        prefix = draw(st.sampled_from(["", "- ", "  - ", "1. "]))
        blocks.append("\n".join(prefix + draw(words) for _ in range(draw(st.integers(1, 3)))))
    if draw(st.booleans()):
        blocks.append(draw(st.sampled_from(["Sincerely,", "Best regards", "Thanks!"])) + "\n" + draw(words))
    blocks += [draw(words) for _ in range(draw(st.integers(0, 2)))]
    separator = draw(st.sampled_from(["\n\n", "\n\n", "\n"]))
    return separator.join(blocks) + "\n"


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
@example("# \n|\n|Re: |–\n\nNovember 26, 2026\n")  # a letterhead line written as "Re: · –" read as a subject
@example("Subject:one two three four five six seven eight nine\n")  # nine words; "Re: " makes ten: a sentence
def test_any_text_reads_back_the_same_after_writing(text: str) -> None:
    assert_round_trip(text)


@settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(letters())
def test_letter_shaped_text_reads_back_the_same_after_writing(text: str) -> None:
    assert_round_trip(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode_reads_back_the_same_after_writing(text: str) -> None:
    assert_round_trip(text)


def test_lines_that_look_like_other_parts_keep_their_place_and_print_as_typed() -> None:
    letter = Letter(
        header=Header("Maria Delgado", ((Run("Re: my application"),),)),
        recipient=(Paragraph((Run("Dear", bold=True), Run(" Ana"))), Paragraph((Run("November 26, 2026"),))),
        salutation=Paragraph((Run("Dear Hiring Manager,"),)),
        body=(BulletList((Bullet((Run("Best"),)),)),),
        closing=Paragraph((Run("Sincerely,"),)),
        signature=(Paragraph((Run("Thanks"),)),),
        postscript=(Paragraph((Run("Kind regards"),)),),
    )
    written = write_letter(letter)
    assert "\\Re: my application\n" in written
    assert "\n**\\Dear** Ana\n\\November 26, 2026\n" in written  # no date above: this one would be the date
    assert "\n- Best\n" in written  # above the closing, the last closing line: no escape needed
    assert "\n\\Thanks\n" in written and "\n\\Kind regards\n" in written
    assert read_letter(written) == letter
    assert write_letter(read_letter(written)) == written


def test_a_typed_backslash_before_a_letter_is_kept_when_it_is_not_a_line_escape() -> None:
    letter = assert_round_trip("# M\n\nDear X,\n\n\\\\Best and \\alpha stay.\n\nBest,\nM\n")
    assert plain(letter.body[0].text) == "\\Best and \\alpha stay."


BAIT = [
    "Best",
    "Thanks,",
    "Kind regards",
    "Dear Ana",
    "Hello team!",
    "Re: Team Lead",
    "Subject: hi",
    "November 26 2026",
    "Date: 2026-11-26",
    "Sincerely,",
    "Maria Delgado",
    "Acme Inc.",
    "word",
]
bait_text = st.lists(
    st.tuples(st.sampled_from(BAIT), st.booleans()).map(lambda pair: Run(*pair)), min_size=1, max_size=2
).map(lambda runs: tuple(normalize(runs)))
bait_lines = st.lists(bait_text.map(Paragraph), max_size=3).map(tuple)


@st.composite
def letter_models(draw: st.DrawFn) -> Letter:
    """Letters built by a program (a starter letter), every free line drawn from text that looks like a part."""
    salutation = draw(st.sampled_from([None, "Dear Hiring Manager,"]))
    long_line = Paragraph((Run("I led a team of twelve agents and raised satisfaction by eight points."),))
    body = draw(
        st.lists(
            st.one_of(bait_text.map(Paragraph), bait_text.map(lambda text: BulletList((Bullet(text),)))), max_size=3
        )
    )
    closing = draw(st.sampled_from([None, "Sincerely,", "Best regards"]))
    signature = draw(bait_lines) if closing else ()
    return Letter(
        header=Header("Maria", draw(st.lists(bait_text, max_size=2).map(tuple))),
        date=draw(st.sampled_from([None, Paragraph((Run("November 26, 2026"),))])),
        recipient=draw(bait_lines),
        subject=draw(st.sampled_from([None, Paragraph((Run("Team Lead"),))])),
        salutation=Paragraph((Run(salutation),)) if salutation else None,
        body=tuple(body if salutation else [long_line, *body]),
        closing=Paragraph((Run(closing),)) if closing else None,
        signature=signature,
        postscript=draw(bait_lines) if signature else (),
    )


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(letter_models())
def test_any_letter_model_is_written_so_each_line_reads_back_in_its_place(letter: Letter) -> None:
    written = write_letter(letter)
    assert read_letter(written) == letter, f"written:\n{written}"
    assert write_letter(read_letter(written)) == written
