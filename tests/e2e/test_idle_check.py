"""The pipeline's idle check: one lag reader for the whole wait, and the delivery log's pending set in one place."""

from __future__ import annotations

from pathlib import Path

import pytest
from aiokafka import AIOKafkaProducer
from redis.asyncio import Redis

from townwatch.pipeline import Backlog, Pipeline
from townwatch_runtime.consumer_lag import LagReader
from townwatch_runtime.redis_keys import DELIVERY_DUE_KEY
from townwatch_runtime.topic_admin import ensure_topics
from townwatch_schemas import CONTROL_CHANGES

pytestmark = pytest.mark.integration


async def test_wait_idle_keeps_one_lag_reader_for_the_wait_and_counts_pending_notifications(
    fresh_broker, redis_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    pipeline = Pipeline(workdir=tmp_path, bootstrap_servers=fresh_broker.bootstrap_servers, redis_url=redis_server.url)
    await ensure_topics(pipeline.settings())
    client = Redis.from_url(redis_server.url, decode_responses=True)
    try:
        await client.zadd(DELIVERY_DUE_KEY, {"alert-1:desk": 1.0})
        assert await pipeline.pending_notifications() == {"alert-1:desk"}
        found = await pipeline.backlog()
        assert (found.lagging, found.pending) == ((), 1)
        await client.zrem(DELIVERY_DUE_KEY, "alert-1:desk")
    finally:
        await client.aclose()

    started: list[LagReader] = []
    polls: list[Backlog] = []
    start, backlog = LagReader.start, Pipeline.backlog

    async def counted_start(self: LagReader) -> LagReader:
        started.append(self)
        return await start(self)

    async def counted_backlog(self: Pipeline, *args, **kwargs) -> Backlog:  # type: ignore[no-untyped-def]
        polls.append(result := await backlog(self, *args, **kwargs))
        return result

    monkeypatch.setattr(LagReader, "start", counted_start)
    monkeypatch.setattr(Pipeline, "backlog", counted_backlog)
    await pipeline.wait_idle(timeout=120, quiet=1.0)  # quiet for 1 s: several polls of the backlog
    assert len(polls) >= 2 and polls[-1] == Backlog()
    assert len(started) == 1, f"{len(started)} lag readers opened for {len(polls)} polls"
    assert not started[0]._started  # closed when the wait ended


async def test_wait_idle_times_out_naming_the_group_and_partition_that_did_not_commit(
    fresh_broker, redis_server, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    pipeline = Pipeline(workdir=tmp_path, bootstrap_servers=fresh_broker.bootstrap_servers, redis_url=redis_server.url)
    await ensure_topics(pipeline.settings())
    producer = AIOKafkaProducer(bootstrap_servers=fresh_broker.bootstrap_servers)
    await producer.start()
    try:  # a control change no alert worker handles: the alert group's lag on that partition stays at one
        await producer.send_and_wait(CONTROL_CHANGES.name, b"{}", key=b"place", partition=2)
    finally:
        await producer.stop()
    with pytest.raises(TimeoutError) as caught:
        await pipeline.wait_idle(timeout=3.0, quiet=0.5)
    assert f"townwatch-alert on {CONTROL_CHANGES.name}[2]: committed None, end 1" in str(caught.value)
    assert "0 notifications pending" in str(caught.value)
