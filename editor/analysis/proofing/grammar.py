"""Grammar through a LanguageTool the user set up: a server URL or a local install. Never hangs.

Why so guarded: LanguageTool is optional (Java, ~250 MB, not on PyPI), and
language_tool_python, left to itself, downloads from the internet when nothing is installed,
waits 300 s for a silent server and can retry ports for minutes on a broken install. Here it
only ever talks to the server the user named, or to a server started from their local
install on a loopback port; every call has a deadline, and when grammar cannot be checked
the result says why instead of raising.

Only prose is sent (headline, paragraphs, bullets), never the name or the contact line, and
each match is mapped back to the line and columns the user typed.
"""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from editor.analysis.proofing.prose import ProseText, prose_texts
from editor.model import Resume, SectionKind

DEFAULT_TIMEOUT_S = 5.0
DEFAULT_STARTUP_TIMEOUT_S = 90.0
_SEPARATOR = "\n\n"
_LIST_SECTIONS = (SectionKind.SKILLS, SectionKind.LANGUAGES)
NOT_SET_UP = "LanguageTool is not set up: name a LanguageTool server or a local LanguageTool folder in the settings"


@dataclass(frozen=True)
class GrammarIssue:
    """One LanguageTool match, placed on the resume text (end column None when it spans lines)."""

    rule: str
    message: str
    line: int
    column: int
    end_column: int | None
    replacements: tuple[str, ...] = ()
    category: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "message": self.message,
            "line": self.line,
            "column": self.column,
            "end_column": self.end_column,
            "replacements": list(self.replacements),
            "category": self.category,
        }


@dataclass(frozen=True)
class GrammarResult:
    """What the grammar check found, or (available=False) in words why it could not run."""

    available: bool
    status: str
    issues: tuple[GrammarIssue, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "available": self.available,
            "status": self.status,
            "matches": [issue.as_dict() for issue in self.issues],
        }


class _Unavailable(Exception):
    """Grammar cannot be checked right now; the message says why, for the user."""


class GrammarChecker:
    """Checks resume prose with the LanguageTool at `server_url` or in `install_path`.

    `install_path` is a folder holding `LanguageTool-<version>/languagetool-server.jar` (the
    layout of language_tool_python's LTP_PATH, whose value is the default) or that folder
    itself. A server URL wins over an install. `timeout_s` bounds every check; starting a
    local server happens in the background and `check` reports "starting" meanwhile.
    """

    def __init__(
        self,
        server_url: str | None = None,
        install_path: str | Path | None = None,
        language: str = "en-US",
        timeout_s: float = DEFAULT_TIMEOUT_S,
        startup_timeout_s: float = DEFAULT_STARTUP_TIMEOUT_S,
    ) -> None:
        self._server_url = server_url.strip() if server_url and server_url.strip() else None
        install = install_path if install_path is not None else os.environ.get("LTP_PATH")
        self._install_path = Path(install) if install and self._server_url is None else None
        self._language = language
        self._timeout_s = timeout_s
        self._startup_timeout_s = startup_timeout_s
        self._local: _LocalServer | None = None
        self._client: Any = None
        self._lock = threading.Lock()

    @property
    def is_configured(self) -> bool:
        return self._server_url is not None or self._install_path is not None

    def check(self, resume: Resume, text: str) -> GrammarResult:
        """Grammar issues in the resume's prose, within the timeout, or why there are none."""
        pieces = [piece for piece in prose_texts(resume, text) if piece.section_kind not in _LIST_SECTIONS]
        try:
            url = self._server()
            if not pieces:
                return GrammarResult(True, f"Nothing to check with LanguageTool at {url}")
            matches = _with_deadline(lambda: self._matches(url, pieces), self._timeout_s, url)
        except _Unavailable as reason:
            return GrammarResult(False, str(reason))
        issues = tuple(issue for match in matches if (issue := _issue(match, pieces)) is not None)
        return GrammarResult(True, f"Checked with LanguageTool at {url}", issues)

    def close(self) -> None:
        """Stop the local LanguageTool server this checker started, if any."""
        with self._lock:
            if self._local is not None:
                self._local.stop()
                self._local = None
            self._client = None

    def _server(self) -> str:
        if self._server_url is not None:
            return self._server_url
        if self._install_path is None:
            raise _Unavailable(NOT_SET_UP)
        with self._lock:
            if self._local is None:
                self._local = _LocalServer(self._install_path, self._startup_timeout_s)
            local = self._local
        return local.wait(self._timeout_s)

    def _matches(self, url: str, pieces: Sequence[ProseText]) -> list[Any]:
        client = self._client
        if client is None:  # built outside the lock: building asks the server for its languages
            client = _client_class(self._timeout_s)(self._language, remote_server=url)
            client.disable_spellchecking()  # Foldline's own speller knows resume words
            with self._lock:
                self._client = client
        return client.check(_SEPARATOR.join(piece.text for piece in pieces))


def _with_deadline(work: Callable[[], list[Any]], timeout_s: float, url: str) -> list[Any]:
    """Run `work` in a daemon thread; give up after `timeout_s` (the thread ends on its own later)."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = work()
        except Exception as error:  # every failure becomes a status for the user
            outcome["error"] = error

    worker = threading.Thread(target=run, name="languagetool-check", daemon=True)
    worker.start()
    worker.join(timeout_s)
    if worker.is_alive():
        raise _Unavailable(f"LanguageTool server at {url} did not answer in {timeout_s:g} s")
    if "error" in outcome:
        raise _Unavailable(_explain(outcome["error"], url, timeout_s))
    return outcome["value"]


def _explain(error: BaseException, url: str, timeout_s: float) -> str:
    """A one-line reason for a failed request, from the exception and its causes."""
    import requests

    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    if any(isinstance(item, requests.Timeout) for item in chain):
        return f"LanguageTool server at {url} did not answer in {timeout_s:g} s"
    if any(isinstance(item, requests.ConnectionError) for item in chain):
        return f"LanguageTool server at {url} is not reachable"
    detail = " ".join(str(error).split())[:160]
    return f"LanguageTool server at {url} answered with an error: {detail}"


@cache
def _client_class(timeout_s: float) -> type:
    """language_tool_python's client with its 300 s request timeout cut to ours."""
    import language_tool_python

    return type("BoundedLanguageTool", (language_tool_python.LanguageTool,), {"_TIMEOUT": timeout_s})


def _issue(match: Any, pieces: Sequence[ProseText]) -> GrammarIssue | None:
    """Place a match (an offset into the joined prose) on the piece and source line it falls in."""
    start = 0
    for piece in pieces:
        end = start + len(piece.text)
        if start <= match.offset < end:
            local = match.offset - start
            line, column, end_column = piece.locate(local, local + max(match.error_length, 1))
            return GrammarIssue(
                rule=match.rule_id,
                message=match.message,
                line=line,
                column=column,
                end_column=end_column,
                replacements=tuple(match.replacements[:5]),
                category=getattr(match, "category", ""),
            )
        start = end + len(_SEPARATOR)
    return None


class _LocalServer:
    """A LanguageTool HTTP server started from a local install on a free loopback port.

    Why not language_tool_python's own start-up: it downloads LanguageTool when it finds none
    and retries hundreds of ports when the jar is broken; this starts one process and gives up.
    """

    def __init__(self, install_path: Path, startup_timeout_s: float) -> None:
        self._install_path = install_path
        self._ready = threading.Event()
        self._failure: str | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self.url = ""
        jar = _find_jar(install_path)
        java = shutil.which("java")
        if jar is None:
            self._fail(f"No LanguageTool found in {install_path}")
        elif java is None:
            self._fail("Java is needed to run the local LanguageTool and was not found")
        else:
            self._start(java, jar, startup_timeout_s)

    def wait(self, timeout_s: float) -> str:
        """The server's URL once it answers; raises _Unavailable while starting or after it failed."""
        self._ready.wait(timeout_s)
        if self._failure is not None:
            raise _Unavailable(self._failure)
        if not self.url or not self._ready.is_set():
            raise _Unavailable(f"LanguageTool in {self._install_path} is starting")
        return self.url

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
            self._process.wait(5)

    def _fail(self, reason: str) -> None:
        self._failure = reason
        self._ready.set()

    def _start(self, java: str, jar: Path, startup_timeout_s: float) -> None:
        port = _free_port()
        command = [java, "-cp", str(jar), "org.languagetool.server.HTTPServer", "--port", str(port)]
        try:
            self._process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except OSError as error:
            self._fail(f"LanguageTool in {self._install_path} could not be started: {error.strerror or error}")
            return
        atexit.register(self.stop)
        url = f"http://127.0.0.1:{port}"
        arguments = (self._process, url, startup_timeout_s)
        threading.Thread(target=self._await, args=arguments, name="languagetool-start", daemon=True).start()

    def _await(self, process: subprocess.Popen[bytes], url: str, startup_timeout_s: float) -> None:
        import requests

        deadline = time.monotonic() + startup_timeout_s
        while time.monotonic() < deadline:
            if process.poll() is not None:
                self._fail(
                    f"LanguageTool in {self._install_path} stopped while starting (exit code {process.returncode})"
                )
                return
            try:
                if requests.get(f"{url}/v2/languages", timeout=1).ok:
                    self.url = url
                    self._ready.set()
                    return
            except requests.RequestException:
                time.sleep(0.25)
        self.stop()
        self._fail(f"LanguageTool in {self._install_path} did not start within {startup_timeout_s:g} s")


def _find_jar(path: Path) -> Path | None:
    if path.is_file() and path.suffix == ".jar":
        return path
    direct = path / "languagetool-server.jar"
    if direct.is_file():
        return direct
    installs = sorted(path.glob("LanguageTool-*/languagetool-server.jar")) if path.is_dir() else []
    return installs[-1] if installs else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
