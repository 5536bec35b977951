"""The services' registry carries the standard process/GC collectors and HTTP request metrics by route template."""

from __future__ import annotations

import httpx
from fastapi import FastAPI

from townwatch_runtime.http_metrics import instrument_http
from townwatch_runtime.metrics import REGISTRY


def _value(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def test_process_and_gc_collectors_are_registered() -> None:
    names = {sample.name for family in REGISTRY.collect() for sample in family.samples}
    assert {"process_resident_memory_bytes", "process_cpu_seconds_total", "python_gc_collections_total", "python_info"} <= names


def _app() -> FastAPI:
    app = FastAPI()

    @app.get("/things/{key}")
    async def thing(key: str) -> dict[str, str]:
        if key == "missing":
            from fastapi import HTTPException

            raise HTTPException(404, "no such thing")
        return {"key": key}

    return instrument_http(app)


async def test_requests_are_counted_by_route_template_and_status_in_every_app() -> None:
    labels_ok = {"handler": "/things/{key}", "method": "GET", "status": "200"}
    labels_404 = {"handler": "/things/{key}", "method": "GET", "status": "404"}
    before_ok, before_404 = _value("http_requests_total", **labels_ok), _value("http_requests_total", **labels_404)
    before_latency = _value("http_request_duration_seconds_count", handler="/things/{key}", method="GET")
    for app in (_app(), _app()):  # two apps in one process (as in the tests) both record
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
            assert (await client.get("/things/secret-token-123")).status_code == 200
            assert (await client.get("/things/missing")).status_code == 404
    assert _value("http_requests_total", **labels_ok) == before_ok + 2
    assert _value("http_requests_total", **labels_404) == before_404 + 2
    assert _value("http_request_duration_seconds_count", handler="/things/{key}", method="GET") == before_latency + 4
    raw_paths = {s.labels.get("handler") for f in REGISTRY.collect() for s in f.samples if s.name == "http_requests_total"}
    assert not any(h and "secret-token" in h for h in raw_paths)
