"""The notifier: what each alert revision notifies (pure), and delivering exactly once against real Redis and a real receiver."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
from aiohttp import web
from redis.asyncio import Redis
from redis.exceptions import ConnectionError as RedisConnectionError

from townwatch.webhook_receiver import WebhookReceiver
from townwatch_alert.channels import Delivery, senders
from townwatch_alert.delivery_log import DeliveryLog
from townwatch_alert.notifier import Notifier, notifications_for
from townwatch_alert.retry import Backoff
from townwatch_alert.settings import AlertSettings
from townwatch_runtime.dead_letter import DeadLetterSink
from townwatch_runtime.metrics import REGISTRY
from townwatch_schemas import (
    Alert,
    Channel,
    ChannelKind,
    DeadLetter,
    Notification,
    Stage,
    Subscription,
)

SECRET = "s3cret"


def sub(sub_id: str = "s1", *, policy: str = "first", min_outlets: int = 2, channels: list[Channel] | None = None, desk: str = "desk-a") -> Subscription:
    return Subscription(id=sub_id, desk_id=desk, towns=["*"], policy=policy, min_outlets=min_outlets,
                        channels=channels if channels is not None else [Channel(kind=ChannelKind.PAGE)])


# --- the pure decision -------------------------------------------------------------------------
def kinds(alert: Alert, subs: list[Subscription]) -> list[tuple[str, str, bool]]:
    return [(p.subscription.id, p.kind, p.folds_confirmation) for p in notifications_for(alert, subs)]


def test_policy_first_alerts_on_the_first_report(make_alert: Callable[..., Alert]) -> None:
    assert kinds(make_alert(), [sub()]) == [("s1", "alert", False)]


def test_policy_first_follows_up_once_two_outlets_report(make_alert: Callable[..., Alert]) -> None:
    second = make_alert(revision=2, outlets=("Reuters", "AFP"))
    assert kinds(second, [sub()]) == [("s1", "alert", True), ("s1", "confirmed", False)]


def test_policy_first_uses_a_higher_min_outlets_for_the_follow_up(make_alert: Callable[..., Alert]) -> None:
    assert kinds(make_alert(outlets=("Reuters", "AFP")), [sub(min_outlets=3)]) == [("s1", "alert", False)]
    three = make_alert(outlets=("Reuters", "AFP", "AP"))
    assert kinds(three, [sub(min_outlets=3)]) == [("s1", "alert", True), ("s1", "confirmed", False)]


def test_policy_confirmed_waits_for_min_outlets(make_alert: Callable[..., Alert]) -> None:
    s = sub(policy="confirmed", min_outlets=2)
    assert kinds(make_alert(), [s]) == []
    assert kinds(make_alert(revision=2, outlets=("Reuters", "AFP")), [s]) == [("s1", "alert", False)]


def test_one_notification_per_channel_and_alerts_before_follow_ups(make_alert: Callable[..., Alert]) -> None:
    chans = [Channel(kind=ChannelKind.PAGE), Channel(kind=ChannelKind.WEBHOOK, url="https://example.org/h")]
    planned = notifications_for(make_alert(outlets=("Reuters", "AFP")), [sub("a", channels=chans), sub("b")])
    assert [(p.subscription.id, p.channel.kind.value, p.kind) for p in planned] == [
        ("a", "page", "alert"), ("a", "webhook", "alert"), ("b", "page", "alert"),
        ("a", "page", "confirmed"), ("a", "webhook", "confirmed"), ("b", "page", "confirmed"),
    ]


def test_idempotency_key_is_the_same_for_every_revision(make_alert: Callable[..., Alert]) -> None:
    chan = Channel(kind=ChannelKind.WEBHOOK, url="https://example.org/h")
    one = Delivery.build(make_alert(revision=1), "d", "s", chan, "alert")
    two = Delivery.build(make_alert(revision=5), "d", "s", chan, "alert")
    other = Delivery.build(make_alert(revision=1), "d", "s", chan, "confirmed")
    assert one.idempotency_key == two.idempotency_key != other.idempotency_key


def test_delivery_record_keeps_the_channel_secret(make_alert: Callable[..., Alert]) -> None:
    chan = Channel(kind=ChannelKind.WEBHOOK, url="https://example.org/h", secret=SECRET)
    delivery = Delivery.build(make_alert(), "d", "s", chan, "alert")
    back = Delivery.from_record(delivery.to_record())
    assert back == delivery and back.channel.secret is not None and back.channel.secret.get_secret_value() == SECRET


# --- against real Redis and a real receiver ------------------------------------------------------
def sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


class Rig:
    """A notifier on real Redis with real senders; dead letters and notification records collected."""

    def __init__(self, redis: Redis, settings: AlertSettings, client: httpx.AsyncClient, subs: list[Subscription]) -> None:
        self.subs = subs
        self.dead: list[DeadLetter] = []
        self.notes: list[Notification] = []

        async def send(topic: str, key: bytes | None, value: bytes) -> None:
            assert topic == "dead-letters.notify.v1"
            self.dead.append(DeadLetter.model_validate_json(value))

        async def publish(note: Notification) -> None:
            self.notes.append(note)

        async def match(alert: Alert) -> list[Subscription]:
            return list(self.subs)

        self.log = DeliveryLog(redis, lease_s=settings.notify_lease_s)
        self.settings = settings
        self.client = client
        self.notifier = self.make(send, publish, match)

    def make(self, send: Any = None, publish: Any = None, match: Any = None) -> Notifier:
        s = self.settings
        return Notifier(
            delivery_log=self.log, match=match or self.notifier.match, senders=senders(s, self.client),
            backoff=Backoff(s.notify_backoff_base_s, s.notify_backoff_max_s, s.notify_max_attempts),
            dead_letters=DeadLetterSink(Stage.NOTIFY, send) if send else self.notifier.dead_letters,
            publish=publish or self.notifier.publish, send_timeout_s=s.notify_timeout_s, poll_interval_s=0.05,
        )


def settings_for(redis_url: str, **overrides: Any) -> AlertSettings:
    values: dict[str, Any] = {
        "redis_url": redis_url, "allow_private_urls": True, "notify_backoff_base_s": 0.05,
        "notify_backoff_max_s": 0.2, "notify_max_attempts": 4, "notify_lease_s": 5, "notify_timeout_s": 2,
    }
    values.update(overrides)
    return AlertSettings(**values)


@pytest.fixture
async def redis(redis_server) -> AsyncIterator[Redis]:  # type: ignore[no-untyped-def]
    client = Redis.from_url(redis_server.url)
    yield client
    await client.aclose()


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient() as c:
        yield c


@pytest.fixture
async def receiver() -> AsyncIterator[WebhookReceiver]:
    async with WebhookReceiver(secret=SECRET) as r:
        yield r


def hook(receiver: WebhookReceiver, path: str = "hook") -> list[Channel]:
    return [Channel(kind=ChannelKind.WEBHOOK, url=receiver.url(path), secret=SECRET)]


async def run_until(rig: Rig, condition: Callable[[], bool], timeout: float = 10.0) -> None:
    recovery = asyncio.create_task(rig.notifier.run_recovery())
    try:
        async with asyncio.timeout(timeout):
            while not condition():
                await asyncio.sleep(0.02)
    finally:
        recovery.cancel()
        await rig.notifier.drain()


@pytest.mark.integration
async def test_replayed_alert_notifies_once_signed_with_the_key(redis, client, receiver, make_alert, redis_server) -> None:  # type: ignore[no-untyped-def]
    rig = Rig(redis, settings_for(redis_server.url), client, [sub(channels=hook(receiver))])
    latency_before = sample("townwatch_end_to_end_latency_seconds_count")
    sent_before = sample("townwatch_notifications_sent_total", channel="webhook")
    assert await rig.notifier.handle(make_alert()) == 1
    await rig.notifier.drain()
    assert await rig.notifier.handle(make_alert()) == 0  # a replay
    assert await rig.notifier.handle(make_alert(revision=2)) == 0  # a re-emitted revision, still one outlet
    await rig.notifier.drain()
    [got] = receiver.deliveries
    assert got.signature_ok and got.idempotency_key == got.body["idempotency_key"]
    assert got.body["kind"] == "alert" and got.body["desk_id"] == "desk-a" and got.body["subscription_id"] == "s1"
    assert "Popular Mobilization Forces" in got.body["text"] and got.alert["alert_id"] == make_alert().alert_id
    assert sample("townwatch_notifications_sent_total", channel="webhook") == sent_before + 1
    assert sample("townwatch_end_to_end_latency_seconds_count") == latency_before + 1
    [note] = rig.notes
    assert (note.kind, note.channel, note.attempts, note.idempotency_key) == ("alert", "webhook", 1, got.idempotency_key)


@pytest.mark.integration
async def test_policy_first_gets_one_follow_up(redis, client, receiver, make_alert, redis_server) -> None:  # type: ignore[no-untyped-def]
    rig = Rig(redis, settings_for(redis_server.url), client, [sub(channels=hook(receiver))])
    for revision, outlets in ((1, ("Reuters",)), (2, ("Reuters", "AFP")), (3, ("Reuters", "AFP", "AP")), (2, ("Reuters", "AFP"))):
        await rig.notifier.handle(make_alert(revision=revision, outlets=outlets))
        await rig.notifier.drain()
    assert [d.body["kind"] for d in receiver.deliveries] == ["alert", "confirmed"]
    assert receiver.deliveries[1].alert["independent_outlets"] == 2


@pytest.mark.integration
async def test_first_seen_already_confirmed_folds_the_follow_up(redis, client, receiver, make_alert, redis_server) -> None:  # type: ignore[no-untyped-def]
    rig = Rig(redis, settings_for(redis_server.url), client, [sub(channels=hook(receiver))])
    await rig.notifier.handle(make_alert(revision=2, outlets=("Reuters", "AFP")))
    await rig.notifier.handle(make_alert(revision=3, outlets=("Reuters", "AFP", "AP")))
    await rig.notifier.drain()
    assert [d.body["kind"] for d in receiver.deliveries] == ["alert"]


@pytest.mark.integration
async def test_receiver_down_for_a_while_then_back_gets_exactly_one(redis, client, make_alert, redis_server) -> None:  # type: ignore[no-untyped-def]
    down = WebhookReceiver(secret=SECRET)
    await down.start()
    port = down.port
    await down.stop()  # nothing listens: connection refused
    url = f"http://127.0.0.1:{port}/hook"
    rig = Rig(redis, settings_for(redis_server.url), client,
              [sub(channels=[Channel(kind=ChannelKind.WEBHOOK, url=url, secret=SECRET)])])
    retried_before = sample("townwatch_notifications_retried_total", channel="webhook")
    await rig.notifier.handle(make_alert())
    await rig.notifier.drain()
    assert sample("townwatch_notifications_retried_total", channel="webhook") == retried_before + 1
    back = WebhookReceiver(secret=SECRET, port=port)
    await back.start()
    try:
        await rig.notifier.handle(make_alert(revision=2))  # a revision while the retry is scheduled: no second send
        await run_until(rig, lambda: len(back.deliveries) >= 1)
        await asyncio.sleep(0.3)  # would a second delivery follow?
        await rig.notifier.recover_once()
        await rig.notifier.drain()
    finally:
        await back.stop()
    assert len(back.deliveries) == 1 and back.deliveries[0].signature_ok
    assert rig.notes[0].attempts >= 2 and rig.dead == []


@pytest.mark.integration
async def test_5xx_and_429_are_retried_with_retry_after(redis, client, make_alert, redis_server) -> None:  # type: ignore[no-untyped-def]
    answers = [web.Response(status=503), web.Response(status=429, headers={"Retry-After": "1"})]
    seen: list[tuple[float, str]] = []

    async def handle(request: web.Request) -> web.Response:
        seen.append((asyncio.get_running_loop().time(), request.headers["Idempotency-Key"]))
        return answers.pop(0) if answers else web.json_response({"ok": True})

    app = web.Application()
    app.router.add_post("/hook", handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        rig = Rig(redis, settings_for(redis_server.url), client,
                  [sub(channels=[Channel(kind=ChannelKind.WEBHOOK, url=f"http://127.0.0.1:{port}/hook", secret=SECRET)])])
        await rig.notifier.handle(make_alert())
        await run_until(rig, lambda: len(rig.notes) == 1)
    finally:
        await runner.cleanup()
    assert len(seen) == 3 and len({key for _, key in seen}) == 1
    assert seen[2][0] - seen[1][0] >= 0.95  # the receiver asked for one second
    assert rig.notes[0].attempts == 3


@pytest.mark.integration
async def test_permanent_failure_is_dead_lettered_without_retry(redis, client, make_alert, redis_server) -> None:  # type: ignore[no-untyped-def]
    async with WebhookReceiver(secret=SECRET, status_for=lambda _p: 404) as gone:
        rig = Rig(redis, settings_for(redis_server.url), client, [sub(channels=hook(gone))])
        failed_before = sample("townwatch_notifications_failed_total", channel="webhook")
        await rig.notifier.handle(make_alert())
        await rig.notifier.drain()
        await rig.notifier.handle(make_alert())  # a replay of a dead one is not retried
        await rig.notifier.drain()
    [letter] = rig.dead
    assert letter.stage == Stage.NOTIFY and letter.reason == "delivery" and "HTTP 404" in letter.error
    assert letter.topic == "alerts.v1" and letter.key == make_alert().alert_id
    assert SECRET not in letter.payload and json.loads(letter.payload)["alert"]["alert_id"] == make_alert().alert_id
    assert sample("townwatch_notifications_failed_total", channel="webhook") == failed_before + 1
    assert rig.notes == []


@pytest.mark.integration
async def test_transient_failures_exhaust_the_attempts_then_dead_letter(redis, client, make_alert, redis_server) -> None:  # type: ignore[no-untyped-def]
    async with WebhookReceiver(secret=SECRET, status_for=lambda _p: 502) as flapping:
        rig = Rig(redis, settings_for(redis_server.url, notify_max_attempts=3), client, [sub(channels=hook(flapping))])
        await rig.notifier.handle(make_alert())
        await run_until(rig, lambda: len(rig.dead) == 1)
    assert "gave up after 3 attempts" in rig.dead[0].error and "HTTP 502" in rig.dead[0].error


@pytest.mark.integration
async def test_private_url_refused_at_send_time(redis, client, receiver, make_alert, redis_server) -> None:  # type: ignore[no-untyped-def]
    rig = Rig(redis, settings_for(redis_server.url, allow_private_urls=False), client, [sub(channels=hook(receiver))])
    await rig.notifier.handle(make_alert())
    await rig.notifier.drain()
    assert receiver.deliveries == [] and "refused URL" in rig.dead[0].error


@pytest.mark.integration
async def test_crash_after_claim_is_recovered_by_another_worker(redis, client, receiver, make_alert, redis_server) -> None:  # type: ignore[no-untyped-def]
    settings = settings_for(redis_server.url, notify_lease_s=0.3)
    rig = Rig(redis, settings, client, [sub(channels=hook(receiver))])
    delivery = Delivery.build(make_alert(), "desk-a", "s1", hook(receiver)[0], "alert")
    claim = await rig.log.claim(delivery.idempotency_key, "worker-that-dies", delivery.to_record())
    assert claim.status == "created"  # ...and the worker dies before sending
    assert await rig.notifier.handle(make_alert()) == 0  # its lease is live: nobody else sends yet
    await run_until(rig, lambda: len(receiver.deliveries) == 1)
    assert receiver.deliveries[0].idempotency_key == delivery.idempotency_key
    assert (await rig.log.record(delivery.idempotency_key))["state"] == "sent"


@pytest.mark.integration
async def test_crash_after_send_before_sent_resends_with_the_same_key(redis, client, receiver, make_alert, redis_server) -> None:  # type: ignore[no-untyped-def]
    settings = settings_for(redis_server.url, notify_lease_s=0.3)
    rig = Rig(redis, settings, client, [sub(channels=hook(receiver))])
    delivery = Delivery.build(make_alert(), "desk-a", "s1", hook(receiver)[0], "alert")
    await rig.log.claim(delivery.idempotency_key, "worker-that-dies", delivery.to_record())
    await senders(settings, client)[ChannelKind.WEBHOOK].send(delivery)  # delivered; the worker dies before `sent`
    await run_until(rig, lambda: len(receiver.deliveries) == 2)
    first, second = receiver.deliveries
    assert first.idempotency_key == second.idempotency_key == delivery.idempotency_key


@pytest.mark.integration
async def test_two_notifiers_racing_on_one_alert_send_once(redis, client, receiver, make_alert, redis_server) -> None:  # type: ignore[no-untyped-def]
    rig = Rig(redis, settings_for(redis_server.url), client, [sub(channels=hook(receiver))])
    other = rig.make()
    claimed = await asyncio.gather(*(n.handle(make_alert()) for n in (rig.notifier, other, rig.notifier, other)))
    await rig.notifier.drain()
    await other.drain()
    assert sum(claimed) == 1 and len(receiver.deliveries) == 1


@pytest.mark.integration
async def test_redis_blip_after_a_send_is_recorded_not_resent(redis, client, receiver, make_alert, redis_server, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The POST went through; recording it as sent fails twice (Redis restarting): the notifier keeps trying
    within its lease, so the recovery loop never sends it again."""
    rig = Rig(redis, settings_for(redis_server.url, notify_lease_s=1), client, [sub(channels=hook(receiver))])
    real_mark_sent = rig.log.mark_sent
    failures = []

    async def flaky_mark_sent(key: str, **kwargs):  # type: ignore[no-untyped-def]
        if len(failures) < 2:
            failures.append(key)
            raise RedisConnectionError("Connection refused")
        return await real_mark_sent(key, **kwargs)

    monkeypatch.setattr(rig.log, "mark_sent", flaky_mark_sent)
    await rig.notifier.handle(make_alert())
    await run_until(rig, lambda: len(receiver.deliveries) >= 1)
    await asyncio.sleep(1.5)  # past the lease: a record left pending would be resent now
    recovered = await rig.notifier.recover_once()
    await rig.notifier.drain()
    assert len(failures) == 2 and recovered == 0
    assert len(receiver.deliveries) == 1
    assert (await rig.log.record(receiver.deliveries[0].idempotency_key or ""))["state"] == "sent"


# --- follow-ups: contested, denied, reversed, withdrawn reach the desks that got the alert ----------
def _report(outlet: str, sentence: str, **fields: Any) -> Any:
    from townwatch_schemas import Evidence, SourceReport

    return SourceReport(outlet=outlet, article_id=f"art-{outlet}", evidence=Evidence(sentence=sentence, start=0, end=len(sentence)),
                        confidence=0.8, **fields)


@pytest.mark.integration
async def test_follow_ups_reach_each_recipient_once_in_story_order(redis, client, receiver, make_alert, redis_server) -> None:  # type: ignore[no-untyped-def]
    strict = Subscription(id="s1", desk_id="desk-c", towns=["*"], min_confidence=0.7, channels=hook(receiver, "c"))
    subs = [sub("s1", desk="desk-a", channels=hook(receiver, "a")),
            Subscription(id="s1", desk_id="desk-b", towns=["*"], follow_ups=["reversed"], channels=hook(receiver, "b")),
            strict]
    rig = Rig(redis, settings_for(redis_server.url), client, [])

    async def match(alert: Alert) -> list[Subscription]:
        return [s for s in subs if alert.confidence >= s.min_confidence]

    async def everyone() -> list[Subscription]:
        return list(subs)

    notifier = rig.make(match=match)
    notifier.subscriptions = everyone
    captured = make_alert(alert_id="al-1")
    contested = make_alert(alert_id="al-1", revision=2, contested=True, confidence=0.4,
                           conflicting=[_report("AP", "Islamic State fighters still hold Baaj, residents said.")])
    denied = contested.model_copy(update={"revision": 3, "denials": [_report("Amaq", "Islamic State denied that the militias had taken Baaj.")]})
    reversal = make_alert(alert_id="al-2", gaining=captured.losing, losing=captured.gaining, reverses="al-1",
                          sentence="Islamic State retook Baaj on Friday.")
    for alert in (captured, contested, denied, reversal, captured, denied, contested, reversal):
        await notifier.handle(alert)
        await notifier.drain()

    def story(desk: str) -> list[tuple[str, str]]:
        return [(d.body["kind"], d.alert["alert_id"]) for d in receiver.deliveries if d.path == f"/{desk}"]

    assert story("a") == [("alert", "al-1"), ("contested", "al-1"), ("denied", "al-1"), ("reversed", "al-2")]
    assert story("b") == [("alert", "al-1"), ("reversed", "al-2")]  # opted out of contested and denied
    assert story("c") == story("a")  # below its min_confidence once contested, still told
    by_kind = {d.body["kind"]: d.body["text"] for d in receiver.deliveries if d.path == "/a"}
    assert by_kind["contested"].startswith("CONTESTED: ") and "still hold Baaj" in by_kind["contested"].splitlines()[1]
    assert by_kind["denied"].startswith("DENIED: ") and "Islamic State denied" in by_kind["denied"].splitlines()[1]
    assert by_kind["reversed"].startswith("REVERSED: ") and "retook Baaj" in by_kind["reversed"].splitlines()[1]
    assert all(d.signature_ok for d in receiver.deliveries)
    assert len({d.idempotency_key for d in receiver.deliveries}) == len(receiver.deliveries)


@pytest.mark.integration
async def test_a_desk_first_notified_of_a_contested_alert_gets_no_separate_contested(redis, client, receiver, make_alert, redis_server) -> None:  # type: ignore[no-untyped-def]
    rig = Rig(redis, settings_for(redis_server.url), client, [sub(channels=hook(receiver))])
    contested = make_alert(revision=2, contested=True, conflicting=[_report("AP", "still held")])
    await rig.notifier.handle(contested)
    await rig.notifier.handle(contested.model_copy(update={"revision": 3}))
    await rig.notifier.drain()
    assert [d.body["kind"] for d in receiver.deliveries] == ["alert"]
    assert receiver.deliveries[0].body["text"].startswith("CONTESTED: ")


@pytest.mark.integration
async def test_withdrawn_alert_tells_its_recipients_and_nobody_new(redis, client, receiver, make_alert, redis_server) -> None:  # type: ignore[no-untyped-def]
    subs = [sub("s1", channels=hook(receiver, "a"))]
    rig = Rig(redis, settings_for(redis_server.url), client, subs)
    await rig.notifier.handle(make_alert())
    await rig.notifier.drain()
    subs.append(sub("s2", desk="desk-new", channels=hook(receiver, "new")))
    gone = _report("Reuters", "x", withdrawn=True, withdrawal="An earlier version of this story said the militias had taken Baaj.")
    withdrawn = make_alert(revision=2, withdrawn=True, sources=[gone], independent_outlets=0)
    await rig.notifier.handle(withdrawn)
    await rig.notifier.handle(withdrawn)
    await rig.notifier.drain()
    assert [(d.path, d.body["kind"]) for d in receiver.deliveries] == [("/a", "alert"), ("/a", "withdrawn")]
    text = receiver.deliveries[1].body["text"]
    assert text.startswith("WITHDRAWN: ") and "An earlier version of this story" in text.splitlines()[1]
