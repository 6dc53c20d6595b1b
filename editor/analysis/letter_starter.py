"""A starter cover letter from a resume and a posting: the structure filled in, the writing left to the user.

Why a draft and not a letter: a letter that answers the posting in the applicant's own voice is
the point, and no template writes that. What can be filled in is filled in — the letterhead from
the resume, the date, the company and role from the posting, and as suggestions the resume's
quantified bullets that match the job's heaviest terms — and everything else is a bracketed
placeholder, under a first line that says it is a draft. No network, no AI; at most 250 words.
"""

from __future__ import annotations

import re
from datetime import date

from editor.analysis.keywords import Keyword, extract_keywords, match_keywords
from editor.analysis.letter_checks import MAX_WORDS
from editor.analysis.letter_posting import posting_facts
from editor.formats.markdown_inline_writer import write_text
from editor.formats.markdown_lines import FRONT_MATTER_FENCE, format_setting
from editor.formats.markdown_reader import read_markdown
from editor.formats.markdown_writer import write_markdown
from editor.model import Bullet, BulletList, Entry, Resume, SectionKind, plain
from editor.model.letter import LETTER_KIND, without_spans

SUGGESTED_BULLETS = 3
DRAFT_NOTE = "[Draft — rewrite in your own words, then delete this line.]"
_QUANTITY = re.compile(r"\d|[%$€£¥]")
_WORD = re.compile(r"\S+")
_CARRIED_SETTINGS = ("template", "paper", "jd")


def draft_letter(resume: Resume, jd_text: str, today: date) -> str:
    """Letter Markdown for `resume` applying to the posting in `jd_text`, dated `today`."""
    facts = posting_facts(jd_text)
    keywords = extract_keywords(jd_text)
    company = facts.company or "[Company]"
    role = facts.title or "[the role]"
    bullets = _suggested_bullets(resume, keywords)
    used = " ".join(plain(bullet.text) for bullet in bullets).casefold()
    others = [k.term for k in keywords if not k.posting_title and k.term.casefold() not in used][:2]
    current = _current_job(resume)
    opening = f"{company} is hiring a {role}, and [one sentence: why this team, why now]."
    lead = (
        f"As {current.title} at {current.organization}, I [the result that matters most to this job]:"
        if current is not None and current.title and current.organization
        else "In my work so far, I [the result that matters most to this job]:"
    )
    another = f"[One sentence on another requirement you meet{': ' + ', '.join(others) if others else ''}.]"
    closing = f"I would welcome a short call about how I can help {company} [a goal from the posting]."
    body = [DRAFT_NOTE, opening, lead, None, another, closing]  # None: where the suggested bullets go
    while bullets and _words(body, bullets) > MAX_WORDS:
        bullets.pop()
    settings = {"kind": LETTER_KIND} | {
        key: resume.settings[key] for key in _CARRIED_SETTINGS if key in resume.settings
    }
    parts = [
        f"{FRONT_MATTER_FENCE}\n"
        + "\n".join(format_setting(k, v) for k, v in settings.items())
        + f"\n{FRONT_MATTER_FENCE}",
        write_markdown(Resume(header=without_spans(resume.header))).strip("\n") or "# [Your Name]",
        f"{today:%B} {today.day}, {today.year}",
        "\n".join(["Hiring Manager", company, facts.city or "[City, State]"]),
        f"Re: {role}",
        "Dear Hiring Manager,",
        *(_bullet_lines(bullets) if part is None else part for part in body if part is not None or bullets),
        f"Sincerely,\n{resume.header.name.strip() or '[Your Name]'}",
    ]
    return "\n\n".join(parts) + "\n"


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


def _bullet_lines(bullets: list[Bullet]) -> str:
    return "\n".join(f"- {write_text(bullet.text)}" for bullet in bullets)


def _words(body: list[str | None], bullets: list[Bullet]) -> int:
    texts = [part for part in body if part is not None] + [plain(bullet.text) for bullet in bullets]
    return sum(len(_WORD.findall(text)) for text in texts)
