"""The ingest metrics of docs/METRICS.md, on the shared registry, with every label series created up front."""

from __future__ import annotations

from prometheus_client import Counter, Gauge

from townwatch_runtime.metrics import REGISTRY, StageMetrics
from townwatch_schemas import Stage

__all__ = [
    "FAILURE_REASONS",
    "POLL_RESULTS",
    "REJECT_REASONS",
    "SOURCE_KINDS",
    "IngestMetrics",
]

SOURCE_KINDS = ("feed", "push", "replay")
REJECT_REASONS = ("too_large", "content_type", "malformed", "schema", "unsafe_url")
POLL_RESULTS = ("ok", "not_modified", "error")
FAILURE_REASONS = ("decode", "schema", "processing", "too_large", "content_type", "other")

_PUBLISHED = Counter(
    "townwatch_ingest_articles_published_total",
    "Articles published to articles.v1, by where they came from.",
    ["source_kind"],
    registry=REGISTRY,
)
_DUPLICATES = Counter(
    "townwatch_ingest_duplicates_total",
    "Articles not published again because the seen-article record already had them.",
    ["source_kind"],
    registry=REGISTRY,
)
_REJECTED = Counter(
    "townwatch_ingest_rejected_total",
    "Items refused at the door, by reason.",
    ["reason"],
    registry=REGISTRY,
)
_POLLS = Counter(
    "townwatch_ingest_feed_polls_total", "Feed polls, by result.", ["result"], registry=REGISTRY
)
_BACKOFF = Gauge(
    "townwatch_ingest_feed_backoff_seconds",
    "The longest current per-feed back-off (0 when every feed is healthy).",
    registry=REGISTRY,
)

# Rejection reasons map onto the shared failure reasons of townwatch_items_failed_total.
_FAILURE_OF = {"malformed": "decode", "schema": "schema", "too_large": "too_large",
               "content_type": "content_type", "unsafe_url": "other"}


class IngestMetrics:
    """Ingest's own counters plus the shared stage metrics (stage=ingest)."""

    def __init__(self) -> None:
        self.stage = StageMetrics(Stage.INGEST, FAILURE_REASONS)
        for kind in SOURCE_KINDS:
            _PUBLISHED.labels(kind)
            _DUPLICATES.labels(kind)
        for reason in REJECT_REASONS:
            _REJECTED.labels(reason)
        for result in POLL_RESULTS:
            _POLLS.labels(result)
        _BACKOFF.set(0)

    def published(self, source_kind: str) -> None:
        _PUBLISHED.labels(source_kind).inc()
        self.stage.items_out.inc()

    def duplicate(self, source_kind: str) -> None:
        _DUPLICATES.labels(source_kind).inc()

    def rejected(self, reason: str) -> None:
        if reason not in REJECT_REASONS:
            raise ValueError(f"unknown rejection reason {reason!r}")
        _REJECTED.labels(reason).inc()
        self.stage.failed(_FAILURE_OF[reason])

    def dead_letter(self, reason: str) -> None:
        self.stage.dead_letter(_FAILURE_OF.get(reason, reason))

    def poll(self, result: str) -> None:
        _POLLS.labels(result).inc()

    def backoff(self, seconds: float) -> None:
        _BACKOFF.set(seconds)
