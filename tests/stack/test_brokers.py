"""Each embedded broker's environment for the services: valid settings, the durable Tansu's own client tuning; the
default and the suites' matrix; the in-memory Tansu still starts."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from townwatch.stack import BROKERS, TESTED_BROKERS, StackSettings, make_broker
from townwatch_runtime.settings import ServiceSettings


def _settings(env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> ServiceSettings:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return ServiceSettings()


@pytest.mark.parametrize("kind", sorted(BROKERS))
def test_every_brokers_service_environment_is_valid_settings(kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broker = make_broker(kind, tmp_path)  # type: ignore[arg-type]
    settings = _settings(broker.service_env(), monkeypatch)
    assert settings.kafka_bootstrap_servers == broker.bootstrap_servers
    assert settings.kafka_idempotent_producer is broker.idempotent_producer


def test_the_durable_tansu_keeps_the_longer_fetch_wait_and_a_linger(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On the s3 engine every produce is two store writes (hence the linger), and every poll of an idle fetch costs
    the broker CPU: at 25 ms the broker's polling took the CPU the extract stage needed on this 2-core machine, and
    `make bench`'s 100/s p99 was 1.4-2.7 s against 0.6 s at 100 ms (session 9), so the services wait 100 ms."""
    durable = _settings(make_broker("tansu", tmp_path / "durable").service_env("extract"), monkeypatch)
    assert (durable.kafka_fetch_max_wait_ms, durable.kafka_linger_ms) == (100, 5)


def test_on_the_durable_tansu_the_alert_service_alone_polls_its_quiet_topics_at_20_ms(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The ledger's and the notifier's topics carry a few messages a minute: their fetches nearly all find nothing,
    which costs the broker a poll and the store nothing, so two of the three hops wait 20 ms, not 100 (session 20)."""
    broker = make_broker("tansu", tmp_path / "durable")
    waits = {service: broker.service_env(service)["TOWNWATCH_KAFKA_FETCH_MAX_WAIT_MS"]
             for service in ("ingest", "extract", "alert", None)}
    assert waits == {"ingest": "100", "extract": "100", "alert": "20", None: "100"}
    alert = _settings(broker.service_env("alert"), monkeypatch)
    assert (alert.kafka_fetch_max_wait_ms, alert.kafka_linger_ms) == (20, 5)


def test_the_pipeline_gives_each_service_its_own_tuning_and_the_environment_still_wins(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from townwatch.pipeline import Pipeline

    pipeline = Pipeline(workdir=tmp_path, bootstrap_servers="127.0.0.1:1", redis_url="redis://127.0.0.1:1",
                        broker=make_broker("tansu", tmp_path / "durable"), extract_workers=2)
    waits = {name: pipeline.env_for(name)["TOWNWATCH_KAFKA_FETCH_MAX_WAIT_MS"] for name in ("extract", "extract-2", "alert")}
    assert waits == {"extract": "100", "extract-2": "100", "alert": "20"}
    monkeypatch.setenv("TOWNWATCH_KAFKA_FETCH_MAX_WAIT_MS", "250")
    assert "TOWNWATCH_KAFKA_FETCH_MAX_WAIT_MS" not in pipeline.env_for("alert")


@pytest.mark.parametrize("kind", ["tansu-memory", "kafka"])
def test_the_other_brokers_keep_the_low_latency_defaults(kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = _settings(make_broker(kind, tmp_path).service_env(), monkeypatch)  # type: ignore[arg-type]
    defaults = ServiceSettings.model_fields
    assert settings.kafka_fetch_max_wait_ms == defaults["kafka_fetch_max_wait_ms"].default == 20
    assert settings.kafka_linger_ms == defaults["kafka_linger_ms"].default == 0


def test_a_setting_in_the_environment_wins_over_the_brokers_tuning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOWNWATCH_KAFKA_FETCH_MAX_WAIT_MS", "250")
    env = make_broker("tansu", tmp_path).service_env()
    assert "TOWNWATCH_KAFKA_FETCH_MAX_WAIT_MS" not in env and env["TOWNWATCH_KAFKA_LINGER_MS"] == "5"


@pytest.mark.integration
async def test_the_in_memory_tansu_is_still_selectable_starts_and_carries_a_message(tmp_path: Path,
                                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The default is the durable Tansu, out of the suites' matrix now; ``TOWNWATCH_BROKER=tansu-memory`` still
    picks the in-memory one, which starts, keeps no store on disk, and carries a record from a producer to a reader."""
    monkeypatch.setenv("TOWNWATCH_BROKER", "tansu-memory")
    broker = make_broker(workdir=tmp_path)
    assert (broker.kind, broker.durable) == ("tansu-memory", False)
    with broker:
        producer = AIOKafkaProducer(bootstrap_servers=broker.bootstrap_servers, acks="all")
        await producer.start()
        try:
            sent = await producer.send_and_wait("memory-check", key=b"k", value=b"still here", partition=0)
        finally:
            await producer.stop()
        consumer = AIOKafkaConsumer(bootstrap_servers=broker.bootstrap_servers, enable_auto_commit=False)
        await consumer.start()
        try:
            tp = TopicPartition("memory-check", 0)
            consumer.assign([tp])
            consumer.seek(tp, sent.offset)
            record = await asyncio.wait_for(consumer.getone(), timeout=60)
        finally:
            await consumer.stop()
    assert (record.key, record.value) == (b"k", b"still here")
    assert not (tmp_path / "tansu-memory").exists()


def test_the_default_broker_is_the_durable_tansu_and_the_matrix_is_it_and_kafka(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TOWNWATCH_BROKER", raising=False)
    assert StackSettings().broker == "tansu" and BROKERS["tansu"].durable
    assert TESTED_BROKERS == ("tansu", "kafka")
