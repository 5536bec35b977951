"""Finding 3 of issue 11: rotating a desk's token ends its open streams and voids its stream tickets."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from ..alert.conftest import Factory
from ..alert.test_api import A, make_world, served

pytestmark = pytest.mark.integration


async def _until_closed(stream: httpx.Response) -> list[str]:
    return [line async for line in stream.aiter_lines()]


async def test_rotating_a_token_ends_open_streams_and_voids_old_tickets(redis_server: Any) -> None:
    world = await make_world(redis_server.url, Factory, stream_recheck_s=0.2)
    try:
        async with served(world.app) as base, httpx.AsyncClient(base_url=base, timeout=10) as browser, httpx.AsyncClient(base_url=base, timeout=10) as api:
            assert (await browser.post("/alerts/stream/ticket", headers=A)).status_code == 204
            old_cookies = dict(browser.cookies)
            async with browser.stream("GET", "/alerts/stream") as by_ticket, api.stream("GET", "/alerts/stream", headers=A) as by_token:
                assert by_ticket.status_code == by_token.status_code == 200
                await world.store.set_desk_token("desk-a", "token-a-rotated")  # e.g. the subscriptions file reloaded
                ended = await asyncio.wait_for(asyncio.gather(_until_closed(by_ticket), _until_closed(by_token)), 10)
            for lines in ended:
                assert "event: revoked" in lines
            async with httpx.AsyncClient(base_url=base, timeout=10, cookies=old_cookies) as replay:
                assert (await replay.get("/alerts/stream")).status_code == 401  # the old ticket opens nothing
            assert (await api.get("/alerts", headers=A)).status_code == 401
            fresh = {"Authorization": "Bearer token-a-rotated"}
            assert (await browser.post("/alerts/stream/ticket", headers=fresh)).status_code == 204
            async with browser.stream("GET", "/alerts/stream") as again:
                assert again.status_code == 200
    finally:
        await world.redis.aclose()
