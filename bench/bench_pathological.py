"""Pathological inputs through the command line: time and peak memory per case (issue 20's budget).

Every case must end within 10 s and 500 MB (with a result or one line on stderr). Each command
runs in a child process, as a user's shell runs it; the peak is the child's own maximum RSS.
The generators are shared with tests/test_hostile_inputs.py, which asserts the ceilings.
Run: `python bench/bench_pathological.py [CASE ...]`.
"""

from __future__ import annotations

import base64
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = int(os.environ.get("RUNS", "3"))
SAMPLE = (ROOT / "resources" / "samples" / "resume.md").read_text(encoding="utf-8")
JD = (ROOT / "resources" / "samples" / "job-description.txt").read_text(encoding="utf-8")


def with_bullet(bullet: str) -> str:
    """The sample resume with one more bullet in its first entry."""
    head, rest = SAMPLE.split("\n- ", 1)
    return f"{head}\n- {bullet}\n- {rest}"


def data_url_bullet() -> str:
    """A bullet with a pasted 60 KB image, as copying from a web page or a chat can bring."""
    image = base64.b64encode(os.urandom(45_000)).decode()
    return f"Designed the logo ![logo](data:image/png;base64,{image})"


def data_url() -> str:
    return with_bullet(data_url_bullet())


def long_token() -> str:
    return with_bullet("Built " + "abcdefghij" * 10_000)


def million_char_word() -> str:
    return with_bullet("x" * 1_000_000)


def megabytes_of_bullets() -> str:
    bullet = "- Raised **CSAT** from 86% to 94% in 12 months by rewriting escalation macros\n"
    return SAMPLE + "\n## Projects\n" + bullet * (4_900_000 // len(bullet))


def json_with_duplicate_keys() -> str:
    work = json.dumps({"name": "Evergreen Telecom", "position": "Support Lead", "highlights": ["Raised CSAT"] * 20})
    body = ", ".join(f'"work": [{work}]' for _ in range(3_500_000 // (len(work) + 12)))
    return '{"basics": {"name": "Dana Kim"}, ' + body + "}"


def short_sections() -> str:
    return SAMPLE + "".join(f"\n## Section {number}\n- Did {number}\n" for number in range(20_000))


def long_lines() -> str:
    line = " ".join(f"word{number}" for number in range(1_400))[:10_000]
    return SAMPLE + "\n## Notes\n" + "".join(f"{line}\n\n" for _ in range(60))


# name: (file name, text, command arguments after the file)
CASES: dict[str, tuple[str, Callable[[], str], tuple[str, ...]]] = {
    "60 KB base64 data URL, analyze": ("resume.md", data_url, ("analyze", "--jd", "jd.txt")),
    "100,000-char token, analyze": ("resume.md", long_token, ("analyze", "--jd", "jd.txt")),
    "1,000,000-char word, analyze": ("resume.md", million_char_word, ("analyze", "--jd", "jd.txt")),
    "1,000,000-char word, heatmap": ("resume.md", million_char_word, ("heatmap", "--jd", "jd.txt", "-o", "h.png")),
    "4.9 MB of bullets, analyze": ("resume.md", megabytes_of_bullets, ("analyze", "--jd", "jd.txt")),
    "3.5 MB JSON, duplicate keys, analyze": ("resume.json", json_with_duplicate_keys, ("analyze", "--jd", "jd.txt")),
    "20,000 sections, DOCX export": ("resume.md", short_sections, ("export", "-o", "out.docx")),
    "600 KB of 10,000-char lines, heatmap": ("resume.md", long_lines, ("heatmap", "--jd", "jd.txt", "-o", "h.png")),
}


@dataclass
class Run:
    """How one `foldline` child process ended."""

    status: int
    stdout: str
    stderr: str
    seconds: float
    peak_mb: float
    cpu_seconds: float = 0.0  # user + system time of the child and its workers: what a busy machine does not inflate


# The child reports its own peak from /proc (VmHWM): wait4's ru_maxrss would include the RSS of
# the forked parent (a pytest process of 600 MB), which Linux carries across exec.
_CHILD = """
import atexit, os, resource, runpy
LIMIT = {limit}
if LIMIT:
    resource.setrlimit(resource.RLIMIT_DATA, (LIMIT, LIMIT))
def report_peak():
    with open("/proc/self/status") as status, open({peak_file!r}, "w") as peak:
        peak.write(next(line for line in status if line.startswith("VmHWM")).split()[1])
atexit.register(report_peak)
runpy.run_module("editor.cli", run_name="__main__", alter_sys=True)
"""


def run_foldline(arguments: list[str], cwd: Path, timeout: float, memory_limit_mb: int | None = None) -> Run:
    """`foldline ARGUMENTS` in a child, killed after `timeout` s, with its own peak RSS.

    With `memory_limit_mb` the child runs under RLIMIT_DATA (RLIMIT_AS would count the address
    space Qt reserves and never touches), so a runaway fails instead of swapping the machine.
    """
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as scratch, tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        peak_file = Path(scratch) / "peak"
        code = _CHILD.format(limit=(memory_limit_mb or 0) * 2**20, peak_file=str(peak_file))
        start, used = time.perf_counter(), _children_cpu()
        child = subprocess.Popen(
            [sys.executable, "-c", code, *arguments], cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=err
        )
        try:
            child.wait(timeout)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        seconds, cpu_seconds = time.perf_counter() - start, _children_cpu() - used
        out.seek(0)
        err.seek(0)
        text = out.read().decode(errors="replace"), err.read().decode(errors="replace")
        peak_kb = float(peak_file.read_text()) if peak_file.exists() else float("nan")
    return Run(child.returncode, *text, seconds, peak_kb / 1024, cpu_seconds)


def _children_cpu() -> float:
    """CPU seconds of every child this process has waited for (a child's own workers included)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_case(folder: Path, name: str, timeout: float = 120, memory_limit_mb: int | None = None) -> Run:
    """One run of a case's command on its generated file, in `folder`."""
    file_name, make, arguments = CASES[name]
    (folder / file_name).write_text(make(), encoding="utf-8")
    (folder / "jd.txt").write_text(JD, encoding="utf-8")
    command, *options = arguments
    return run_foldline([command, file_name, *options], folder, timeout, memory_limit_mb)


def main(names: list[str]) -> None:
    print(f"pathological inputs through `foldline`, median of {RUNS} runs (budget: 10 s, 500 MB)")
    with tempfile.TemporaryDirectory() as folder:
        for name in names or CASES:
            runs = [run_case(Path(folder), name) for _ in range(RUNS)]
            seconds = statistics.median(run.seconds for run in runs)
            peak = statistics.median(run.peak_mb for run in runs)
            message = (runs[-1].stderr.splitlines() or [""])[-1][:60]
            print(f"  {name:42} {seconds:6.2f} s {peak:7.0f} MB  exit {runs[-1].status} {message}")


if __name__ == "__main__":
    main(sys.argv[1:])
