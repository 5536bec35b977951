"""Reading a versioned topic from its start, outside any consumer group: the latest alerts, the dead letters."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from pydantic import ValidationError

from townwatch_schemas import ALERTS, DEAD_LETTERS, Alert, DeadLetter, Stage, TopicSpec

__all__ = ["dead_letters", "latest_alerts", "read_topic"]


async def read_topic(bootstrap_servers: str, spec: TopicSpec, *, idle_s: float = 1.5) -> AsyncIterator[bytes]:
    """Every message value of ``spec`` from the beginning, until nothing arrives for ``idle_s``.

    (Tansu's end offsets are wrong, so "the end" is a quiet period rather than the high-water mark.)"""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap_servers, enable_auto_commit=False)
    await consumer.start()
    try:
        parts = [TopicPartition(spec.name, p) for p in range(spec.partitions)]
        consumer.assign(parts)
        await consumer.seek_to_beginning(*parts)
        while batch := await consumer.getmany(timeout_ms=int(idle_s * 1000)):
            for messages in batch.values():
                for message in messages:
                    yield message.value
    finally:
        await consumer.stop()


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
    """The stage's dead letters from the start: at least ``want`` of them, or as many as came in ``timeout`` s."""
    letters: list[DeadLetter] = []

    async def collect() -> None:
        while len(letters) < want:
            letters.clear()
            async for value in read_topic(bootstrap_servers, DEAD_LETTERS[stage], idle_s=0.5):
                letters.append(DeadLetter.from_json_bytes(value))

    try:
        await asyncio.wait_for(collect(), timeout)
    except TimeoutError:
        pass
    return letters
