"""The seen-article record: which article ids ingest has already published (Redis with a TTL, or an in-process LRU),
and, per id, a digest of the text last published with its revision number.

``claim_text`` is what ingest uses: the first text at an id is revision 1; the same text again is a duplicate
(same revision); a changed text at the same id (same canonical URL: the outlet updated or corrected its story) is
revision n+1. ``release_text`` undoes a claim whose publish failed.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Sequence
from typing import Protocol

from townwatch_runtime.redis_keys import ingest_seen_key, ingest_text_key

__all__ = ["MemorySeenStore", "RedisSeenStore", "SeenStore", "open_seen_store", "text_digest"]



def text_digest(title: str | None, text: str) -> str:
    """What makes two polls of one article the same revision: its title and text, whitespace-normalised."""
    import hashlib

    norm = " ".join(f"{title or ''}\n{text}".split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:32]


class SeenStore(Protocol):
    """Claim-then-publish: ``claim`` atomically marks an id seen and says whether it was new; a failed
    publish ``release``s the claim so the article is not lost to a later attempt."""

    async def claim(self, article_id: str) -> bool: ...
    async def release(self, article_id: str) -> None: ...
    async def claim_text(self, article_id: str, digest: str) -> tuple[int, bool]: ...
    async def claim_texts(self, claims: Sequence[tuple[str, str]]) -> list[tuple[int, bool]]: ...
    async def release_text(self, article_id: str, revision: int) -> None: ...
    async def contains(self, article_id: str) -> bool: ...
    async def close(self) -> None: ...


class MemorySeenStore:
    """An LRU of at most ``size`` ids, each forgotten after ``ttl_s`` seconds. One process only."""

    def __init__(self, size: int = 100_000, ttl_s: float = 30 * 24 * 3600, clock=time.monotonic) -> None:  # type: ignore[no-untyped-def]
        self._size, self._ttl, self._clock = size, ttl_s, clock
        self._ids: OrderedDict[str, float] = OrderedDict()
        self._texts: dict[str, tuple[str, int, str]] = {}  # id -> (digest, revision, previous digest)

    def _live(self, article_id: str) -> bool:
        expires = self._ids.get(article_id)
        if expires is None:
            return False
        if expires <= self._clock():
            del self._ids[article_id]
            return False
        self._ids.move_to_end(article_id)
        return True

    async def claim(self, article_id: str) -> bool:
        if self._live(article_id):
            return False
        self._ids[article_id] = self._clock() + self._ttl
        while len(self._ids) > self._size:
            self._ids.popitem(last=False)
        return True

    async def release(self, article_id: str) -> None:
        self._ids.pop(article_id, None)

    async def claim_text(self, article_id: str, digest: str) -> tuple[int, bool]:
        """(revision, True) when ``digest`` is new at this id; (current revision, False) for the same text again."""
        known = self._texts.get(article_id) if self._live(article_id) else None
        if known is not None and known[0] == digest:
            return known[1], False
        revision = known[1] + 1 if known else 1
        await self.claim(article_id)
        self._texts[article_id] = (digest, revision, known[0] if known else "")
        for stale in [k for k in self._texts if k not in self._ids]:
            del self._texts[stale]
        return revision, True

    async def claim_texts(self, claims: Sequence[tuple[str, str]]) -> list[tuple[int, bool]]:
        """``claim_text`` for each (article id, digest), in order."""
        return [await self.claim_text(article_id, digest) for article_id, digest in claims]

    async def release_text(self, article_id: str, revision: int) -> None:
        known = self._texts.get(article_id)
        if known is None or known[1] != revision:
            return
        if revision <= 1:
            self._texts.pop(article_id, None)
            await self.release(article_id)
        else:
            self._texts[article_id] = (known[2], revision - 1, "")

    async def contains(self, article_id: str) -> bool:
        return self._live(article_id)

    async def close(self) -> None:
        return None


_CLAIM_TEXT = """
local d = redis.call('HGET', KEYS[1], 'd')
local r = tonumber(redis.call('HGET', KEYS[1], 'r') or '0')
if d == ARGV[1] then return {r, 0} end
r = r + 1
redis.call('HSET', KEYS[1], 'd', ARGV[1], 'r', r, 'pd', d or '')
redis.call('EXPIRE', KEYS[1], ARGV[2])
redis.call('SET', KEYS[2], '1', 'EX', ARGV[2])
return {r, 1}
"""

_RELEASE_TEXT = """
local r = tonumber(redis.call('HGET', KEYS[1], 'r') or '0')
if r ~= tonumber(ARGV[1]) then return 0 end
if r <= 1 then redis.call('DEL', KEYS[1], KEYS[2]) return 1 end
redis.call('HSET', KEYS[1], 'd', redis.call('HGET', KEYS[1], 'pd'), 'r', r - 1, 'pd', '')
return 1
"""


class RedisSeenStore:
    """``SET key 1 NX EX ttl`` per id in Redis: shared by every ingest process, survives restarts (AOF)."""

    def __init__(self, url: str, ttl_s: int) -> None:
        import redis.asyncio as redis

        self._redis = redis.Redis.from_url(url)
        self._ttl = ttl_s
        self._claim_text = self._redis.register_script(_CLAIM_TEXT)
        self._release_text = self._redis.register_script(_RELEASE_TEXT)

    async def claim(self, article_id: str) -> bool:
        return bool(await self._redis.set(ingest_seen_key(article_id), b"1", nx=True, ex=self._ttl))

    async def release(self, article_id: str) -> None:
        await self._redis.delete(ingest_seen_key(article_id))

    async def claim_text(self, article_id: str, digest: str) -> tuple[int, bool]:
        (claimed,) = await self.claim_texts([(article_id, digest)])
        return claimed

    async def claim_texts(self, claims: Sequence[tuple[str, str]]) -> list[tuple[int, bool]]:
        """``claim_text`` for each (article id, digest), in order, in one round trip (EVALSHA, pipelined)."""
        async with self._redis.pipeline(transaction=False) as pipe:
            for article_id, digest in claims:
                await self._claim_text(keys=[ingest_text_key(article_id), ingest_seen_key(article_id)], args=[digest, self._ttl], client=pipe)
            results = await pipe.execute()
        return [(int(r[0]), bool(int(r[1]))) for r in results]

    async def release_text(self, article_id: str, revision: int) -> None:
        await self._release_text(keys=[ingest_text_key(article_id), ingest_seen_key(article_id)], args=[revision])

    async def contains(self, article_id: str) -> bool:
        return bool(await self._redis.exists(ingest_seen_key(article_id)))

    async def close(self) -> None:
        await self._redis.aclose()


def open_seen_store(redis_url: str | None, ttl_s: int, memory_size: int) -> SeenStore:
    """Redis when ``redis_url`` is set, else the in-process LRU."""
    if redis_url:
        return RedisSeenStore(redis_url, ttl_s)
    return MemorySeenStore(memory_size, ttl_s)
