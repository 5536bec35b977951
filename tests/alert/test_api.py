"""The HTTP API against real Redis and the real ledger: tokens, desk isolation, CRUD, towns, alerts, SSE, OpenAPI."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from redis.asyncio import Redis

from townwatch.stack import free_port
from townwatch_alert.api import create_app
from townwatch_alert.ledger import Ledger
from townwatch_alert.settings import AlertSettings
from townwatch_alert.stream_ticket import COOKIE, TicketSigner, load_keys
from townwatch_alert.subscription_store import SubscriptionStore
from townwatch_gazetteer import Gazetteer
from townwatch_schemas import Evidence, Subscription

pytestmark = pytest.mark.integration

OPENAPI = Path(__file__).resolve().parents[2] / "services" / "alert" / "openapi.json"
A = {"Authorization": "Bearer token-a"}
B = {"Authorization": "Bearer token-b"}
HOSTILE = "PMF took Baaj <script>window.pwned=1</script> [click](https://evil.example)"


class World:
    def __init__(self, redis: Redis, settings: AlertSettings) -> None:
        self.redis = redis
        self.settings = settings
        self.store = SubscriptionStore(redis)
        self.ledger = Ledger.from_settings(redis, settings)
        self.app = create_app(settings, redis=redis, gazetteer=Gazetteer.default())

    def client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=httpx.ASGITransport(app=self.app), base_url="http://testserver")


@asynccontextmanager
async def served(app: Any) -> AsyncIterator[str]:
    """``app`` served by uvicorn on a free loopback port (a real socket: SSE streams, cookies); yields its base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    serving = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await serving


async def make_world(redis_url: str, cc: Any, **overrides: Any) -> World:
    settings = AlertSettings(redis_url=redis_url, **overrides)
    world = World(Redis.from_url(redis_url), settings)
    for desk, token, sub in (("desk-a", "token-a", Subscription(id="everything", desk_id="desk-a", towns=["*"])),
                             ("desk-b", "token-b", Subscription(id="hatra", desk_id="desk-b", towns=["Hatra"]))):
        await world.store.set_desk(desk, desk.upper())
        await world.store.set_desk_token(desk, token)
        await world.store.put(sub)
    evidence = Evidence(sentence=HOSTILE, start=0, end=len(HOSTILE))
    await world.ledger.apply(cc.change("baaj", evidence=evidence))
    await world.ledger.apply(cc.change("hatra"))
    return world


@pytest.fixture
async def world(redis_server, cc) -> AsyncIterator[World]:  # type: ignore[no-untyped-def]
    w = await make_world(redis_server.url, cc)
    yield w
    await w.redis.aclose()


@pytest.mark.parametrize("method,path", [
    ("GET", "/desk"), ("GET", "/subscriptions"), ("POST", "/subscriptions"), ("GET", "/subscriptions/everything"),
    ("PUT", "/subscriptions/everything"), ("DELETE", "/subscriptions/everything"), ("GET", "/towns"),
    ("GET", "/towns/gn:99250"), ("GET", "/alerts"), ("POST", "/alerts/stream/ticket"), ("GET", "/alerts/stream"),
])
async def test_every_api_needs_a_valid_token(world: World, method: str, path: str) -> None:
    async with world.client() as http:
        for headers in ({}, {"Authorization": "Bearer nope"}, {"Authorization": "Basic dG9rZW4tYTo="}):
            response = await http.request(method, path, headers=headers, json={"id": "x", "towns": ["*"]})
            assert response.status_code == 401, (headers, response.text)
            assert response.headers["www-authenticate"] == "Bearer"


async def test_a_desk_cannot_see_or_change_another_desks_subscriptions(world: World) -> None:
    async with world.client() as http:
        assert [s["id"] for s in (await http.get("/subscriptions", headers=B)).json()] == ["hatra"]
        assert (await http.get("/subscriptions/everything", headers=B)).status_code == 404
        assert (await http.get("/subscriptions/never-existed", headers=B)).status_code == 404
        assert (await http.delete("/subscriptions/everything", headers=B)).status_code == 404
        put = await http.put("/subscriptions/everything", headers=B, json={"id": "everything", "towns": ["Mosul"], "desk_id": "desk-a"})
        assert put.status_code == 200 and put.json()["desk_id"] == "desk-b"
    mine = await world.store.get("desk-a", "everything")
    assert mine is not None and mine.towns == ["*"]
    theirs = await world.store.get("desk-b", "everything")
    assert theirs is not None and theirs.towns == ["Mosul"]


async def test_subscription_crud_masks_secrets_but_stores_them(world: World) -> None:
    body = {"id": "hooks", "towns": ["Hawijah"], "policy": "confirmed", "min_outlets": 2,
            "channels": [{"kind": "webhook", "url": "https://93.184.215.14/hook", "secret": "s3cret"}]}
    async with world.client() as http:
        created = await http.post("/subscriptions", headers=A, json=body)
        assert created.status_code == 201, created.text
        assert created.json()["channels"][0]["secret"] == "**********" and "s3cret" not in created.text
        assert (await http.post("/subscriptions", headers=A, json=body)).status_code == 409
        assert (await http.get("/subscriptions/hooks", headers=A)).json()["towns"] == ["Hawijah"]
        replaced = await http.put("/subscriptions/hooks", headers=A, json={**body, "towns": ["Hatra"]})
        assert replaced.status_code == 200 and replaced.json()["towns"] == ["Hatra"]
        stored = await world.store.get("desk-a", "hooks")
        assert stored is not None and stored.channels[0].secret is not None
        assert stored.channels[0].secret.get_secret_value() == "s3cret"
        assert (await http.put("/subscriptions/other", headers=A, json=body)).status_code == 422
        assert (await http.post("/subscriptions", headers=A, json={"id": "empty"})).status_code == 422
        assert (await http.delete("/subscriptions/hooks", headers=A)).status_code == 204
        assert (await http.get("/subscriptions/hooks", headers=A)).status_code == 404


@pytest.mark.parametrize("url", ["http://127.0.0.1:8765/hook", "http://169.254.169.254/latest/meta-data", "http://10.1.2.3/x",
                                 "http://localhost/x", "ftp://example.org/x"])
async def test_private_webhook_urls_are_refused_at_create_time(world: World, url: str) -> None:
    body = {"id": "bad", "towns": ["*"], "channels": [{"kind": "webhook", "url": url, "secret": "k"}]}
    async with world.client() as http:
        response = await http.post("/subscriptions", headers=A, json=body)
    assert response.status_code == 422 and "channel refused" in response.json()["detail"]
    assert await world.store.get("desk-a", "bad") is None


async def test_private_urls_allowed_by_the_setting(redis_server, cc) -> None:  # type: ignore[no-untyped-def]
    w = await make_world(redis_server.url, cc, allow_private_urls=True)
    body = {"id": "local", "towns": ["*"], "channels": [{"kind": "webhook", "url": "http://127.0.0.1:8765/hook", "secret": "k"}]}
    async with w.client() as http:
        assert (await http.post("/subscriptions", headers=A, json=body)).status_code == 201
    await w.redis.aclose()


async def test_tracked_towns_follow_the_desks_subscriptions(world: World) -> None:
    async with world.client() as http:
        a = (await http.get("/towns", headers=A)).json()
        b = (await http.get("/towns", headers=B)).json()
    assert {t["key"] for t in a} == {"gn:99250", "gn:7602486"}
    [hatra] = b
    assert hatra["key"] == "gn:7602486" and hatra["controller"]["id"] == "pmf" and hatra["outlets"] == ["Reuters"]


async def test_town_state_and_history(world: World) -> None:
    async with world.client() as http:
        detail = (await http.get("/towns/gn:99250", headers=A)).json()
        missing = await http.get("/towns/gn:1", headers=A)
    assert detail["state"]["controller"]["id"] == "pmf" and detail["state"]["alert"]["revision"] == 1
    assert [h["decision"] for h in detail["history"]] == ["new"]
    assert missing.status_code == 404


async def test_alerts_since(world: World, cc: Any) -> None:
    async with world.client() as http:
        a = (await http.get("/alerts", headers=A)).json()
        assert [e["alert"]["place"]["name"] for e in a["alerts"]] == ["Baaj", "Hatra"]
        assert [e["alert"]["place"]["name"] for e in (await http.get("/alerts", headers=B)).json()["alerts"]] == ["Hatra"]
        assert (await http.get("/alerts", headers=A, params={"since": a["last_id"]})).json()["alerts"] == []
        assert (await http.get("/alerts", headers=A, params={"since": "2999-01-01T00:00:00Z"})).json()["alerts"] == []
        assert len((await http.get("/alerts", headers=A, params={"since": "2000-01-01T00:00:00"})).json()["alerts"]) == 2
        assert (await http.get("/alerts", headers=A, params={"since": "yesterday"})).status_code == 422
        await world.ledger.apply(cc.change("baaj", source="AFP", text_fingerprint="0" * 16))
        newer = (await http.get("/alerts", headers=A, params={"since": a["last_id"]})).json()["alerts"]
    assert [(e["alert"]["place"]["name"], e["alert"]["revision"]) for e in newer] == [("Baaj", 2)]


async def test_stream_ticket_cookie_is_httponly_strict_and_scoped(world: World) -> None:
    async with world.client() as http:
        response = await http.post("/alerts/stream/ticket", headers=A)
    assert response.status_code == 204
    cookie = response.headers["set-cookie"]
    ticket = cookie.split(";")[0].removeprefix(f"{COOKIE}=")
    assert TicketSigner(await load_keys(world.redis)).desk(ticket) == "desk-a"
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert "Path=/alerts/stream" in cookie and "Max-Age=300" in cookie


async def test_page_is_static_with_a_strict_csp(world: World) -> None:
    async with world.client() as http:
        page = await http.get("/")
        bundle = re.search(r'<script src="(/assets/page\.[0-9a-f]{12}\.js)" defer></script>', page.text)
        assert bundle is not None, page.text
        script = await http.get(bundle[1])
    assert page.status_code == 200 and "script-src 'self'" in page.headers["content-security-policy"]
    ours = script.text.split("\n// format.js\n", 1)[1]  # after the map library: our scripts
    assert "window.TownwatchMap" in ours and "innerHTML" not in ours


def test_openapi_document_is_current() -> None:
    current = create_app(AlertSettings()).openapi()
    committed = json.loads(OPENAPI.read_text(encoding="utf-8"))
    assert committed == current, (
        "services/alert/openapi.json is stale: regenerate with "
        "`uv run --frozen python -m townwatch_alert.api services/alert/openapi.json`"
    )


# --- the live stream, over a real HTTP server --------------------------------------------------
async def read_events(response: httpx.Response, count: int) -> list[tuple[str, dict[str, Any]]]:
    events: list[tuple[str, dict[str, Any]]] = []
    event_id = data = None
    async for line in response.aiter_lines():
        if line.startswith("id: "):
            event_id = line[4:]
        elif line.startswith("data: "):
            data = line[6:]
        elif line == "" and data is not None:
            events.append((event_id or "", json.loads(data)))
            event_id = data = None
            if len(events) == count:
                return events
    return events


async def test_sse_stream_serves_each_desk_its_alerts_live(world: World, cc: Any) -> None:
    async with served(world.app) as base, httpx.AsyncClient(base_url=base, timeout=10) as browser, \
            httpx.AsyncClient(base_url=base, timeout=10) as bob:
        assert (await browser.post("/alerts/stream/ticket", headers=A)).status_code == 204
        forged = await bob.get("/alerts/stream", cookies={COOKIE: "desk-a.9999999999.00"})
        assert forged.status_code == 401
        async with browser.stream("GET", "/alerts/stream") as a_stream, bob.stream("GET", "/alerts/stream", headers=B) as b_stream:
            assert a_stream.status_code == b_stream.status_code == 200
            assert a_stream.headers["content-type"].startswith("text/event-stream")
            await world.ledger.apply(cc.change("hawija", gaining="iq-gov"))
            await world.ledger.apply(cc.change("hatra", source="AFP", text_fingerprint="f" * 16))
            a_events = await asyncio.wait_for(read_events(a_stream, 2), 10)
            b_events = await asyncio.wait_for(read_events(b_stream, 1), 10)
        assert [e["place"]["name"] for _, e in a_events] == ["Hawija", "Hatra"]
        assert [(e["place"]["name"], e["revision"]) for _, e in b_events] == [("Hatra", 2)]
        resumed_from = a_events[0][0]
        async with browser.stream("GET", "/alerts/stream", params={"after": resumed_from}) as again:
            [(_, replayed)] = await asyncio.wait_for(read_events(again, 1), 10)
        assert replayed["place"]["name"] == "Hatra"
