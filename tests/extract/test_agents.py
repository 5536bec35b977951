"""The extract service's faust shell on the real broker: events out, dead letters for bad input, clean stop."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import os
import signal
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from prometheus_client.parser import text_string_to_metric_families

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


@contextlib.asynccontextmanager
async def _worker(bootstrap: str, tmp_path: Path, **env: str) -> AsyncIterator[tuple[subprocess.Popen, int]]:
    """The extract shell around the fake extractor, as a process; yields it and its metrics port; SIGTERM at the end."""
    await ensure_topics(ServiceSettings(kafka_bootstrap_servers=bootstrap))
    port = free_port()
    env = {**os.environ, "TOWNWATCH_KAFKA_BOOTSTRAP_SERVERS": bootstrap, "TOWNWATCH_METRICS_PORT": str(port), **env}
    with open(tmp_path / "worker.log", "wb") as log:
        proc = subprocess.Popen([sys.executable, str(WORKER)], env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            yield proc, port
        finally:
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(180) == 0  # a bound, not a timing claim: a loaded machine stops a worker slowly


async def test_agent_publishes_events_and_dead_letters_what_it_cannot_handle(fresh_broker, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bootstrap = fresh_broker.bootstrap_servers
    async with _worker(bootstrap, tmp_path) as (proc, _port):
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


def _lag(text: str) -> float | None:
    """The extract stage's lag on articles.v1, or None while the worker has not published it yet (still starting)."""
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == "townwatch_consumer_lag_messages" and sample.labels == {"stage": "extract", "topic": "articles.v1"}:
                return sample.value
    return None


async def test_consumer_lag_is_published_while_behind_and_drains(fresh_broker, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bootstrap = fresh_broker.bootstrap_servers
    # The lag is read from the group's committed offsets, end offsets as this broker gives them right.
    async with _worker(bootstrap, tmp_path, FAKE_EXTRACT_DELAY_S="0.1", **fresh_broker.service_env()) as (_proc, port):
        producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
        await producer.start()
        now = dt.datetime.now(dt.UTC)
        for i in range(150):
            await producer.send("articles.v1", Article(id=f"a{i}", text="X", received=now).to_json_bytes(), key=f"a{i}".encode())
        await producer.flush()
        await producer.stop()
        seen: list[float] = []
        deadline = asyncio.get_running_loop().time() + 300  # waits for the state (behind, then drained), bounded
        async with httpx.AsyncClient() as client:
            while asyncio.get_running_loop().time() < deadline:
                await asyncio.sleep(0.5)
                try:
                    lag = _lag((await client.get(f"http://127.0.0.1:{port}/metrics")).text)
                except httpx.HTTPError:
                    continue
                if lag is None:  # the metrics server answers before the worker's first lag reading (CI, load 25)
                    continue
                seen.append(lag)
                if max(seen) > 0 and seen[-1] == 0:
                    break
        assert max(seen) > 0, seen
        assert seen[-1] == 0, seen
