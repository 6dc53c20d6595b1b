"""A starter cover letter from a resume and a posting: the structure filled in, the writing left to the user.

Why a draft and not a letter: a letter that answers the posting in the applicant's own voice is
the point, and no template writes that. What can be filled in is filled in — the letterhead from
the resume, the date, the company and role from the posting, and as suggestions the resume's
quantified bullets that match the job's heaviest terms — and everything else is a bracketed
placeholder, under a first line that says it is a draft. No network, no AI; at most 250 words.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from editor.analysis.keywords import Keyword, extract_keywords, match_keywords
from editor.analysis.letter.checks import MAX_WORDS, letter_facts
from editor.analysis.letter.placeholders import DRAFT_NOTE
from editor.analysis.letter.posting import PostingFacts, posting_facts
from editor.formats.letter.letterhead import letterhead
from editor.formats.letter.markdown import read_letter
from editor.formats.markdown.inline_writer import write_text
from editor.formats.markdown.lines import FRONT_MATTER_FENCE, format_setting
from editor.formats.markdown.reader import read_markdown
from editor.formats.markdown.writer import write_markdown
from editor.model import Bullet, BulletList, Entry, Resume, SectionKind, plain
from editor.model.letter import LETTER_KIND

SUGGESTED_BULLETS = 3
_QUANTITY = re.compile(r"\d|[%$€£¥]")
_CARRIED_SETTINGS = ("template", "paper", "jd")
_VOWELS = "aeiou"
_VOWEL_LETTER_NAMES = "AEFHILMNORSX"  # "an HR", "an RN", "an SRE": letters whose names start with a vowel
_CONSONANT_VOWELS = ("uni", "use", "usu", "uti", "ure", "uro", "eu", "one", "once")  # "a unit", "a user", "a eureka"
_SILENT_H = ("hour", "honest", "honor", "honour", "heir")


def draft_letter(
    resume: Resume,
    jd_text: str,
    today: date,
    *,
    links: dict[str, str] | None = None,
    company: str = "",
    role: str = "",
) -> str:
    """Letter Markdown for `resume` applying to the posting in `jd_text`, dated `today`.

    `links` are front matter settings naming files (`jd`, `resume`) as the letter's folder sees them;
    without them the resume's own `jd:` (and template and paper) are carried over. `company` and
    `role`, when given, replace what the posting says.
    """
    facts = posting_facts(jd_text)
    facts = replace(facts, company=company.strip() or facts.company, title=role.strip() or facts.title)
    keywords = extract_keywords(jd_text)
    bullets = _suggested_bullets(resume, keywords)
    used = " ".join(plain(bullet.text) for bullet in bullets).casefold()
    others = [k.term for k in keywords if not k.posting_title and k.term.casefold() not in used][:2]
    settings = {"kind": LETTER_KIND} | {
        key: resume.settings[key] for key in _CARRIED_SETTINGS if key in resume.settings
    }
    settings |= links or {}
    text = _compose(resume, facts, today, bullets, others, settings)
    while bullets and letter_facts(read_letter(text)).word_count > MAX_WORDS:
        bullets.pop()
        text = _compose(resume, facts, today, bullets, others, settings)
    return text


def _compose(
    resume: Resume, facts: PostingFacts, today: date, bullets: list[Bullet], others: list[str], settings: dict[str, str]
) -> str:
    company, role = facts.company or "[Company]", facts.title or "[the role]"
    front_matter = "\n".join(format_setting(key, value) for key, value in settings.items())
    parts = [
        f"{FRONT_MATTER_FENCE}\n{front_matter}\n{FRONT_MATTER_FENCE}",
        write_markdown(Resume(header=letterhead(resume.header))).strip("\n") or "# [Your Name]",
        f"{today:%B} {today.day}, {today.year}",
        "\n".join(["Hiring Manager", company, facts.city or "[City, State]"]),
        f"Re: {role}",
        "Dear Hiring Manager,",
        *_body(resume, role, company, bullets, others),
        f"Sincerely,\n{resume.header.name.strip() or '[Your Name]'}",
    ]
    return "\n\n".join(parts) + "\n"


def _body(resume: Resume, role: str, company: str, bullets: list[Bullet], others: list[str]) -> list[str]:
    """The body's blocks: the draft note, an opening, the suggested bullets, placeholders, a request."""
    current = _current_job(resume)
    where = (
        f"As {current.title} at {current.organization}, I"
        if current and current.title and current.organization
        else "I"
    )
    lead = f"{where} [the result that matters most to this job]" + (":" if bullets else ".")
    another = f"[One sentence on another requirement you meet{': ' + ', '.join(others) if others else ''}.]"
    return [
        DRAFT_NOTE,
        f"{company} is hiring {with_article(role)}, and [one sentence: why this team, why now].",
        lead,
        *(["\n".join(f"- {write_text(bullet.text)}" for bullet in bullets)] if bullets else []),
        another,
        f"I would welcome a short call about how I can help {company} [a goal from the posting].",
    ]


def with_article(phrase: str) -> str:
    """ "an Enterprise Account Executive", "a Staff Engineer", "an RN", "a UX Designer": by the first sound."""
    word = phrase.lstrip("[").split(" ", 1)[0]
    if word.isupper() and 1 < len(word) <= 5:  # an acronym, said letter by letter
        vowel_sound = word[0] in _VOWEL_LETTER_NAMES
    else:
        lower = word.casefold()
        vowel_sound = lower[:1] in _VOWELS and not lower.startswith(_CONSONANT_VOWELS)
        vowel_sound = vowel_sound or lower.startswith(_SILENT_H)
    return f"{'an' if vowel_sound else 'a'} {phrase}"


def _current_job(resume: Resume) -> Entry | None:
    """The job marked 'Present', else the first experience entry."""
    experience = resume.section(SectionKind.EXPERIENCE)
    entries = experience.entries if experience is not None else ()
    return next((entry for entry in entries if entry.dates and entry.dates.present), entries[0] if entries else None)


def _suggested_bullets(resume: Resume, keywords: list[Keyword]) -> list[Bullet]:
    """The resume's quantified experience bullets, most of the job's weight first (document order on ties)."""
    text = write_markdown(resume)
    model = read_markdown(text)  # spans that point into `text`, whatever the resume was read from
    weight_by_line: dict[int, float] = {}
    for result in match_keywords(model, text, keywords).terms:
        for line in {occurrence.location.line for occurrence in result.occurrences}:
            weight_by_line[line] = weight_by_line.get(line, 0.0) + result.keyword.weight
    experience = model.section(SectionKind.EXPERIENCE)
    bullets = [
        bullet
        for entry in (experience.entries if experience is not None else ())
        for block in entry.blocks
        if isinstance(block, BulletList)
        for bullet in block.items
        if bullet.level == 0 and _QUANTITY.search(plain(bullet.text))
    ]

    def weight(bullet: Bullet) -> float:
        span = bullet.span
        return sum(weight_by_line.get(line, 0.0) for line in range(span.line, span.end_line + 1)) if span else 0.0

    ranked = sorted(bullets, key=weight, reverse=True)
    matching = [bullet for bullet in ranked if weight(bullet) > 0]
    return (matching or ranked)[:SUGGESTED_BULLETS]
