"""The extract service's faust shell on the real broker: events out, dead letters for bad input, clean stop."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from townwatch.stack import free_port
from townwatch_runtime.settings import ServiceSettings
from townwatch_runtime.topic_admin import ensure_topics
from townwatch_schemas import (
    CONTROL_CHANGES,
    Article,
    ControlChange,
    DeadLetter,
    Stage,
    dead_letter_topic,
)

pytestmark = pytest.mark.integration

WORKER = Path(__file__).with_name("fake_extract_worker.py")


async def _read(bootstrap: str, parts: list[TopicPartition], want: int, timeout: float = 60.0) -> list[tuple[str, bytes]]:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    got: list[tuple[str, bytes]] = []
    try:
        consumer.assign(parts)
        await consumer.seek_to_beginning(*parts)
        deadline = asyncio.get_running_loop().time() + timeout
        while len(got) < want and asyncio.get_running_loop().time() < deadline:
            for tp, messages in (await consumer.getmany(timeout_ms=500)).items():
                got += [(tp.topic, m.value) for m in messages]
    finally:
        await consumer.stop()
    return got


async def test_agent_publishes_events_and_dead_letters_what_it_cannot_handle(fresh_broker, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bootstrap = fresh_broker.bootstrap_servers
    await ensure_topics(ServiceSettings(kafka_bootstrap_servers=bootstrap))
    env = {**os.environ, "TOWNWATCH_KAFKA_BOOTSTRAP_SERVERS": bootstrap, "TOWNWATCH_METRICS_PORT": str(free_port())}
    log = open(tmp_path / "worker.log", "wb")
    proc = subprocess.Popen([sys.executable, str(WORKER)], env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
        await producer.start()
        now = dt.datetime.now(dt.UTC)
        for i, text in enumerate(["Hawija", "boom", "Baaj"]):
            await producer.send_and_wait("articles.v1", Article(id=f"a{i}", text=text, received=now).to_json_bytes(), key=f"a{i}".encode())
        await producer.send_and_wait("articles.v1", b"{not json", key=b"junk")
        await producer.stop()
        parts = [TopicPartition(CONTROL_CHANGES.name, p) for p in range(CONTROL_CHANGES.partitions)]
        parts.append(TopicPartition(dead_letter_topic(Stage.EXTRACT), 0))
        got = await _read(bootstrap, parts, 4)
        events = sorted(ControlChange.from_json_bytes(v).article_id for t, v in got if t == CONTROL_CHANGES.name)
        letters = sorted((DeadLetter.from_json_bytes(v).key, DeadLetter.from_json_bytes(v).reason) for t, v in got if t != CONTROL_CHANGES.name)
        assert events == ["a0", "a2"]
        assert letters == [("a1", "processing"), ("junk", "decode")]
        assert proc.poll() is None, "the service must keep running after bad input"
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0
        log.close()
