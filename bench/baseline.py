"""The raw baseline: how fast plain aiokafka produces and consumes the same messages on the same broker."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

__all__ = ["BaselineResult", "measure_baseline"]


@dataclass(frozen=True)
class BaselineResult:
    messages: int
    bytes: int
    produce_s: float
    consume_s: float
    round_trip_s: float

    @property
    def produce_per_s(self) -> float:
        return self.messages / self.produce_s

    @property
    def consume_per_s(self) -> float:
        return self.messages / self.consume_s

    @property
    def round_trip_per_s(self) -> float:
        """Messages/s with producer and consumer running at once: the raw equivalent of one pipeline hop."""
        return self.messages / self.round_trip_s

    def as_dict(self) -> dict[str, float]:
        return {**asdict(self), "produce_per_s": self.produce_per_s, "consume_per_s": self.consume_per_s,
                "round_trip_per_s": self.round_trip_per_s}


async def _produce(bootstrap: str, topic: str, messages: Sequence[tuple[bytes, bytes]]) -> float:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5, max_request_size=8_000_000)
    await producer.start()
    try:
        start = time.perf_counter()
        futures = [await producer.send(topic, value=value, key=key) for key, value in messages]
        await asyncio.gather(*futures)
        return time.perf_counter() - start
    finally:
        await producer.stop()


async def _consume(bootstrap: str, topic: str, partitions: int, want: int, timeout: float) -> float:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, auto_offset_reset="earliest",
                                fetch_max_bytes=16_000_000, max_partition_fetch_bytes=4_000_000)
    await consumer.start()
    try:
        tps = [TopicPartition(topic, p) for p in range(partitions)]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        got = 0
        start = time.perf_counter()
        while got < want:
            if time.perf_counter() - start > timeout:
                raise TimeoutError(f"baseline consumer read {got} of {want} messages in {timeout:.0f}s")
            batch = await consumer.getmany(timeout_ms=500, max_records=2000)
            got += sum(len(records) for records in batch.values())
        return time.perf_counter() - start
    finally:
        await consumer.stop()


async def _create(bootstrap: str, topic: str, partitions: int) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, num_partitions=partitions, replication_factor=1)])
    finally:
        await admin.close()


async def measure_baseline(
    bootstrap: str, messages: Sequence[tuple[bytes, bytes]], *, partitions: int = 4, timeout: float = 300.0
) -> BaselineResult:
    """Produce ``messages`` (key, value) to a fresh topic, then consume them; then both at once on another topic.

    Producer: acks=all, batched (linger 5 ms, sends not awaited one by one), as fast as it goes. Consumer:
    no group (assigned partitions, so no 5 s group join), reading from the beginning.
    """
    run = uuid.uuid4().hex[:8]
    first, second = f"bench.baseline.{run}.a", f"bench.baseline.{run}.b"
    await _create(bootstrap, first, partitions)
    await _create(bootstrap, second, partitions)
    produce_s = await _produce(bootstrap, first, messages)
    consume_s = await _consume(bootstrap, first, partitions, len(messages), timeout)
    start = time.perf_counter()
    await asyncio.gather(_produce(bootstrap, second, messages), _consume(bootstrap, second, partitions, len(messages), timeout))
    round_trip_s = time.perf_counter() - start
    return BaselineResult(len(messages), sum(len(v) for _k, v in messages), produce_s, consume_s, round_trip_s)
