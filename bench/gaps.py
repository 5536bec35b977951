"""``python -m bench.gaps``: does a broker hand a consumer group every acknowledged message? Counts skipped offsets.

Several producers send at a steady rate (acks=all) while a group consumes; when the producers are done the group reads
until it has reached every partition's last acknowledged offset. Every acknowledged (partition, offset) the group was
never given is a gap (the broker skipped it), every acknowledged key it never received is lost. Prints the figures as JSON; ``count_gaps`` is what the tests call.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
import uuid
from dataclasses import asdict, dataclass, field

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError

__all__ = ["GapReport", "count_gaps", "main"]

GROUP_TIMEOUTS = {"session_timeout_ms": 10_000, "rebalance_timeout_ms": 10_000, "heartbeat_interval_ms": 1_000}


@dataclass
class GapReport:
    """What was acknowledged and what the group received, by (partition, offset)."""

    acked: int
    received: int
    skipped: list[tuple[int, int]] = field(default_factory=list)
    """Acknowledged offsets the group was never given."""
    lost: list[str] = field(default_factory=list)
    """Acknowledged messages (by key) the group never received, at any offset (two batches written to one offset)."""
    duplicates: int = 0
    refused: int = 0
    """Sends the broker answered with an error (not acknowledged, so not counted as gaps)."""
    ack_p50_ms: float = 0.0
    ack_p99_ms: float = 0.0
    seconds: float = 0.0

    def as_dict(self) -> dict[str, object]:
        return {**asdict(self), "skipped": len(self.skipped), "first_skipped": self.skipped[:10], "lost": len(self.lost)}


async def _producer(bootstrap: str, topic: str, keys: list[str], interval: float, acked: set[tuple[int, int, str]],
                    latencies: list[float], failed: list[str], size: int) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5)
    await producer.start()
    try:
        start = time.monotonic()
        pending = []

        async def one(key: str) -> None:
            sent = time.monotonic()
            try:
                meta = await (await producer.send(topic, key.encode().ljust(size, b"."), key=key.encode()))
            except KafkaError:  # not acknowledged: the producer's caller would retry it; not a gap
                failed.append(key)
                return
            latencies.append(time.monotonic() - sent)
            acked.add((meta.partition, meta.offset, key))

        for n, key in enumerate(keys):
            await asyncio.sleep(max(0.0, start + n * interval - time.monotonic()))  # a steady rate, not a burst
            pending.append(asyncio.ensure_future(one(key)))
        await asyncio.gather(*pending)
    finally:
        await producer.stop()


async def count_gaps(bootstrap: str, messages: int = 2000, rate: float = 100.0, producers: int = 3, partitions: int = 4,
                     size: int = 600, timeout: float = 300.0) -> GapReport:
    """Produce ``messages`` at ``rate``/s from ``producers`` producers into a new topic while a group consumes it."""
    topic, group = f"gaps-{uuid.uuid4().hex[:8]}", f"gaps-{uuid.uuid4().hex[:8]}"
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, partitions, 1)])
    finally:
        await admin.close()
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False,
                                auto_offset_reset="earliest", **GROUP_TIMEOUTS)
    await consumer.start()
    acked: set[tuple[int, int, str]] = set()
    latencies: list[float] = []
    failed: list[str] = []
    received: list[tuple[int, int, str]] = []
    began = time.monotonic()
    try:
        keys = [f"m{n:07d}" for n in range(messages)]
        shares = [keys[i::producers] for i in range(producers)]
        sending = asyncio.gather(*(_producer(bootstrap, topic, share, producers / rate, acked, latencies, failed, size)
                                   for share in shares))
        deadline = time.monotonic() + timeout

        async def reached_every_ack() -> bool:
            last: dict[int, int] = {}
            for p, o, _key in acked:
                last[p] = max(last.get(p, -1), o)
            mine = {tp.partition: tp for tp in consumer.assignment()}
            if not last or not set(last) <= set(mine):
                return False
            return all([await consumer.position(mine[p]) > o for p, o in last.items()])

        while time.monotonic() < deadline and not (sending.done() and await reached_every_ack()):
            for tp, records in (await consumer.getmany(timeout_ms=200)).items():
                received += [(tp.partition, r.offset, (r.key or b"").decode()) for r in records]
            if received:
                await consumer.commit()
        await sending
    finally:
        await consumer.stop()
    got = set(received)
    offsets_got = {(p, o) for p, o, _ in got}
    keys_got = {k for _, _, k in got}
    latencies.sort()

    def pct(q: float) -> float:
        return 1000 * latencies[min(len(latencies) - 1, int(q * len(latencies)))] if latencies else 0.0

    return GapReport(acked=len(acked), received=len(got), skipped=sorted({(p, o) for p, o, _ in acked} - offsets_got),
                     lost=sorted(k for _, _, k in acked if k not in keys_got), duplicates=len(received) - len(got), refused=len(failed), ack_p50_ms=pct(0.50), ack_p99_ms=pct(0.99),
                     seconds=time.monotonic() - began)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.gaps", description=__doc__)
    p.add_argument("--broker", default="tansu", help="embedded broker kind (default tansu: the durable one)")
    p.add_argument("--bootstrap", default=None, help="use this running broker instead of starting one")
    p.add_argument("--messages", type=int, default=3000)
    p.add_argument("--rate", type=float, default=100.0)
    p.add_argument("--producers", type=int, default=3)
    p.add_argument("--runs", type=int, default=1)
    args = p.parse_args(argv)
    from townwatch.stack.brokers import make_broker

    broker = None if args.bootstrap else make_broker(args.broker).start()
    bootstrap = args.bootstrap or broker.bootstrap_servers
    failed = False
    try:
        for run in range(args.runs):
            report = asyncio.run(count_gaps(bootstrap, args.messages, args.rate, args.producers))
            failed |= bool(report.skipped or report.lost)
            print(json.dumps({"broker": args.broker, "run": run + 1, "rate": args.rate, "producers": args.producers,
                              **report.as_dict()}), flush=True)
    finally:
        if broker is not None:
            broker.stop()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
