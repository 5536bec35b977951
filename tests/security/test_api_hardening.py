"""Findings 7, 8, 11 and 13 (docs) of issue 11, against the real API on a real Redis."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from townwatch_alert.api import create_app
from townwatch_alert.settings import AlertSettings
from townwatch_alert.subscription_store import SubscriptionStore

from ..alert.conftest import Factory
from ..alert.test_api import A, B, World, make_world

pytestmark = pytest.mark.integration


@pytest.fixture
async def world(redis_server: Any) -> AsyncIterator[World]:
    w = await make_world(redis_server.url, Factory)
    yield w
    await w.redis.aclose()


@pytest.mark.parametrize("key", ["gn:99250:history", "gn:98677:history", "gn:", "gn:12ab", "name:IQ:baaj:history",
                                 "townwatch:tokens", "x" * 300])
async def test_a_malformed_town_key_is_a_404_not_a_500(world: World, key: str) -> None:
    """Finding 7: ``GET /towns/gn:98677:history`` read the history list as a hash (Redis WRONGTYPE, 500)."""
    async with world.client() as http:
        response = await http.get(f"/towns/{key}", headers=A)
    assert response.status_code == 404, response.text


async def test_a_town_is_shown_only_to_desks_whose_subscriptions_select_it(world: World) -> None:
    """Finding 8: desk B (Hatra only) read Baaj's full history while its list showed only Hatra."""
    async with world.client() as http:
        hidden = await http.get("/towns/gn:99250", headers=B)
        own = await http.get("/towns/gn:7602486", headers=B)
        everything = await http.get("/towns/gn:99250", headers=A)
    assert hidden.status_code == 404 and hidden.json()["detail"] == "no such town"  # as for a town the ledger lacks
    assert own.status_code == 200 and everything.status_code == 200


async def test_a_redis_restart_costs_no_request_a_500(redis_server: Any) -> None:
    """Finding 11: after a Redis restart the first request on each pooled connection answered 500."""
    app = create_app(AlertSettings(redis_url=redis_server.url))  # the API's own client and pool
    setup = SubscriptionStore(__import__("redis.asyncio", fromlist=["Redis"]).Redis.from_url(redis_server.url))
    await setup.set_desk_token("desk-a", "token-a")
    await setup.redis.aclose()
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://alert") as http:
        assert [(await http.get("/desk", headers=A)).status_code for _ in range(3)] == [200] * 3
        redis_server.restart()  # AOF keeps the token; the pooled connections are now dead
        assert [(await http.get("/desk", headers=A)).status_code for _ in range(3)] == [200] * 3


async def test_api_docs_are_off_by_default_and_under_a_csp_when_on(redis_server: Any) -> None:
    """Finding 13: /docs loaded Swagger from a public CDN with no CSP."""
    default = create_app(AlertSettings(redis_url=redis_server.url))
    on = create_app(AlertSettings(redis_url=redis_server.url, api_docs=True))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=default), base_url="http://alert") as http:
        assert (await http.get("/docs")).status_code == 404 and (await http.get("/redoc")).status_code == 404
        assert (await http.get("/openapi.json")).status_code == 200  # the document itself stays (it holds no data)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=on), base_url="http://alert") as http:
        docs = await http.get("/docs")
    assert docs.status_code == 200
    csp = docs.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
