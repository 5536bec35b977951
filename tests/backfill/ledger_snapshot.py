"""The ledger's contents as comparable data: every town's state and history, without the wall-clock stamps
(and the backfill mark) that two runs of the same articles cannot share."""

from __future__ import annotations

import json
from typing import Any

from redis.asyncio import Redis

from townwatch_alert.ledger import Ledger

__all__ = ["VOLATILE", "ledger_snapshot"]

VOLATILE = frozenset({"recorded_at", "updated", "first_reported", "article_received", "received", "backfill"})


def _strip(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k not in VOLATILE}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


async def ledger_snapshot(redis_url: str) -> dict[str, Any]:
    """``{place key: {"state": ..., "history": [...]}}`` for every town the ledger knows."""
    redis = Redis.from_url(redis_url)
    try:
        ledger = Ledger(redis)
        out: dict[str, Any] = {}
        for key in sorted(await ledger.towns(limit=100_000)):
            state = await ledger.town(key)
            history = await ledger.history(key, limit=10_000)
            out[key] = {
                "state": _strip(json.loads(state.model_dump_json())) if state else None,
                "history": [_strip(json.loads(h.model_dump_json())) for h in history],
            }
        return out
    finally:
        await redis.aclose()
