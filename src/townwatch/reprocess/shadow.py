"""The shadow ledger: the stream's own ledger (``dedup.decide``, one Lua commit) under a key prefix of its own,
``townwatch:{ledger}:shadow:reprocess:<run>:`` (the ledger's hash tag: the same Redis Cluster slot), so rebuilding it touches no live key. Its keys get a TTL while it is built
(a crashed run leaves nothing behind for long) and are deleted when the run ends."""

from __future__ import annotations

import uuid

from redis.asyncio import Redis

from townwatch_alert.ledger import PREFIX, Ledger
from townwatch_alert.settings import AlertSettings
from townwatch_schemas import Alert

__all__ = ["SHADOW_PREFIX", "ShadowLedger"]

SHADOW_PREFIX = f"{PREFIX}shadow:reprocess:"


class ShadowLedger:
    def __init__(self, redis: Redis, settings: AlertSettings, ttl_s: int = 3600, run: str | None = None) -> None:
        self.redis = redis
        self.ttl_s = ttl_s
        self.prefix = f"{SHADOW_PREFIX}{run or uuid.uuid4().hex[:12]}:"
        self.ledger = Ledger.from_settings(redis, settings, prefix=self.prefix)
        self.ledger.event_record_ttl_s = ttl_s

    async def keys(self) -> list[bytes]:
        return [key async for key in self.redis.scan_iter(match=self.prefix + "*", count=1000)]

    async def expire(self) -> None:
        """Give every key of the shadow a TTL (the commit script sets none on town states and the alert stream)."""
        async with self.redis.pipeline(transaction=False) as pipe:
            for key in await self.keys():
                pipe.expire(key, self.ttl_s)
            await pipe.execute()

    async def drop(self) -> int:
        keys = await self.keys()
        return int(await self.redis.unlink(*keys)) if keys else 0

    async def alerts(self) -> list[Alert]:
        """The latest revision of every alert the shadow ledger raised."""
        ids: set[str] = set()
        for place_key in await self.ledger.towns(limit=1_000_000):
            ids.update(h.alert_id for h in await self.ledger.history(place_key, limit=100_000) if h.alert_id)
        alerts = [await self.ledger.alert(alert_id) for alert_id in sorted(ids)]
        return [a for a in alerts if a is not None]
