"""A missing broker or Redis, or a metrics port another process holds, at start-up: one clear error line naming what
and where, no traceback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest

from townwatch.stack import free_port

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("module", ["townwatch_ingest", "townwatch_extract", "townwatch_alert"])
def test_missing_broker(module: str, redis_server) -> None:  # type: ignore[no-untyped-def]
    port = free_port()
    env = {**os.environ, "TOWNWATCH_KAFKA_BOOTSTRAP_SERVERS": f"127.0.0.1:{port}", "TOWNWATCH_REDIS_URL": redis_server.url}
    done = subprocess.run([sys.executable, "-m", module], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    assert f"127.0.0.1:{port}" in lines[0] and "Kafka" in lines[0]


def test_missing_redis(broker) -> None:  # type: ignore[no-untyped-def]
    port = free_port()
    env = {**os.environ, "TOWNWATCH_KAFKA_BOOTSTRAP_SERVERS": broker.bootstrap_servers, "TOWNWATCH_REDIS_URL": f"redis://127.0.0.1:{port}/0"}
    done = subprocess.run([sys.executable, "-m", "townwatch_alert"], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr, done.stderr
    assert f"127.0.0.1:{port}" in lines[0] and "Redis" in lines[0]


@pytest.mark.parametrize("module", ["townwatch_ingest", "townwatch_extract", "townwatch_alert"])
def test_metrics_port_taken(module: str, broker, redis_server) -> None:  # type: ignore[no-untyped-def]
    """``Pipeline`` reads the port from this line to start the service again elsewhere (extract and alert printed a
    traceback before)."""
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        port = held.getsockname()[1]
        env = {**os.environ, "TOWNWATCH_KAFKA_BOOTSTRAP_SERVERS": broker.bootstrap_servers,
               "TOWNWATCH_REDIS_URL": redis_server.url, "TOWNWATCH_METRICS_PORT": str(port),
               "TOWNWATCH_METRICS_HOST": "127.0.0.1",
               "TOWNWATCH_HTTP_PORT": str(free_port()), "TOWNWATCH_API_PORT": str(free_port())}
        done = subprocess.run([sys.executable, "-m", module], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr, done.stderr
    assert f"error: cannot serve metrics on 127.0.0.1:{port}: Address already in use" in done.stderr
