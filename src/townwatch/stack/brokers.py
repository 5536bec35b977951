"""The broker choice: which embedded broker the demo, the benchmark and the tests start (``TOWNWATCH_BROKER``)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal, get_args

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from townwatch.stack.broker import BrokerServer
from townwatch.stack.kafka import KafkaBroker
from townwatch.stack.retention import DAY_MS, Retention
from townwatch.stack.tansu import DurableTansuBroker, TansuBroker

__all__ = ["BROKERS", "TESTED_BROKERS", "BrokerKind", "StackSettings", "make_broker"]

BrokerKind = Literal["tansu", "kafka", "tansu-memory"]
"""A new broker is one module with a ``BrokerServer`` subclass, one name here and one entry in ``BROKERS``."""

BROKERS: dict[str, type[BrokerServer]] = {"tansu": DurableTansuBroker, "kafka": KafkaBroker, "tansu-memory": TansuBroker}
TESTED_BROKERS: tuple[BrokerKind, ...] = ("tansu", "kafka")
"""The brokers the suites run on by default (CI): the default (the durable Tansu) and real Kafka. ``tansu-memory``
runs any suite with ``--broker tansu-memory``; its start and a round trip are tested in tests/stack/test_brokers.py,
and the session-wide test broker (tests/conftest.py's ``broker``) is one."""
assert set(BROKERS) == set(get_args(BrokerKind))


class StackSettings(BaseSettings):
    """Settings of the embedded stack (demo, benchmark, tests)."""

    model_config = SettingsConfigDict(env_prefix="TOWNWATCH_", extra="ignore", frozen=True)

    broker: BrokerKind = "tansu"
    """``tansu`` (the default): Tansu on a local S3 store on disk (``townwatch.stack.object_server``, under the
    work directory), survives kill -9 of either and nothing skipped at 100/s (``python -m bench.gaps``), but every
    fetch lists a partition's retained batches and every acknowledged send is two object writes (see the README's
    known limits); ``tansu-memory``: Tansu keeping everything in memory, starts in a second, loses it all on restart;
    ``kafka``: the real thing (JDK, ~10 s to start), what ``townwatch up`` uses by default."""
    broker_retention_ms: int = Field(default=30 * DAY_MS, ge=-1)
    """The durable Tansu's default per-partition retention by age (``-1``: unlimited); a topic's ``retention.ms`` wins."""
    broker_retention_bytes: int = Field(default=2 << 30, ge=-1)
    """... and by size per partition (``-1``: unlimited); a topic's ``retention.bytes`` wins."""
    broker_retention_check_s: float = Field(default=30.0, gt=0)
    """How often the durable Tansu's retention sweeps its store."""
    broker_retention_group_expiry_ms: int = Field(default=7 * DAY_MS, ge=-1)
    """The durable Tansu's retention never deletes what a consumer group has not read, unless the group has committed
    nothing for this long (``-1``: never; default 7 days, Kafka's ``offsets.retention.minutes``)."""

    def retention(self) -> Retention:
        def limit(value: int) -> int | None:
            return None if value < 0 else value

        return Retention(ms=limit(self.broker_retention_ms), bytes=limit(self.broker_retention_bytes),
                         group_expiry_ms=limit(self.broker_retention_group_expiry_ms))


def make_broker(kind: BrokerKind | None = None, workdir: Path | None = None, settings: StackSettings | None = None) -> BrokerServer:
    """An unstarted broker of ``kind`` (default: the ``TOWNWATCH_BROKER`` setting), logging to ``workdir/logs`` and
    keeping its data in ``workdir/<kind>`` (a kept ``workdir`` keeps the durable brokers' topics and offsets)."""
    settings = settings or StackSettings()
    kind = kind or settings.broker
    cls = BROKERS[kind]
    log_path = data_dir = None
    if workdir is not None:
        (workdir / "logs").mkdir(parents=True, exist_ok=True)
        log_path, data_dir = workdir / "logs" / f"{kind}.log", workdir / kind
    if cls is DurableTansuBroker:
        return DurableTansuBroker(log_path=log_path, data_dir=data_dir, retention=settings.retention(),
                                  sweep_interval=settings.broker_retention_check_s)
    return cls(log_path=log_path, data_dir=data_dir)
