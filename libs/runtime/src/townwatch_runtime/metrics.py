"""Stage metrics every service shares, following Prometheus naming, and the ``/metrics`` endpoint.

Catalogue (all prefixed ``townwatch_``; labels have small fixed value sets):

- ``items_in_total{stage}``, ``items_out_total{stage}``, ``items_failed_total{stage,reason}``
- ``processing_seconds{stage}`` (histogram, time per item)
- ``last_processed_timestamp_seconds{stage}`` (gauge, Unix time)
- ``dead_letters_total{stage,reason}``
- ``consumer_lag_messages{stage,topic}`` (gauge; log-end offset minus the group's committed offset, this worker's partitions)

``townwatch_service_info{service}`` names the service behind the endpoint: a readiness check asks for it, so
another process listening on the port does not pass for the service (``townwatch.readiness``).

Also in the registry: the standard ``process_*``, ``python_gc_*`` and ``python_info`` collectors, and the HTTP
request metrics of each service's API (``townwatch_runtime.http_metrics``).

Service-specific metrics live beside the code they measure, in each service's ``metrics.py``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    GCCollector,
    Histogram,
    Info,
    PlatformCollector,
    ProcessCollector,
    start_http_server,
)

from townwatch_schemas import Stage

__all__ = ["REGISTRY", "StageMetrics", "serve_metrics"]

REGISTRY = CollectorRegistry(auto_describe=True)
# A private registry starts empty: register the collectors the default one has, so process_* (CPU, RSS, open
# files), python_gc_* and python_info are scraped as from any Python exporter.
ProcessCollector(registry=REGISTRY)
PlatformCollector(registry=REGISTRY)
GCCollector(registry=REGISTRY)

_SERVICE = Info("townwatch_service", "The townwatch service serving this endpoint.", registry=REGISTRY)
_ITEMS_IN = Counter("townwatch_items_in_total", "Items consumed by a stage.", ["stage"], registry=REGISTRY)
_ITEMS_OUT = Counter("townwatch_items_out_total", "Items a stage produced.", ["stage"], registry=REGISTRY)
_ITEMS_FAILED = Counter(
    "townwatch_items_failed_total", "Items a stage failed to handle, by reason.", ["stage", "reason"], registry=REGISTRY
)
_SECONDS = Histogram(
    "townwatch_processing_seconds",
    "Time to handle one item.",
    ["stage"],
    buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
    registry=REGISTRY,
)
_LAST = Gauge(
    "townwatch_last_processed_timestamp_seconds", "Unix time of the last item handled.", ["stage"], registry=REGISTRY
)
_DEAD = Counter(
    "townwatch_dead_letters_total", "Messages sent to a dead-letter topic, by reason.", ["stage", "reason"], registry=REGISTRY
)
_LAG = Gauge(
    "townwatch_consumer_lag_messages",
    "Messages the consumer group has not committed, on this worker's partitions (log-end minus committed offset).",
    ["stage", "topic"],
    registry=REGISTRY,
)


class StageMetrics:
    """The shared metrics of one stage, with every label series created up front so panels read 0, not 'no data'."""

    def __init__(self, stage: Stage, reasons: Iterable[str], topics: Iterable[str] = ()) -> None:
        self.stage = stage.value
        self.reasons = tuple(reasons)
        self.items_in = _ITEMS_IN.labels(self.stage)
        self.items_out = _ITEMS_OUT.labels(self.stage)
        self.seconds = _SECONDS.labels(self.stage)
        self.last = _LAST.labels(self.stage)
        for reason in self.reasons:
            _ITEMS_FAILED.labels(self.stage, reason)
            _DEAD.labels(self.stage, reason)
        for topic in topics:
            _LAG.labels(self.stage, topic)

    def _reason(self, reason: str) -> str:
        return reason if reason in self.reasons else "other"

    def failed(self, reason: str) -> None:
        _ITEMS_FAILED.labels(self.stage, self._reason(reason)).inc()

    def dead_letter(self, reason: str) -> None:
        _DEAD.labels(self.stage, self._reason(reason)).inc()

    def lag(self, topic: str, messages: int) -> None:
        _LAG.labels(self.stage, topic).set(messages)

    @contextmanager
    def timed(self, waited: Callable[[], float] | None = None) -> Iterator[None]:
        """Count one item in, time it, and stamp the last-processed time. ``waited`` (seconds waited so far, e.g.
        ``turns.waited_s``) is read before and after: the item's time leaves out what it waited meanwhile."""
        self.items_in.inc()
        start = time.perf_counter()
        waited_before = waited() if waited is not None else 0.0
        try:
            yield
        finally:
            idle = waited() - waited_before if waited is not None else 0.0
            self.seconds.observe(time.perf_counter() - start - idle)
            self.last.set(time.time())


def serve_metrics(host: str, port: int, service: str) -> int | None:
    """Expose ``/metrics`` for this process's registry, naming ``service`` in ``townwatch_service_info``; returns the
    port, or None when disabled (port 0).

    Raises ``OSError`` whose message names the address ("cannot serve metrics on HOST:PORT: Address already in use"):
    each service prints it as its one-line start-up error, and ``Pipeline`` reads the port from it."""
    _SERVICE.info({"service": service})
    if not port:
        return None
    try:
        start_http_server(port, addr=host, registry=REGISTRY)
    except OSError as exc:
        raise OSError(exc.errno, f"cannot serve metrics on {host}:{port}: {exc.strerror or exc}") from None
    return port
