"""Reading the window of articles.v1 with a plain assigned consumer (no consumer group).

Why not a consumer group: the window is bounded, one process reads every partition, and nothing must be committed
(a dry run leaves no trace on the broker either); a group join would also wait half the rebalance timeout on Tansu.

Where to start: Kafka's offset-for-timestamp lookup (ListOffsets) finds the window's first record directly. Tansu
answers it with offset 0 and the current time, so a lookup is trusted only when the record found at that offset
has the timestamp the broker named; otherwise the partition is read from its beginning. Every record is checked
against the window anyway. Where to stop: the first record past the window's end, or a quiet period (Tansu's
latest-offset lookup is wrong, so "the end" is not asked of the broker).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition

from townwatch.reprocess.window import BeyondRetention, NoTopic, Window, retention_gap
from townwatch_schemas import ARTICLES, TopicSpec

__all__ = ["Record", "check_retention", "read_window"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Record:
    partition: int
    offset: int
    timestamp_ms: int
    value: bytes


def _consumer(kafka_kwargs: dict[str, Any]) -> AIOKafkaConsumer:
    return AIOKafkaConsumer(**kafka_kwargs, enable_auto_commit=False, client_id="townwatch-reprocess",
                            fetch_max_bytes=16_000_000)


async def check_retention(kafka_kwargs: dict[str, Any], window: Window, spec: TopicSpec = ARTICLES, idle_s: float = 2.0) -> None:
    """Raise :class:`BeyondRetention` when a partition's earliest kept record is later than the window's start and
    earlier records were deleted, :class:`NoTopic` when there is no such topic."""
    consumer = _consumer(kafka_kwargs)
    await consumer.start()
    try:
        if spec.name not in await consumer.topics():
            raise NoTopic(f"{spec.name} does not exist on this broker: no article went through it, nothing to reprocess")
        tps = [TopicPartition(spec.name, p) for p in range(spec.partitions)]
        starts = await consumer.beginning_offsets(tps)
        trimmed = [tp for tp in tps if starts[tp] > 0]
        if not trimmed:
            return
        consumer.assign(trimmed)
        for tp in trimmed:
            consumer.seek(tp, starts[tp])
        first: dict[TopicPartition, tuple[int, int]] = {}
        while len(first) < len(trimmed) and (batch := await consumer.getmany(timeout_ms=int(idle_s * 1000))):
            for tp, records in batch.items():
                first.setdefault(tp, (records[0].offset, records[0].timestamp))
                consumer.pause(tp)
        for tp, (offset, ts) in sorted(first.items(), key=lambda item: item[0].partition):
            if retention_gap(window.start_ms, starts[tp], offset, ts):
                kept = dt.datetime.fromtimestamp(ts / 1000, dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
                raise BeyondRetention(
                    f"{spec.name} partition {tp.partition} no longer holds the start of the window: its earliest kept "
                    f"article is from {kept} (offset {offset}; earlier ones were deleted by retention), after --since "
                    f"{window.since}. Choose --since {kept[:10]} or later, or raise the topic's retention (deploy/README.md)."
                )
    finally:
        await consumer.stop()


async def read_window(kafka_kwargs: dict[str, Any], window: Window, spec: TopicSpec = ARTICLES,
                      idle_s: float = 2.0) -> AsyncIterator[Record]:
    """The records of ``spec``'s topic inside ``window``, partition by partition in offset order (interleaved)."""
    consumer = _consumer(kafka_kwargs)
    await consumer.start()
    try:
        tps = [TopicPartition(spec.name, p) for p in range(spec.partitions)]
        consumer.assign(tps)
        found = await consumer.offsets_for_times(dict.fromkeys(tps, window.start_ms))
        expect: dict[TopicPartition, tuple[int, int]] = {}
        for tp in tps:
            hit = found.get(tp)
            if hit is None:
                await consumer.seek_to_beginning(tp)  # nothing at or after the start, says the broker: checked, not trusted
            else:
                consumer.seek(tp, hit.offset)
                expect[tp] = (hit.offset, hit.timestamp)
        open_parts = set(tps)
        while open_parts and (batch := await consumer.getmany(*open_parts, timeout_ms=int(idle_s * 1000))):
            for tp, records in batch.items():
                if tp not in open_parts:
                    continue
                if tp in expect:
                    offset, ts = expect.pop(tp)
                    if (records[0].offset, records[0].timestamp) != (offset, ts):
                        log.info("%s[%d]: the broker's offset for %s is not that record's; reading the partition from "
                                 "its beginning", spec.name, tp.partition, window.since)
                        await consumer.seek_to_beginning(tp)
                        continue
                for record in records:
                    if record.timestamp >= window.end_ms:
                        open_parts.discard(tp)
                        consumer.pause(tp)
                        break
                    if window.holds(record.timestamp):
                        yield Record(tp.partition, record.offset, record.timestamp, record.value or b"")
    finally:
        await consumer.stop()
