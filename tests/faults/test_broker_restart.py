"""Restart the broker under running services, on each broker: what survives is what the broker keeps.

Tansu (``memory://`` storage) keeps everything in memory, so a restart loses every message on every topic
(articles not yet consumed, control changes, alerts and notifications history, dead letters), the topics
themselves, and the consumer groups' committed offsets. Redis is not touched, so the ledger, the alert records,
the delivery log and the subscriptions survive. The services are not restarted: they reconnect by themselves, and
articles sent afterwards are handled; articles sent again raise nothing new. Tansu re-creates the topics on first
use with 4 partitions each, where the dead-letter topics and notifications.v1 are specified with 1; nothing
depends on that count, but an operator who wants the specified layout runs ``ensure_topics`` (any service started
with ``TOWNWATCH_KAFKA_CREATE_TOPICS=true``).

Apache Kafka (the compose broker, data on disk) is killed with SIGKILL mid-stream and started again on the same
data: no acknowledged article is lost or written twice (the producers are idempotent), every alert arrives once,
and the consumer groups resume from their committed offsets (a worker started afterwards reads only new articles).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections import Counter
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition

from bench.corpus import generate
from bench.load import article_bytes
from townwatch.stack import BrokerKind
from townwatch_schemas import ARTICLES

from .fault_pipeline import Run, corpus, pipeline_run, reference

pytestmark = [pytest.mark.integration, pytest.mark.slow]


async def test_services_reconnect_after_a_broker_restart_and_handle_new_articles(tmp_path: Path, broker_kind: BrokerKind) -> None:
    ref = await reference(tmp_path.parent / "fault-reference", broker_kind)
    batch_a, batch_b = corpus()
    async with pipeline_run(tmp_path / "run", broker_kind) as run:
        broker = run.pipeline.broker
        assert broker is not None
        if broker.durable:
            await _kill_9_mid_stream_loses_nothing(run, ref.all)
            return
        await run.send(batch_a, rate=150)
        await run.settle()
        assert run.keys() == ref.a
        pids = {name: proc.proc.pid for name, proc in run.pipeline.processes.items() if proc.proc}

        await asyncio.to_thread(broker.stop)
        await asyncio.sleep(2.0)
        await asyncio.to_thread(broker.start)  # same port, empty: the in-memory broker kept nothing
        # Nothing else is done: no service restart, no topic creation. The clients reconnect, Tansu creates the
        # topics again on first use (with its default of 4 partitions), and the groups join again.
        await run.load.stop()
        await run.load.start()
        run.sent = 0

        await run.send(batch_b + batch_a, rate=150)
        await run.settle(timeout=300)
        assert run.keys() == ref.all, {"lost": ref.all - run.keys(), "extra": run.keys() - ref.all}
        assert not run.redelivered_keys()
        assert all(run.running().values()), run.running()
        assert {name: proc.proc.pid for name, proc in run.pipeline.processes.items() if proc.proc} == pids


async def _article_ids(bootstrap: str) -> Counter[str]:
    """Every record key on articles.v1, read from the beginning (Kafka's end offsets are right)."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, fetch_max_bytes=16_000_000)
    await consumer.start()
    try:
        partitions = [TopicPartition(ARTICLES.name, p) for p in range(ARTICLES.partitions)]
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        ends = await consumer.end_offsets(partitions)
        keys: Counter[str] = Counter()
        while [tp for tp, end in ends.items() if await consumer.position(tp) < end]:
            for records in (await consumer.getmany(timeout_ms=500)).values():
                keys.update(r.key.decode() for r in records if r.key)
        return keys
    finally:
        await consumer.stop()


async def _kill_9_mid_stream_loses_nothing(run: Run, expected_keys: Counter[tuple[str, str]]) -> None:
    broker = run.pipeline.broker
    assert broker is not None and broker.durable
    drafts = [d for batch in corpus() for d in batch]
    run.send_in_background(drafts, rate=100)
    # Kill it once a quarter of the articles are acknowledged and the workers are busy with them: the rest is
    # produced into the outage (the producer retries until the broker is back).
    deadline = time.monotonic() + 120
    while len(run.load.sent_times) < len(drafts) // 4 or (await run.pipeline.counts()).extract_done < 20:
        assert time.monotonic() < deadline, "the pipeline never got going"
        await asyncio.sleep(0.05)
    await asyncio.to_thread(broker.restart, kill=True)  # SIGKILL, then the same data dir and ports
    await run.settle(timeout=300)

    # Every acknowledged article is on articles.v1, once (a retried send is not written twice).
    sent = Counter(article_bytes(d, dt.datetime.now(dt.UTC))[0].decode() for d in drafts)
    assert len(run.load.sent_times) == len(drafts)
    assert await _article_ids(broker.bootstrap_servers) == sent
    # Every alert arrived once, as in the clean run.
    assert run.keys() == expected_keys, {"lost": expected_keys - run.keys(), "extra": run.keys() - expected_keys}
    assert not run.redelivered_keys()
    assert all(run.running().values()), run.running()

    # The groups resume from their committed offsets: after another broker kill -9, a new extract worker
    # (kill -9 too) handles exactly the new articles, none of the 600 it had committed.
    await asyncio.to_thread(broker.restart, kill=True)
    await asyncio.to_thread(run.pipeline.restart_service, "extract", kill=True)
    fresh = [item.draft for item in generate(40, seed=99, relevant_share=0.0)]
    await run.send(fresh, rate=100)
    await run.settle()
    counts = await run.pipeline.counts()
    assert counts.extract_done == len(fresh), counts

