"""The embedded stack: a broker (Tansu or real Kafka) and a redis-server started on loopback as child processes."""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from townwatch.stack.broker import BrokerServer
    from townwatch.stack.brokers import (
        BROKERS,
        TESTED_BROKERS,
        BrokerKind,
        StackSettings,
        make_broker,
    )
    from townwatch.stack.kafka import KafkaBroker, kafka_libs
    from townwatch.stack.process import die_with_parent, free_port, wait_for_port
    from townwatch.stack.redis import RedisServer, redis_server_binary
    from townwatch.stack.retention import Retention
    from townwatch.stack.s3store import S3Store
    from townwatch.stack.tansu import DurableTansuBroker, TansuBroker, tansu_binary

    Broker = TansuBroker

# Imported on first use, not here: ``python -m townwatch.stack.object_server`` (the durable broker's store) imports this
# package first, and the brokers' modules pull in aiokafka and settings (~0.5 s on a quiet machine, seconds under
# load): a store restarted after a kill -9 must be back before Tansu's storage client gives up retrying.
_MODULES = {
    "townwatch.stack.broker": ("BrokerServer",),
    "townwatch.stack.brokers": ("BROKERS", "TESTED_BROKERS", "BrokerKind", "StackSettings", "make_broker"),
    "townwatch.stack.kafka": ("KafkaBroker", "kafka_libs"),
    "townwatch.stack.process": ("die_with_parent", "free_port", "wait_for_port"),
    "townwatch.stack.redis": ("RedisServer", "redis_server_binary"),
    "townwatch.stack.retention": ("Retention",),
    "townwatch.stack.s3store": ("S3Store",),
    "townwatch.stack.tansu": ("DurableTansuBroker", "TansuBroker", "tansu_binary"),
}
_LAZY = {name: (module, name) for module, names in _MODULES.items() for name in names}
_LAZY["Broker"] = ("townwatch.stack.tansu", "TansuBroker")


def __getattr__(name: str) -> Any:
    """The package's public names, each imported from its module on first use."""
    try:
        module, attribute = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value
    return value


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

# ``Broker``: Tansu in memory, the quick broker of the integration tests' ``broker`` fixture (the demo's default is
# ``tansu``, :class:`DurableTansuBroker`).


@contextlib.contextmanager
def embedded_stack(workdir: Path | None = None, broker: BrokerKind | None = None) -> Iterator[tuple[BrokerServer, RedisServer]]:
    """Start a broker (default: the ``TOWNWATCH_BROKER`` setting) and a Redis, yield them, and stop both."""
    from townwatch.stack.brokers import make_broker
    from townwatch.stack.redis import RedisServer

    server = make_broker(broker, workdir)
    redis = RedisServer()
    with server, redis:
        yield server, redis
