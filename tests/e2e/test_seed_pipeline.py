"""The whole pipeline on real components: a real broker (Tansu, then Apache Kafka), a private Redis, the three
services as subprocesses, the seeds.

One pipeline per broker serves the module; the tests run in file order (first replay, then the checks, then bad
input, then the second replay).
"""

from __future__ import annotations

import asyncio
import json
from collections import defaultdict
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from aiokafka.record.memory_records import MemoryRecords

from townwatch.demo import write_subscriptions
from townwatch.pipeline import Pipeline
from townwatch.stack import BrokerKind, KafkaBroker
from townwatch.topic_reader import dead_letters, latest_alerts
from townwatch.webhook_receiver import WebhookReceiver
from townwatch_gazetteer import normalise_name
from townwatch_schemas import Stage

pytestmark = [pytest.mark.e2e, pytest.mark.integration, pytest.mark.asyncio(loop_scope="module")]

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SECRET = "e2e-secret"
DESKS = {"all": ["*"], "hawijah": ["Hawijah"], "hatra": ["Hatra"]}
STATIC_BROKER_CONFIG = 4  # DescribeConfigs config_source: set in the broker's properties file


class Run:
    def __init__(self, pipeline: Pipeline, receiver: WebhookReceiver) -> None:
        self.pipeline = pipeline
        self.receiver = receiver

    def deliveries(self, desk: str, kind: str | None = None) -> list[Any]:
        return [
            d for d in self.receiver.deliveries
            if d.path == f"/hooks/{desk}" and (kind is None or d.body.get("kind") == kind)
        ]

    def alert_ids(self, desk: str) -> set[str]:
        return {d.alert["alert_id"] for d in self.deliveries(desk, "alert")}


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def run(tmp_path_factory: pytest.TempPathFactory, broker_kind: BrokerKind) -> AsyncIterator[Run]:
    workdir = tmp_path_factory.mktemp(f"e2e-{broker_kind}")
    receiver = await WebhookReceiver(secret=SECRET).start()
    subs = write_subscriptions(
        workdir / "subscriptions.yaml",
        [
            {
                "id": desk,
                "token": f"token-{desk}",
                "subscriptions": [{
                    "id": f"{desk}-towns",
                    "towns": towns,
                    "policy": "first",
                    "channels": [{"kind": "webhook", "url": receiver.url(f"hooks/{desk}"), "secret": SECRET}],
                }],
            }
            for desk, towns in DESKS.items()
        ],
    )
    pipeline = Pipeline(workdir=workdir, subscriptions_file=subs, broker_kind=broker_kind)
    await asyncio.to_thread(pipeline.start)
    try:
        report = await pipeline.replay(sorted(SEEDS.iterdir()))
        assert report.published == 5
        await pipeline.wait_idle()
        yield Run(pipeline, receiver)
    finally:
        await receiver.stop()
        await asyncio.to_thread(pipeline.stop)


def segment_batches(log_dir: Path) -> list[tuple[str, int]]:
    """``(topic, producer id)`` of every record batch in the townwatch topics' log segments (-1: no producer id)."""
    out = []
    for segment in sorted(log_dir.glob("*.v[0-9]*-[0-9]*/*.log")):
        topic = segment.parent.name.rsplit("-", 1)[0]
        records = MemoryRecords(segment.read_bytes())
        while (batch := records.next_batch()) is not None:
            out.append((topic, batch.producer_id))
    return out


def _town(alert: dict[str, Any]) -> str:
    return normalise_name(alert["place"]["name"])


async def test_exactly_three_alerts_for_the_desk_tracking_every_town(run: Run) -> None:
    alerts = {d.alert["alert_id"]: d.alert for d in run.deliveries("all", "alert")}
    assert len(run.deliveries("all", "alert")) == 3, [d.body.get("text") for d in run.deliveries("all")]
    assert sorted(_town(a) for a in alerts.values()) == sorted(normalise_name(t) for t in ("Baaj", "Hatra", "Hawija"))


async def test_direction_of_each_alert(run: Run) -> None:
    latest = await latest_alerts(run.pipeline.bootstrap_servers or "")
    by_town = {_town(latest[a]): latest[a] for a in run.alert_ids("all")}
    expected = {"Hawija": ("isis", "iq-gov"), "Baaj": ("isis", "pmf"), "Hatra": ("isis", "pmf")}
    for town, (losing, gaining) in expected.items():
        alert = by_town[normalise_name(town)]
        assert (alert["losing"]["id"], alert["gaining"]["id"]) == (losing, gaining), (town, alert)
        assert alert["place"]["country_code"] == "IQ"


async def test_baaj_is_one_alert_listing_reuters_and_trt_world(run: Run) -> None:
    latest = await latest_alerts(run.pipeline.bootstrap_servers or "")
    [baaj] = [latest[a] for a in run.alert_ids("all") if _town(latest[a]) == normalise_name("Baaj")]
    assert {s["outlet"] for s in baaj["sources"]} == {"Reuters", "TRT World"}
    assert all(s["evidence"]["sentence"] for s in baaj["sources"])


async def test_no_mosul_alert_anywhere(run: Run) -> None:
    latest = await latest_alerts(run.pipeline.bootstrap_servers or "")
    assert not [a for a in latest.values() if _town(a) == normalise_name("Mosul")]


async def test_deliveries_are_signed_keyed_and_never_repeated(run: Run) -> None:
    assert run.receiver.deliveries
    assert all(d.signature_ok for d in run.receiver.deliveries)
    keys = [d.idempotency_key for d in run.receiver.deliveries]
    assert None not in keys and len(keys) == len(set(keys))


async def test_desks_tracking_one_town_get_only_that_town(run: Run) -> None:
    latest = await latest_alerts(run.pipeline.bootstrap_servers or "")
    assert [_town(latest[a]) for a in run.alert_ids("hawijah")] == [normalise_name("Hawija")]
    assert [_town(latest[a]) for a in run.alert_ids("hatra")] == [normalise_name("Hatra")]
    assert len(run.deliveries("hawijah", "alert")) == len(run.deliveries("hatra", "alert")) == 1


async def test_every_producer_is_idempotent_on_kafka(run: Run) -> None:
    """Every record batch the services wrote (ingest's replay, extract's and alert's faust producers) carries a
    producer id, which a broker hands out only to an idempotent producer (InitProducerId). Read from Kafka's own
    log segments, before this module's test producer (not idempotent) writes anything."""
    broker = run.pipeline.broker
    assert broker is not None
    if not broker.idempotent_producer:
        pytest.skip(f"{broker.kind} refuses InitProducerId: the services' producers are not idempotent on it")
    assert broker.data_dir is not None
    batches = segment_batches(broker.data_dir / "log")
    written = {topic for topic, _pid in batches}
    assert {"articles.v1", "control-changes.v1", "alerts.v1", "notifications.v1"} <= written, written
    assert [(topic, pid) for topic, pid in batches if pid < 0] == []


async def test_kafka_runs_with_every_setting_of_the_compose_broker(run: Run) -> None:
    """The broker that just ran the seeds was configured from docker-compose.yml's ``KAFKA_*`` environment: each of
    those settings is one Kafka knows and holds at the compose value (a typo in compose fails here)."""
    broker = run.pipeline.broker
    if not isinstance(broker, KafkaBroker):
        pytest.skip("the compose broker is Apache Kafka")
    wanted = broker.properties()
    assert {"message.max.bytes", "listeners", "auto.create.topics.enable"} <= set(wanted)
    admin = AIOKafkaAdminClient(bootstrap_servers=broker.bootstrap_servers)
    await admin.start()
    try:
        [response] = await admin.describe_configs([ConfigResource(ConfigResourceType.BROKER, "1")])
    finally:
        await admin.close()
    [resource] = response.resources
    static = {entry[0]: entry[1] for entry in resource[4] if entry[3] == STATIC_BROKER_CONFIG}
    assert {k: static.get(k) for k in wanted} == wanted


async def test_malformed_messages_go_to_dead_letters_and_services_keep_running(run: Run) -> None:
    bootstrap = run.pipeline.bootstrap_servers or ""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        for topic in ("articles.v1", "control-changes.v1", "alerts.v1"):
            await producer.send_and_wait(topic, b"\x00\xffnot json", key=b"bad-1")
            await producer.send_and_wait(topic, json.dumps({"id": "x"}).encode(), key=b"bad-2")
    finally:
        await producer.stop()
    for stage in (Stage.EXTRACT, Stage.ALERT, Stage.NOTIFY):
        letters = await dead_letters(bootstrap, stage, 2)
        reasons = defaultdict(list)
        for letter in letters:
            reasons[letter.key].append(letter.reason)
        assert reasons["bad-1"] == ["decode"] and reasons["bad-2"] == ["schema"], (stage, letters)
    assert all(p.running for p in run.pipeline.processes.values())


async def test_replaying_the_seeds_again_gives_no_new_alert_and_no_new_notification(run: Run) -> None:
    before_deliveries = len(run.receiver.deliveries)
    before_alerts = set(await latest_alerts(run.pipeline.bootstrap_servers or ""))
    report = await run.pipeline.replay(sorted(SEEDS.iterdir()))
    assert report.published == 5
    await run.pipeline.wait_idle()
    await asyncio.sleep(1.0)
    assert len(run.receiver.deliveries) == before_deliveries
    assert set(await latest_alerts(run.pipeline.bootstrap_servers or "")) == before_alerts
