"""The notifier process (role ``notifier``) on the real broker and Redis: alerts.v1 in, one signed webhook per
notification however often the alert is replayed, dead letters and notification records on their topics."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from townwatch.service_process import ServiceProcess
from townwatch.stack import free_port
from townwatch.webhook_receiver import WebhookReceiver
from townwatch_schemas import (
    ALERTS,
    NOTIFICATIONS,
    Alert,
    DeadLetter,
    Notification,
    Place,
    dead_letter_topic,
)

pytestmark = [pytest.mark.integration, pytest.mark.slow]

SECRET = "agent-secret"


async def read_topic(bootstrap: str, topic: str) -> list[bytes]:
    """Every message on ``topic`` (partition 0..n), read from the start without a consumer group."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, auto_offset_reset="earliest")
    await consumer.start()
    try:
        partitions = [TopicPartition(topic, p) for p in (consumer.partitions_for_topic(topic) or {0})]
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        values: list[bytes] = []
        while True:
            batch = await consumer.getmany(timeout_ms=500)
            if not batch:
                return values
            values += [m.value for msgs in batch.values() for m in msgs if m.value is not None]
    finally:
        await consumer.stop()


async def eventually(check: Callable[[], Awaitable[bool]], timeout: float = 60.0) -> None:
    async with asyncio.timeout(timeout):
        while not await check():
            await asyncio.sleep(0.3)


async def test_notifier_process_delivers_once_and_dead_letters(broker, redis_server, tmp_path: Path, make_alert) -> None:  # type: ignore[no-untyped-def]
    receiver = WebhookReceiver(secret=SECRET, status_for=lambda path: 404 if path == "/gone" else 200)
    await receiver.start()
    subs = tmp_path / "subs.yaml"
    subs.write_text(f"""
desks:
  - id: agent-desk
    token: agent-token
    subscriptions:
      - id: all
        towns: ["Notifier Testville"]
        channels: [{{kind: webhook, url: "{receiver.url('ok')}", secret: {SECRET}}}]
      - id: gone
        towns: ["Notifier Testville"]
        channels: [{{kind: webhook, url: "{receiver.url('gone')}", secret: {SECRET}}}]
""", encoding="utf-8")
    metrics_port = free_port()
    env = {"TOWNWATCH_KAFKA_BOOTSTRAP_SERVERS": broker.bootstrap_servers, "TOWNWATCH_REDIS_URL": redis_server.url,
           "TOWNWATCH_SUBSCRIPTIONS_FILE": str(subs), "TOWNWATCH_ROLE": "notifier", "TOWNWATCH_APP_ID": f"notifier-test-{metrics_port}",
           "TOWNWATCH_ALLOW_PRIVATE_URLS": "true", "TOWNWATCH_METRICS_PORT": str(metrics_port),
           "TOWNWATCH_NOTIFY_BACKOFF_BASE_S": "0.1"}
    service = ServiceProcess("notifier", "townwatch_alert", env, tmp_path / "notifier.log")
    service.start()
    place = Place(name="Notifier Testville", canonical_name="Notifier Testville", country_code="ZZ")  # only this test's
    alert: Alert = make_alert(place, alert_id="al-agent-test-1")
    producer = AIOKafkaProducer(bootstrap_servers=broker.bootstrap_servers, acks="all")
    try:
        await producer.start()
        for value in (alert, alert, alert.model_copy(update={"revision": 2}), b"not json"):
            raw = value if isinstance(value, bytes) else value.to_json_bytes()
            await producer.send_and_wait(ALERTS.name, value=raw, key=alert.alert_id.encode())

        def ours(raw: bytes) -> bool:
            return b"al-agent-test-1" in raw

        async def dead_letters() -> list[DeadLetter]:
            letters = [DeadLetter.model_validate_json(v) for v in await read_topic(broker.bootstrap_servers, dead_letter_topic("notify"))]
            return [d for d in letters if ours(d.payload.encode()) or d.payload == "not json"]

        async def settled() -> bool:
            if not service.running:
                pytest.fail(f"the notifier exited:\n{service.log_tail(60)}")
            return len(receiver.deliveries) >= 1 and len(await dead_letters()) >= 2

        await eventually(settled, 90)
        await asyncio.sleep(1.0)  # room for a duplicate to show up, if there were one
        [delivered] = receiver.deliveries
        assert delivered.signature_ok and delivered.path == "/ok" and delivered.body["kind"] == "alert"
        letters = await dead_letters()
        assert sorted(d.reason for d in letters) == ["decode", "delivery"]
        [gone] = [d for d in letters if d.reason == "delivery"]
        assert "HTTP 404" in gone.error and SECRET not in gone.payload
        notes = [Notification.model_validate_json(v) for v in await read_topic(broker.bootstrap_servers, NOTIFICATIONS.name) if ours(v)]
        assert [(n.subscription_id, n.kind) for n in notes] == [("all", "alert")]
        page = httpx.get(f"http://127.0.0.1:{metrics_port}/metrics").text
        assert 'townwatch_notifications_sent_total{channel="webhook"} 1.0' in page
        assert 'townwatch_notifications_failed_total{channel="webhook"} 1.0' in page
    finally:
        await producer.stop()
        service.stop()
        await receiver.stop()
