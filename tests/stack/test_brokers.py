"""Each embedded broker's environment for the services: valid settings, and the durable Tansu's own client tuning."""

from __future__ import annotations

from pathlib import Path

import pytest

from townwatch.stack import BROKERS, make_broker
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
    """On the s3 engine every fetch that finds data lists the store and every produce is two store writes: the
    services' low-latency defaults (20 ms fetch wait, no linger) overloaded it at 100 articles/s."""
    durable = _settings(make_broker("tansu", tmp_path / "durable").service_env(), monkeypatch)
    assert (durable.kafka_fetch_max_wait_ms, durable.kafka_linger_ms) == (100, 5)


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
