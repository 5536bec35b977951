"""Reading a versioned topic from its start, outside any consumer group: the latest alerts, the dead letters, and
how many messages a topic holds."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from pydantic import ValidationError

from townwatch_runtime.consumer_lag import end_offsets
from townwatch_schemas import ALERTS, DEAD_LETTERS, Alert, DeadLetter, Stage, TopicSpec

__all__ = ["dead_letters", "latest_alerts", "read_topic", "topic_size"]


async def read_topic(bootstrap_servers: str, spec: TopicSpec, *, idle_s: float = 1.5) -> AsyncIterator[bytes]:
    """Every message value of ``spec`` from the beginning, until nothing arrives for ``idle_s``.

    (Tansu's end offsets are wrong, so "the end" is a quiet period rather than the high-water mark.)"""
    async with _from_start(bootstrap_servers, spec) as consumer:
        while batch := await consumer.getmany(timeout_ms=int(idle_s * 1000)):
            for messages in batch.values():
                for message in messages:
                    yield message.value


async def latest_alerts(bootstrap_servers: str, idle_s: float = 1.5) -> dict[str, dict[str, Any]]:
    """The latest revision of each alert on alerts.v1, by alert id. Invalid messages (dead-lettered by the
    notifier) are passed over."""
    latest: dict[str, dict[str, Any]] = {}
    async for value in read_topic(bootstrap_servers, ALERTS, idle_s=idle_s):
        try:
            alert = Alert.model_validate_json(value).model_dump(mode="json")
        except ValidationError:
            continue
        seen = latest.get(alert["alert_id"])
        if seen is None or alert["revision"] >= seen["revision"]:
            latest[alert["alert_id"]] = alert
    return latest


async def dead_letters(bootstrap_servers: str, stage: Stage, want: int, timeout: float = 60.0) -> list[DeadLetter]:
    """The stage's dead letters from the start: at least ``want`` of them, or as many as came in ``timeout`` s.

    One reader that keeps its position and waits for more: reading the topic again from the start after each quiet
    spell (as this once did) never finished a 10,000-letter topic on a slow store, and returned 0 when time ran out."""
    spec = DEAD_LETTERS[stage]
    letters: list[DeadLetter] = []
    async with _from_start(bootstrap_servers, spec) as consumer:
        deadline = asyncio.get_running_loop().time() + timeout
        while len(letters) < want and asyncio.get_running_loop().time() < deadline:
            for messages in (await consumer.getmany(timeout_ms=500)).values():
                letters += [DeadLetter.from_json_bytes(m.value) for m in messages if m.value is not None]
    return letters


@contextlib.asynccontextmanager
async def _from_start(bootstrap_servers: str, spec: TopicSpec) -> AsyncIterator[AIOKafkaConsumer]:
    """A started consumer in no group, assigned every partition of ``spec`` at its beginning; stopped on exit. A
    position that retention deletes from under it (Kafka answers OffsetOutOfRange) restarts at the new earliest
    offset, not at the end (aiokafka's default); on the durable Tansu the store keeps a batch a fetch has listed
    readable for a grace after retention deletes it (``object_server``), so the fetch does not fail."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap_servers, enable_auto_commit=False, auto_offset_reset="earliest")
    await consumer.start()
    try:
        parts = [TopicPartition(spec.name, p) for p in range(spec.partitions)]
        consumer.assign(parts)
        await consumer.seek_to_beginning(*parts)
        yield consumer
    finally:
        await consumer.stop()


async def topic_size(bootstrap_servers: str, topic: str, partitions: int) -> int:
    """The sum of ``topic``'s log-end offsets, from a Fetch response's high watermark (right on Tansu too, whose
    ListOffsets is wrong). Reading the whole topic to its last record, as this once did, took longer than its
    quiet period on a slow store and counted 0."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap_servers, enable_auto_commit=False, fetch_max_wait_ms=50,
                                max_partition_fetch_bytes=1024)
    await consumer.start()
    try:
        ends = await end_offsets(consumer, [TopicPartition(topic, p) for p in range(partitions)], "highwater", timeout=60.0)
        return sum(ends.values())
    finally:
        await consumer.stop()
