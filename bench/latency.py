"""Latency arithmetic: percentiles of measured samples, and quantiles estimated from a Prometheus histogram."""

from __future__ import annotations

import math
from collections.abc import Sequence

from prometheus_client.parser import text_string_to_metric_families

__all__ = ["histogram_buckets", "histogram_quantile", "percentile", "percentile_interval", "summarise"]


def percentile(values: Sequence[float], q: float) -> float | None:
    """The ``q``-th percentile (0..100) by linear interpolation between closest ranks; None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100.0
    low, high = math.floor(rank), math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def _binomial_cdfs(n: int, p: float) -> list[float]:
    """``[P(Binomial(n, p) <= k) for k in 0..n]``, each term summed in log space."""
    log_p, log_q, total, cdfs = math.log(p), math.log1p(-p), 0.0, []
    for i in range(n + 1):
        total += math.exp(math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * log_p + (n - i) * log_q)
        cdfs.append(min(total, 1.0))
    return cdfs


def percentile_interval(
    values: Sequence[float], q: float, confidence: float = 0.95,
) -> tuple[float | None, float | None]:
    """A distribution-free ``confidence`` interval for the true ``q``-th percentile (0..100) from order statistics.

    The number of samples below the true percentile is Binomial(n, q/100), so the i-th smallest sample lies below it
    with probability P(B >= i); each side takes half of the error. A side the samples cannot bound is None: an upper
    bound of a p99 (2.5 % on each side) needs 368 samples, so the 72 alerts of the bench's 120 s at 100/s bound its p99
    only from below (a p99 goal is read on ``--duration 900``: about 540 alerts). Hand-written: the sum is a few lines, and scipy is
    not a dependency of the bench."""
    n = len(values)
    if not n:
        return None, None
    ordered = sorted(values)
    p, tail = q / 100.0, (1.0 - confidence) / 2.0
    cdf = _binomial_cdfs(n, p)
    # low: the largest rank i with P(B >= i) >= 1 - tail, i.e. P(B <= i - 1) <= tail
    low_rank = max((i for i in range(1, n + 1) if cdf[i - 1] <= tail), default=None)
    # high: the smallest rank j with P(B <= j - 1) >= 1 - tail (j <= n; the n-th smallest is the largest sample)
    high_rank = min((j for j in range(1, n + 1) if cdf[j - 1] >= 1.0 - tail), default=None)
    return (ordered[low_rank - 1] if low_rank else None, ordered[high_rank - 1] if high_rank else None)


def summarise(values: Sequence[float]) -> dict[str, float | int | None]:
    p99_low, p99_high = percentile_interval(values, 99)
    return {
        "count": len(values),
        "p50": percentile(values, 50),
        "p95": percentile(values, 95),
        "p99": percentile(values, 99),
        "p99_ci95_low": p99_low,
        "p99_ci95_high": p99_high,
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
