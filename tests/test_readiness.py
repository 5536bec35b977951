"""``townwatch.readiness``: a service is ready when its own /metrics names it, not when anything at all listens on its
port (another process's HTTP server, a socket that accepts and never answers, another townwatch service)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from prometheus_client import CollectorRegistry, Info, start_http_server

from townwatch.readiness import serves_as, wait_service_ready


class _Hello(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b"hello from someone else's server\n"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def foreign_http() -> Iterator[int]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hello)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def _metrics_of(service: str) -> int:
    registry = CollectorRegistry()
    Info("townwatch_service", "The townwatch service serving this endpoint.", registry=registry).info({"service": service})
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    start_http_server(port, addr="127.0.0.1", registry=registry)
    return port


def test_someone_elses_http_server_on_the_port_is_not_the_service(foreign_http: int) -> None:
    assert not serves_as(foreign_http, "extract")
    with pytest.raises(TimeoutError, match="extract not serving its /metrics"):
        wait_service_ready(foreign_http, "extract", timeout=0.2)


def test_a_listener_that_never_answers_is_not_the_service() -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        assert not serves_as(silent.getsockname()[1], "alert", timeout=0.2)


def test_nothing_listening_is_not_ready() -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    assert not serves_as(port, "ingest")


def test_the_service_that_names_itself_is_ready_and_no_other() -> None:
    port = _metrics_of("alert")
    assert serves_as(port, "alert")
    wait_service_ready(port, "alert", timeout=5)
    assert not serves_as(port, "extract")


def test_serve_metrics_names_the_service() -> None:
    """The services' own endpoint (``townwatch_runtime.metrics.serve_metrics``) carries what readiness asks for."""
    from townwatch_runtime.metrics import REGISTRY, serve_metrics

    serve_metrics("127.0.0.1", 0, "ingest")  # port 0: no endpoint, the identity is still set
    [sample] = [s for family in REGISTRY.collect() if family.name == "townwatch_service" for s in family.samples]
    assert sample.name == "townwatch_service_info" and sample.labels == {"service": "ingest"}
