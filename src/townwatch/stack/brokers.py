"""The broker choice: which embedded broker the demo, the benchmark and the tests start (``TOWNWATCH_BROKER``)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal, get_args

from pydantic_settings import BaseSettings, SettingsConfigDict

from townwatch.stack.broker import BrokerServer
from townwatch.stack.kafka import KafkaBroker
from townwatch.stack.tansu import TansuBroker

__all__ = ["BROKERS", "BrokerKind", "StackSettings", "make_broker"]

BrokerKind = Literal["tansu", "kafka"]
"""A new broker (e.g. Tansu on S3 storage) is one module with a ``BrokerServer`` subclass, one name here and one
entry in ``BROKERS``."""

BROKERS: dict[str, type[BrokerServer]] = {"tansu": TansuBroker, "kafka": KafkaBroker}
assert set(BROKERS) == set(get_args(BrokerKind))


class StackSettings(BaseSettings):
    """Settings of the embedded stack (demo, benchmark, tests)."""

    model_config = SettingsConfigDict(env_prefix="TOWNWATCH_", extra="ignore", frozen=True)

    broker: BrokerKind = "tansu"
    """Tansu starts in a second and keeps everything in memory; Kafka is the real thing (JDK, ~10 s to start)."""


def make_broker(kind: BrokerKind | None = None, workdir: Path | None = None) -> BrokerServer:
    """An unstarted broker of ``kind`` (default: the ``TOWNWATCH_BROKER`` setting), logging and keeping data under ``workdir``."""
    kind = kind or StackSettings().broker
    cls = BROKERS[kind]
    if workdir is None:
        return cls()
    (workdir / "logs").mkdir(parents=True, exist_ok=True)
    return cls(log_path=workdir / "logs" / f"{kind}.log", data_dir=workdir / kind)
