"""The one analysis pass the app, the command line and the heatmap share: it can be stopped."""

from __future__ import annotations

import pytest

from editor.analysis.snapshot import AnalysisRequest, Superseded, analyse
from tests.conftest import SAMPLES

SAMPLE_TEXT = (SAMPLES / "resume.md").read_text(encoding="utf-8")


def test_an_analysis_nobody_waits_for_stops_after_the_step_it_is_in() -> None:
    asked = []

    def superseded() -> bool:
        asked.append(True)
        return len(asked) >= 2  # a newer request arrives while the PDF is being built

    with pytest.raises(Superseded, match="pdf"):
        analyse(AnalysisRequest(text=SAMPLE_TEXT, jd_text=""), superseded=superseded)


def test_an_analysis_still_wanted_runs_to_the_end() -> None:
    analysis = analyse(AnalysisRequest(text=SAMPLE_TEXT, jd_text=""), superseded=lambda: False)
    assert list(analysis.timings_ms) == ["parse", "pdf", "fold", "keywords", "attention", "rules", "spelling"]
