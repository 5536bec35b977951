"""The seen-article record: claim/release semantics, LRU and TTL in memory, and the same in a real Redis."""

from __future__ import annotations

import pytest

from townwatch_ingest.seen import MemorySeenStore, RedisSeenStore, open_seen_store


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


async def test_memory_claim_release_ttl_and_lru() -> None:
    clock = Clock()
    store = MemorySeenStore(size=2, ttl_s=10, clock=clock)
    assert await store.claim("a") and not await store.claim("a")
    await store.release("a")
    assert await store.claim("a")  # released: may be published again
    clock.now = 11
    assert not await store.contains("a") and await store.claim("a")  # expired
    assert await store.claim("b") and await store.claim("c")  # "a" is the least recently used: evicted
    assert not await store.contains("a") and await store.contains("b") and await store.contains("c")


@pytest.mark.integration
async def test_redis_claims_are_shared_and_expire(redis_server) -> None:  # type: ignore[no-untyped-def]
    one, two = RedisSeenStore(redis_server.url, ttl_s=60), RedisSeenStore(redis_server.url, ttl_s=60)
    try:
        assert await one.claim("u-1") and not await two.claim("u-1")  # another process sees the claim
        assert await two.contains("u-1")
        await two.release("u-1")
        assert await one.claim("u-1")
        import redis.asyncio as redis

        client = redis.Redis.from_url(redis_server.url)
        ttl = await client.ttl("townwatch:ingest:{u-1}:seen")
        await client.aclose()
        assert 0 < ttl <= 60
    finally:
        await one.close()
        await two.close()


def test_store_choice() -> None:
    assert isinstance(open_seen_store(None, 60, 10), MemorySeenStore)
    assert isinstance(open_seen_store("redis://127.0.0.1:1/0", 60, 10), RedisSeenStore)


async def _revisions(store) -> None:  # type: ignore[no-untyped-def]
    assert await store.claim_text("a", "d1") == (1, True)
    assert await store.claim_text("a", "d1") == (1, False)  # an unchanged re-poll stays a duplicate
    assert await store.claim_text("a", "d2") == (2, True)  # a changed text is the next revision
    assert await store.claim_text("a", "d2") == (2, False)
    assert await store.contains("a")
    await store.release_text("a", 2)  # its publish failed: back to revision 1
    assert await store.claim_text("a", "d2") == (2, True)
    await store.release_text("a", 1)  # not the current revision: ignored
    assert await store.claim_text("a", "d3") == (3, True)
    assert await store.claim_text("b", "d1") == (1, True)  # ids are independent
    await store.release_text("b", 1)
    assert not await store.contains("b") and await store.claim_text("b", "d1") == (1, True)


async def test_memory_text_revisions() -> None:
    await _revisions(MemorySeenStore(size=10, ttl_s=60))


@pytest.mark.integration
async def test_redis_text_revisions(redis_server) -> None:  # type: ignore[no-untyped-def]
    store = RedisSeenStore(redis_server.url, ttl_s=60)
    try:
        await _revisions(store)
    finally:
        await store.close()


def test_text_digest_ignores_whitespace_only() -> None:
    from townwatch_ingest.seen import text_digest

    assert text_digest("T", "a  b\nc") == text_digest("T", "a b c") != text_digest("T", "a b d")
    assert text_digest("T", "a") != text_digest("U", "a")
