"""A bench phase waits a bounded time for the pipeline to catch up; one that does not still ends, with its backlog
and the disk readings in the report (so a soak on a slow machine always prints figures)."""

from __future__ import annotations

from typing import Any

from bench.harness import _disk_trend, _drain, _Run
from bench.report import summary_lines
from townwatch.pipeline import Backlog
from townwatch_runtime.consumer_lag import PartitionLag


class _Pipeline:
    def __init__(self, idle: bool) -> None:
        self.idle, self.waits = idle, []

    async def wait_idle(self, timeout: float, quiet: float) -> None:
        self.waits.append(timeout)
        if not self.idle:
            raise TimeoutError("pipeline not idle")

    async def backlog(self) -> Backlog:
        lags = (PartitionLag("articles.v1", 0, end=1300, committed=100), PartitionLag("articles.v1", 1, end=34, committed=None))
        return Backlog(tuple(("townwatch-extract", lag) for lag in lags), pending=5)


class _Clock:
    def now(self) -> float:
        return 50.0


def _run(idle: bool) -> _Run:
    return _Run(pipeline=_Pipeline(idle), receiver=None, sampler=_Clock(), load=None)  # type: ignore[arg-type]


async def test_a_pipeline_that_does_not_catch_up_ends_the_wait_with_its_backlog() -> None:
    run = _run(idle=False)
    drained = await _drain(run, timeout=7.0)
    assert run.pipeline.waits == [7.0]  # type: ignore[attr-defined]
    assert drained == {"caught_up": False, "t_end": 50.0, "behind": 1234, "pending": 5, "waited_s": 7.0}
    caught = await _drain(_run(idle=True), timeout=7.0)
    assert caught["caught_up"] is True and caught["behind"] == 0 and caught["t_end"] == 48.0  # minus the quiet period


def test_the_summary_says_a_phase_did_not_catch_up_and_prints_the_disk_over_it() -> None:
    run = _run(idle=False)
    run.timeline = [{"t": 1.0, "broker_disk_mib": 3.0}, {"t": 2.0}, {"t": 11.0, "broker_disk_mib": 8.0},
                    {"t": 21.0, "broker_disk_mib": 5.0}, {"t": 99.0, "broker_disk_mib": 50.0}]
    disk = _disk_trend(run, 0.0, 30.0)
    assert disk == {"first": 3.0, "min": 3.0, "max": 8.0, "last": 5.0, "readings": 3}
    phase: dict[str, Any] = {
        "name": "soak", "articles": 30000, "offered_per_s": 50.0, "throughput_per_s": 41.0, "caught_up": False,
        "backlog_at_end": {"messages_not_committed": 1234, "notifications_pending": 5}, "extracted": 24600.0,
        "latency_s": {"count": 3, "p50": 0.5, "p95": 0.9, "p99": 1.2},
        "latency_histogram_s": {"p50": None, "p95": None, "p99": None}, "broker_disk_mib": 5.0,
        "broker_disk_mib_over_phase": disk,
        "resources": {"broker": {"cpu_percent_mean": 30.0, "cpu_percent_max": 60.0, "rss_peak_mib": 23.0, "slope_mib_per_min": 0.1}},
    }
    results = {"started_at": "2026-01-01T00:00:00+00:00", "command": "python -m bench --soak 600", "phases": {"soak": phase},
               "checks": {"deliveries": 3, "duplicate_keys": 0, "bad_signatures": 0, "services_alive": True}}
    text = "\n".join(summary_lines(results))
    assert "DID NOT CATCH UP within the bounded wait: 1234 messages not committed, 5 notifications pending" in text
    assert "24600 articles through extract" in text and "through the pipeline 41.0/s" in text
    assert "broker data on disk over the phase (3 readings): first 3.0, min 3.0, max 8.0, last 5.0 MiB" in text
    assert "broker   CPU mean  30.0%" in text and "trend +0.10 MiB/min" in text
