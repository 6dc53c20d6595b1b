"""The repository explains itself: docs and comments cite what a reader can follow.

Two rules: nothing in the code, docs or resources points at notes kept outside the repository
(cite the study, the standard or the viewer's source file itself, as docs/attention-model.md
does), and every module path, test path and link the docs name exists, so a renamed module
cannot leave a dead pointer behind.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CHECKED = ("editor", "bench", "docs", "resources", "README.md")
DOCS = (REPO / "README.md", *sorted((REPO / "docs").glob("*.md")))

# Pointers at files outside the repository. `/work/` followed by a digit is a JSON Pointer into
# JSON Resume's `work` array (`/work/0/name`), not a path.
OUTSIDE = re.compile(
    r"/work/(?!\d)|shared/research|research notes|\bnotes §|\b(?:peers|libraries|DESIGN|STYLE)\.md\b",
    re.IGNORECASE,
)
REPO_PATH = re.compile(r"(?<![\w/.-])(?:editor|tests|docs|resources|bench|packaging|scripts)/[\w./-]*\w(?![\w*])")
LINK = re.compile(r"\]\((?!https?:|#|mailto:)([^)#\s]+)")


def checked_files() -> list[Path]:
    """The tracked files under CHECKED (every file there when this is not a git checkout)."""
    git = shutil.which("git")
    if git and (REPO / ".git").exists():
        listed = subprocess.run(
            [git, "ls-files", "-z", "--", *CHECKED], cwd=REPO, capture_output=True, check=True, timeout=60
        )
        return [REPO / name for name in listed.stdout.decode().split("\0") if name]
    files = [REPO / "README.md"]
    for folder in CHECKED[:-1]:
        files += [path for path in (REPO / folder).rglob("*") if path.is_file() and "__pycache__" not in path.parts]
    return files


def text_of(path: Path) -> str | None:
    data = path.read_bytes()
    if b"\0" in data[:8192]:
        return None  # fonts, images, PDFs
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def outside_references(text: str) -> list[str]:
    """Each line of `text` that points at notes outside the repository, with its number."""
    return [f"{number}: {line.strip()}" for number, line in enumerate(text.splitlines(), 1) if OUTSIDE.search(line)]


def dead_paths(text: str, base: Path) -> list[str]:
    """The repository paths and relative links in a Markdown text that name nothing."""
    paths = {match.group() for match in REPO_PATH.finditer(text)}
    links = {match.group(1) for match in LINK.finditer(text)}
    dead = {path for path in paths if not (REPO / path).exists()}
    return sorted(dead | {link for link in links if not (base / link).exists()})


def test_outside_references_are_found_and_json_pointers_are_not() -> None:
    text = "see /work/shared/research/attention.md\nper the research notes\nfine\n(notes §5.2)\n/work/0/name"
    assert outside_references(text) == [
        "1: see /work/shared/research/attention.md",
        "2: per the research notes",
        "4: (notes §5.2)",
    ]


def test_dead_paths_are_found() -> None:
    text = "`editor/cli.py`, `editor/formats/`, `editor/nowhere.py`, `tests/test_*.py`, [a](docs/gone.md)"
    assert dead_paths(text, REPO) == ["docs/gone.md", "editor/nowhere.py"]


def test_no_file_points_at_notes_outside_the_repository() -> None:
    found = []
    for path in checked_files():
        text = text_of(path)
        if text is not None:
            found += [f"{path.relative_to(REPO)}:{line}" for line in outside_references(text)]
    assert found == [], "cite the primary source (docs/attention-model.md, Sources) instead of outside notes"


@pytest.mark.parametrize("doc", DOCS, ids=lambda path: path.relative_to(REPO).as_posix())
def test_every_path_and_link_a_doc_names_exists(doc: Path) -> None:
    assert dead_paths(doc.read_text(encoding="utf-8"), doc.parent) == []
