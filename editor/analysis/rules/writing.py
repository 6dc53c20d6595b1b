"""Rules about the words: bullets a skimming recruiter believes, and lines they would rather not read."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from editor.analysis.findings import Finding, QuickFix
from editor.analysis.proofing.prose import ProseText
from editor.analysis.rules.context import Rule, RuleContext, RuleInfo, keyword_pattern
from editor.model import Bullet, BulletList, Entry, SectionKind, Severity
from editor.render.layout import Role
from editor.resources import word_list

OPINION_WORDS = RuleInfo(
    "opinion-words",
    "Self-praise instead of evidence",
    Severity.WARNING,
    "Recruiters skip the self-descriptions every applicant writes; they believe what a number or a result shows.",
)
FIRST_PERSON = RuleInfo(
    "first-person",
    "“I”, “me” or “my” in bullets",
    Severity.WARNING,
    "Resume bullets are read as implied first person; “I” and “my” spend the first words, the ones a skimming "
    "recruiter actually reads.",
)
PARAGRAPHS = RuleInfo(
    "paragraphs-not-bullets",
    "A job written as a paragraph",
    Severity.WARNING,
    "In a 7-second skim the eyes run down the left edge; a block of text hides the results that bullets surface.",
)
UNQUANTIFIED = RuleInfo(
    "unquantified-bullets",
    "Experience bullets without numbers",
    Severity.WARNING,
    "Numbers stop a skimming eye and make a claim believable; a bullet without one reads like a job description.",
)
NO_BOLD = RuleInfo(
    "no-bold-keywords",
    "No bold keywords in the bullets",
    Severity.WARNING,
    "A few bold terms the job asks for give a skimming recruiter's eye somewhere to land on every bullet.",
)
LONG_BULLETS = RuleInfo(
    "long-bullets",
    "Bullets longer than two lines",
    Severity.WARNING,
    "Recruiters read the first line of a bullet and skip the rest; past two lines the result gets buried.",
)
REFERENCES = RuleInfo(
    "references-on-request",
    "“References available on request”",
    Severity.WARNING,
    "Every recruiter assumes references on request; the line spends space and makes the resume look dated.",
)
LONG_BULLET_CHARACTERS = 200
LONG_BULLET_LINES = 2
PARAGRAPH_WORDS = 40
UNQUANTIFIED_SHARE = 1 / 3  # fire when more than a third of the experience bullets have no number
_NUMBER = re.compile(
    r"\d|[%$€£¥]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty"
    r"|fifty|hundreds?|thousands?|millions?|billions?|dozens?|double[ds]?|doubling|triple[ds]?|tripling"
    r"|quadrupled|half|halved|halving)\b",
    re.IGNORECASE,
)
_REFERENCES = re.compile(
    r"\breferences?\b[^\n]{0,40}?\b(?:up)?on\s+request\b|\bavailable\s+(?:up)?on\s+request\b", re.IGNORECASE
)
_PREVIOUS_WORD = re.compile(r"(\S+)\s+$")


@cache
def _opinion_pattern() -> re.Pattern[str]:
    alternatives = []
    for entry in word_list("rules", "opinion-words.txt"):
        phrase, _, exceptions = entry.partition("|")
        body = r"[\s-]+".join(re.escape(word) for word in re.split(r"[\s-]+", phrase.strip()))
        following = "|".join(re.escape(word.strip()) for word in exceptions.split(",") if word.strip())
        alternatives.append(body + (rf"(?!\s+(?:{following})\b)" if following else ""))
    return re.compile(rf"(?<![\w-])(?:{'|'.join(alternatives)})(?![\w-])", re.IGNORECASE)


@cache
def _first_person_pattern() -> re.Pattern[str]:
    words = [
        re.escape(word) if word == "I" else f"[{word[0].upper()}{word[0].lower()}]{re.escape(word[1:])}"
        for word in word_list("rules", "first-person.txt")
    ]
    return re.compile(rf"(?<![\w'’/&-])(?:{'|'.join(words)})(?![\w'’/&-]|\.\w)")


def check_opinion_words(context: RuleContext) -> Iterator[Finding]:
    """Self-praise in the prose; an interests line ("passionate Seahawks fan") is about the person, not praise."""
    for piece in context.prose:
        if piece.section_kind is SectionKind.INTERESTS:
            continue
        for match in _opinion_pattern().finditer(piece.text):
            line, column, end_column = piece.locate(match.start(), match.end())
            yield OPINION_WORDS.finding(
                f"“{match.group()}” is an opinion a recruiter cannot check; show it with a result instead",
                line,
                column,
                end_column,
            )


def check_first_person(context: RuleContext) -> Iterator[Finding]:
    for piece in context.prose:
        if piece.kind != "bullet" and piece.entry is None:
            continue
        for match in _first_person_pattern().finditer(piece.text):
            if match.group() == "I" and _is_roman_numeral(piece.text, match.start()):
                continue
            line, column, end_column = piece.locate(match.start(), match.end())
            yield FIRST_PERSON.finding(
                f"Drop “{match.group()}”: start the bullet with the action, e.g. “Led…”",
                line,
                column,
                end_column,
                _drop_leading_i(piece) if match.start() == 0 else None,
            )


def _is_roman_numeral(text: str, start: int) -> bool:
    """ "Phase I", "Level I": a capitalised word before "I" that does not start the sentence."""
    before = _PREVIOUS_WORD.search(text[:start])
    if before is None or not before.group(1)[:1].isupper():
        return False
    return bool(text[: before.start()].strip()) and not text[: before.start()].rstrip().endswith((".", "!", "?"))


def _drop_leading_i(piece: ProseText) -> QuickFix | None:
    """ "I led the team" → "Led the team", when the source has nothing between the letters."""
    if len(piece.text) < 3 or piece.text[:2] != "I " or not piece.text[2].islower():
        return None
    (line, column), (next_line, next_column) = piece.positions[0], piece.positions[2]
    if next_line != line or next_column != column + 2:
        return None
    return QuickFix(piece.text[2].upper(), line, column, next_column + 1)


def check_paragraphs(context: RuleContext) -> Iterator[Finding]:
    for piece in _experience_prose(context, "paragraph"):
        words = len(piece.text.split())
        if words >= PARAGRAPH_WORDS:
            yield PARAGRAPHS.finding(
                f"This job is described in a {words}-word paragraph; split it into bullets that each lead with "
                "a result",
                piece.line,
            )


def check_unquantified(context: RuleContext) -> Iterator[Finding]:
    bullets = list(_experience_prose(context, "bullet"))
    bare = [piece for piece in bullets if not _NUMBER.search(piece.text)]
    if not bare or len(bare) <= UNQUANTIFIED_SHARE * len(bullets):
        return
    for piece in bare:
        yield UNQUANTIFIED.finding(
            f"No number in this bullet ({len(bare)} of {len(bullets)} experience bullets have none): add a count, "
            "a %, an amount or a time",
            piece.line,
        )


def check_bold_keywords(context: RuleContext) -> Iterator[Finding]:
    bullets = [bullet for section in context.sections_of(SectionKind.EXPERIENCE) for bullet in _bullets(section.items)]
    if not bullets or any(run.bold for bullet in bullets for run in bullet.text):
        return
    texts = " ".join("".join(run.text for run in bullet.text) for bullet in bullets)
    present = [term for term in context.keywords if keyword_pattern(term).search(texts)][:3]
    hint = f", e.g. {', '.join(present)}" if present else ""
    first = next((bullet.span.line for bullet in bullets if bullet.span is not None), 0)
    yield NO_BOLD.finding(
        f"No experience bullet has a bold keyword; bold the one term per bullet the job asks for{hint}", first
    )


def check_long_bullets(context: RuleContext) -> Iterator[Finding]:
    rendered: dict[int, int] = {}
    if context.layout is not None:
        for layout_line in context.layout.lines:
            if layout_line.role is Role.BULLET and layout_line.source is not None:
                rendered[layout_line.source.line] = rendered.get(layout_line.source.line, 0) + 1
    for piece in context.prose:
        if piece.kind != "bullet" or piece.section_kind is SectionKind.SKILLS:
            continue
        lines = rendered.get(piece.line, 0)
        if lines > LONG_BULLET_LINES:
            yield LONG_BULLETS.finding(f"This bullet runs to {lines} lines; cut it to one or two", piece.line)
        elif not rendered and len(piece.text) > LONG_BULLET_CHARACTERS:
            yield LONG_BULLETS.finding(
                f"This bullet is {len(piece.text)} characters long (more than two printed lines); cut it to one "
                "or two lines",
                piece.line,
            )


def check_references(context: RuleContext) -> Iterator[Finding]:
    for number, line in context.body_lines():
        found = _REFERENCES.search(line)
        if found:
            yield REFERENCES.finding(
                "Delete “references available on request”: recruiters take it for granted",
                number,
                found.start(),
                found.end(),
                QuickFix("", number, 0, len(line)),
            )


def _experience_prose(context: RuleContext, kind: str) -> Iterator[ProseText]:
    return (piece for piece in context.prose if piece.kind == kind and piece.section_kind is SectionKind.EXPERIENCE)


def _bullets(items: tuple[object, ...]) -> Iterator[Bullet]:
    for item in items:
        if isinstance(item, Entry):
            yield from _bullets(item.blocks)
        elif isinstance(item, BulletList):
            yield from item.items


RULES = (
    Rule(OPINION_WORDS, check_opinion_words),
    Rule(FIRST_PERSON, check_first_person),
    Rule(PARAGRAPHS, check_paragraphs),
    Rule(UNQUANTIFIED, check_unquantified),
    Rule(NO_BOLD, check_bold_keywords),
    Rule(LONG_BULLETS, check_long_bullets),
    Rule(REFERENCES, check_references),
)
