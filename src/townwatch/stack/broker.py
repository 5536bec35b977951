"""What every embedded broker is: a loopback server with bootstrap servers and what its clients may use."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from townwatch.stack.process import LoopbackServer
from townwatch_runtime.consumer_lag import EndOffsets

__all__ = ["BrokerServer"]


@dataclass
class BrokerServer(LoopbackServer):
    """Base of the embedded brokers (one module each). ``kind`` is the name users pick it by
    (``--broker``, ``TOWNWATCH_BROKER``); the class flags say what the services may turn on against it."""

    kind: ClassVar[str] = ""
    idempotent_producer: ClassVar[bool] = False
    """Whether the broker grants InitProducerId (the services' idempotent producer is on only then)."""
    durable: ClassVar[bool] = False
    """Whether a restart (or a kill -9) keeps topics, messages and committed offsets."""
    end_offsets: ClassVar[EndOffsets] = "highwater"
    """How to read a partition's log-end offset on this broker (``townwatch_runtime.consumer_lag``)."""
    client_tuning: ClassVar[dict[str, str]] = {}
    """Service settings this broker needs other than the defaults (environment names), unless the environment sets them."""
    service_tuning: ClassVar[dict[str, dict[str, str]]] = {}
    """The same, for one service only (by its name in ``townwatch.services``): it wins over ``client_tuning``."""

    log_path: Path | None = None
    data_dir: Path | None = None

    @property
    def bootstrap_servers(self) -> str:
        return f"127.0.0.1:{self.port}"

    def service_env(self, service: str | None = None) -> dict[str, str]:
        """Environment for the townwatch services that use this broker (for ``service`` alone when it is named)."""
        tuning = {**self.client_tuning, **self.service_tuning.get(service or "", {})}
        return {
            "TOWNWATCH_KAFKA_BOOTSTRAP_SERVERS": self.bootstrap_servers,
            "TOWNWATCH_KAFKA_IDEMPOTENT_PRODUCER": "true" if self.idempotent_producer else "false",
            "TOWNWATCH_KAFKA_END_OFFSETS": self.end_offsets,
            **{name: value for name, value in tuning.items() if name not in os.environ},  # the user's wins
        }

    def restart(self, *, kill: bool = False) -> None:
        """Stop (SIGTERM, or SIGKILL when ``kill``) and start again on the same port and data."""
        self.kill() if kill else self.stop()
        self.start()
