"""Writing runs as inline Markdown that `inline` reads back as the very same runs.

Why a checker of its own: two emphases side by side (`**a**_b_`) must use different marker
characters or they would merge into one run of `*`; `_` may not touch a letter outside it.
The writer picks `*` or `_` per emphasis as a small two-colouring of neighbouring markers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from editor.formats.markdown.inline import is_autolink, parse_pieces, pieces_to_text
from editor.model import Run, Span, Text

_URL_NEEDS_BRACKETS = re.compile(r"[()\s<>]")
_LENGTH = {"bold": 2, "italic": 1}


@lru_cache(maxsize=16)
def _escaped_characters(extra: str) -> re.Pattern[str]:
    return re.compile(rf"[\\*\[\]<{re.escape(extra)}]|_+")


def escape(text: str, extra: str = "") -> str:
    """`text` with every character the inline reader would take as markup escaped.

    An underscore run between two letters (snake_case) is never emphasis, so it stays bare.
    """

    def replace(match: re.Match[str]) -> str:
        token = match.group()
        if token[0] != "_":
            return "\\" + token
        start, end = match.span()
        if start > 0 and end < len(text) and text[start - 1].isalnum() and text[end].isalnum():
            return token
        return "\\_" * len(token)

    return _escaped_characters(extra).sub(replace, text).replace("\n", " ")


def normalize(text: Text) -> list[Run]:
    """Runs as the reader would produce them: no empty runs, neighbours with one style merged."""
    merged: list[Run] = []
    for run in text:
        if not run.text:
            continue
        if merged and (merged[-1].bold, merged[-1].italic, merged[-1].link) == (run.bold, run.italic, run.link):
            merged[-1] = Run(merged[-1].text + run.text, run.bold, run.italic, run.link)
        else:
            merged.append(Run(run.text, run.bold, run.italic, run.link))
    return merged


@dataclass
class _Span:
    """One emphasis to write: `length` markers on each side; `character` is chosen later."""

    length: int
    character: str = "*"
    forced: bool = False


# A token is a literal string or (span, is_opener).
_Token = str | tuple[_Span, bool]


def _run_token(run: Run, extra: str) -> str:
    if run.link is None:
        return escape(run.text, extra)
    if is_autolink(run.text, run.link):
        return f"<{run.text}>"
    return f"[{escape(run.text, extra)}]({link_target(run.link)})"


def link_target(url: str) -> str:
    """A link's target as written inside `(...)`: in angle brackets when it holds spaces, parentheses
    or angle brackets, with `\\`, `<` and `>` escaped there."""
    if not _URL_NEEDS_BRACKETS.search(url):
        return url
    return "<" + re.sub(r"([\\<>])", r"\\\1", url) + ">"


def _groups(runs: list[Run], attribute: str) -> list[list[Run]]:
    """Maximal stretches of runs with the same value of `attribute` ("bold" or "italic")."""
    groups: list[list[Run]] = []
    for run in runs:
        if groups and getattr(groups[-1][0], attribute) == getattr(run, attribute):
            groups[-1].append(run)
        else:
            groups.append([run])
    return groups


def _clear_edges(group: list[Run], plain: Callable[[Run, str], Run]) -> list[Run]:
    """Spaces at the edges of an emphasis leave it (`** a**` cannot be written); links keep theirs."""
    head: list[Run] = []
    tail: list[Run] = []
    runs = list(group)
    while runs and runs[0].link is None and runs[0].text[:1].isspace():
        stripped = runs[0].text.lstrip()
        head.append(plain(runs[0], runs[0].text[: len(runs[0].text) - len(stripped)]))
        runs[0:1] = [Run(stripped, runs[0].bold, runs[0].italic)] if stripped else []
    while runs and runs[-1].link is None and runs[-1].text[-1:].isspace():
        stripped = runs[-1].text.rstrip()
        tail.insert(0, plain(runs[-1], runs[-1].text[len(stripped) :]))
        runs[-1:] = [Run(stripped, runs[-1].bold, runs[-1].italic)] if stripped else []
    return head + runs + tail


def _writable(text: Text, outer: str, inner: str) -> list[Run]:
    """Runs whose emphases all start and end with a non-space (true of every text the reader makes)."""
    runs = normalize(text)
    for attribute, plain in ((inner, lambda run, space: Run(space, **{outer: getattr(run, outer)})),
                             (outer, lambda run, space: Run(space))):  # fmt: skip
        cleared: list[Run] = []
        for group in _groups(runs, attribute):
            cleared += _clear_edges(group, plain) if getattr(group[0], attribute) else group
        runs = normalize(tuple(cleared))
    return runs


def _emphasis(tokens: list[_Token], content: list[_Token], length: int) -> None:
    span = _Span(length)
    tokens.append((span, True))
    tokens.extend(content)
    tokens.append((span, False))


def _inner_tokens(runs: list[Run], extra: str, inner: str, emphasize: bool) -> list[_Token]:
    tokens: list[_Token] = []
    for group in _groups(runs, inner):
        content: list[_Token] = [_run_token(run, extra) for run in group]
        if emphasize and getattr(group[0], inner):
            _emphasis(tokens, content, _LENGTH[inner])
        else:
            tokens.extend(content)
    return tokens


def _choose_characters(tokens: list[_Token]) -> None:
    """Pick `*` or `_` per emphasis so neighbouring markers never merge and `_` never touches a letter."""
    neighbours: dict[int, list[_Span]] = {}
    spans: dict[int, _Span] = {}
    for left, right in pairwise(tokens):
        if isinstance(left, tuple) and isinstance(right, tuple):
            if left[0] is not right[0]:
                neighbours.setdefault(id(left[0]), []).append(right[0])
                neighbours.setdefault(id(right[0]), []).append(left[0])
        elif isinstance(left, str) and isinstance(right, tuple) and right[1]:
            right[0].forced |= left[-1:].isalnum()
        elif isinstance(left, tuple) and not left[1] and isinstance(right, str):
            left[0].forced |= right[:1].isalnum()
    for token in tokens:
        if isinstance(token, tuple):
            spans[id(token[0])] = token[0]
    seen: set[int] = set()
    for root in sorted(spans.values(), key=lambda span: not span.forced):
        if id(root) in seen:
            continue
        seen.add(id(root))
        queue = [root]
        while queue:
            span = queue.pop()
            for other in neighbours.get(id(span), ()):
                if id(other) not in seen:
                    seen.add(id(other))
                    other.character = "_" if span.character == "*" and not other.forced else "*"
                    queue.append(other)


def _write(runs: list[Run], extra: str, outer: str, inner: str) -> str:
    tokens: list[_Token] = []
    for group in _groups(runs, outer):
        if not getattr(group[0], outer):
            tokens += _inner_tokens(group, extra, inner, emphasize=True)
        elif all(getattr(run, inner) for run in group):
            _emphasis(tokens, _inner_tokens(group, extra, inner, emphasize=False), 3)
        else:
            _emphasis(tokens, _inner_tokens(group, extra, inner, emphasize=True), _LENGTH[outer])
    _choose_characters(tokens)
    return "".join(token if isinstance(token, str) else token[0].character * token[0].length for token in tokens)


def _style(runs: list[Run] | Text) -> list[tuple[str, bool, bool, str | None]]:
    return [(run.text, run.bold, run.italic, run.link) for run in runs]


def write_text(text: Text, extra: str = "") -> str:
    """Inline Markdown for runs; `extra` lists further characters to escape (e.g. `|` in a heading).

    Bold is written around italics (`**a *b* c**`) unless italics around bold reads back and
    that does not (`*a **b** c*`).
    """
    first = ""
    for outer, inner in (("bold", "italic"), ("italic", "bold")):
        runs = _writable(text, outer, inner)
        written = _write(runs, extra, outer, inner)
        pieces, _ = parse_pieces(written)
        if _style(pieces_to_text(pieces, _span)) == _style(runs):
            return written
        first = first or written
    return first


def _span(start: int, end: int) -> Span:
    return Span.on_line(1, start, end)
