"""The seen-article record: which article ids ingest has already published (Redis with a TTL, or an in-process LRU)."""

from __future__ import annotations

import time
from collections import OrderedDict
from typing import Protocol

__all__ = ["MemorySeenStore", "RedisSeenStore", "SeenStore", "open_seen_store"]

KEY_PREFIX = "townwatch:ingest:seen:"


class SeenStore(Protocol):
    """Claim-then-publish: ``claim`` atomically marks an id seen and says whether it was new; a failed
    publish ``release``s the claim so the article is not lost to a later attempt."""

    async def claim(self, article_id: str) -> bool: ...
    async def release(self, article_id: str) -> None: ...
    async def contains(self, article_id: str) -> bool: ...
    async def close(self) -> None: ...


class MemorySeenStore:
    """An LRU of at most ``size`` ids, each forgotten after ``ttl_s`` seconds. One process only."""

    def __init__(self, size: int = 100_000, ttl_s: float = 30 * 24 * 3600, clock=time.monotonic) -> None:  # type: ignore[no-untyped-def]
        self._size, self._ttl, self._clock = size, ttl_s, clock
        self._ids: OrderedDict[str, float] = OrderedDict()

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

    async def contains(self, article_id: str) -> bool:
        return self._live(article_id)

    async def close(self) -> None:
        return None


class RedisSeenStore:
    """``SET key 1 NX EX ttl`` per id in Redis: shared by every ingest process, survives restarts (AOF)."""

    def __init__(self, url: str, ttl_s: int) -> None:
        import redis.asyncio as redis

        self._redis = redis.Redis.from_url(url)
        self._ttl = ttl_s

    async def claim(self, article_id: str) -> bool:
        return bool(await self._redis.set(KEY_PREFIX + article_id, b"1", nx=True, ex=self._ttl))

    async def release(self, article_id: str) -> None:
        await self._redis.delete(KEY_PREFIX + article_id)

    async def contains(self, article_id: str) -> bool:
        return bool(await self._redis.exists(KEY_PREFIX + article_id))

    async def close(self) -> None:
        await self._redis.aclose()


def open_seen_store(redis_url: str | None, ttl_s: int, memory_size: int) -> SeenStore:
    """Redis when ``redis_url`` is set, else the in-process LRU."""
    if redis_url:
        return RedisSeenStore(redis_url, ttl_s)
    return MemorySeenStore(memory_size, ttl_s)
