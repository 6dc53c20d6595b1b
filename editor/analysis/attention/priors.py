"""Per-line priorities of the attention model: meaning, typography, content and position.

Why a table of lines and not pixels: a recruiter looks for fields (name, titles, dates), and the
layout map already says which line is which; multiplying a few factors per line (see "Priority
of a line" in docs/attention-model.md) is cheap enough to run on every typing pause. Pixel
saliency (OpenCV's spectral-residual and fine-grained maps, source [21] there) mostly mirrors
ink density on a text page, so it is left out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from editor.analysis.attention import params
from editor.analysis.screen.line_fields import Field, LineLabel
from editor.render.layout import LayoutLine, Role

STRATEGIES = ("layer_cake", "f_pattern", "spotted")
_NUMERAL = re.compile(r"[\d$%€£]")
_WORD = re.compile(r"\w[\w'’.+#-]*\w|\w")


@dataclass(frozen=True)
class KeywordHit:
    """One occurrence of a job-description keyword on a line (characters [start, end))."""

    term: str
    line: int  # index into the candidate lines
    start: int
    end: int


@dataclass(frozen=True)
class LinePriors:
    """Everything the scanpath simulation needs to know about the candidate lines (arrays of length L)."""

    strategy_priority: np.ndarray  # (3, L) priority per strategy
    strategy_mixture: np.ndarray  # (3,) share of runs using each strategy
    read_on: np.ndarray  # (3, L) chance of one more in-line fixation
    landing_cdf: np.ndarray  # (L, K) where a visit lands, per CHARS_PER_FIXATION chunk
    chunks: np.ndarray  # (L,) int: chunks of text on the line
    max_extra: np.ndarray  # (L,) int: most in-line fixations after the first of a visit
    spot_char: np.ndarray  # (L,) int: where a spotting eye lands: keyword, numeral or bold word; −1 none
    pop_out_char: np.ndarray  # (L,) int: a keyword or bold word every eye may land on; −1 none
    decision: np.ndarray  # (L,) bool: one of the six key fields
    header: np.ndarray  # (L,) bool: name, headline or contact
    body_start: int  # the top-left body line (where 30 % of runs start)
    proximity: np.ndarray  # (L, L): pull from the current line to the next
    keyword_hits: tuple[KeywordHit, ...]


def _keyword_pattern(keywords: Sequence[str]) -> re.Pattern[str] | None:
    """One case-insensitive whole-word pattern for all keywords, longest first."""
    terms = sorted({term.strip() for term in keywords if term.strip()}, key=len, reverse=True)
    if not terms:
        return None
    alternatives = (r"\s+".join(re.escape(word) for word in term.split()) for term in terms)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


def find_keywords(lines: Sequence[LayoutLine], keywords: Sequence[str]) -> tuple[KeywordHit, ...]:
    """Every whole-word, case-insensitive occurrence of the keywords on the lines."""
    pattern = _keyword_pattern(keywords)
    if pattern is None:
        return ()
    canonical = {" ".join(term.split()).casefold(): term.strip() for term in keywords if term.strip()}
    return tuple(
        KeywordHit(canonical[" ".join(match.group(0).split()).casefold()], index, *match.span())
        for index, line in enumerate(lines)
        for match in pattern.finditer(line.text)
    )


def build_priors(
    lines: Sequence[LayoutLine],
    labels: Sequence[LineLabel],
    doc_centres: np.ndarray,
    *,
    content_top: float,
    content_height: float,
    keywords: Sequence[str],
) -> LinePriors:
    """The priorities of the candidate lines; `doc_centres` are their centres down the document (pt)."""
    hits = find_keywords(lines, keywords)
    keyword_lines = np.zeros(len(lines), bool)
    keyword_lines[[hit.line for hit in hits]] = True
    numerals = np.array([bool(_NUMERAL.search(line.text)) for line in lines])
    fields = [label.field for label in labels]
    typography, isolated = _typography(lines), _isolation(lines)
    columns, right_aligned = _columns(lines)
    anchors = np.array([field in params.ANCHOR_FIELDS for field in fields])
    distinct = _distinct(lines, anchors, (typography > params.DISTINCT_TYPOGRAPHY) | isolated, right_aligned)
    semantic = np.array([_semantic(label) for label in labels]) / _row_shares(lines, fields)
    hidden = anchors & ~distinct  # a field that looks like body text is found like body text
    semantic[hidden] = np.minimum(semantic[hidden], params.HIDDEN_FIELD_WEIGHT)
    salience = (
        typography
        * np.where(isolated, params.ISOLATION_FACTOR, 1.0)
        * columns
        * np.where(numerals, params.NUMERAL_FACTOR, 1.0)
        * np.where(keyword_lines, params.KEYWORD_FACTOR, 1.0)
    )
    depth = np.maximum(doc_centres - content_top, 0.0) / max(content_height, 1.0)
    decision = np.array([field in params.DECISION_FIELDS for field in fields])
    header = np.array([line.section is None for line in lines])
    partly_bold = np.array([any(style.bold for style in line.styles) and not line.is_bold for line in lines])
    body_order = sorted((line.top, line.x0, index) for index, line in enumerate(lines) if not header[index])
    opening = np.zeros(len(lines), bool)
    opening[[index for *_, index in body_order if not anchors[index]][: params.OPENING_LINES]] = True
    layer_cake = np.where(
        anchors & distinct, params.LAYER_CAKE_ANCHOR_FACTOR, np.where(anchors, 1.0, params.LAYER_CAKE_BODY_FACTOR)
    )
    layer_cake[np.array([field is Field.HEADING for field in fields])] = params.LAYER_CAKE_HEADING_FACTOR
    spotted = np.where(numerals | keyword_lines | partly_bold, params.SPOTTED_TARGET_FACTOR, 1.0)
    near_top = np.exp(-depth / params.VERTICAL_DECAY)
    priority = (
        semantic
        * salience
        * np.stack([near_top * layer_cake, np.exp(-depth / params.F_PATTERN_VERTICAL_DECAY), near_top * spotted])
    )
    read_on = np.array([params.READ_ON_PROBABILITY[name] for name in STRATEGIES])[:, None] * np.ones(len(lines))
    read_on[:, decision] = params.READ_ON_PROBABILITY["decision"]
    read_on[:, opening] = params.READ_ON_PROBABILITY["opening"]
    landing_cdf, chunks = _landing(lines, content_width=_content_width(lines))
    return LinePriors(
        strategy_priority=priority,
        strategy_mixture=_mixture(lines, labels),
        read_on=read_on,
        landing_cdf=landing_cdf,
        chunks=chunks,
        max_extra=np.where(opening, params.OPENING_MAX_EXTRA_FIXATIONS, params.MAX_EXTRA_FIXATIONS),
        spot_char=_spot_chars(lines, hits, numerals=True),
        pop_out_char=_spot_chars(lines, hits, numerals=False),
        decision=decision,
        header=header,
        body_start=body_order[0][2] if body_order else 0,
        proximity=_proximity(doc_centres),
        keyword_hits=hits,
    )


def _semantic(label: LineLabel) -> float:
    """Base weight of a line's meaning, with list decay and wrapped-line/dense-paragraph discounts."""
    weight = params.SEMANTIC_WEIGHT[label.field]
    if label.field in (Field.BULLET, Field.PARAGRAPH, Field.SKILLS):
        weight *= params.BULLET_DECAY**label.item_rank
    if label.field is Field.BULLET or (label.field is Field.SKILLS and label.line_in_item > 0):
        return weight * (params.CONTINUATION_FACTOR if label.line_in_item > 0 else 1.0)
    if label.field in (Field.SUMMARY, Field.PARAGRAPH) and label.line_in_item >= params.SUMMARY_LINES_KEPT:
        dense = label.item_line_count > params.DENSE_PARAGRAPH_LINES
        return weight * (params.DENSE_PARAGRAPH_FACTOR if dense else params.CONTINUATION_FACTOR)
    return weight


def _row_shares(lines: Sequence[LayoutLine], fields: Sequence[Field]) -> np.ndarray:
    """How many contact items share each contact line's row: one row of items weighs as one line."""
    rows = Counter(round(line.top) for line, field in zip(lines, fields, strict=True) if field is Field.CONTACT)
    return np.array(
        [rows[round(line.top)] if field is Field.CONTACT else 1 for line, field in zip(lines, fields, strict=True)]
    )


def _distinct(
    lines: Sequence[LayoutLine], anchors: np.ndarray, marked: np.ndarray, right_aligned: np.ndarray
) -> np.ndarray:
    """Anchors that stand out: marked by type or space themselves, right-aligned, or in an entry head that is."""
    marked_entries = {
        (line.section, line.entry)
        for line, anchor, mark in zip(lines, anchors, marked, strict=True)
        if anchor and mark and line.entry is not None
    }
    in_marked_entry = np.array(
        [line.entry is not None and (line.section, line.entry) in marked_entries for line in lines], bool
    )
    return marked | right_aligned | (anchors & in_marked_entry)


def _typography(lines: Sequence[LayoutLine]) -> np.ndarray:
    sizes = np.array([line.font_size for line in lines])
    body = _body_size(lines)
    factor = np.minimum(sizes / body, params.MAX_SIZE_FACTOR)
    factor *= np.array([params.BOLD_FACTOR if line.is_bold else 1.0 for line in lines])
    factor *= np.array([params.CAPS_FACTOR if line.text.isupper() and len(line.text) > 3 else 1.0 for line in lines])
    return factor * np.where(sizes < params.SMALL_FONT_PT, params.SMALL_FONT_FACTOR, 1.0)


def _body_size(lines: Sequence[LayoutLine]) -> float:
    """The font size most characters are set in."""
    counts: Counter[float] = Counter()
    for line in lines:
        counts[round(line.font_size, 1)] += len(line.text)
    return counts.most_common(1)[0][0] if counts else 10.0


def _isolation(lines: Sequence[LayoutLine]) -> np.ndarray:
    """True for lines with white space above and below."""
    tops = np.array([line.top for line in lines])
    bottoms = np.array([line.bottom for line in lines])
    pages = np.array([line.page for line in lines])
    same_page = pages[:, None] == pages[None, :]
    above = np.where(same_page & (bottoms[None, :] <= tops[:, None] + 0.5), tops[:, None] - bottoms[None, :], np.inf)
    below = np.where(same_page & (tops[None, :] >= bottoms[:, None] - 0.5), tops[None, :] - bottoms[:, None], np.inf)
    gap = np.minimum(above.min(axis=1), below.min(axis=1))
    return gap >= params.ISOLATION_GAP * (bottoms - tops)


def _content_width(lines: Sequence[LayoutLine]) -> tuple[float, float]:
    """The content box's left edge and width (pt)."""
    if not lines:
        return 0.0, 1.0
    left = min(line.x0 for line in lines)
    return left, max(max(line.x1 for line in lines) - left, 1.0)


def _columns(lines: Sequence[LayoutLine]) -> tuple[np.ndarray, np.ndarray]:
    """Factors: right-aligned dates × RIGHT_ALIGNED_FACTOR, a right column beside other text × RIGHT_COLUMN_FACTOR.

    Also says which lines are right-aligned dates or locations (a position that makes them stand out).
    """
    left, width = _content_width(lines)
    factors, right_aligned = np.ones(len(lines)), np.zeros(len(lines), bool)
    for index, line in enumerate(lines):
        if line.x0 - left < params.RIGHT_COLUMN_START * width:
            continue
        if line.role in (Role.DATES, Role.LOCATION):
            factors[index], right_aligned[index] = params.RIGHT_ALIGNED_FACTOR, True
        elif any(
            other.page == line.page
            and other.x1 <= line.x0
            and other.top < line.bottom + line.font_size
            and other.bottom > line.top - line.font_size
            for other in lines
        ):
            factors[index] = params.RIGHT_COLUMN_FACTOR
    return factors, right_aligned


def _mixture(lines: Sequence[LayoutLine], labels: Sequence[LineLabel]) -> np.ndarray:
    """Layer-cake grows with structure (headings, bold titles, bullets); F-pattern takes the rest."""
    fields = [label.field for label in labels]
    headings = min(fields.count(Field.HEADING) / 3, 1.0)
    titles = [line for line, field in zip(lines, fields, strict=True) if field.value.endswith("_title")]
    bold_titles = sum(line.is_bold for line in titles) / len(titles) if titles else 0.0
    body = [field for field in fields if field in (Field.BULLET, Field.PARAGRAPH, Field.SUMMARY)]
    bullets = body.count(Field.BULLET) / len(body) if body else 0.0
    structure = (headings + bold_titles + bullets) / 3
    low, high = params.LAYER_CAKE_RANGE
    layer_cake = low + (high - low) * structure
    return np.array([layer_cake, 1.0 - layer_cake - params.SPOTTED_SHARE, params.SPOTTED_SHARE])


def _landing(lines: Sequence[LayoutLine], content_width: tuple[float, float]) -> tuple[np.ndarray, np.ndarray]:
    """Where on a line a visit lands, per chunk of characters: left-biased, first 11 characters boosted."""
    lengths = np.array([max(len(line.text), 1) for line in lines])
    widest = int(lengths.max()) if len(lines) else 1
    chars = np.arange(widest)
    char_width = np.array([(line.x1 - line.x0) for line in lines]) / lengths
    x = (chars[None, :] + 0.5) * char_width[:, None] / content_width[1]
    density = (
        np.exp(-x / params.HORIZONTAL_DECAY)
        * np.where(chars < params.FIRST_WORDS_CHARS, params.FIRST_WORDS_BOOST, 1.0)[None, :]
    )
    density[chars[None, :] >= lengths[:, None]] = 0.0
    size = params.CHARS_PER_FIXATION
    chunks = -(-lengths // size)
    padded = np.zeros((len(lines), int(chunks.max(initial=1)) * size))
    padded[:, :widest] = density
    per_chunk = padded.reshape(len(lines), -1, size).sum(axis=2)
    cdf = np.cumsum(per_chunk, axis=1)
    return cdf / np.maximum(cdf[:, -1:], 1e-12), chunks


def _spot_chars(lines: Sequence[LayoutLine], hits: Sequence[KeywordHit], *, numerals: bool) -> np.ndarray:
    """The first character of what stands out on each line: a keyword, else a bold word (else a numeral)."""
    spots = np.full(len(lines), -1)
    for index, line in enumerate(lines):
        bold = next((style.start for style in line.styles if style.bold), None)
        if bold is not None and not line.is_bold:
            spots[index] = bold
        elif numerals and (numeral := _NUMERAL.search(line.text)):
            spots[index] = numeral.start()
    for hit in reversed(hits):
        spots[hit.line] = hit.start
    return spots


def _proximity(doc_centres: np.ndarray) -> np.ndarray:
    """Pull toward nearby lines: the eye moves on to what is near (our calibration, params.PROXIMITY_PT)."""
    delta = doc_centres[None, :] - doc_centres[:, None]
    pull = np.exp(-np.abs(delta) / params.PROXIMITY_PT)
    np.fill_diagonal(pull, 0.0)  # a new visit goes elsewhere; staying is a refixation
    return pull


def word_pattern() -> re.Pattern[str]:
    """What counts as one word for coverage ("e-commerce", "C++" and "94" are one word each)."""
    return _WORD
