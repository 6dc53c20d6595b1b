"""A job posting saved from the browser (File ▸ Save Page As…, .html) as the text a reader sees.

Why: read as plain text, a saved posting fed its tags, scripts and styles to the keyword extractor
(`div`, `class`, `font-family` came out as the posting's "skills"). The standard library's HTML
parser is enough: keep the visible text, end a line at every block element, mark list items, and
skip what is never shown (scripts, styles, the head, templates, SVG) and the site's own menus,
footers and buttons, whose words ('Home', 'Sign in') would rank as the posting's terms.
"""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser

_HIDDEN = {"script", "style", "head", "title", "template", "noscript", "svg", "iframe", "object"}
_HIDDEN |= {"nav", "footer", "aside", "button", "select"}  # the site around the posting, not the posting
_BLOCKS = {"p", "div", "section", "article", "header", "main", "br", "hr", "tr"}
_BLOCKS |= {"ul", "ol", "dl", "dt", "dd", "table", "blockquote", "pre", "form", "h1", "h2", "h3", "h4", "h5", "h6"}
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """A page saved by a browser, whatever its file name says."""
    return bool(re.match(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype html|html)\b", text[:2048], re.IGNORECASE | re.DOTALL))


def declared_encoding(data: bytes) -> str | None:
    """The encoding the page's own <meta charset> names, if Python knows it."""
    match = _CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def html_text(markup: str) -> str:
    """The page's visible text, one line per block, list items as '- ' lines."""
    parser = _VisibleText()
    parser.feed(markup)
    parser.close()
    lines = (re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in "".join(parser.parts).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


class _VisibleText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden.append(tag)
        elif not self._hidden and tag == "li":
            self.parts.append("\n- ")
        elif not self._hidden and tag in _BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self._hidden and tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._hidden:  # an unclosed element inside it ends with it
            del self._hidden[len(self._hidden) - 1 - self._hidden[::-1].index(tag) :]
        elif not self._hidden and tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data.replace("\n", " "))
