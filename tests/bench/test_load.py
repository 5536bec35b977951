"""The load generator against a stand-in push endpoint: the token is sent, the rate is kept, batches are NDJSON."""

from __future__ import annotations

import json
import time

import pytest
from aiohttp import web

from bench.corpus import generate
from bench.load import LoadGenerator

pytestmark = pytest.mark.integration  # a loopback HTTP server


async def test_set_rate_and_flat_out_reach_the_push_endpoint_as_ingest_expects() -> None:
    seen: list[tuple[float, str, str, int]] = []

    async def articles(request: web.Request) -> web.Response:
        body = await request.read()
        lines = [json.loads(line) for line in body.splitlines() if line.strip()]
        assert all("text" in item and "url" in item for item in lines)
        seen.append((time.monotonic(), request.headers["Authorization"], request.content_type, len(lines)))
        return web.json_response({"accepted": [f"id{i}" for i in range(len(lines))], "duplicates": [], "rejected": []},
                                 status=202)

    app = web.Application()
    app.router.add_post("/articles", articles)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    drafts = [item.draft for item in generate(130, seed=5)]
    load = await LoadGenerator("push", ingest_url=f"http://127.0.0.1:{port}", token="t0k", concurrency=4).start()
    try:
        took = await load.at_rate(drafts[:30], rate=100.0)
        assert took >= 0.29  # article i is not sent before i / rate
        assert [s[3] for s in seen] == [1] * 30 and {s[2] for s in seen} == {"application/json"}
        await load.flat_out(drafts[30:], batch=25, in_flight=2)
        assert [s[3] for s in seen[30:]] == [25] * 4 and {s[2] for s in seen[30:]} == {"application/x-ndjson"}
        assert {s[1] for s in seen} == {"Bearer t0k"}
        assert len(load.sent_times) == 130 and not load.errors
    finally:
        await load.stop()
        await runner.cleanup()


async def test_a_record_the_broker_refused_is_sent_again_until_acknowledged(monkeypatch: pytest.MonkeyPatch) -> None:
    """CI failed once: the durable Tansu answered a produce with UnknownError while its object store restarted
    (tests/faults/test_store_restart.py), which aiokafka does not retry, and the load generator gave up on the record."""
    from aiokafka.errors import UnknownError

    from bench import load as load_module

    monkeypatch.setattr(load_module, "_RESEND_BACK_OFF_S", 0.0)
    refusals = {b"b": 2, b"c": 1}  # key -> refusals left
    acknowledged: list[bytes] = []

    async def send_one(key: bytes, value: bytes) -> None:
        if refusals.get(key, 0):
            refusals[key] -= 1
            raise UnknownError()
        acknowledged.append(key)

    load = LoadGenerator("topic", bootstrap_servers="unused")
    load._producer = object()  # type: ignore[assignment]  # never used: _send_one is replaced
    monkeypatch.setattr(load, "_send_one", send_one)
    await load._produce([(b"a", b"1"), (b"b", b"2"), (b"c", b"3")])
    assert sorted(acknowledged) == [b"a", b"b", b"c"] and acknowledged.count(b"a") == 1
    assert load.resent == 3


async def test_a_refusal_past_the_send_timeout_or_a_bug_is_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    from aiokafka.errors import UnknownError

    async def refuse(key: bytes, value: bytes) -> None:
        raise UnknownError()

    async def bug(key: bytes, value: bytes) -> None:
        raise KeyError(key)

    load = LoadGenerator("topic", bootstrap_servers="unused", send_timeout_s=0.0)
    load._producer = object()  # type: ignore[assignment]
    monkeypatch.setattr(load, "_send_one", refuse)
    with pytest.raises(UnknownError):
        await load._produce([(b"a", b"1")])
    load.send_timeout_s = 60.0
    monkeypatch.setattr(load, "_send_one", bug)
    with pytest.raises(KeyError):
        await load._produce([(b"a", b"1")])
