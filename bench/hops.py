"""Where an alert's time goes, hop by hop: each delivered alert joined with the Kafka records behind it.

A record's timestamp is its producer's send time (CreateTime), so for the article behind an alert:

- ``ingest``: ``Article.received`` → its record on articles.v1 (the push request, the Redis claim);
- ``extract``: that record → the ControlChange's record on control-changes.v1 (broker, extract's fetch wait,
  its batch, the extractor);
- ``ledger``: → the alert revision's record on alerts.v1 (broker, alert's fetch wait, the ledger's Redis script);
- ``notify``: → the webhook's arrival (broker, the notifier's fetch wait, its claims in Redis, the POST).

The four add up to the end-to-end latency. Read once at the end of a run, from the topics' beginning, within a time
bound (a soak's topics are long, and a reader that never reached the end kept the bench from printing its summary):
what was not reached in time is named in ``RecordStamps.unfinished`` and its alerts count as untraced.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from pydantic import ValidationError

from bench.latency import summarise
from townwatch_runtime.consumer_lag import end_offsets
from townwatch_schemas import ALERTS, ARTICLES, CONTROL_CHANGES, ControlChange, Place, TopicSpec

__all__ = ["HOPS", "TRACE_TIMEOUT_S", "RecordStamps", "hop_latencies", "read_stamps", "until_end"]

HOPS = ("ingest", "extract", "ledger", "notify")
TRACE_TIMEOUT_S = 300.0


@dataclass
class RecordStamps:
    """Send times (Unix seconds) of the records an alert's path leaves on the topics."""

    articles: dict[str, float] = field(default_factory=dict)
    """article id → its articles.v1 record."""
    changes: dict[tuple[str, str], float] = field(default_factory=dict)
    """(article id, place key) → the earliest ControlChange record of that article about that place."""
    alerts: dict[tuple[str, int], float] = field(default_factory=dict)
    """(alert id, revision) → its alerts.v1 record."""
    unfinished: list[str] = field(default_factory=list)
    """Partitions (``topic[n]``) not read to their end before the time bound."""


async def _records(bootstrap_servers: str, spec: TopicSpec, deadline: float, clock: Callable[[], float],
                   unfinished: list[str]) -> AsyncIterator[Any]:
    """Each record of ``spec`` from the beginning up to its end when the read began, until ``deadline``."""
    # earliest: a position retention passed (Kafka's OffsetOutOfRange) restarts at the new start, not at the end
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap_servers, enable_auto_commit=False, fetch_max_wait_ms=50,
                                auto_offset_reset="earliest")
    await consumer.start()
    try:
        parts = [TopicPartition(spec.name, p) for p in range(spec.partitions)]
        ends = await end_offsets(consumer, parts, "highwater", timeout=60.0)  # right on Tansu too
        consumer.assign(parts)
        await consumer.seek_to_beginning(*parts)
        async for record in until_end(consumer, ends, deadline, clock, unfinished):
            yield record
    finally:
        await consumer.stop()


async def until_end(consumer: Any, ends: dict[TopicPartition, int], deadline: float, clock: Callable[[], float],
                    unfinished: list[str]) -> AsyncIterator[Any]:
    """The records ``consumer`` (assigned, at the start) gets until each partition reaches its end in ``ends`` or
    ``clock()`` passes ``deadline``; the partitions left are added to ``unfinished``. Streamed, not kept: a soak's
    articles.v1 is ~100 MB of values the tracer needs only the keys and times of."""
    todo = {tp for tp in ends if ends[tp] > 0}
    while todo and clock() < deadline:
        for tp, batch in (await consumer.getmany(*todo, timeout_ms=1000)).items():
            for record in batch:
                yield record
            if batch and batch[-1].offset + 1 >= ends[tp]:
                todo.discard(tp)
    unfinished += sorted(f"{tp.topic}[{tp.partition}]" for tp in todo)


async def read_stamps(bootstrap_servers: str, timeout: float = TRACE_TIMEOUT_S,
                      clock: Callable[[], float] = time.monotonic) -> RecordStamps:
    """The send times of the records on alerts.v1, control-changes.v1 and articles.v1 (smallest first), read for at
    most ``timeout`` seconds in all."""
    stamps = RecordStamps()
    deadline = clock() + timeout
    async for record in _records(bootstrap_servers, ALERTS, deadline, clock, stamps.unfinished):
        try:
            alert = json.loads(record.value)
            key = (alert["alert_id"], int(alert["revision"]))
        except (TypeError, ValueError, KeyError):
            continue
        stamps.alerts.setdefault(key, record.timestamp / 1000)
    async for record in _records(bootstrap_servers, CONTROL_CHANGES, deadline, clock, stamps.unfinished):
        try:
            change = ControlChange.model_validate_json(record.value or b"")
        except ValidationError:
            continue
        key = (change.article_id, change.place.key)
        stamps.changes[key] = min(stamps.changes.get(key, float("inf")), record.timestamp / 1000)
    async for record in _records(bootstrap_servers, ARTICLES, deadline, clock, stamps.unfinished):
        if record.key:
            stamps.articles[record.key.decode()] = record.timestamp / 1000
    return stamps


def _first_article(alert: dict[str, Any]) -> str | None:
    """The article that raised the alert: its earliest-received source."""
    sources = [s for s in alert.get("sources") or [] if s.get("article_id")]
    if not sources:
        return None
    return min(sources, key=lambda s: s.get("received") or "")["article_id"]


def hop_latencies(deliveries: Iterable[tuple[float, float, dict[str, Any]]], stamps: RecordStamps) -> dict[str, Any]:
    """p50/p95/p99 of each hop over ``deliveries`` — (webhook arrival, Article.received, alert) of each first
    notification — and how many deliveries could be traced through every record."""
    hops: dict[str, list[float]] = {name: [] for name in HOPS}
    traced = untraced = 0
    for arrival, received, alert in deliveries:
        article = _first_article(alert)
        try:
            place = Place.model_validate(alert.get("place")).key
        except ValidationError:
            place = None
        times: Sequence[float | None] = (
            received,
            stamps.articles.get(article or ""),
            stamps.changes.get((article or "", place or "")),
            stamps.alerts.get((alert.get("alert_id", ""), int(alert.get("revision", 0)))),
            arrival,
        )
        if any(t is None for t in times):
            untraced += 1
            continue
        traced += 1
        for name, start, end in zip(HOPS, times, times[1:], strict=False):
            hops[name].append(end - start)  # type: ignore[operator]
    return {"traced": traced, "untraced": untraced} | {name: summarise(values) for name, values in hops.items()}
