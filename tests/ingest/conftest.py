"""Fixtures for the ingest tests: settings pointed at a test broker, and reading a topic back."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition
from townwatch_ingest.settings import IngestSettings

ReadTopic = Callable[..., Awaitable[list[tuple[bytes | None, bytes]]]]


@pytest.fixture
def read_topic() -> ReadTopic:
    """``await read_topic(bootstrap, topic, count)``: the first ``count`` messages of every partition,
    as (key, value), read without a consumer group (no 5 s group join). Fails after ``timeout`` s."""

    async def read(bootstrap: str, topic: str, count: int, timeout: float = 20.0) -> list[tuple[bytes | None, bytes]]:
        consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False,
                                    auto_offset_reset="earliest")
        await consumer.start()
        try:
            partitions = None
            while not partitions:
                partitions = consumer.partitions_for_topic(topic)
                if not partitions:
                    await consumer._client.force_metadata_update()  # type: ignore[attr-defined]
            consumer.assign([TopicPartition(topic, p) for p in sorted(partitions)])
            await consumer.seek_to_beginning()
            out: list[tuple[bytes | None, bytes]] = []
            async with asyncio.timeout(timeout):
                while len(out) < count:
                    batch = await consumer.getmany(timeout_ms=200)
                    for records in batch.values():
                        out += [(r.key, r.value) for r in records]
            return out
        finally:
            await consumer.stop()

    return read


@pytest.fixture
def make_settings() -> Callable[..., IngestSettings]:
    """IngestSettings from keyword overrides only (the test's environment is not read for them)."""

    def make(**overrides: object) -> IngestSettings:
        return IngestSettings(**overrides)  # type: ignore[arg-type]

    return make
