"""The benchmark's arithmetic and outputs: percentiles, histogram quantiles, RSS trends, the JSON and PNG files."""

from __future__ import annotations

import json
import os
import random

from prometheus_client import CollectorRegistry, Histogram, generate_latest

from bench.latency import (
    histogram_buckets,
    histogram_quantile,
    percentile,
    percentile_interval,
    summarise,
)
from bench.report import render_chart, summary_lines, write_json
from bench.sampler import ProcessSample, ResourceSampler, rss_trend


def test_percentile_interpolates_between_ranks() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 50) == 50.5
    assert percentile(values, 99) == 99.01
    assert percentile([3.0], 95) == 3.0
    assert percentile([], 50) is None
    assert summarise([1.0, 2.0, 3.0])["max"] == 3.0


def test_p99_interval_is_unbounded_above_on_a_short_run_and_bounded_on_a_long_one() -> None:
    rng = random.Random(5)
    short = [rng.expovariate(10.0) for _ in range(72)]  # the alerts of a 120 s run at 100/s
    low, high = percentile_interval(short, 99)
    assert high is None and low is not None and low <= percentile(short, 99)
    long = [rng.expovariate(10.0) for _ in range(540)]
    low, high = percentile_interval(long, 99)
    assert low is not None and high is not None and low <= percentile(long, 99) <= high <= max(long)
    assert percentile_interval([], 99) == (None, None)
    assert set(summarise(long)) >= {"p99_ci95_low", "p99_ci95_high"}


def test_p99_interval_covers_the_true_percentile_about_as_often_as_it_says() -> None:
    # Exp(rate 10): the true p99 is ln(100) / 10. Over 400 seeded runs of 600 samples a 95 % interval misses it in
    # about 20; its two sides are exact binomial tails, so (being conservative) it misses in at most 5 % plus noise.
    rng, true_p99 = random.Random(11), 0.4605170185988091
    misses = 0
    for _ in range(400):
        low, high = percentile_interval([rng.expovariate(10.0) for _ in range(600)], 99)
        assert low is not None and high is not None
        misses += not (low <= true_p99 <= high)
    assert 0 < misses <= 32


def test_histogram_quantile_lands_in_the_right_bucket_and_subtracts_the_earlier_scrape() -> None:
    registry = CollectorRegistry()
    hist = Histogram("townwatch_end_to_end_latency_seconds", "x", buckets=(0.1, 0.25, 0.5, 1.0, 2.0), registry=registry)
    for _ in range(50):
        hist.observe(5.0)  # before the measured window: must not count
    before = histogram_buckets(generate_latest(registry).decode(), "townwatch_end_to_end_latency_seconds")
    rng = random.Random(1)
    values = [rng.uniform(0.26, 0.49) for _ in range(90)] + [rng.uniform(1.01, 1.9) for _ in range(10)]
    for v in values:
        hist.observe(v)
    after = histogram_buckets(generate_latest(registry).decode(), "townwatch_end_to_end_latency_seconds")
    p50 = histogram_quantile(0.5, after, before)
    p99 = histogram_quantile(0.99, after, before)
    assert p50 is not None and 0.25 <= p50 <= 0.5
    assert p99 is not None and 1.0 <= p99 <= 2.0
    assert histogram_quantile(0.5, before, before) is None  # nothing observed in the window


def test_rss_trend_sees_growth_and_flatness() -> None:
    growing = [ProcessSample(float(t), "x", 1, 0.0, 0.0, 100 * 2**20 + t * 2**20) for t in range(120)]
    flat = [ProcessSample(float(t), "x", 1, 0.0, 0.0, 100 * 2**20 + (t % 3) * 2**10) for t in range(120)]
    assert abs(rss_trend(growing)["slope_mib_per_min"] - 60.0) < 1e-6
    assert rss_trend(growing)["growth_mib"] > 100
    assert abs(rss_trend(flat)["slope_mib_per_min"]) < 0.01


def test_sampler_reads_a_real_process() -> None:
    sampler = ResourceSampler(lambda: {"me": os.getpid()})
    assert sampler.sample_once() == []  # the first sight only primes the CPU counter
    sum(i * i for i in range(200_000))
    [sample] = sampler.sample_once()
    assert sample.rss_bytes > 10 * 2**20 and sample.cpu_seconds > 0
    summary = sampler.summary(0, 1e9)
    assert summary["me"]["rss_peak_mib"] > 10


def test_results_are_written_as_json_and_png(tmp_path) -> None:  # type: ignore[no-untyped-def]
    phase = {"name": "100/s", "articles": 10, "offered_per_s": 100.0, "throughput_per_s": 90.0, "t_start": 1.0,
             "t_end": 3.0, "latency_s": summarise([0.2, 0.3]), "latency_histogram_s": {"p50": 0.25, "p95": 0.3, "p99": 0.3},
             "resources": {"extract": {"cpu_percent_mean": 50.0, "cpu_percent_max": 90.0, "rss_peak_mib": 300.0,
                                       "slope_mib_per_min": 0.1, "cpu_seconds": 0.025}}}
    results = {
        "started_at": "2025-01-01T00:00:00+00:00", "command": "python -m bench --quick", "phases": {"rate": phase},
        "baseline": {"produce_per_s": 5000.0, "consume_per_s": 20000.0, "round_trip_per_s": 3000.0},
        "pipeline_to_raw_ratio": 0.03,
        "checks": {"deliveries": 2, "duplicate_keys": 0, "bad_signatures": 0, "services_alive": True},
        "timeline": [{"t": float(t), "sent_per_s": 100.0, "extracted_per_s": 90.0} for t in range(5)],
        "latency_points": [(1.5, 0.2), (2.5, 0.3)],
        "resource_samples": [{"t": float(t), "name": "extract", "rss_bytes": 300 * 2**20} for t in range(5)],
    }
    json_path = write_json(tmp_path / "r.json", results)
    assert json.loads(json_path.read_text())["phases"]["rate"]["throughput_per_s"] == 90.0
    png = render_chart(tmp_path / "r.png", results)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    text = "\n".join(summary_lines(results))
    assert "p50 0.250 s" in text and "3000/s" in text and "duplicate idempotency keys 0" in text
    assert "2.50 ms CPU/article" in text  # 0.025 CPU-s over 10 articles
