"""The ledger agent as real processes (``python -m townwatch_alert``) against a real broker and Redis.

Two ledger workers in different consumer groups read every ControlChange and race on each one.
"""

from __future__ import annotations

import asyncio
import base64
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from redis.asyncio import Redis

from townwatch.stack import Broker, RedisServer, free_port
from townwatch_alert.ledger import ALERT_STREAM, Ledger
from townwatch_alert.settings import AlertSettings
from townwatch_runtime.topic_admin import ensure_topics
from townwatch_schemas import ALERTS, Alert, DeadLetter, Place, dead_letter_topic

pytestmark = [pytest.mark.integration, pytest.mark.slow]

DEAD_LETTERS = dead_letter_topic("alert")


@dataclass
class Worker:
    proc: subprocess.Popen
    metrics_port: int
    log: Path

    def metric(self, name: str, labels: str = "") -> float:
        body = urllib.request.urlopen(f"http://127.0.0.1:{self.metrics_port}/metrics", timeout=5).read().decode()
        match = re.search(rf"^{re.escape(name)}{re.escape(labels)} (\S+)$", body, re.M)
        return float(match.group(1)) if match else 0.0


def start_alert(env: dict[str, str], log: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "townwatch_alert", *args],
        env={**os.environ, **env},
        stdout=log.open("ab"),
        stderr=subprocess.STDOUT,
    )


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Broker, RedisServer]]:
    tmp = tmp_path_factory.mktemp("alert-agents")
    with Broker(log_path=tmp / "tansu.log") as broker, RedisServer(data_dir=tmp / "redis") as redis:
        asyncio.run(ensure_topics(AlertSettings(kafka_bootstrap_servers=broker.bootstrap_servers)))
        yield broker, redis


def env_for(broker: Broker, redis: RedisServer, **extra: str) -> dict[str, str]:
    return {
        "TOWNWATCH_KAFKA_BOOTSTRAP_SERVERS": broker.bootstrap_servers,
        "TOWNWATCH_REDIS_URL": redis.url,
        "TOWNWATCH_KAFKA_CREATE_TOPICS": "false",
        **extra,
    }


@pytest.fixture(scope="module")
def workers(stack: tuple[Broker, RedisServer], tmp_path_factory: pytest.TempPathFactory, cc) -> Iterator[list[Worker]]:  # type: ignore[no-untyped-def]
    broker, redis = stack
    tmp = tmp_path_factory.mktemp("alert-workers")
    started = []
    for n in (1, 2):
        port = free_port()
        log = tmp / f"ledger{n}.log"
        env = env_for(broker, redis, TOWNWATCH_APP_ID=f"alert-test-{n}", TOWNWATCH_METRICS_PORT=str(port))
        started.append(Worker(start_alert(env, log, "--role", "ledger"), port, log))
    try:
        warmup = cc.change(place=unique_place(cc, 0))
        asyncio.run(publish(broker, (warmup.place.key.encode(), warmup.to_json_bytes())))
        wait_ready(started)
        yield started
    finally:
        # Ctrl-C for one, SIGTERM for the other: both stop cleanly.
        for w, sig in zip(started, (signal.SIGINT, signal.SIGTERM), strict=True):
            w.proc.send_signal(sig)
        for w in started:
            assert w.proc.wait(180) == 0, w.log.read_text()[-3000:]
            assert "Traceback" not in w.log.read_text()


@pytest.fixture
async def redis(stack: tuple[Broker, RedisServer]) -> AsyncIterator[Redis]:
    client = Redis.from_url(stack[1].url)
    yield client
    await client.aclose()


async def publish(broker: Broker, *items: tuple[bytes | None, bytes]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=broker.bootstrap_servers)
    await producer.start()
    try:
        for key, value in items:
            await producer.send_and_wait("control-changes.v1", value, key=key)
    finally:
        await producer.stop()


async def read_until(broker: Broker, topic: str, done: Callable[[list[bytes]], bool], timeout: float = 45) -> list[bytes]:
    """Every value on ``topic`` from the beginning, re-read until ``done(values)`` or the timeout."""
    consumer = AIOKafkaConsumer(bootstrap_servers=broker.bootstrap_servers, group_id=None, enable_auto_commit=False)
    await consumer.start()
    values: list[bytes] = []
    try:
        partitions = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or {0})]
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        deadline = time.monotonic() + timeout
        while not done(values) and time.monotonic() < deadline:
            for msgs in (await consumer.getmany(timeout_ms=300)).values():
                values.extend(m.value for m in msgs if m.value is not None)
        return values
    finally:
        await consumer.stop()


def alerts_for(values: list[bytes], place: Place) -> list[Alert]:
    found = [Alert.model_validate_json(v) for v in values]
    return [a for a in found if a.place.key == place.key]


def unique_place(cc, n: int) -> Place:  # type: ignore[no-untyped-def]
    return cc.BAAJ.model_copy(update={"geonames_id": 5_000_000 + n, "canonical_name": f"Testtown {n}"})


def decided(worker: Worker) -> float:
    return sum(worker.metric("townwatch_alert_decisions_total", f'{{decision="{d}"}}') for d in ("new", "duplicate"))


async def wait_decided(workers: list[Worker], total: float, timeout: float = 30) -> None:
    """Until the workers have made ``total`` new/duplicate decisions between them."""
    deadline = time.monotonic() + timeout
    while sum(decided(w) for w in workers) < total:
        assert time.monotonic() < deadline, "workers did not handle the events"
        await asyncio.sleep(0.1)


def wait_ready(workers: list[Worker], timeout: float = 60) -> None:
    """Both workers have handled at least one message (each has joined its group)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if all(decided(w) >= 1 for w in workers):
                return
        except OSError:
            pass
        for w in workers:
            assert w.proc.poll() is None, w.log.read_text()[-3000:]
        time.sleep(0.2)
    raise TimeoutError("ledger workers did not start")


async def stream_entries(redis: Redis, place: Place) -> list[Alert]:
    entries = await redis.xrange(ALERT_STREAM)
    return [a for a in (Alert.model_validate_json(f[b"alert"]) for _, f in entries) if a.place.key == place.key]


async def test_two_racing_workers_turn_one_change_into_one_alert(stack, workers, redis, cc) -> None:  # type: ignore[no-untyped-def]
    broker, _ = stack
    before = [(w.metric("townwatch_alert_decisions_total", '{decision="new"}'), w.metric("townwatch_alert_decisions_total", '{decision="duplicate"}')) for w in workers]

    place = unique_place(cc, 1)
    event = cc.change(place=place, source="Reuters")
    await publish(broker, (place.key.encode(), event.to_json_bytes()))
    values = await read_until(broker, ALERTS.name, lambda v: len(alerts_for(v, place)) >= 1)
    first = alerts_for(values, place)
    assert first and {(a.alert_id, a.revision) for a in first} == {(first[0].alert_id, 1)}
    assert [s.outlet for s in first[0].sources] == ["Reuters"]

    # Both workers handled it: exactly one decided "new", the other saw the committed event.
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        after = [(w.metric("townwatch_alert_decisions_total", '{decision="new"}'), w.metric("townwatch_alert_decisions_total", '{decision="duplicate"}')) for w in workers]
        if sum(a[0] + a[1] - b[0] - b[1] for a, b in zip(after, before, strict=True)) >= 2:
            break
        await asyncio.sleep(0.2)
    assert sum(a[0] - b[0] for a, b in zip(after, before, strict=True)) == 1
    assert sum(a[1] - b[1] for a, b in zip(after, before, strict=True)) == 1
    assert [(a.revision, a.independent_outlets) for a in await stream_entries(redis, place)] == [(1, 1)]

    # A second outlet corroborates: revision 2 of the same alert, two outlets.
    second = cc.change(place=place, source="AFP")
    await publish(broker, (place.key.encode(), second.to_json_bytes()))
    values = await read_until(broker, ALERTS.name, lambda v: any(a.revision == 2 for a in alerts_for(v, place)))
    revisions = {(a.alert_id, a.revision) for a in alerts_for(values, place)}
    assert revisions == {(first[0].alert_id, 1), (first[0].alert_id, 2)}
    assert [(a.revision, a.independent_outlets) for a in await stream_entries(redis, place)] == [(1, 1), (2, 2)]


async def test_redelivery_after_a_crash_reemits_without_a_new_alert(stack, workers, redis, cc) -> None:  # type: ignore[no-untyped-def]
    broker, _ = stack
    place = unique_place(cc, 2)
    event = cc.change(place=place)
    # A worker committed the change and died before its send was acknowledged:
    committed = await Ledger(redis).apply(event)
    assert committed.alert is not None
    # ... the broker redelivers the event to the surviving workers, which re-send the committed revision.
    handled = sum(decided(w) for w in workers)
    await publish(broker, (place.key.encode(), event.to_json_bytes()))
    await wait_decided(workers, handled + 2)
    values = await read_until(broker, ALERTS.name, lambda v: len(alerts_for(v, place)) >= 1)
    resent = alerts_for(values, place)
    assert resent and all(a == committed.alert for a in resent)
    assert len(await stream_entries(redis, place)) == 1
    assert len(await Ledger(redis).history(place.key)) == 1
    deadline = time.monotonic() + 10
    while int(await redis.hget("townwatch:{ledger}:alerts:emitted", committed.alert.alert_id) or 0) < 1:
        assert time.monotonic() < deadline, "the re-sent revision was never marked as acknowledged"
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.5)  # let a second worker's re-send (if it checked before the mark) reach the topic
    resent = alerts_for(await read_until(broker, ALERTS.name, lambda v: False, timeout=1), place)
    # Once acknowledged, a further replay sends nothing.
    marker = cc.change(place=unique_place(cc, 3))
    handled = sum(decided(w) for w in workers)
    await publish(broker, (place.key.encode(), event.to_json_bytes()), (marker.place.key.encode(), marker.to_json_bytes()))
    await wait_decided(workers, handled + 4)
    values = await read_until(broker, ALERTS.name, lambda v: len(alerts_for(v, marker.place)) >= 1)
    assert len(alerts_for(values, place)) == len(resent)


async def test_malformed_messages_are_dead_lettered_and_the_service_keeps_going(stack, workers, cc) -> None:  # type: ignore[no-untyped-def]
    broker, _ = stack
    good = cc.change(place=unique_place(cc, 4))
    await publish(
        broker,
        (b"bad-bytes", b"\xff\xfe not utf-8 {"),
        (b"bad-schema", b'{"event_id": "x", "place": "nowhere"}'),
        (good.place.key.encode(), good.to_json_bytes()),
    )
    values = await read_until(broker, ALERTS.name, lambda v: len(alerts_for(v, good.place)) >= 1)
    assert alerts_for(values, good.place)
    letters = [DeadLetter.model_validate_json(v) for v in await read_until(
        broker, DEAD_LETTERS, lambda v: {DeadLetter.model_validate_json(x).key for x in v} >= {"bad-bytes", "bad-schema"}
    )]
    by_key = {letter.key: letter for letter in letters}
    assert by_key["bad-bytes"].reason == "decode" and by_key["bad-bytes"].payload_encoding == "base64"
    assert base64.b64decode(by_key["bad-bytes"].payload) == b"\xff\xfe not utf-8 {"
    assert by_key["bad-schema"].reason == "schema" and "place" in by_key["bad-schema"].error
    assert by_key["bad-schema"].topic == "control-changes.v1" and by_key["bad-schema"].stage == "alert"
    # Each worker (its own consumer group) dead-letters them too, and counts it.
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not all(
        w.metric("townwatch_dead_letters_total", f'{{reason="{r}",stage="alert"}}') >= 1 for w in workers for r in ("decode", "schema")
    ):
        await asyncio.sleep(0.2)
    for w in workers:
        assert w.proc.poll() is None
        assert w.metric("townwatch_dead_letters_total", '{reason="decode",stage="alert"}') >= 1
        assert w.metric("townwatch_dead_letters_total", '{reason="schema",stage="alert"}') >= 1


@pytest.mark.parametrize("missing", ["redis", "kafka"])
def test_missing_dependency_at_startup_is_one_clear_line(stack, tmp_path: Path, missing: str) -> None:  # type: ignore[no-untyped-def]
    broker, redis = stack
    dead = f"127.0.0.1:{free_port()}"
    env = env_for(broker, redis)
    env["TOWNWATCH_REDIS_URL" if missing == "redis" else "TOWNWATCH_KAFKA_BOOTSTRAP_SERVERS"] = f"redis://{dead}/0" if missing == "redis" else dead
    done = subprocess.run([sys.executable, "-m", "townwatch_alert", "--role", "ledger"], env={**os.environ, **env}, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    what = "Redis" if missing == "redis" else "the Kafka broker"
    assert lines[0].startswith(f"townwatch-alert: error: cannot reach {what} at ") and dead in lines[0]


def test_bad_subscriptions_file_is_one_clear_line(stack, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    broker, redis = stack
    path = tmp_path / "subs.yaml"
    path.write_text("desks:\n  - id: d\n    subscriptions: [{id: s}]\n")
    env = env_for(broker, redis, TOWNWATCH_SUBSCRIPTIONS_FILE=str(path))
    done = subprocess.run([sys.executable, "-m", "townwatch_alert", "--role", "ledger"], env={**os.environ, **env}, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"townwatch-alert: error: {path}: desks[0] (d).subscriptions[0]: a subscription needs at least one of towns, countries, provinces or radius"
    ]


def wait_http(url: str, proc: subprocess.Popen, log: Path, timeout: float = 60) -> bytes:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, log.read_text()[-3000:]
        try:
            return urllib.request.urlopen(url, timeout=2).read()
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(url)


async def test_role_all_runs_everything_in_one_process_and_stops_cleanly(stack, tmp_path: Path, cc) -> None:  # type: ignore[no-untyped-def]
    sig = signal.SIGTERM
    broker, redis = stack
    api_port, metrics_port = free_port(), free_port()
    subs = tmp_path / "subs.yaml"
    subs.write_text("desks:\n  - id: all-desk\n    token: all-token\n    subscriptions: [{id: every, towns: ['*'], channels: [{kind: page}]}]\n")
    log = tmp_path / "all.log"
    env = env_for(broker, redis, TOWNWATCH_APP_ID=f"alert-all-{sig.name}", TOWNWATCH_API_PORT=str(api_port),
                  TOWNWATCH_METRICS_PORT=str(metrics_port), TOWNWATCH_SUBSCRIPTIONS_FILE=str(subs))
    proc = start_alert(env, log)  # role "all" is the default
    try:
        await asyncio.to_thread(wait_http, f"http://127.0.0.1:{api_port}/healthz", proc, log)
        # The ledger agent runs in the same process: a change published now comes out as an alert.
        place = unique_place(cc, 10 + sig.value)
        event = cc.change(place=place)
        await publish(broker, (place.key.encode(), event.to_json_bytes()))
        values = await read_until(broker, ALERTS.name, lambda v: len(alerts_for(v, place)) >= 1)
        assert alerts_for(values, place)
        metrics = urllib.request.urlopen(f"http://127.0.0.1:{metrics_port}/metrics", timeout=5).read().decode()
        assert 'townwatch_items_in_total{stage="notify"}' in metrics and 'townwatch_alert_decisions_total{decision="new"}' in metrics
    finally:
        proc.send_signal(sig)
        try:
            code = proc.wait(180)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
    output = log.read_text()
    assert code == 0, output[-3000:]
    assert "Traceback" not in output, output[-3000:]
    with pytest.raises(OSError):
        urllib.request.urlopen(f"http://127.0.0.1:{api_port}/healthz", timeout=2)
