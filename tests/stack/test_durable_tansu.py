"""The durable embedded default, for real: Tansu on its local object store keeps acknowledged messages and committed offsets through
a kill -9 of the broker or of the store, a new broker object on a kept data dir finds everything, and retention
bounds what stays on disk."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from bench.gaps import count_gaps
from townwatch.stack import DurableTansuBroker, Retention
from townwatch.stack.retention import sweep
from townwatch.topic_reader import topic_size

pytestmark = pytest.mark.integration

GROUP_TIMEOUTS = {"session_timeout_ms": 10_000, "rebalance_timeout_ms": 10_000, "heartbeat_interval_ms": 1_000}


@pytest.fixture
def durable(tmp_path: Path) -> Iterator[DurableTansuBroker]:
    with DurableTansuBroker(data_dir=tmp_path / "tansu", log_path=tmp_path / "tansu.log") as broker:
        yield broker


async def produce(bootstrap: str, topic: str, keys: list[str], size: int = 20) -> None:
    """Each message acknowledged (acks=all) before the next is sent."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        for key in keys:
            await producer.send_and_wait(topic, key.encode().ljust(size, b"."), key=key.encode())
    finally:
        await producer.stop()


async def read_all(bootstrap: str, topic: str, partitions: int, want: int, timeout: float = 60.0) -> list[tuple[int, int, str]]:
    """(partition, offset, key) of every message from the start, outside any group, once ``want`` are there."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        tps = [TopicPartition(topic, p) for p in range(partitions)]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        got: list[tuple[int, int, str]] = []
        deadline = time.monotonic() + timeout
        while len(got) < want and time.monotonic() < deadline:
            for tp, records in (await consumer.getmany(timeout_ms=500)).items():
                got += [(tp.partition, r.offset, (r.key or b"").decode()) for r in records]
        return got
    finally:
        await consumer.stop()


async def consume_in_group(bootstrap: str, topic: str, group: str, want: int, timeout: float = 90.0) -> list[str]:
    """Keys ``group`` reads (from its committed offsets) until it has ``want``; then it commits and leaves."""
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False,
                                auto_offset_reset="earliest", **GROUP_TIMEOUTS)
    await consumer.start()
    try:
        keys: list[str] = []
        deadline = time.monotonic() + timeout
        while len(keys) < want and time.monotonic() < deadline:
            for records in (await consumer.getmany(timeout_ms=500, max_records=want - len(keys))).values():
                keys += [(r.key or b"").decode() for r in records]
        await consumer.commit()
        return keys
    finally:
        await consumer.stop()


async def create_topic(bootstrap: str, topic: str, partitions: int, **configs: str) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, partitions, 1, topic_configs=configs)])
    finally:
        await admin.close()


@pytest.mark.parametrize("fault", ["broker", "store"])
async def test_a_kill_9_loses_nothing_acked_and_the_group_resumes_from_its_commit(durable: DurableTansuBroker, fault: str) -> None:
    bootstrap = durable.bootstrap_servers
    await create_topic(bootstrap, "t", 2)
    first = [f"a{i}" for i in range(60)]
    await produce(bootstrap, "t", first)
    assert sorted(await consume_in_group(bootstrap, "t", "g", want=60)) == sorted(first)

    if fault == "broker":
        durable.restart(kill=True)  # SIGKILL the broker; the same store, data and port
    else:
        durable.store.restart(kill=True)  # SIGKILL the store under a running broker; the same data and port
    second = [f"b{i}" for i in range(40)]
    await produce(bootstrap, "t", second)

    everything = await read_all(bootstrap, "t", 2, want=100)
    assert sorted(k for _, _, k in everything) == sorted(first + second)
    assert len({(p, o) for p, o, _ in everything}) == 100  # no offset written twice over another
    assert await topic_size(bootstrap, "t", 2) == 100  # the log-end offsets (fetch high watermarks) agree
    # The group resumes from its committed offsets: exactly the new messages.
    assert sorted(await consume_in_group(bootstrap, "t", "g", want=40)) == sorted(second)


async def test_a_new_broker_on_a_kept_data_dir_finds_topics_messages_and_offsets(tmp_path: Path) -> None:
    data = tmp_path / "kept"
    with DurableTansuBroker(data_dir=data) as broker:
        await create_topic(broker.bootstrap_servers, "kept", 1)
        await produce(broker.bootstrap_servers, "kept", [f"k{i}" for i in range(30)])
        assert len(await consume_in_group(broker.bootstrap_servers, "kept", "g", want=20)) == 20
    with DurableTansuBroker(data_dir=data) as again:  # new ports, new credentials, the same files
        assert len(await read_all(again.bootstrap_servers, "kept", 1, want=30)) == 30
        assert await consume_in_group(again.bootstrap_servers, "kept", "g", want=10) == [f"k{i}" for i in range(20, 30)]


async def test_retention_bytes_bounds_the_partition_on_disk_and_readers_start_after_it(durable: DurableTansuBroker) -> None:
    bootstrap = durable.bootstrap_servers
    await create_topic(bootstrap, "bounded", 1, **{"retention.bytes": "3000"})
    await create_topic(bootstrap, "unbounded", 1)
    keys = [f"m{i:03d}" for i in range(60)]
    await produce(bootstrap, "bounded", keys, size=100)
    await produce(bootstrap, "unbounded", keys, size=100)

    def on_disk(topic: str) -> list[Path]:
        return sorted((durable.store.objects_dir / "clusters").glob(f"*/topics/{topic}/partitions/*/records/*.batch"))

    before = sum(p.stat().st_size for p in on_disk("bounded"))
    assert before > 3000
    removed, freed = sweep(durable.store.objects_dir, Retention(ms=None, bytes=None))
    assert removed > 0 and freed > 0
    after = on_disk("bounded")
    assert sum(p.stat().st_size for p in after) <= 3000
    assert len(on_disk("unbounded")) == 60  # the default here is unlimited: untouched

    # A reader from the start gets the retained tail, contiguous up to the newest offset; producing goes on.
    tail = await read_all(bootstrap, "bounded", 1, want=len(after))
    assert [o for _, o, _ in tail] == list(range(60 - len(after), 60))
    await produce(bootstrap, "bounded", ["after"], size=100)
    assert (await read_all(bootstrap, "bounded", 1, want=len(after) + 1))[-1][1:] == (60, "after")


async def test_retention_keeps_what_a_group_has_not_read_and_lets_go_once_it_has(durable: DurableTansuBroker) -> None:
    """A group that stopped reading keeps its unread messages however small the retention; once it has read them,
    retention removes them (before consumer-aware retention the first sweep deleted offsets the group never read)."""
    bootstrap = durable.bootstrap_servers
    await create_topic(bootstrap, "lagged", 1, **{"retention.bytes": "3000"})
    keys = [f"m{i:03d}" for i in range(60)]
    await produce(bootstrap, "lagged", keys, size=100)
    assert await consume_in_group(bootstrap, "lagged", "slow", want=20) == keys[:20]  # then it stops, committed at 20

    def on_disk() -> list[Path]:
        return sorted((durable.store.objects_dir / "clusters").glob("*/topics/lagged/partitions/*/records/*.batch"))

    assert sum(p.stat().st_size for p in on_disk()) > 3000
    removed, _ = sweep(durable.store.objects_dir, Retention(ms=None, bytes=None), delete=durable.store.delete)
    assert removed > 0
    kept = await read_all(bootstrap, "lagged", 1, want=40)
    assert [o for _, o, _ in kept] == list(range(20, 60))  # everything the group has not read is still there
    assert await consume_in_group(bootstrap, "lagged", "slow", want=40) == keys[20:]  # it resumes and loses nothing

    sweep(durable.store.objects_dir, Retention(ms=None, bytes=None), delete=durable.store.delete)  # all read: the limit applies
    assert sum(p.stat().st_size for p in on_disk()) <= 3000
    tail = await read_all(bootstrap, "lagged", 1, want=len(on_disk()))
    assert [o for _, o, _ in tail] == list(range(60 - len(on_disk()), 60))


async def test_concurrent_producers_at_100_per_s_a_group_gets_every_acknowledged_message(durable: DurableTansuBroker) -> None:
    """Three producers share four partitions at 100/s while a group consumes: on S3Proxy this skipped and lost
    acknowledged messages (its conditional PUT let two produces reserve the same offset)."""
    report = await count_gaps(durable.bootstrap_servers, messages=1500, rate=100.0, producers=3)
    assert report.acked > 0
    assert report.skipped == [] and report.lost == []
    assert report.received == report.acked
