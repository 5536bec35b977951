"""Latency arithmetic: percentiles of measured samples, and quantiles estimated from a Prometheus histogram."""

from __future__ import annotations

import math
from collections.abc import Sequence

from prometheus_client.parser import text_string_to_metric_families

__all__ = ["histogram_buckets", "histogram_quantile", "percentile", "summarise"]


def percentile(values: Sequence[float], q: float) -> float | None:
    """The ``q``-th percentile (0..100) by linear interpolation between closest ranks; None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100.0
    low, high = math.floor(rank), math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def summarise(values: Sequence[float]) -> dict[str, float | int | None]:
    return {
        "count": len(values),
        "p50": percentile(values, 50),
        "p95": percentile(values, 95),
        "p99": percentile(values, 99),
        "max": max(values) if values else None,
    }


def histogram_buckets(metrics_text: str, name: str) -> dict[float, float]:
    """Cumulative bucket counts ``{upper bound: count}`` of histogram ``name`` (label-less) in a /metrics page."""
    buckets: dict[float, float] = {}
    for family in text_string_to_metric_families(metrics_text):
        for sample in family.samples:
            if sample.name == f"{name}_bucket":
                le = sample.labels["le"]
                buckets[math.inf if le == "+Inf" else float(le)] = buckets.get(math.inf if le == "+Inf" else float(le), 0.0) + sample.value
    return buckets


def histogram_quantile(q: float, after: dict[float, float], before: dict[float, float] | None = None) -> float | None:
    """Prometheus's ``histogram_quantile`` over the increase between two scrapes (``before`` may be None).

    Linear interpolation inside the bucket; a quantile in the +Inf bucket returns the largest finite bound.
    """
    before = before or {}
    bounds = sorted(after)
    counts = [after[b] - before.get(b, 0.0) for b in bounds]
    if not counts or counts[-1] <= 0:
        return None
    rank = q * counts[-1]
    prev_bound, prev_count = 0.0, 0.0
    for bound, count in zip(bounds, counts, strict=True):
        if count >= rank:
            if math.isinf(bound):
                return prev_bound
            if count == prev_count:
                return bound
            return prev_bound + (bound - prev_bound) * (rank - prev_count) / (count - prev_count)
        prev_bound, prev_count = bound, count
    return prev_bound
