"""From the styled lines of an imported document to a Resume: name, contacts, sections, entries.

Why shared: a Word paragraph and a line of a PDF carry the same hints (size, weight, capitals,
a bullet, a Heading style), and one set of rules turning them into the model means a DOCX and
the PDF made from it import alike. The DOCX and PDF readers only produce `StyledLine`s.

Nothing is lost: a line the rules cannot place stays a paragraph (or a headline line), and
`Resume.problems` names the place in the source the user should check.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from editor.formats.dates import parse_date_range
from editor.formats.importing.entries import section_items
from editor.formats.importing.lines import StyledLine, line_problem, plain_items
from editor.formats.importing.text import (
    bullet_prefix,
    drop_prefix,
    ends_like_sentence,
    is_bold,
    normalize_runs,
    repair_letter_spacing,
    with_text,
    without_tabs,
)
from editor.formats.importing.vocabulary import heading_kind, is_contact_title
from editor.formats.markdown.contacts import auto_link, contact_kind, read_contact_line
from editor.formats.markdown.inline_writer import escape
from editor.model import (
    ContactItem,
    ContactKind,
    Header,
    Problem,
    Resume,
    Section,
    SectionKind,
    Severity,
    Text,
    plain,
)
from editor.render.templates import DEFAULT_PAPER, PAPERS

NAME_SEARCH_LINES = 6
HEADING_MAX_WORDS = 6
HEADING_MAX_CHARACTERS = 50
HEADLINE_MAX_WORDS = 15


def build_resume(lines: Iterable[StyledLine]) -> Resume:
    """The resume the lines most likely describe; never raises, never drops text."""
    return with_language(_Builder([line for line in map(_prepare, lines) if line is not None]).build())


def _prepare(line: StyledLine) -> StyledLine | None:
    """Clean characters and spacing, repair spaced-out headings, take typed bullets off the text."""
    text = normalize_runs(line.runs)
    if not plain(text).strip():
        return None
    repaired = repair_letter_spacing(plain(text))
    if repaired is not None:
        text = with_text(text, repaired)
    prefix = bullet_prefix(plain(text))
    if prefix:
        text = drop_prefix(text, prefix)
        return replace(line, runs=text, bullet_level=line.bullet_level or 0)
    return replace(line, runs=text)


class _Builder:
    """One pass over the cleaned lines: name, headings, header zone, then each section's items."""

    def __init__(self, lines: list[StyledLine]) -> None:
        self.lines = lines
        self.problems: list[Problem] = []
        sized = [(line.size, len(line.text)) for line in lines if line.size > 0]
        self.body_size = _weighted_median(sized) if sized else 0.0

    def build(self) -> Resume:
        if not self.lines:
            return Resume(problems=(Problem(1, "the document has no text to import", Severity.ERROR),))
        name_index = self._find_name()
        headings = self._find_headings(name_index)
        top_zone = self._top_zone(name_index, headings)
        top = [
            line
            for index, line in enumerate(self.lines)
            if index != name_index and (index in top_zone or line.page_header)
        ]
        headline, contacts, preamble = self._read_top(top)
        sections: list[Section] = []
        if preamble:
            sections.append(self._preamble_section(preamble, has_headings=bool(headings)))
        for position, start in enumerate(headings):
            end = headings[position + 1] if position + 1 < len(headings) else len(self.lines)
            body = [
                line
                for index, line in enumerate(self.lines[start + 1 : end], start=start + 1)
                if index not in top_zone and index != name_index and not line.page_header
            ]
            title_line = self.lines[start]
            title = title_line.text.strip().rstrip(":").strip()
            if is_contact_title(title):
                contacts.extend(item for line in body for item in _contact_items(line, strict=False))
                continue
            kind = heading_kind(title) or SectionKind.OTHER
            items, problems = section_items(body, kind)
            self.problems.extend(problems)
            sections.append(Section(title, tuple(items), kind))
        name, labels = _without_labels(self.lines[name_index].text if name_index is not None else "")
        if name_index is None:
            self.problems.append(Problem(1, "could not tell which line is your name; add it at the top"))
        if labels:
            label_line = self.lines[name_index] if name_index is not None else self.lines[0]
            quoted = ", ".join(f"'{label}'" for label in labels)
            self.problems.append(
                line_problem(label_line, f"left out the form label {quoted} beside your name", Severity.INFO)
            )
        header = Header(name=name, headline=tuple(headline), contacts=tuple(contacts))
        return Resume(header=header, sections=tuple(sections), problems=tuple(self.problems))

    # -- name ------------------------------------------------------------------------------

    def _top_zone(self, name_index: int | None, headings: list[int]) -> set[int]:
        """Lines above the first heading, and the lines right under a name found lower down
        (a two-column layout read sidebar first puts the name after the sidebar's sections)."""
        first_heading = headings[0] if headings else len(self.lines)
        zone = set(range(first_heading)) - {name_index}
        if name_index is not None and name_index > first_heading:
            following = [heading for heading in headings if heading > name_index]
            zone |= set(range(name_index + 1, following[0] if following else len(self.lines)))
        return zone

    def _find_name(self) -> int | None:
        """The most prominent name-shaped line: a Title style, the largest text, or the first line."""
        largest = max(line.size for line in self.lines)
        prominent = {
            index
            for index, line in enumerate(self.lines)
            if line.heading_level == 0 or (self.body_size and line.size == largest >= 1.3 * self.body_size)
        }
        candidates = sorted(set(range(min(NAME_SEARCH_LINES, len(self.lines)))) | prominent)
        candidates = [index for index in candidates if _name_shaped(self.lines[index])]
        if not candidates:
            return None
        largest = max(self.lines[index].size for index in candidates)
        best, best_score = None, 2.5
        for index in candidates:
            line = self.lines[index]
            score = 0.0
            if line.heading_level == 0:
                score += 6
            if self.body_size and line.size >= 1.25 * self.body_size:
                score += 2 + (2 if line.size == largest else 0)
            score += 1 if is_bold(line.runs) else 0
            score += 2 if index == 0 or (index == candidates[0] and line.page_header) else 0
            score += 1 if all(word[:1].isupper() for word in line.text.split()) else 0
            score -= 3 if contact_kind(line.text, None) is not ContactKind.OTHER else 0
            if score > best_score:
                best, best_score = index, score
        return best

    # -- headings ----------------------------------------------------------------------------

    def _find_headings(self, name_index: int | None) -> list[int]:
        """Section headings: known titles, Heading styles, bold capitals; then lines styled like them."""
        shaped = [index for index, line in enumerate(self.lines) if index != name_index and _heading_shaped(line)]
        levels = [self.lines[index].heading_level for index in shaped if self.lines[index].heading_level]
        section_level = min(levels) if levels else None
        sure = [index for index in shaped if self._is_sure_heading(self.lines[index], section_level)]
        signatures = {self._signature(self.lines[index]) for index in sure}
        signatures = {signature for signature in signatures if self._distinct(signature)}
        return [index for index in shaped if index in sure or self._signature(self.lines[index]) in signatures]

    def _is_sure_heading(self, line: StyledLine, section_level: int | None) -> bool:
        title = line.text.strip().rstrip(":")
        if heading_kind(title) is not None or is_contact_title(title):
            return True
        if section_level is not None and line.heading_level == section_level:
            return True
        larger = self.body_size > 0 and line.size >= 1.15 * self.body_size
        return _is_capitals(title) and (is_bold(line.runs) or larger)

    def _signature(self, line: StyledLine) -> tuple:
        return (round(line.size * 2) / 2, is_bold(line.runs), _is_capitals(line.text), line.heading_level)

    def _distinct(self, signature: tuple) -> bool:
        """A heading style differs from body text: bold, capitals, larger, or a Heading style."""
        size, bold, capitals, level = signature
        return bold or capitals or level is not None or (self.body_size > 0 and size >= 1.1 * self.body_size)

    # -- header --------------------------------------------------------------------------------

    def _read_top(self, top: list[StyledLine]) -> tuple[list[Text], list[ContactItem], list[StyledLine]]:
        """Lines above the first section: contact lines, headline lines, and text that is a summary."""
        headline: list[Text] = []
        contacts: list[ContactItem] = []
        preamble: list[StyledLine] = []
        for line in top:
            items = [] if line.is_bullet else _contact_items(line, strict=True)
            words = len(line.text.split())
            if items:
                contacts.extend(items)
            elif line.is_bullet or words > HEADLINE_MAX_WORDS or (line.text.endswith(".") and words > 4):
                preamble.append(line)
            else:
                headline.append(without_tabs(line.runs))
        return headline, contacts, preamble

    def _preamble_section(self, lines: list[StyledLine], has_headings: bool) -> Section:
        """Text above the first heading (or a document without headings) under a section of its own."""
        if has_headings:
            self.problems.append(line_problem(lines[0], "text above the first heading was put under 'Summary'"))
            return Section("Summary", tuple(plain_items(lines)), SectionKind.SUMMARY)
        self.problems.append(
            line_problem(lines[0], "could not find section headings; the text was kept as paragraphs", Severity.ERROR)
        )
        items, problems = section_items(lines, SectionKind.OTHER)
        self.problems.extend(problems)
        return Section("Resume", tuple(items), SectionKind.OTHER)


def _weighted_median(values: list[tuple[float, int]]) -> float:
    """The size most of the text is set in (by characters), i.e. the body size."""
    values = sorted(values)
    total = sum(weight for _, weight in values)
    running = 0
    for value, weight in values:
        running += weight
        if running * 2 >= total:
            return value
    return values[-1][0]


def _is_capitals(text: str) -> bool:
    letters = [character for character in text if character.isalpha()]
    return len(letters) >= 3 and all(character.isupper() for character in letters)


def _without_labels(name: str) -> tuple[str, list[str]]:
    """The name, and the capitalised labels a form's label column put beside it on its line.

    Why: a Europass CV sets "PERSÖNLICHE INFORMATIONEN" in a left column on the name's row, so the
    row reads "PERSÖNLICHE INFORMATIONEN<tab>Anna Schröder". The label is a form's, not the person's:
    under the name it would take the headline's place, the line recruiters read second; an import
    note names it instead.
    """
    cells = [cell.strip() for cell in name.split("\t") if cell.strip()]
    labels = [cell for cell in cells if cell.isupper() and sum(char.isalpha() for char in cell) > 1]
    rest = [cell for cell in cells if cell not in labels]
    if len(cells) < 2 or len(rest) != 1:
        return name, []
    return rest[0], labels


def _name_shaped(line: StyledLine) -> bool:
    """Two to five words of letters: "Maria Delgado", "JOSÉ ÁLVAREZ-GARCÍA", "Dr. Jane Q. Doe"."""
    text = line.text.strip()
    words = text.split()
    if line.is_bullet or not 1 <= len(words) <= 5 or len(text) > 60:
        return False
    if any(character.isdigit() for character in text) or "@" in text or "/" in text or "|" in text:
        return False
    if heading_kind(text.rstrip(":")) is not None or is_contact_title(text.rstrip(":")):
        return False
    letters = sum(character.isalpha() for character in text)
    return letters >= 0.75 * len(text.replace(" ", "")) and not text.endswith((",", ";", "!", "?"))


def _heading_shaped(line: StyledLine) -> bool:
    """Short, on its own line, not a sentence, not a date: the shape of a section title."""
    text = line.text.strip()
    words = text.split()
    if line.is_bullet or not words or len(words) > HEADING_MAX_WORDS or len(text) > HEADING_MAX_CHARACTERS:
        return False
    if ends_like_sentence(text) or "\t" in text or "@" in text:
        return False
    if sum(character.isdigit() for character in text) > 0:
        return False
    return parse_date_range(text) is None and sum(character.isalpha() for character in text) >= 3


def _contact_items(line: StyledLine, strict: bool) -> list[ContactItem]:
    """The contact items of a line; with `strict`, only when the line is recognisably contact details."""
    source = escape(line.text)
    fields = read_contact_line(source, 0, len(source), below_header_line=True)
    if fields is None:
        return [] if strict else [ContactItem(line.text.strip(), ContactKind.OTHER)]
    links = [run.link for run in line.runs if run.link]
    link_at = _links_by_position(line.runs, source)
    items = []
    for field in fields:
        link = link_at[(field.start + field.end) // 2] if field.end > field.start else None
        if link is None and len(fields) == 1 and links:
            link = links[0]
        link = link or field.link or auto_link(field.text)
        kind = field.kind if field.kind is not ContactKind.OTHER or link is None else contact_kind(field.text, link)
        items.append(ContactItem(field.text, kind, link))
    return items


def _links_by_position(runs: Text, source: str) -> list[str | None]:
    """For each character of `source` (the line's text escaped for Markdown), the link of the run
    it came from: an item links where the document placed the link, not where its text recurs
    ("posquit0" is in the e-mail address and is the GitHub and the LinkedIn handle)."""
    by_character = [run.link for run in runs for _ in run.text]
    raw = "".join(run.text for run in runs)
    found: list[str | None] = []
    position = 0
    for character in source:
        found.append(by_character[min(position, len(raw) - 1)] if raw else None)
        if position < len(raw) and (character == raw[position] or raw[position] == "\n"):
            position += 1  # else `character` is a backslash the escaping added
    return found


def with_language(resume: Resume) -> Resume:
    """The resume with `language:` set when its words clearly are not English (the default), so the
    spelling check opens the right dictionary from the first keystroke.

    Why from the words and not the file: a PDF's /Lang or Word's w:lang names the author's software
    more often than the resume's language.
    """
    from editor.formats.markdown.language import DEFAULT_LANGUAGE, SETTING, detect_language
    from editor.formats.markdown.writer import write_markdown

    found = detect_language(write_markdown(resume))
    if found is None or found == DEFAULT_LANGUAGE or SETTING in resume.settings:
        return resume
    return replace(resume, settings={**resume.settings, SETTING: found})


def with_paper(resume: Resume, width: float, height: float) -> Resume:
    """The resume with the paper it was laid out on (`paper: a4`), so it is not laid out again on
    Letter, the default (which needs no setting)."""
    for paper in PAPERS.values():
        if paper.id != DEFAULT_PAPER and _same_size((width, height), (paper.width, paper.height)):
            return replace(resume, settings={**resume.settings, "paper": paper.id})
    return resume


def _same_size(page: tuple[float, float], paper: tuple[float, float]) -> bool:
    """Within 3 points, either way up (a landscape A4 is still A4)."""
    return any(abs(page[0] - a) <= 3 and abs(page[1] - b) <= 3 for a, b in (paper, paper[::-1]))
