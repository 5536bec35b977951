"""The delivery log's state machine against a real Redis: claim, lease, takeover, sent, dead, settle."""

from __future__ import annotations

import asyncio

import pytest
from redis.asyncio import Redis

from townwatch_alert.delivery_log import DeliveryLog

pytestmark = pytest.mark.integration


@pytest.fixture
async def log(redis_server):  # type: ignore[no-untyped-def]
    client = Redis.from_url(redis_server.url)
    yield DeliveryLog(client, lease_s=10)
    await client.aclose()


async def test_first_claim_creates_pending_with_payload(log: DeliveryLog) -> None:
    claim = await log.claim("k1", "w1", b"job", now_ms=1_000)
    assert (claim.status, claim.attempts, claim.payload, claim.owned) == ("created", 1, b"job", True)
    record = await log.record("k1")
    assert record["state"] == "pending" and record["owner"] == "w1" and record["lease_until"] == "11000"


async def test_second_claim_with_live_lease_is_refused(log: DeliveryLog) -> None:
    await log.claim("k1", "w1", b"job", now_ms=1_000)
    claim = await log.claim("k1", "w2", b"other", now_ms=10_999)
    assert claim.status == "busy" and not claim.owned and claim.payload is None


async def test_expired_lease_is_taken_over_with_the_stored_payload(log: DeliveryLog) -> None:
    await log.claim("k1", "w1", b"job", now_ms=1_000)
    assert await log.due(now_ms=10_999) == []
    assert await log.due(now_ms=11_000) == ["k1"]
    claim = await log.claim("k1", "w2", b"ignored", now_ms=11_000)
    assert (claim.status, claim.attempts, claim.payload) == ("claimed", 2, b"job")
    assert (await log.record("k1"))["owner"] == "w2"


async def test_sent_is_terminal(log: DeliveryLog) -> None:
    await log.claim("k1", "w1", b"job", now_ms=1_000)
    assert await log.mark_sent("k1") is True
    assert await log.mark_sent("k1") is False
    claim = await log.claim("k1", "w2", b"job", now_ms=99_000_000)
    assert claim.status == "sent" and not claim.owned
    assert await log.due(now_ms=99_000_000) == []
    assert "payload" not in await log.record("k1")


async def test_retry_releases_until_the_given_time_and_only_for_the_owner(log: DeliveryLog) -> None:
    await log.claim("k1", "w1", b"job", now_ms=1_000)
    assert await log.retry_at("k1", "w2", 2_000) is False
    assert await log.retry_at("k1", "w1", 2_000, "HTTP 503") is True
    assert (await log.claim("k1", "w3", b"", now_ms=1_999)).status == "busy"
    claim = await log.claim("k1", "w3", b"", now_ms=2_000)
    assert (claim.status, claim.attempts, claim.payload) == ("claimed", 2, b"job")


async def test_dead_is_terminal_and_owner_only(log: DeliveryLog) -> None:
    await log.claim("k1", "w1", b"job", now_ms=1_000)
    assert await log.mark_dead("k1", "w2", "HTTP 404") is False
    assert await log.mark_dead("k1", "w1", "HTTP 404") is True
    assert (await log.claim("k1", "w1", b"job", now_ms=99_000_000)).status == "dead"
    assert (await log.record("k1"))["last_error"] == "HTTP 404"


async def test_settle_only_creates(log: DeliveryLog) -> None:
    assert await log.settle("k2", "folded") is True
    assert (await log.claim("k2", "w1", b"job")).status == "sent"
    await log.claim("k3", "w1", b"job")
    assert await log.settle("k3", "folded") is False
    assert (await log.record("k3"))["state"] == "pending"


async def test_server_clock_lease_expires(redis_server) -> None:  # type: ignore[no-untyped-def]
    client = Redis.from_url(redis_server.url)
    try:
        log = DeliveryLog(client, lease_s=0.2)
        assert (await log.claim("k", "w1", b"job")).status == "created"
        assert (await log.claim("k", "w2", b"job")).status == "busy"
        await asyncio.sleep(0.3)
        assert await log.due() == ["k"]
        assert (await log.claim("k", "w2", b"job")).status == "claimed"
    finally:
        await client.aclose()


async def test_racing_claims_one_winner(log: DeliveryLog) -> None:
    claims = await asyncio.gather(*(log.claim("race", f"w{i}", b"job") for i in range(20)))
    assert sorted(c.status for c in claims).count("created") == 1
    assert all(c.status in ("created", "busy") for c in claims)
