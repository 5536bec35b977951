"""The project's redis-server: a cluster-mode node gets a port whose cluster bus (+10,000) Redis 6 can bind."""

from __future__ import annotations

from pathlib import Path

import pytest
import redis

from townwatch.stack import RedisServer
from townwatch.stack.redis import CLUSTER_BUS_OFFSET, cluster_port


def test_a_cluster_node_starts_whatever_port_it_was_given(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """An ephemeral port above 55,535 (about one ``free_port()`` in five) made the cluster node refuse to start."""
    with RedisServer(port=60_500, data_dir=tmp_path / "node", cluster=True, appendonly=False) as server:
        assert server.port + CLUSTER_BUS_OFFSET <= 65_535
        client = redis.Redis(host="127.0.0.1", port=server.port)
        try:
            assert b"cluster_state:ok" in client.execute_command("CLUSTER", "INFO")
        finally:
            client.close()


def test_cluster_ports_leave_room_for_the_bus() -> None:
    ports = {cluster_port() for _ in range(50)}
    assert all(p + CLUSTER_BUS_OFFSET <= 55_535 for p in ports)


def test_a_cluster_node_whose_slots_are_not_set_up_is_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_slots(self: RedisServer, timeout: float) -> None:
        raise TimeoutError("cluster state not ok")

    monkeypatch.setattr(RedisServer, "_own_every_slot", no_slots)
    server = RedisServer(data_dir=tmp_path / "redis", cluster=True)
    try:
        with pytest.raises(TimeoutError, match="cluster state"):
            server.start()
        assert server.proc is not None and server.proc.poll() is not None, "the redis-server outlived its failed start"
    finally:
        server.kill()
