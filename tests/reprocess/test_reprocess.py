"""``townwatch reprocess`` end to end on the real broker (each kind) and a real Redis, the three services running.

The live extract service runs with Hawija muted (``TOWNWATCH_MUTED_PLACES``), so it misses the Hawija capture; an
older extractor's false positive (a Hatra "capture" in an article that only tells of a campaign to retake it) is on
control-changes.v1 as that extractor sent it. Reprocessing with the full extractor: a dry run lists the missed alert
and the alert whose only evidence is gone and changes no Redis key; ``apply`` raises the Hawija alert marked late and
withdraws Hatra, each desk told once; a second ``apply`` sends nothing new. A window beyond the topic's retention
is refused and changes nothing.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import json
import os
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from aiokafka import AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic, RecordsToDelete
from aiokafka.errors import KafkaError
from redis.asyncio import Redis
from rich.console import Console

from tests.alert.conftest import control_change
from townwatch.demo import write_subscriptions
from townwatch.pipeline import Pipeline
from townwatch.reprocess import ReprocessConfig, reprocess
from townwatch.reprocess.reader import read_window
from townwatch.reprocess.window import BeyondRetention, Window
from townwatch.topic_reader import read_topic
from townwatch.webhook_receiver import WebhookReceiver
from townwatch_alert.settings import AlertSettings
from townwatch_schemas import ARTICLES, CONTROL_CHANGES, Article, Evidence, Place, TopicSpec

pytestmark = [pytest.mark.e2e, pytest.mark.integration, pytest.mark.asyncio(loop_scope="module")]

SECRET = "reprocess-secret"
HAWIJA = {"source": "Reuters", "url": "https://reuters.example/hawija", "published": "2017-10-05",
          "text": "Iraqi forces captured the town of Hawija from Islamic State on Thursday, the military said in a statement."}
BAAJ = {"source": "AFP", "url": "https://afp.example/baaj", "published": "2017-06-04",
        "text": "Popular Mobilization Forces captured the town of Baaj from Islamic State on Sunday, officials said."}
HATRA = {"source": "Kurdistan 24", "url": "https://k24.example/hatra", "published": "2017-10-10",
         "text": "Islamic State fighters launched a campaign to retake Hatra on Monday, local officials said."}
HATRA_SENTENCE = "Islamic State fighters launched a campaign to retake Hatra on Monday, local officials said."


@functools.cache
def _extractor():  # type: ignore[no-untyped-def]
    from townwatch_extract.extractor import Extractor

    return Extractor()


def _article(fields: dict[str, Any]) -> Article:
    return Article(id=fields["url"], source=fields["source"], url=fields["url"], text=fields["text"],
                   published=dt.date.fromisoformat(fields["published"]), received=dt.datetime.now(dt.UTC))


class Run:
    def __init__(self, pipeline: Pipeline, receiver: WebhookReceiver, hawija_key: str) -> None:
        self.pipeline, self.receiver, self.hawija_key = pipeline, receiver, hawija_key
        self.settings = AlertSettings(redis_url=pipeline.redis_url or "", kafka_bootstrap_servers=pipeline.bootstrap_servers or "")

    def seen(self) -> list[tuple[str, str]]:
        return [(d.body["kind"], d.alert["place"]["name"]) for d in self.receiver.deliveries]

    async def wait_for(self, predicate: Callable[[], bool], what: str, timeout: float = 240.0) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            assert time.monotonic() < deadline, f"timed out waiting for {what}; got {self.seen()}"
            await asyncio.sleep(0.2)

    async def settled(self, timeout: float = 240.0) -> None:
        """Every consumer group committed everything on its topic, no claimed notification waits to be sent, and
        no delivery arrived for 2 s (``Pipeline.wait_idle``)."""
        await self.pipeline.wait_idle(timeout=timeout, moving=lambda: len(self.receiver.deliveries))

    async def snapshot(self) -> dict[bytes, tuple[bytes | None, int]]:
        """Every key of the Redis, with its serialised value and whether it has a TTL."""
        redis = Redis.from_url(self.pipeline.redis_url or "")
        try:
            return {k: (await redis.dump(k), await redis.ttl(k) > 0) for k in sorted(await redis.keys("*"))}
        finally:
            await redis.aclose()

    async def reprocess(self, apply: bool, console: Console | None = None):  # type: ignore[no-untyped-def]
        config = ReprocessConfig(since=dt.datetime.now(dt.UTC).date(), apply=apply, idle_s=2.0)
        return await reprocess(config, self.settings, _extractor(), console or Console(soft_wrap=True))


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def run(broker_kind: str, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Run]:
    workdir = tmp_path_factory.mktemp(f"reprocess-{broker_kind}")
    found = await asyncio.to_thread(_extractor().extract, _article(HAWIJA))
    assert [e.place.name for e in found] == ["Hawija"], "the full extractor must find the Hawija capture"
    assert await asyncio.to_thread(_extractor().extract, _article(HATRA)) == [], "and nothing in the Hatra article"
    hawija_key = found[0].place.key
    receiver = await WebhookReceiver(secret=SECRET).start()
    subs = write_subscriptions(workdir / "subscriptions.yaml", [{
        "id": "desk", "token": "token-desk", "subscriptions": [{
            "id": "desk-sub", "policy": "first", "towns": ["*"],
            "channels": [{"kind": "webhook", "url": receiver.url("hooks/desk"), "secret": SECRET}],
        }],
    }])
    pipeline = Pipeline(workdir=workdir, subscriptions_file=subs, broker_kind=broker_kind,  # type: ignore[arg-type]
                        extra_env={"TOWNWATCH_NOTIFY_LEASE_S": "4", "TOWNWATCH_NOTIFY_BACKOFF_BASE_S": "0.5"},
                        service_env={"extract": {"TOWNWATCH_MUTED_PLACES": json.dumps([hawija_key])}})
    await asyncio.to_thread(pipeline.start)
    try:
        yield Run(pipeline, receiver, hawija_key)
    finally:
        await receiver.stop()
        await asyncio.to_thread(pipeline.stop)


async def _live_story(run: Run) -> None:
    path = run.pipeline.workdir / "articles.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in (HAWIJA, BAAJ, HATRA)))
    assert (await run.pipeline.replay([path])).published == 3
    hatra_id = ""
    async for value in read_topic(run.pipeline.bootstrap_servers or "", ARTICLES):
        article = Article.model_validate_json(value)
        if article.url == HATRA["url"]:
            hatra_id = article.id
    assert hatra_id
    # what an older extractor made of the Hatra article: a capture (a false positive), as it sent it
    old = control_change("hatra", "isis", "pmf", event_id="old-extractor-hatra", article_id=hatra_id, source=HATRA["source"],
                         url=HATRA["url"], published=dt.date(2017, 10, 10), event_date=dt.date(2017, 10, 9),
                         evidence=Evidence(sentence=HATRA_SENTENCE, start=0, end=len(HATRA_SENTENCE)),
                         extractor_version="townwatch-extract/0.9")
    producer = AIOKafkaProducer(bootstrap_servers=run.pipeline.bootstrap_servers)
    await producer.start()
    try:
        await producer.send_and_wait(CONTROL_CHANGES.name, old.to_json_bytes(), key=old.place.key.encode())
        await producer.send_and_wait(ARTICLES.name, b"{not an article", key=b"garbage")  # dead-lettered by extract
    finally:
        await producer.stop()
    await run.wait_for(lambda: {("alert", "Baaj"), ("alert", "Hatra")} <= set(run.seen()), "the live alerts")
    await run.settled()
    assert sorted(run.seen()) == [("alert", "Baaj"), ("alert", "Hatra")], "the muted live extractor missed Hawija"


async def test_dry_run_lists_the_differences_and_changes_no_key(run: Run) -> None:
    await _live_story(run)
    before = await run.snapshot()
    report = await run.reprocess(apply=False)
    after = await run.snapshot()
    assert after == before, "a dry run changed Redis"
    assert not any(k.startswith(b"townwatch:{ledger}:shadow:") for k in after), "the shadow ledger was not cleaned up"
    assert (report.records, report.articles, report.malformed) == (4, 3, 1)  # the bad record is reported and skipped
    assert [(m.alert.place.key, m.alert.gaining.id if m.alert.gaining else None) for m in report.difference.missing] == [
        (run.hawija_key, "iq-gov")]
    assert [(g.alert.place.name, g.only_evidence) for g in report.difference.gone] == [("Hatra", True)]
    assert report.raised == [] and report.withdrawn == []
    await run.settled()
    assert sorted(run.seen()) == [("alert", "Baaj"), ("alert", "Hatra")]


async def test_the_command_prints_the_same_differences_as_text_and_json_and_changes_no_key(run: Run) -> None:
    before = await run.snapshot()
    env = {**os.environ, "TOWNWATCH_REDIS_URL": run.pipeline.redis_url or "",
           "TOWNWATCH_KAFKA_BOOTSTRAP_SERVERS": run.pipeline.bootstrap_servers or ""}
    env.pop("TOWNWATCH_MUTED_PLACES", None)
    today = dt.datetime.now(dt.UTC).date().isoformat()
    done = await asyncio.to_thread(subprocess.run, [sys.executable, "-m", "townwatch.cli", "reprocess", "--since", today, "--json"],
                                   capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    doc = json.loads(done.stdout)  # --json: one document on stdout, the human report on stderr
    assert (doc["dry_run"], doc["changed"], doc["summary"]["missing"], doc["summary"]["only_evidence_gone"]) == (True, False, 1, 1)
    assert [(m["alert"]["place"]["name"], m["alert"]["gaining"]["id"]) for m in doc["missing"]] == [("Hawija", "iq-gov")]
    assert [(g["alert"]["place"]["name"], g["would_withdraw"]) for g in doc["gone"]] == [("Hatra", True)]
    assert doc["applied"] == {"raised": [], "withdrawn": []}
    lines = done.stderr.splitlines()
    assert "alerts that would be raised: 1" in lines and "alerts whose evidence is gone: 1" in lines, done.stderr
    assert any(line.startswith("  + ") and "Hawija" in line and "Iraqi" in line for line in lines), done.stderr
    assert any(line.startswith("  - ") and "Hatra" in line and "would be WITHDRAWN" in line for line in lines), done.stderr
    assert any(line.startswith("dry run: nothing changed") for line in lines)
    assert await run.snapshot() == before


async def test_the_window_is_found_by_broker_timestamp_on_this_broker(run: Run) -> None:
    """Records before --since and after --until are left out, whatever the broker answers to the offset-for-time lookup
    (Kafka: the window's first offset; Tansu: offset 0 and the current time, which the reader detects)."""
    bootstrap = run.pipeline.bootstrap_servers or ""
    spec = TopicSpec("reprocess-window-probe.v1", 2, "test")
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(spec.name, spec.partitions, 1)])
    finally:
        await admin.close()
    now = dt.datetime.now(dt.UTC)
    today = dt.datetime.combine(now.date(), dt.time(), dt.UTC)
    at = {  # (partition, timestamp): in the window of yesterday and the day before?
        (0, today - dt.timedelta(days=3, hours=-12)): False,
        (0, today - dt.timedelta(days=2)): True,
        (0, today - dt.timedelta(days=1, hours=-23)): True,
        (0, today + dt.timedelta(seconds=1)): False,
        (1, today - dt.timedelta(days=4)): False,  # a partition with nothing in the window
    }
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        for n, (partition, moment) in enumerate(at):
            await producer.send_and_wait(spec.name, f"m{n}".encode(), partition=partition, timestamp_ms=int(moment.timestamp() * 1000))
    finally:
        await producer.stop()
    window = Window(now.date() - dt.timedelta(days=2), now.date() - dt.timedelta(days=1), now)
    got = [r.value async for r in read_window({"bootstrap_servers": bootstrap}, window, spec, idle_s=2.0)]
    assert got == [f"m{n}".encode() for n, inside in enumerate(at.values()) if inside]


async def test_apply_raises_the_missed_alert_late_and_withdraws_the_other_once(run: Run) -> None:
    report = await run.reprocess(apply=True)
    assert [(r.decision.value, r.alert.late if r.alert else None) for _eid, r in report.raised] == [("new", True)]
    assert [(a.place.name, a.withdrawn) for a in report.withdrawn] == [("Hatra", True)]
    await run.wait_for(lambda: {("alert", "Hawija"), ("withdrawn", "Hatra")} <= set(run.seen()), "the late alert and the withdrawal")
    await run.settled()
    assert sorted(run.seen()) == [("alert", "Baaj"), ("alert", "Hatra"), ("alert", "Hawija"), ("withdrawn", "Hatra")]
    late = next(d for d in run.receiver.deliveries if d.alert["place"]["name"] == "Hawija")
    assert late.alert["late"] is True and late.signature_ok and "LATE: found by reprocessing" in late.body["text"]
    withdrawn = next(d for d in run.receiver.deliveries if d.body["kind"] == "withdrawn")
    assert withdrawn.body["text"].startswith("WITHDRAWN") and "no longer finds" in withdrawn.body["text"]

    console = Console(record=True, soft_wrap=True)
    again = await run.reprocess(apply=True, console=console)
    assert not again.difference, again.difference
    assert "no differences: the live ledger agrees with the current extractor on this window" in console.export_text()
    assert again.raised == [] and again.withdrawn == []
    await run.settled()
    assert len(run.receiver.deliveries) == 4, run.seen()


async def test_apply_while_the_alert_service_is_down_tells_the_desks_when_it_starts(run: Run) -> None:
    """--apply writes the live ledger and alerts.v1 itself; the notifier is the alert service's consumer of alerts.v1
    (group townwatch-alert, committed offsets): started later, it reads the revisions and tells the desks, once."""
    fields = {"source": "Rudaw", "url": "https://rudaw.example/tal-afar", "published": "2017-10-11",
              "text": "Islamic State fighters launched a campaign to retake Tal Afar on Monday, local officials said."}
    assert await asyncio.to_thread(_extractor().extract, _article(fields)) == [], "the current extractor finds nothing in it"
    path = run.pipeline.workdir / "tal-afar.jsonl"
    path.write_text(json.dumps(fields) + "\n")
    assert (await run.pipeline.replay([path])).published == 1
    article_id = ""
    async for value in read_topic(run.pipeline.bootstrap_servers or "", ARTICLES):
        if value.startswith(b"{not"):
            continue  # the malformed record of the live story
        article = Article.model_validate_json(value)
        if article.url == fields["url"]:
            article_id = article.id
    assert article_id
    tal_afar = Place(name="Tal Afar", canonical_name="Tal Afar", geonames_id=88180, country_code="IQ", lat=36.3765, lon=42.4495)
    old = control_change(tal_afar, "isis", "iq-gov", event_id="old-extractor-tal-afar", article_id=article_id,
                         source=fields["source"], url=fields["url"], published=dt.date(2017, 10, 11), event_date=dt.date(2017, 10, 9),
                         evidence=Evidence(sentence=fields["text"], start=0, end=len(fields["text"])),
                         extractor_version="townwatch-extract/0.9")
    producer = AIOKafkaProducer(bootstrap_servers=run.pipeline.bootstrap_servers)
    await producer.start()
    try:
        await producer.send_and_wait(CONTROL_CHANGES.name, old.to_json_bytes(), key=old.place.key.encode())
    finally:
        await producer.stop()
    await run.wait_for(lambda: ("alert", "Tal Afar") in run.seen(), "the false Tal Afar alert")
    await run.settled()
    told = len(run.receiver.deliveries)

    await asyncio.to_thread(run.pipeline.processes["alert"].stop)
    report = await run.reprocess(apply=True)
    assert [(a.place.name, a.withdrawn) for a in report.withdrawn] == [("Tal Afar", True)] and report.raised == []
    assert len(run.receiver.deliveries) == told  # nobody to tell yet: the service that notifies is down

    await asyncio.to_thread(run.pipeline.start_service, "alert")
    await asyncio.to_thread(run.pipeline.wait_ready)
    await run.wait_for(lambda: ("withdrawn", "Tal Afar") in run.seen(), "the withdrawal, once the alert service is back")
    await run.settled()
    assert run.seen()[told:] == [("withdrawn", "Tal Afar")]


async def test_a_window_beyond_the_topics_retention_is_refused_and_changes_nothing(run: Run) -> None:
    bootstrap = run.pipeline.bootstrap_servers or ""
    # two more articles (no change in them) on partition 0; then retention at work: all but the last are deleted
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        sent = [await producer.send_and_wait(ARTICLES.name, _article({**BAAJ, "url": f"https://quiet.example/{n}",
                                                                      "text": "A quiet day at the market."}).to_json_bytes(),
                                             partition=0) for n in range(2)]
    finally:
        await producer.stop()
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.delete_records({TopicPartition(ARTICLES.name, 0): RecordsToDelete(before_offset=sent[-1].offset)}, timeout_ms=10_000)
    except KafkaError as exc:
        if run.pipeline.broker is not None and run.pipeline.broker.kind in ("tansu", "tansu-memory"):
            pytest.skip(f"Tansu does not delete records (DeleteRecords: {exc!r}): retention cannot be simulated on it")
        raise
    finally:
        await admin.close()
    await run.settled()
    before = await run.snapshot()
    with pytest.raises(BeyondRetention, match="no longer holds the start of the window"):
        await run.reprocess(apply=True)
    assert await run.snapshot() == before


async def test_a_broker_without_the_topic_is_a_clear_message(tmp_path: Path) -> None:
    from townwatch.reprocess.window import NoTopic
    from townwatch.stack import RedisServer, make_broker

    with make_broker("tansu", tmp_path) as broker, RedisServer(data_dir=tmp_path / "redis") as redis:
        settings = AlertSettings(redis_url=redis.url, kafka_bootstrap_servers=broker.bootstrap_servers)
        with pytest.raises(NoTopic, match=r"articles\.v1 does not exist on this broker"):
            await reprocess(ReprocessConfig(since=dt.datetime.now(dt.UTC).date()), settings, None, Console())
