"""The shadow ledger: the stream's own ledger (``dedup.decide``, one Lua commit) under a key prefix of its own,
``townwatch:{ledger}:shadow:reprocess:<run>:`` (the ledger's hash tag: the same Redis Cluster slot), so rebuilding it touches no live key. Its keys get a TTL while it is built
(a crashed run leaves nothing behind for long) and are deleted when the run ends.

It starts from the live ledger's state as of the window's start where that state is known exactly: a town whose live
state was last written before the window began is copied as it is (no article of the window can have touched it: the
stream writes a town only after the article reached the broker), so the shadow judges the window's reports against
the holder, date and alert the live ledger had then (a report older than the holder is stale in both). A town the live
ledger wrote during or after the window starts empty in the shadow: its state as of the start cannot be rebuilt (the
ledger keeps the latest state and a history of decisions, not past states); the run counts such towns, and ``apply``
lets the live ledger decide what it lists there."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable

from redis.asyncio import Redis

from townwatch_alert.ledger import PREFIX, Ledger
from townwatch_alert.settings import AlertSettings
from townwatch_alert.town import TownState
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

    async def seed(self, live: Ledger, place_keys: Iterable[str], start: dt.datetime) -> tuple[int, int]:
        """Copy the live state of each of ``place_keys`` last written before ``start``; (towns seeded, towns the live
        ledger wrote at or after ``start``, left empty). Towns the live ledger never saw start empty in both."""
        keys = sorted(set(place_keys))
        seeded: list[str] = []
        unseeded = 0
        async with self.redis.pipeline(transaction=False) as pipe:
            for place_key, raw in zip(keys, await live.raw_states(keys), strict=True):
                if raw is None:
                    continue
                if TownState.model_validate_json(raw).updated >= start:
                    unseeded += 1
                    continue
                seeded.append(place_key)
                pipe.hset(self.ledger.town_key(place_key), mapping={"v": 1, "state": raw})
                pipe.expire(self.ledger.town_key(place_key), self.ttl_s)
            await pipe.execute()
        await self._seed_reports(live, seeded)
        return len(seeded), unseeded

    async def _seed_reports(self, live: Ledger, place_keys: list[str]) -> None:
        """The reports behind each seeded state too, so a report out of canonical order re-decides the town as live would."""
        async with live.redis.pipeline(transaction=False) as pipe:
            for place_key in place_keys:
                pipe.hgetall(live.reports_key(place_key))
            stored = await pipe.execute()
        async with self.redis.pipeline(transaction=False) as pipe:
            for place_key, reports in zip(place_keys, stored, strict=True):
                if reports:
                    pipe.hset(self.ledger.reports_key(place_key), mapping=reports)
                    pipe.expire(self.ledger.reports_key(place_key), self.ttl_s)
            await pipe.execute()

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
