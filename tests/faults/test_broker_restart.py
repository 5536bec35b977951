"""Restart the broker under running services, on each broker: what survives is what the broker keeps.

The embedded default (``tansu``: Tansu on ``s3://`` storage in its local object store, files on disk) and Apache Kafka (the
compose broker, data on disk) are killed with SIGKILL mid-stream and started again on the same data: no
acknowledged article is lost, every alert arrives once, and the consumer groups resume from their committed
offsets (a worker started afterwards reads only new articles). On Kafka the producers are idempotent, so a retried
send is not written twice; Tansu refuses InitProducerId, so a send retried across the kill may be on articles.v1
twice, and the pipeline's dedup by article id turns it into nothing new. (tests/faults/test_store_restart.py kills
the S3 store instead.)

``tansu-memory`` (``memory://`` storage, ``--broker tansu-memory``) keeps everything in memory, so a restart loses every message on every topic
(articles not yet consumed, control changes, alerts and notifications history, dead letters), the topics
themselves, and the consumer groups' committed offsets. Redis is not touched, so the ledger, the alert records,
the delivery log and the subscriptions survive. The services are not restarted: they reconnect by themselves, and
articles sent afterwards are handled; articles sent again raise nothing new. Tansu re-creates the topics on first
use with 4 partitions each, where the dead-letter topics and notifications.v1 are specified with 1; nothing
depends on that count, but an operator who wants the specified layout runs ``ensure_topics`` (any service started
with ``TOWNWATCH_KAFKA_CREATE_TOPICS=true``).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections import Counter
from collections.abc import Callable
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
            await kill_9_mid_stream_loses_nothing(run, ref.all, lambda: broker.restart(kill=True))
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


async def kill_9_mid_stream_loses_nothing(run: Run, expected_keys: Counter[tuple[str, str]], fault: Callable[[], None]) -> None:
    """``fault`` (a SIGKILL and a restart on the same data) once a quarter of the articles are acknowledged, then
    again before a new extract worker reads new articles only."""
    broker = run.pipeline.broker
    assert broker is not None and broker.durable
    batch_a, batch_b = corpus()
    drafts = batch_a + batch_b
    run.send_in_background(batch_a, rate=100)
    # Kill it once a quarter of batch A is acknowledged and the workers are busy with it: the rest is produced into
    # the outage (the producer retries until the broker is back). Batch B goes in after A has settled, as in the
    # clean run: a town reported in both batches (a capture, then a retake) must reach the ledger in that order, and
    # a backlog after the outage would let extract take its partitions in any order.
    deadline = time.monotonic() + 120
    while len(run.load.sent_times) < len(batch_a) // 4 or (await run.pipeline.counts()).extract_done < 20:
        assert time.monotonic() < deadline, "the pipeline never got going"
        await asyncio.sleep(0.05)
    await asyncio.to_thread(fault)  # SIGKILL, then the same data dir and ports
    await run.settle(timeout=300)
    await run.send(batch_b, rate=100)
    await run.settle(timeout=300)

    # Every acknowledged article is on articles.v1: once with an idempotent producer (Kafka); at least once on Tansu,
    # where a send retried across the kill may have been written before the broker died.
    sent = Counter(article_bytes(d, dt.datetime.now(dt.UTC))[0].decode() for d in drafts)
    assert len(run.load.sent_times) == len(drafts)
    on_topic = await _article_ids(broker.bootstrap_servers)
    if broker.idempotent_producer:
        assert on_topic == sent
    else:
        assert set(on_topic) == set(sent), {"lost": set(sent) - set(on_topic), "extra": set(on_topic) - set(sent)}
    # Every alert arrived once, as in the clean run.
    assert run.keys() == expected_keys, {"lost": expected_keys - run.keys(), "extra": run.keys() - expected_keys}
    assert not run.redelivered_keys()
    assert all(run.running().values()), run.running()

    # The groups resume from their committed offsets: after another kill -9, a new extract worker (kill -9 too)
    # handles exactly the new articles, none of the 600 it had committed.
    await asyncio.to_thread(fault)
    await asyncio.to_thread(run.pipeline.restart_service, "extract", kill=True)
    fresh = [item.draft for item in generate(40, seed=99, relevant_share=0.0)]
    await run.send(fresh, rate=100)
    await run.settle()
    counts = await run.pipeline.counts()
    assert counts.extract_done == len(fresh), counts

