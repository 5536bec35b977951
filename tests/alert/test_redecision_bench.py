"""The re-decision benchmark runs and prints one figure per size (its figures are not asserted: a loaded machine)."""

from __future__ import annotations

import sys

import pytest

from townwatch_alert import redecision_bench


def test_the_benchmark_prints_a_time_per_size(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "argv", ["redecision_bench", "3", "6"])
    redecision_bench.main()
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("load average") and [line.split()[2] for line in lines[1:]] == ["3", "6"]
    assert all(line.endswith(" ms") for line in lines[1:])
