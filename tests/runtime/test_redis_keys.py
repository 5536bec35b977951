"""The move to cluster-safe key names: which old key becomes which, and the migration on a real redis-server."""

from __future__ import annotations

import pytest
from redis.asyncio import Redis

from townwatch_runtime.redis_keys import migrate, new_name


@pytest.mark.parametrize(("old", "new"), [
    ("townwatch:town:gn:99250", "townwatch:{ledger}:town:gn:99250"),
    ("townwatch:town:name:IQ:baaj:history", "townwatch:{ledger}:town:name:IQ:baaj:history"),
    ("townwatch:towns", "townwatch:{ledger}:towns"),
    ("townwatch:event:ev-1", "townwatch:{ledger}:event:ev-1"),
    ("townwatch:alert:gn:1-pmf-1", "townwatch:{ledger}:alert:gn:1-pmf-1"),
    ("townwatch:alerts", "townwatch:{ledger}:alerts"),
    ("townwatch:alerts:emitted", "townwatch:{ledger}:alerts:emitted"),
    ("townwatch:article:u-1:events", "townwatch:{ledger}:article:u-1:events"),
    ("townwatch:backfill:digest:abc", "townwatch:{ledger}:backfill:digest:abc"),
    ("townwatch:delivery:due", "townwatch:{delivery}:due"),
    ("townwatch:delivery:recipients:a-1", "townwatch:{delivery}:recipients:a-1"),
    ("townwatch:delivery:a-1|desk|sub|webhook|alert", "townwatch:{delivery}:a-1|desk|sub|webhook|alert"),
    ("townwatch:desks", "townwatch:{subs}:desks"),
    ("townwatch:tokens", "townwatch:{subs}:tokens"),
    ("townwatch:desk:d-1:subs", "townwatch:{subs}:desk:d-1:subs"),
    ("townwatch:ingest:seen:u-1", "townwatch:ingest:{u-1}:seen"),
    ("townwatch:ingest:text:u-1", "townwatch:ingest:{u-1}:text"),
    ("townwatch:api:stream-keys", None),  # its script touches it alone: unchanged
    ("townwatch:{ledger}:towns", None),  # already new
    ("someone-else:towns", None),
])
def test_old_names_map_to_new_ones(old: str, new: str | None) -> None:
    assert new_name(old) == new


@pytest.mark.integration
async def test_migrate_renames_every_old_key_keeping_values_and_ttls_and_is_idempotent(redis_server) -> None:  # type: ignore[no-untyped-def]
    client = Redis.from_url(redis_server.url)
    try:
        await client.hset("townwatch:town:gn:1", mapping={"v": 3, "state": "{}"})
        await client.rpush("townwatch:town:gn:1:history", "a", "b")
        await client.set("townwatch:event:ev-1", "{}", ex=3600)
        await client.xadd("townwatch:alerts", {"alert_id": "a-1"})
        await client.set("townwatch:ingest:seen:u-1", "1", ex=3600)
        await client.zadd("townwatch:api:stream-keys", {"k": 1.0})
        await client.set("townwatch:{ledger}:towns", "new")  # a new key the old one would clash with
        await client.zadd("townwatch:towns", {"gn:1": 1.0})
        renamed, clashes = await migrate(client)
        assert renamed == 5 and clashes == ["townwatch:towns"]
        assert await client.hget("townwatch:{ledger}:town:gn:1", "v") == b"3"
        assert await client.lrange("townwatch:{ledger}:town:gn:1:history", 0, -1) == [b"a", b"b"]
        assert 0 < await client.ttl("townwatch:{ledger}:event:ev-1") <= 3600
        assert await client.xlen("townwatch:{ledger}:alerts") == 1
        assert 0 < await client.ttl("townwatch:ingest:{u-1}:seen") <= 3600
        assert await client.zrange("townwatch:api:stream-keys", 0, -1) == [b"k"]
        assert await migrate(client) == (0, ["townwatch:towns"])
    finally:
        await client.aclose()


@pytest.mark.integration
def test_the_command_migrates_and_says_so(redis_server, capsys) -> None:  # type: ignore[no-untyped-def]
    import redis

    from townwatch.cli import main

    client = redis.Redis.from_url(redis_server.url)
    client.hset("townwatch:tokens", "abc", "desk-a")
    assert main(["migrate-redis-keys", "--redis-url", redis_server.url]) == 0
    assert client.hget("townwatch:{subs}:tokens", "abc") == b"desk-a" and not client.exists("townwatch:tokens")
    assert "renamed 1 key(s)" in capsys.readouterr().err
    client.close()
