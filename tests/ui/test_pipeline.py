"""The live pipeline through its real worker thread: debounced, newest request wins, errors reported."""

from __future__ import annotations

import threading
import time

from editor.analysis.snapshot import Superseded
from editor.ui.pipeline import LivePipeline


def slow_upper(text: str) -> str:
    time.sleep(0.05)
    return text.upper()


def test_a_burst_of_requests_delivers_only_the_newest(qtbot) -> None:
    pipeline = LivePipeline(slow_upper, delay_ms=20)
    delivered: list[str] = []
    pipeline.result_ready.connect(delivered.append)
    for text in ("a", "ab", "abc", "abcd"):
        pipeline.request(text)
    with qtbot.waitSignal(pipeline.busy_changed, timeout=5000, check_params_cb=lambda busy: not busy):
        pass
    assert delivered == ["ABCD"]


def test_a_request_during_a_running_job_runs_next_and_the_stale_result_is_dropped(qtbot) -> None:
    started = threading.Event()

    def work(text: str) -> str:
        started.set()
        time.sleep(0.1)
        return text

    pipeline = LivePipeline(work, delay_ms=1)
    delivered: list[str] = []
    pipeline.result_ready.connect(delivered.append)
    pipeline.request("old")
    qtbot.waitUntil(started.is_set, timeout=5000)
    pipeline.request("new")
    qtbot.waitUntil(lambda: delivered == ["new"], timeout=5000)
    qtbot.wait(150)
    assert delivered == ["new"]


def test_work_runs_off_the_ui_thread(qtbot) -> None:
    threads: list[int] = []
    pipeline = LivePipeline(lambda _: threads.append(threading.get_ident()), delay_ms=1)
    with qtbot.waitSignal(pipeline.result_ready, timeout=5000):
        pipeline.request("x")
    assert threads and threads[0] != threading.get_ident()


def test_an_error_is_reported_as_one_line_not_raised(qtbot) -> None:
    def broken(_: str) -> str:
        raise ValueError("the template is missing")

    pipeline = LivePipeline(broken, delay_ms=1)
    with qtbot.waitSignal(pipeline.failed, timeout=5000) as failure:
        pipeline.request("x")
    assert failure.args == ["ValueError: the template is missing"]


def test_a_cancellable_job_stops_at_its_next_step_once_a_newer_request_waits(qtbot) -> None:
    started, stopped_after = threading.Event(), []

    def work(text: str, superseded) -> str:
        started.set()
        for step in range(200):  # 200 steps of 10 ms: two seconds if nobody stops it
            if superseded():
                stopped_after.append(step)
                raise Superseded(text)
            time.sleep(0.01)
        return text

    pipeline = LivePipeline(work, delay_ms=1, cancellable=True)
    delivered: list[str] = []
    failures: list[str] = []
    pipeline.result_ready.connect(delivered.append)
    pipeline.failed.connect(failures.append)
    pipeline.request("old")
    qtbot.waitUntil(started.is_set, timeout=5000)
    pipeline.request("new")
    qtbot.waitUntil(lambda: delivered == ["new"], timeout=5000)
    assert stopped_after and stopped_after[0] < 50  # the stale job gave up, it did not run to the end
    assert failures == []


def test_a_run_past_the_deadline_stops_with_one_line_and_the_next_request_runs(qtbot) -> None:
    def work(text: str, superseded) -> str:
        for _ in range(500):  # five seconds if nobody stops it
            superseded()
            time.sleep(0.01)
        return text

    pipeline = LivePipeline(work, delay_ms=1, cancellable=True, deadline_s=0.3)
    started = time.monotonic()
    with qtbot.waitSignal(pipeline.failed, timeout=5000) as failure:
        pipeline.request("a pasted novel")
    assert time.monotonic() - started < 2
    assert failure.args == ["stopped after 0.3 s, far longer than a resume takes"]
    assert not pipeline.is_busy()
