"""``Pipeline.start``: one that fails stops what it had started; a service whose port another process took starts
again on a fresh one."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from townwatch.pipeline import Pipeline

pytestmark = pytest.mark.integration  # a real redis-server, started by the pipeline


async def _no_topics() -> None:
    return None


def test_a_failed_start_stops_what_it_started(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Redis is the pipeline's own; the broker is an address nothing listens on, so ingest exits at its preflight
    pipeline = Pipeline(workdir=tmp_path, bootstrap_servers="127.0.0.1:1")  # as tests/reprocess: nothing there
    monkeypatch.setattr(pipeline, "_ensure_topics", _no_topics)
    try:
        with pytest.raises(RuntimeError, match="ingest exited"):
            pipeline.start(services=["ingest"], timeout=600)
        assert pipeline.redis is not None and pipeline.redis.proc is not None
        assert pipeline.redis.proc.poll() is not None, "the pipeline's Redis outlived its failed start"
    finally:
        pipeline.stop()


def test_a_service_whose_port_was_taken_starts_again_on_another(tmp_path: Path, broker) -> None:  # type: ignore[no-untyped-def]
    """CI once failed with "ingest exited with 2: cannot serve metrics on 127.0.0.1:43029: Address already in use":
    a client socket took the port between its choice and the service's bind."""
    held = socket.socket()  # bound, never listening: as an outgoing connection holds its port
    held.bind(("127.0.0.1", 0))
    taken = held.getsockname()[1]
    pipeline = Pipeline(workdir=tmp_path, bootstrap_servers=broker.bootstrap_servers, metrics_ports={"ingest": taken})
    try:
        pipeline.start(services=["ingest"], timeout=600)
        assert pipeline.metrics_ports["ingest"] != taken
        assert pipeline.processes["ingest"].running
        assert f"127.0.0.1:{taken}: Address already in use" in (tmp_path / "logs" / "ingest.log").read_text()
    finally:
        pipeline.stop()
        held.close()


def test_a_foreign_listener_on_a_metrics_port_does_not_pass_for_the_service(tmp_path: Path) -> None:
    """Readiness once meant "something listens on the metrics port": another process's listener there passed for a
    service that had not started serving (extract loads its model first)."""
    import subprocess
    import sys
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from townwatch.service_process import ServiceProcess

    class Hello(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    foreign = ThreadingHTTPServer(("127.0.0.1", 0), Hello)
    threading.Thread(target=foreign.serve_forever, daemon=True).start()
    loading = ServiceProcess("extract", "townwatch_extract", {}, tmp_path / "extract.log")  # still loading its model
    loading.proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    pipeline = Pipeline(workdir=tmp_path, bootstrap_servers="127.0.0.1:1", redis_url="redis://127.0.0.1:1",
                        metrics_ports={"extract": foreign.server_address[1]}, processes={"extract": loading})
    try:
        with pytest.raises(TimeoutError, match="extract not ready"):
            pipeline.wait_ready(timeout=1.0)
    finally:
        loading.proc.kill()
        loading.proc.wait()
        foreign.shutdown()
        foreign.server_close()
