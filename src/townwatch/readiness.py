"""Whether a townwatch service is ready: its own ``/metrics`` answers and names it, not merely "something listens"."""

from __future__ import annotations

import time

import httpx
from prometheus_client.parser import text_string_to_metric_families

__all__ = ["serves_as", "wait_service_ready"]


def serves_as(port: int, service: str, host: str = "127.0.0.1", timeout: float = 1.0) -> bool:
    """True when ``http://host:port/metrics`` answers with ``townwatch_service_info{service="<service>"}``
    (``townwatch_runtime.metrics.serve_metrics``). Another process's listener on the port, a connection refused,
    an error status or a body that is not Prometheus text are all "not ready"."""
    try:
        response = httpx.get(f"http://{host}:{port}/metrics", timeout=timeout)
    except httpx.HTTPError:
        return False
    if response.status_code != 200:
        return False
    try:
        families = list(text_string_to_metric_families(response.text))
    except (ValueError, TypeError, IndexError):
        return False
    return any(sample.name == "townwatch_service_info" and sample.labels.get("service") == service
               for family in families for sample in family.samples)


def wait_service_ready(port: int, service: str, timeout: float, host: str = "127.0.0.1") -> None:
    """Poll ``serves_as`` until it holds; ``TimeoutError`` after ``timeout`` seconds (at least one try)."""
    deadline = time.monotonic() + timeout
    while not serves_as(port, service, host):
        if time.monotonic() >= deadline:
            raise TimeoutError(f"{service} not serving its /metrics on {host}:{port} after {timeout:.1f}s")
        time.sleep(0.05)
