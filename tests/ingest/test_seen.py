"""The seen-article record: claim/release semantics, LRU and TTL in memory, and the same in a real Redis."""

from __future__ import annotations

import asyncio

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


async def _claimed(store, article_id: str, digest: str) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    """Claim, and confirm as ingest does once the broker acknowledged the article."""
    revision, state = await store.claim_text(article_id, digest)
    if state == "claimed":
        await store.confirm_texts([(article_id, revision)])
    return revision, state


async def _revisions(store) -> None:  # type: ignore[no-untyped-def]
    assert await _claimed(store, "a", "d1") == (1, "claimed")
    assert await _claimed(store, "a", "d1") == (1, "seen")  # an unchanged re-poll stays a duplicate
    assert await _claimed(store, "a", "d2") == (2, "claimed")  # a changed text is the next revision
    assert await _claimed(store, "a", "d2") == (2, "seen")
    assert await store.contains("a")
    await store.release_text("a", 2)  # its publish failed: back to revision 1
    assert await _claimed(store, "a", "d2") == (2, "claimed")
    await store.release_text("a", 1)  # not the current revision: ignored
    assert await _claimed(store, "a", "d3") == (3, "claimed")
    assert await _claimed(store, "b", "d1") == (1, "claimed")  # ids are independent
    await store.release_text("b", 1)
    assert not await store.contains("b") and await _claimed(store, "b", "d1") == (1, "claimed")


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


@pytest.mark.integration
async def test_an_unconfirmed_claim_is_busy_while_its_lease_runs_then_taken_again(redis_server) -> None:  # type: ignore[no-untyped-def]
    """A publisher killed between its claim and its publish: a second ingest is told "busy" (never "duplicate")
    while the lease runs, and takes the article itself once it is over; a confirmed claim is a duplicate for good."""
    dead, live = RedisSeenStore(redis_server.url, ttl_s=60, lease_s=1), RedisSeenStore(redis_server.url, ttl_s=60, lease_s=1)
    try:
        assert await dead.claim_text("k", "d1") == (1, "claimed")  # ... and then the process is killed
        assert await live.claim_text("k", "d1") == (1, "busy")
        assert not await live.contains("k")  # a feed entry's page is fetched again, not skipped as seen
        while (state := await live.claim_text("k", "d1")) == (1, "busy"):
            await asyncio.sleep(0.1)  # polling Redis until the lease (1 s, Redis's clock) is over
        assert state == (1, "claimed")  # the same revision, taken by the live publisher
        await live.confirm_texts([("k", 1)])
        assert await dead.claim_text("k", "d1") == (1, "seen") and await live.contains("k")
        await dead.confirm_texts([("k", 7)])  # a stale confirmation of another revision changes nothing
        assert await live.claim_text("k", "d2") == (2, "claimed")
        assert await dead.claim_text("k", "d2") == (2, "busy")
    finally:
        await dead.close()
        await live.close()


@pytest.mark.integration
async def test_a_push_requests_claims_and_confirmations_ask_no_script_exists(redis_server) -> None:  # type: ignore[no-untyped-def]
    """redis-py's ``Script`` on a pipeline asks SCRIPT EXISTS before every execute: a second round trip for each
    claim and each confirmation of every push request. The scripts are loaded once, when Redis lacks them."""
    import redis.asyncio as redis

    store = RedisSeenStore(redis_server.url, ttl_s=60)
    client = redis.Redis.from_url(redis_server.url)
    try:
        for n in range(5):
            [(revision, state)] = await store.claim_texts([(f"u-{n}", "d1")])
            assert state == "claimed"
            await store.confirm_texts([(f"u-{n}", revision)])
        stats = await client.info("commandstats")  # Redis 6 counts every SCRIPT subcommand as "script"
        assert sum(v["calls"] for k, v in stats.items() if k.startswith("cmdstat_script")) == 2  # each script loaded once
        await client.script_flush()  # a restarted Redis keeps no scripts: they are loaded again
        assert await _claimed(store, "u-0", "d2") == (2, "claimed")
    finally:
        await store.close()
        await client.aclose()
