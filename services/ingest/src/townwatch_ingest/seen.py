"""The seen-article record: which article ids ingest has already published (Redis with a TTL, or an in-process LRU),
and, per id, a digest of the text last published with its revision number.

``claim_text`` is what ingest uses: the first text at an id is revision 1; the same text again is a duplicate
(same revision); a changed text at the same id (same canonical URL: the outlet updated or corrected its story) is
revision n+1. ``release_text`` undoes a claim whose publish failed.

In Redis a claim is provisional until ``confirm_texts`` (called once the broker acknowledged the article): it holds
a lease of ``lease_s``. The same text while the lease runs is ``busy`` (another request is publishing it: the caller
answers "try again", never "duplicate"); once the lease is over unconfirmed (the publisher was killed between the
claim and the publish) the next claim takes it again, with the same revision. So a kill -9 of ingest loses no article
that a client or a feed sends again; one killed after the publish and before the confirm publishes it twice, which
the pipeline absorbs (same article id and revision: same event ids, one alert).
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Sequence
from typing import Literal, Protocol

from redis.exceptions import NoScriptError

from townwatch_runtime.redis_keys import ingest_seen_key, ingest_text_key
from townwatch_runtime.script_pipeline import run_pipelined

__all__ = ["ClaimState", "MemorySeenStore", "RedisSeenStore", "SeenStore", "open_seen_store", "text_digest"]

ClaimState = Literal["claimed", "seen", "busy"]
"""claimed: publish it (then confirm); seen: published before (a duplicate); busy: another publisher holds it now."""
_STATES: dict[int, ClaimState] = {1: "claimed", 0: "seen", 2: "busy"}



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
    async def claim_text(self, article_id: str, digest: str) -> tuple[int, ClaimState]: ...
    async def claim_texts(self, claims: Sequence[tuple[str, str]]) -> list[tuple[int, ClaimState]]: ...
    async def confirm_texts(self, claims: Sequence[tuple[str, int]]) -> None: ...
    async def release_text(self, article_id: str, revision: int) -> None: ...
    async def contains(self, article_id: str) -> bool: ...
    async def close(self) -> None: ...


class MemorySeenStore:
    """An LRU of at most ``size`` ids, each forgotten after ``ttl_s`` seconds. One process only."""

    def __init__(self, size: int = 100_000, ttl_s: float = 30 * 24 * 3600, clock=time.monotonic) -> None:
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

    async def claim_text(self, article_id: str, digest: str) -> tuple[int, ClaimState]:
        """(revision, "claimed") when ``digest`` is new at this id; (current revision, "seen") for the same text again.
        (One process: a claim needs no lease, a killed process takes its memory with it.)"""
        known = self._texts.get(article_id) if self._live(article_id) else None
        if known is not None and known[0] == digest:
            return known[1], "seen"
        revision = known[1] + 1 if known else 1
        await self.claim(article_id)
        self._texts[article_id] = (digest, revision, known[0] if known else "")
        for stale in [k for k in self._texts if k not in self._ids]:
            del self._texts[stale]
        return revision, "claimed"

    async def claim_texts(self, claims: Sequence[tuple[str, str]]) -> list[tuple[int, ClaimState]]:
        """``claim_text`` for each (article id, digest), in order."""
        return [await self.claim_text(article_id, digest) for article_id, digest in claims]

    async def confirm_texts(self, claims: Sequence[tuple[str, int]]) -> None:
        return None

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


# Field 'l': the lease end (ms) of an unconfirmed claim; absent once confirmed (and in records older than leases).
_CLAIM_TEXT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local lease_end = now + tonumber(ARGV[3]) * 1000
local d = redis.call('HGET', KEYS[1], 'd')
local r = tonumber(redis.call('HGET', KEYS[1], 'r') or '0')
if d == ARGV[1] then
  local l = tonumber(redis.call('HGET', KEYS[1], 'l') or '0')
  if l == 0 then return {r, 0} end
  if l > now then return {r, 2} end
  redis.call('HSET', KEYS[1], 'l', lease_end)
  return {r, 1}
end
r = r + 1
redis.call('HSET', KEYS[1], 'd', ARGV[1], 'r', r, 'pd', d or '', 'l', lease_end)
redis.call('EXPIRE', KEYS[1], ARGV[2])
return {r, 1}
"""

# The plain seen key (what ``contains`` asks, e.g. before fetching a feed entry's page) is set only here.
_CONFIRM_TEXT = """
if tonumber(redis.call('HGET', KEYS[1], 'r') or '0') == tonumber(ARGV[1]) then
  redis.call('HDEL', KEYS[1], 'l')
  redis.call('SET', KEYS[2], '1', 'EX', ARGV[2])
end
return 1
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

    def __init__(self, url: str, ttl_s: int, lease_s: int = 30) -> None:
        import redis.asyncio as redis

        self._redis = redis.Redis.from_url(url)
        self._ttl = ttl_s
        self._lease = lease_s
        self._claim_text = self._redis.register_script(_CLAIM_TEXT)
        self._confirm_text = self._redis.register_script(_CONFIRM_TEXT)
        self._release_text = self._redis.register_script(_RELEASE_TEXT)

    async def claim(self, article_id: str) -> bool:
        return bool(await self._redis.set(ingest_seen_key(article_id), b"1", nx=True, ex=self._ttl))

    async def release(self, article_id: str) -> None:
        await self._redis.delete(ingest_seen_key(article_id))

    async def claim_text(self, article_id: str, digest: str) -> tuple[int, ClaimState]:
        (claimed,) = await self.claim_texts([(article_id, digest)])
        return claimed

    async def claim_texts(self, claims: Sequence[tuple[str, str]]) -> list[tuple[int, ClaimState]]:
        """``claim_text`` for each (article id, digest), in order, in one round trip (EVALSHA, pipelined)."""
        results = await run_pipelined(self._redis, self._claim_text, [
            ([ingest_text_key(article_id), ingest_seen_key(article_id)], [digest, self._ttl, self._lease])
            for article_id, digest in claims
        ], NoScriptError)
        return [(int(r[0]), _STATES[int(r[1])]) for r in results]

    async def confirm_texts(self, claims: Sequence[tuple[str, int]]) -> None:
        """The claims' articles are on the broker: each (article id, revision) is seen for good (one round trip)."""
        if not claims:
            return
        await run_pipelined(self._redis, self._confirm_text, [
            ([ingest_text_key(article_id), ingest_seen_key(article_id)], [revision, self._ttl]) for article_id, revision in claims
        ], NoScriptError)

    async def release_text(self, article_id: str, revision: int) -> None:
        await self._release_text(keys=[ingest_text_key(article_id), ingest_seen_key(article_id)], args=[revision])

    async def contains(self, article_id: str) -> bool:
        return bool(await self._redis.exists(ingest_seen_key(article_id)))

    async def close(self) -> None:
        await self._redis.aclose()


def open_seen_store(redis_url: str | None, ttl_s: int, memory_size: int, lease_s: int = 30) -> SeenStore:
    """Redis when ``redis_url`` is set, else the in-process LRU."""
    if redis_url:
        return RedisSeenStore(redis_url, ttl_s, lease_s)
    return MemorySeenStore(memory_size, ttl_s)
