"""A stand-in LanguageTool server on 127.0.0.1 for the grammar tests (the checker's and the window's).

It speaks LanguageTool's HTTP protocol (GET /v2/languages, POST /v2/check, offsets in UTF-16
units as the Java server sends them) and flags "a" before a vowel, like the EN_A_VS_AN rule.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar
from urllib.parse import parse_qs

import pytest


class LanguageToolStub(BaseHTTPRequestHandler):
    """Flags "a" before a vowel, like LanguageTool's EN_A_VS_AN rule."""

    received: ClassVar[list[str]] = []
    language_requests: ClassVar[int] = 0

    def do_GET(self) -> None:
        if self.path.startswith("/v2/languages"):
            type(self).language_requests += 1
            self._send(200, [{"name": "English (US)", "code": "en", "longCode": "en-US"}])
        else:
            self._send(404, {"error": "not found"})

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"])).decode("utf-8")
        text = parse_qs(body)["text"][0]
        type(self).received.append(text)
        if "BREAK" in text:
            self.send_response(500)
            self.end_headers()
            self.wfile.write(b"<html>Internal error</html>")
            return
        self._send(200, {"matches": [_match(text, found) for found in re.finditer(r"\b[Aa] (?=[aeiouAEIOU])", text)]})

    def _send(self, status: int, payload: object) -> None:
        data = json.dumps(payload).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:
        pass


def _match(text: str, found: re.Match[str]) -> dict[str, object]:
    utf16_offset = len(text[: found.start()].encode("utf-16-le")) // 2
    return {
        "message": "Use “an” instead of “a” if the following word starts with a vowel sound.",
        "shortMessage": "Wrong article",
        "replacements": [{"value": "an"}],
        "offset": utf16_offset,
        "length": 1,
        "context": {"text": text[:40], "offset": 0, "length": 1},
        "sentence": text,
        "type": {"typeName": "Other"},
        "rule": {
            "id": "EN_A_VS_AN",
            "description": "Use of 'a' vs. 'an'",
            "issueType": "misspelling",
            "category": {"id": "MISC", "name": "Miscellaneous"},
        },
    }


@pytest.fixture
def language_tool() -> Iterator[str]:
    """The stand-in server's address; it records what it was sent."""
    LanguageToolStub.received = []
    LanguageToolStub.language_requests = 0
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), LanguageToolStub)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
