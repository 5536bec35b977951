"""Every API route needs a token, found by walking the apps' routes: a route added without auth fails here."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi.routing import APIRoute
from pydantic import SecretStr
from redis.asyncio import Redis
from starlette.routing import Mount

from townwatch_alert.api import create_app as alert_app
from townwatch_alert.settings import AlertSettings
from townwatch_alert.subscription_store import SubscriptionStore
from townwatch_ingest.intake import Intake
from townwatch_ingest.metrics import IngestMetrics
from townwatch_ingest.push_api import create_app as ingest_app
from townwatch_ingest.seen import MemorySeenStore
from townwatch_ingest.settings import IngestSettings

from ..ingest.conftest import MemoryPublisher

# Public on purpose: the static page and its assets (they hold no data), health, and the API's own description.
ALERT_PUBLIC = {"/", "/healthz", "/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc", "/static", "/assets/{name}"}
INGEST_PUBLIC = {"/healthz"}
BAD_CREDENTIALS: list[dict[str, str]] = [
    {},
    {"Authorization": "Bearer not-a-token"},
    {"Authorization": "Bearer "},
    {"Authorization": "Basic dG9rZW4tYTo="},
    {"Authorization": "token-a"},  # the right token without the scheme
    {"Authorization": "Bearer token-a-but-longer"},
]
BODY = {"id": "x", "towns": ["*"]}  # a valid body, so that only the missing token can be the reason


def _requests(app: Any, public: set[str]) -> list[tuple[str, str]]:
    """(method, concrete path) for every route of ``app`` outside ``public``; path parameters get a value."""
    out = []
    for route in app.routes:
        if isinstance(route, Mount):
            assert route.path in public, f"mounted app {route.path} is not known to be public"
            continue
        if route.path in public:
            continue
        assert isinstance(route, APIRoute), route
        path = re.sub(r"\{[^}]+\}", "gn:99250", route.path)
        out += [(method, path) for method in sorted(route.methods - {"HEAD", "OPTIONS"})]
    return out


@pytest.fixture
async def alert(redis_server: Any) -> AsyncIterator[httpx.AsyncClient]:
    redis = Redis.from_url(redis_server.url)
    await SubscriptionStore(redis).set_desk_token("desk-a", "token-a")
    app = alert_app(AlertSettings(redis_url=redis_server.url), redis=redis)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://alert") as client:
        client.app = app  # type: ignore[attr-defined]
        yield client
    await redis.aclose()


@pytest.mark.integration
async def test_every_alert_api_route_answers_401_without_a_valid_token(alert: httpx.AsyncClient) -> None:
    app = alert.app  # type: ignore[attr-defined]
    requests = _requests(app, ALERT_PUBLIC)
    # The walk found the routes the docs list (so an empty walk cannot pass), and the OpenAPI document has
    # no path the walk skipped.
    assert {("GET", "/subscriptions"), ("DELETE", "/subscriptions/gn:99250"), ("GET", "/alerts/stream")} <= set(requests)
    documented = {re.sub(r"\{[^}]+\}", "gn:99250", p) for p in app.openapi()["paths"]} - ALERT_PUBLIC
    assert documented == {path for _, path in requests}
    for method, path in requests:
        for headers in BAD_CREDENTIALS:
            alert.cookies.clear()  # the stream ticket a good request got is a credential too
            response = await alert.request(method, path, headers=headers, json=BODY)
            assert response.status_code == 401, (method, path, headers, response.status_code, response.text)
            assert response.headers["www-authenticate"] == "Bearer"
        if path == "/alerts/stream":
            continue  # with a token it streams forever (tests/alert/test_api.py reads it over a real server)
        good = await alert.request(method, path, headers={"Authorization": "Bearer token-a"}, json=BODY)
        assert good.status_code != 401, (method, path)  # the token does open it: the 401s above are about the token


def test_every_alert_api_operation_declares_bearer_security() -> None:
    doc = alert_app(AlertSettings()).openapi()
    for path, operations in doc["paths"].items():
        if path in ALERT_PUBLIC:
            continue
        for method, operation in operations.items():
            assert operation.get("security") == [{"HTTPBearer": []}], (method, path)


async def test_every_ingest_route_answers_401_without_a_valid_token() -> None:
    publisher = MemoryPublisher()
    settings = IngestSettings(push_tokens=SecretStr("push-token"))
    intake = Intake(publisher, MemorySeenStore(), IngestMetrics(), max_article_bytes=settings.max_article_bytes)
    app = ingest_app(settings, intake)
    requests = _requests(app, INGEST_PUBLIC)
    assert ("POST", "/articles") in requests
    body = b'{"text": "Iraqi forces took Hawija."}'
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://ingest") as client:
        for method, path in requests:
            for headers in [*BAD_CREDENTIALS, {"Authorization": "Bearer push-token,other"}]:
                response = await client.request(method, path, headers={**headers, "Content-Type": "application/json"}, content=body)
                assert response.status_code == 401, (method, path, headers, response.text)
                assert response.json()["reason"] == "unauthorised"
            good = await client.request(method, path, headers={"Authorization": "Bearer push-token",
                                                               "Content-Type": "application/json"}, content=body)
            assert good.status_code == 202, (method, path, good.text)
    assert len(publisher.articles()) == len(requests)  # only the authorised requests published anything
