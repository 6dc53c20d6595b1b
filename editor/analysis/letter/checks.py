"""A recruiter's checks for cover letters: short, easy to read, quantified, in the job's words, proper form.

A cover letter has one job: make the reader open the resume. Each rule has a stable id (the
front matter's `mute:` key silences it, as for resumes), a severity and a one-line why:

* `letter-placeholders` - a `[…]` placeholder or the starter's draft note still there (an error);
* `letter-too-long` - more than 250 words in the body, or a letter that runs onto page 2;
* `letter-small-font` - body type under 10.5 pt (a full page of 10-point type turns readers off);
* `opinion-words` - the resume rule's self-praise list ("hard worker", "passionate");
* `letter-unquantified` - no number in the body: nothing a reader can check;
* `letter-no-jd-terms` - none of the job's top terms in the body;
* `letter-format` - a missing date, recipient, salutation, body, closing or letterhead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from editor.analysis.findings import Finding, LetterFacts
from editor.analysis.keywords import Keyword, KeywordReport, match_keywords
from editor.analysis.letter.placeholders import PLACEHOLDERS, check_placeholders, front_matter_end
from editor.analysis.rules import muted_rules
from editor.analysis.rules.context import RuleContext, RuleInfo
from editor.analysis.rules.writing import OPINION_WORDS, check_opinion_words
from editor.formats.letter.layout import LETTER, SIZE_SETTING
from editor.model import Resume, Severity, plain
from editor.model.letter import Letter, letter_sections, missing_parts
from editor.render.layout import LayoutMap, Role

MAX_WORDS = 250  # our ceiling before a reader skims (Resume-Matcher's COVER_LETTER_PROMPT asks for 100-150 words)
MIN_BODY_POINTS = 10.5
TOP_TERMS = 10  # the job's heaviest terms a letter should use at least one of
WORDS_PER_MINUTE = 238  # average silent reading speed of adults (Brysbaert 2019)
_WORD = re.compile(r"[^\W_]+(?:[’'.-][^\W_]+)*")
_QUANTITY = re.compile(r"\d|[%$€£¥]")
_SIZE_SETTING = re.compile(rf"\s*{re.escape(SIZE_SETTING)}\s*:")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9“\"(])")

TOO_LONG = RuleInfo(
    "letter-too-long",
    "A cover letter longer than 250 words",
    Severity.WARNING,
    "A reader gives a cover letter under a minute; past 250 words they skim, and the one fact that would have "
    "made them open the resume gets lost.",
)
SMALL_FONT = RuleInfo(
    "letter-small-font",
    "Small type in the letter",
    Severity.WARNING,
    "A full page of 10-point type looks like work; 11-12 pt with space between paragraphs gets read.",
)
UNQUANTIFIED = RuleInfo(
    "letter-unquantified",
    "No numbers in the letter",
    Severity.WARNING,
    "A number (a %, a count, an amount, a time) is the fact a reader believes and remembers; a letter without "
    "one reads like every other letter.",
)
NO_JD_TERMS = RuleInfo(
    "letter-no-jd-terms",
    "None of the job's key terms",
    Severity.WARNING,
    "The letter should answer the job description in its own words; a reader (and an ATS) looks for them.",
)
FORMAT = RuleInfo(
    "letter-format",
    "Missing part of a business letter",
    Severity.WARNING,
    "A date, the recipient, a salutation and a closing with your name are what make a letter look professional.",
)
LETTER_RULES = {
    rule.id: rule for rule in (PLACEHOLDERS, TOO_LONG, SMALL_FONT, OPINION_WORDS, UNQUANTIFIED, NO_JD_TERMS, FORMAT)
}


def body_text(letter: Letter) -> str:
    """The words a reader reads: the body's paragraphs and list items (no address, greeting or signature)."""
    return "\n".join(plain(paragraph.text) for paragraph in letter.body_paragraphs)


def reading_time_s(words: int) -> float:
    """Seconds an average adult takes to read `words` words silently."""
    return round(words * 60 / WORDS_PER_MINUTE, 1)


def letter_facts(letter: Letter, layout: LayoutMap | None = None) -> LetterFacts:
    text = body_text(letter)
    words = len(_WORD.findall(text))
    sentences = [sentence for line in text.split("\n") for sentence in _SENTENCE_END.split(line)]
    sizes = [line.font_size for line in layout.lines if _is_body(line.role, line.section)] if layout else []
    size = max(set(sizes), key=sizes.count) if sizes else None
    return LetterFacts(
        words,
        reading_time_s(words),
        sum(1 for sentence in sentences if _QUANTITY.search(sentence)),
        size,
        layout.page_count if layout else None,
    )


def match_letter_keywords(letter: Letter, text: str, keywords: Sequence[Keyword]) -> KeywordReport:
    """The job's terms found in the letter's body (positions in `text`), not in its address or "Re:" line."""
    keep = {
        number
        for paragraph in letter.body_paragraphs
        if paragraph.span is not None
        for number in range(paragraph.span.line, paragraph.span.end_line + 1)
    }
    lines = text.split("\n")
    body_text = "\n".join(line if number in keep else "" for number, line in enumerate(lines, start=1))
    body = Resume(sections=letter_sections(Letter(body=letter.body))[-1:])
    return match_keywords(body, body_text, keywords)


def _is_body(role: Role, section: int | None) -> bool:
    return section == LETTER and role in (Role.PARAGRAPH, Role.BULLET)


def check_letter(
    letter: Letter,
    text: str,
    layout: LayoutMap | None = None,
    keywords: KeywordReport | None = None,
    *,
    top_terms: int = TOP_TERMS,
) -> list[Finding]:
    """Every letter rule's findings, in text order; `keywords` is the job's terms matched in the body."""
    facts = letter_facts(letter, layout)
    proxy = Resume(letter.header, letter_sections(letter), letter.settings)
    findings = [
        *check_placeholders(text),
        *_length(letter, facts),
        *_small_font(letter, facts, text),
        *check_opinion_words(RuleContext(proxy, text)),
        *_unquantified(letter, facts),
        *_no_jd_terms(letter, keywords, top_terms),
        *_format(letter, text),
    ]
    muted = muted_rules(proxy)
    findings = [finding for finding in findings if finding.rule not in muted]
    return sorted(findings, key=lambda finding: (finding.line, finding.column))


def _first_body_line(letter: Letter) -> int:
    spans = [paragraph.span for paragraph in letter.body_paragraphs if paragraph.span is not None]
    return spans[0].line if spans else 0


def _length(letter: Letter, facts: LetterFacts) -> Iterator[Finding]:
    line = _first_body_line(letter)
    if facts.word_count > MAX_WORDS:
        minutes = facts.reading_time_s / 60
        yield TOO_LONG.finding(
            f"The letter has {facts.word_count} words (about {minutes:.1f} min to read); cut it to {MAX_WORDS} or "
            "fewer: one reason to read the resume, two or three numbers, one request",
            line,
        )
    if facts.pages is not None and facts.pages > 1:
        yield TOO_LONG.finding(f"The letter runs onto page {facts.pages}; a cover letter fits on one page", line)


def _small_font(letter: Letter, facts: LetterFacts, text: str) -> Iterator[Finding]:
    if facts.body_font_size is not None and facts.body_font_size < MIN_BODY_POINTS:
        lines = text.split("\n")[: front_matter_end(text.split("\n"))]
        setting = next((number for number, line in enumerate(lines, 1) if _SIZE_SETTING.match(line)), 0)
        yield SMALL_FONT.finding(
            f"The letter is set in {facts.body_font_size:g} pt; use 11-12 pt (remove `font-size:`) and cut words "
            "instead of shrinking the type",
            setting or _first_body_line(letter),
        )


def _unquantified(letter: Letter, facts: LetterFacts) -> Iterator[Finding]:
    if letter.body and facts.quantified_claims == 0:
        yield UNQUANTIFIED.finding(
            "No number anywhere in the letter: add the one or two results that answer the job (a %, a count, "
            "an amount, a time)",
            _first_body_line(letter),
        )


def _no_jd_terms(letter: Letter, keywords: KeywordReport | None, top_terms: int) -> Iterator[Finding]:
    top = keywords.terms[:top_terms] if keywords is not None else ()
    if not top or not letter.body or any(result.matched for result in top):
        return
    examples = ", ".join(result.keyword.term for result in top[:4])
    yield NO_JD_TERMS.finding(
        f"The letter uses none of the job's {len(top)} key terms; answer the posting in its words, e.g. {examples}",
        _first_body_line(letter),
    )


def _format(letter: Letter, text: str) -> Iterator[Finding]:
    """Missing parts, each at the line where it belongs (a missing date: right under the letterhead)."""
    lines = text.split("\n")
    first = next(
        (number for number, line in enumerate(lines, 1) if line.strip() and number > front_matter_end(lines)), 1
    )
    if letter.header.span is not None:
        first = letter.header.span.end_line + 1
    if not letter.header.name.strip():
        yield FORMAT.finding("The letter has no letterhead: start it with '# Your Name' and your contact line", first)
    for line, message in missing_parts(letter, first):
        yield FORMAT.finding(message[:1].upper() + message[1:], line)
