"""Restart Redis (AOF on, as the stack runs it): the ledger and the idempotency records survive, and neither a
restart while a webhook delivery is in flight nor the same articles sent again afterwards brings a duplicate."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from redis.asyncio import Redis

from townwatch.stack import BrokerKind
from townwatch.webhook_receiver import Delivery

from .fault_pipeline import corpus, pipeline_run, reference

pytestmark = [pytest.mark.integration, pytest.mark.slow]


async def _snapshot(url: str) -> dict[str, Any]:
    """Every key of the database with its type and whole value."""
    client = Redis.from_url(url)
    try:
        out: dict[str, Any] = {}
        async for raw in client.scan_iter(count=1000):
            key = raw.decode()
            kind = (await client.type(key)).decode()
            if kind == "string":
                value: Any = await client.get(key)
            elif kind == "hash":
                value = await client.hgetall(key)
            elif kind == "list":
                value = await client.lrange(key, 0, -1)
            elif kind == "set":
                value = sorted(await client.smembers(key))
            elif kind == "zset":
                value = await client.zrange(key, 0, -1, withscores=True)
            elif kind == "stream":
                value = await client.xrange(key)
            else:
                value = None
            out[key] = (kind, value)
        return out
    finally:
        await client.aclose()


async def test_redis_restart_keeps_ledger_and_delivery_log_and_adds_no_duplicate(tmp_path: Path, broker_kind: BrokerKind) -> None:
    ref = await reference(tmp_path.parent / "fault-reference", broker_kind)
    batch_a, batch_b = corpus()
    async with pipeline_run(tmp_path / "run", broker_kind) as run:
        redis = run.pipeline.redis
        assert redis is not None and redis.appendonly
        await run.send(batch_a, rate=150)
        await run.settle()
        assert run.keys() == ref.a

        before = await _snapshot(redis.url)
        assert any(k.startswith("townwatch:{ledger}:town:") for k in before), sorted(before)[:20]
        assert any(k.startswith("townwatch:{delivery}:") for k in before), sorted(before)[:20]
        await asyncio.to_thread(redis.restart)  # SIGTERM, then a new redis-server on the same port and data dir
        after = await _snapshot(redis.url)
        assert after == before  # the ledger, the alert records, the delivery log and the subscriptions: all of it

        # Restart it again while batch B flows, at the worst moment: a webhook POST has arrived and its
        # answer goes back while Redis is down, so the notifier cannot record the delivery as sent at once.
        tasks: list[asyncio.Task[None]] = []

        async def start_again() -> None:
            await asyncio.sleep(1.0)
            await asyncio.to_thread(redis.start)

        def crash_redis_once(_delivery: Delivery) -> None:
            if not tasks:
                redis.stop()
                tasks.append(asyncio.get_running_loop().create_task(start_again()))

        run.receiver.on_delivery = crash_redis_once
        await run.send(batch_b, rate=60)
        await run.wait_for(lambda: bool(tasks), 120, "a delivery of batch B")
        await asyncio.gather(*tasks)
        await run.send(batch_a, rate=150)  # the same articles again: nothing new may come of them
        await run.settle()

        assert run.keys() == ref.all, {"lost": ref.all - run.keys(), "extra": run.keys() - ref.all}
        assert not run.redelivered_keys()
        assert all(d.signature_ok for d in run.deliveries())
        assert all(run.running().values()), run.running()
