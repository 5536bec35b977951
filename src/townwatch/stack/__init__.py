"""The embedded stack: a broker (Tansu or real Kafka) and a redis-server started on loopback as child processes."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from townwatch.stack.broker import BrokerServer
from townwatch.stack.brokers import BROKERS, TESTED_BROKERS, BrokerKind, StackSettings, make_broker
from townwatch.stack.kafka import KafkaBroker, kafka_libs
from townwatch.stack.process import die_with_parent, free_port, wait_for_port
from townwatch.stack.redis import RedisServer, redis_server_binary
from townwatch.stack.retention import Retention
from townwatch.stack.s3store import S3Store
from townwatch.stack.tansu import DurableTansuBroker, TansuBroker, tansu_binary

__all__ = [
    "BROKERS",
    "TESTED_BROKERS",
    "Broker",
    "BrokerKind",
    "BrokerServer",
    "DurableTansuBroker",
    "KafkaBroker",
    "RedisServer",
    "Retention",
    "S3Store",
    "StackSettings",
    "TansuBroker",
    "die_with_parent",
    "embedded_stack",
    "free_port",
    "kafka_libs",
    "make_broker",
    "redis_server_binary",
    "tansu_binary",
    "wait_for_port",
]

Broker = TansuBroker
"""Tansu in memory: the quick broker of the integration tests' ``broker`` fixture (the demo's default is ``tansu``,
:class:`DurableTansuBroker`)."""


@contextlib.contextmanager
def embedded_stack(workdir: Path | None = None, broker: BrokerKind | None = None) -> Iterator[tuple[BrokerServer, RedisServer]]:
    """Start a broker (default: the ``TOWNWATCH_BROKER`` setting) and a Redis, yield them, and stop both."""
    server = make_broker(broker, workdir)
    redis = RedisServer()
    with server, redis:
        yield server, redis
