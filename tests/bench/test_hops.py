"""The bench's per-hop latency (an alert traced through the records behind it) and its verdict on which side limited a phase."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from aiokafka import TopicPartition

from bench.hops import HOPS, RecordStamps, hop_latencies, until_end
from bench.limit import limiting_side
from bench.report import summary_lines


def _alert(alert_id: str, article: str, place: str, revision: int = 1) -> dict[str, object]:
    geonames_id = int(place.removeprefix("gn:"))
    return {"alert_id": alert_id, "revision": revision,
            "place": {"name": "Hawija", "canonical_name": "Hawija", "geonames_id": geonames_id},
            "sources": [{"article_id": "later", "received": "2026-01-01T00:00:09+00:00"},
                        {"article_id": article, "received": "2026-01-01T00:00:00+00:00"}]}


def test_each_alert_is_split_at_its_records_and_the_hops_add_up() -> None:
    stamps = RecordStamps(articles={"a1": 100.010, "a2": 200.020},
                          changes={("a1", "gn:1"): 100.060, ("a2", "gn:2"): 200.100},
                          alerts={("x1", 1): 100.090, ("x2", 1): 200.130})
    deliveries = [(100.150, 100.000, _alert("x1", "a1", "gn:1")), (200.200, 200.000, _alert("x2", "a2", "gn:2"))]
    hops = hop_latencies(deliveries, stamps)
    assert hops["traced"] == 2 and hops["untraced"] == 0
    assert hops["ingest"]["count"] == 2
    assert hops["ingest"]["p50"] == pytest.approx(0.015)  # 10 ms and 20 ms
    assert hops["extract"]["p50"] == pytest.approx(0.065)  # 50 and 80
    assert hops["ledger"]["p50"] == pytest.approx(0.030)  # 30 and 30
    assert hops["notify"]["p50"] == pytest.approx(0.065)  # 60 and 70
    total = sum(hops[name]["max"] for name in HOPS)
    assert total == pytest.approx(0.200)  # the second alert: 20 + 80 + 30 + 70 ms = its end-to-end latency


def test_an_alert_missing_a_record_is_counted_untraced_not_guessed() -> None:
    stamps = RecordStamps(articles={"a1": 1.0}, changes={}, alerts={("x1", 1): 3.0})
    hops = hop_latencies([(4.0, 0.5, _alert("x1", "a1", "gn:1"))], stamps)
    assert hops["traced"] == 0 and hops["untraced"] == 1 and hops["ingest"]["count"] == 0


def _phase(**kw: object) -> dict[str, object]:
    phase: dict[str, object] = {
        "name": "flat out", "articles": 8000, "offered_per_s": 1000.0, "send_s": 8.0, "drain_after_send_s": 12.0,
        "throughput_per_s": 400.0, "t_start": 0.0, "t_end": 20.0,
        "resources": {"bench": {"cpu_percent_mean": 60.0}, "extract": {"cpu_percent_mean": 70.0},
                      "alert": {"cpu_percent_mean": 10.0}},
        "resources_after_send": {"bench": {"cpu_percent_mean": 5.0}, "extract": {"cpu_percent_mean": 95.0},
                                 "ingest": {"cpu_percent_mean": 1.0}},
    }
    return phase | kw


def test_a_backlog_after_the_last_send_names_the_pipeline_and_its_busiest_service() -> None:
    limit = limiting_side(_phase())
    assert limit["side"] == "pipeline" and limit["busiest"] == "extract" and limit["busiest_cpu_percent"] == 95.0
    assert "12.0 s" in limit["why"]


def test_a_pipeline_that_finishes_with_the_sender_was_limited_by_the_load_generator() -> None:
    limit = limiting_side(_phase(drain_after_send_s=0.4, resources_after_send={}))
    assert limit["side"] == "load generator" and "60% of a core" in limit["why"] and "short" not in limit["why"]
    short = limiting_side(_phase(drain_after_send_s=0.4, rate_target_per_s=100.0, offered_per_s=61.0))
    assert short["side"] == "load generator" and "offered at 61/s, short of the 100/s asked" in short["why"]


def test_the_summary_prints_the_hops_and_the_limit() -> None:
    phase = _phase(latency_s={"count": 1, "p50": 0.2, "p95": 0.2, "p99": 0.2},
                   latency_histogram_s={"p50": None, "p95": None, "p99": None},
                   resources={"extract": {"cpu_percent_mean": 50.0, "cpu_percent_max": 90.0, "rss_peak_mib": 300.0,
                                          "slope_mib_per_min": 0.1}})
    phase["hops_s"] = hop_latencies([(100.150, 100.000, _alert("x1", "a1", "gn:1"))], RecordStamps(
        articles={"a1": 100.010}, changes={("a1", "gn:1"): 100.060}, alerts={("x1", 1): 100.090}))
    phase["limit"] = limiting_side(phase)
    results = {"started_at": "2026-01-01T00:00:00+00:00", "command": "python -m bench", "phases": {"max": phase},
               "checks": {"deliveries": 1, "duplicate_keys": 0, "bad_signatures": 0, "services_alive": True}}
    text = "\n".join(summary_lines(results))
    assert "per hop (p50 / p95 / p99 s, 1 alerts traced): ingest 0.010 / 0.010 / 0.010; extract 0.050" in text
    assert "limit: pipeline — the pipeline was still draining 12.0 s" in text


class EndlessPartition:
    """A consumer whose partition never reaches its end (a soak's topic read while retention and producers move it):
    one record per fetch, and a clock that moves a second per fetch."""

    def __init__(self) -> None:
        self.fetches = 0
        self.now = 0.0

    async def getmany(self, *partitions: TopicPartition, timeout_ms: int) -> dict[TopicPartition, list[Any]]:
        self.fetches += 1
        self.now += 1.0
        if self.fetches > 100:
            raise AssertionError("the tracer's read never stopped")
        return {partitions[0]: [SimpleNamespace(offset=self.fetches - 1)]}


async def test_the_tracers_read_stops_at_its_time_bound_and_names_what_it_did_not_finish() -> None:
    consumer, unfinished = EndlessPartition(), []
    tp, done = TopicPartition("articles.v1", 2), TopicPartition("articles.v1", 3)
    got = [r.offset async for r in until_end(consumer, {tp: 10**9, done: 0}, 5.0, lambda: consumer.now, unfinished)]
    assert got == [0, 1, 2, 3, 4]  # read while the clock was before the deadline, then stopped
    assert unfinished == ["articles.v1[2]"]  # the empty partition is not waited for


async def test_the_tracers_read_ends_at_each_partitions_end_offset() -> None:
    consumer, unfinished = EndlessPartition(), []
    tp = TopicPartition("alerts.v1", 0)
    got = [r.offset async for r in until_end(consumer, {tp: 3}, float("inf"), lambda: consumer.now, unfinished)]
    assert got == [0, 1, 2] and unfinished == []
