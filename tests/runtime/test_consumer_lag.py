"""Consumer lag from group offsets, on each broker: records produced in batches, offsets committed by a group."""

from __future__ import annotations

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from townwatch.stack import BROKERS, BrokerKind, make_broker
from townwatch_runtime.consumer_lag import Consumer, group_lag, read_lag
from townwatch_schemas import TopicSpec

pytestmark = pytest.mark.integration

PRODUCED = {0: 7, 1: 3, 2: 0, 3: 11}
COMMITTED = {0: 5, 3: 11}  # partition 1 never committed: its lag counts from the start


async def _fill(bootstrap: str, topic: str) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, len(PRODUCED), 1)])
    finally:
        await admin.close()
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=50)  # batches of several records
    await producer.start()
    try:
        futures = [await producer.send(topic, b"x", partition=p) for p, n in PRODUCED.items() for _ in range(n)]
        for future in futures:
            await future
    finally:
        await producer.stop()
    group = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id="lag-test", enable_auto_commit=False)
    await group.start()
    try:
        group.assign([TopicPartition(topic, p) for p in PRODUCED])
        await group.commit({TopicPartition(topic, p): offset for p, offset in COMMITTED.items()})
    finally:
        await group.stop()


@pytest.fixture
def running_broker(tmp_path, broker_kind: BrokerKind):  # type: ignore[no-untyped-def]
    with make_broker(broker_kind, tmp_path) as broker:
        yield broker


async def test_lag_is_end_offset_minus_committed_offset(running_broker) -> None:  # type: ignore[no-untyped-def]
    bootstrap = running_broker.bootstrap_servers
    await _fill(bootstrap, "lag-topic")
    consumer = Consumer("extract", "lag-test", TopicSpec("lag-topic", len(PRODUCED), "none"))
    parts = (await read_lag({"bootstrap_servers": bootstrap}, [consumer], running_broker.end_offsets))[consumer]
    assert {p.partition: p.end for p in parts} == PRODUCED
    assert {p.partition: p.committed for p in parts} == {0: 5, 1: None, 2: None, 3: 11}
    assert {p.partition: p.lag for p in parts} == {0: 2, 1: 3, 2: 0, 3: 0}
    assert await group_lag({"bootstrap_servers": bootstrap}, [consumer], running_broker.end_offsets) == {consumer: 5}
    # The fetch's high watermark is right on every broker; ListOffsets only where the broker class says so.
    highwater = (await read_lag({"bootstrap_servers": bootstrap}, [consumer], "highwater"))[consumer]
    assert {p.partition: p.end for p in highwater} == PRODUCED
    # The partitions the broker has, not the spec's count (a test's one-partition articles.v1 hung the idle check).
    wider = Consumer("extract", "lag-test", TopicSpec("lag-topic", 2 * len(PRODUCED), "none"))
    assert {p.partition: p.end for p in (await read_lag({"bootstrap_servers": bootstrap}, [wider], "highwater"))[wider]} == PRODUCED
    listed = (await read_lag({"bootstrap_servers": bootstrap}, [consumer], "list_offsets"))[consumer]
    if running_broker.end_offsets == "list_offsets":
        assert {p.partition: p.end for p in listed} == PRODUCED
    else:  # Tansu: the last batch's base offset + 1. If this starts to pass, Tansu was fixed: use list_offsets.
        assert {p.partition: p.end for p in listed} != PRODUCED


def test_every_broker_names_how_to_read_its_end_offsets() -> None:
    assert {kind: cls.end_offsets for kind, cls in BROKERS.items()} == {"tansu": "highwater", "kafka": "list_offsets"} | {
        kind: cls.end_offsets for kind, cls in BROKERS.items() if kind not in ("tansu", "kafka")}
