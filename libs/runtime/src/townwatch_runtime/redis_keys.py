"""The Redis key layout, safe for Redis Cluster: every key one Lua script touches shares a hash tag, so one slot.

Redis Cluster runs a script only when all its KEYS hash to one slot; the slot of a key with ``{tag}`` in it is
the slot of ``tag`` alone. The layout (``<...>`` is a variable part)::

    townwatch:{ledger}:town:<place key>            hash    the ledger: one slot for all of it, because the
    townwatch:{ledger}:town:<place key>:history    list    commit script writes the town's state and history
    townwatch:{ledger}:town:<place key>:reports    hash    (and the reports a re-decision folds),
    townwatch:{ledger}:towns                       zset    *and* the global ``towns`` index and ``alerts``
    townwatch:{ledger}:event:<event id>            string  stream atomically (the API's feed, in commit order)
    townwatch:{ledger}:alert:<alert id>            string
    townwatch:{ledger}:alerts:emitted              hash
    townwatch:{ledger}:alerts                      stream
    townwatch:{ledger}:article:<article id>:events set
    townwatch:{ledger}:backfill:digest:<key>       string
    townwatch:{delivery}:<idempotency key>         hash    the delivery log: the record and the ``due`` zset
    townwatch:{delivery}:due                       zset    change in one script
    townwatch:{delivery}:recipients:<alert id>     hash
    townwatch:{subs}:desks | :tokens | :desk:<desk id>:subs | :desk:<desk id>:token   subscriptions (token swap script)
    townwatch:ingest:{<article id>}:seen           string  ingest's seen record: one slot per article, so the
    townwatch:ingest:{<article id>}:text           hash    per-article traffic spreads over the whole cluster
    townwatch:api:stream-keys                      zset    (its rotation script touches this key alone)

What that means for scale: the per-article keys (one claim per article, the bulk of Redis traffic) spread over
every shard; the ledger, the delivery log and the subscriptions each live on one shard (their traffic is per
*event* and per notification, about 2% of the articles; deploy/README.md has the figures).

Deployments from before this layout move with ``townwatch migrate-redis-keys`` (``migrate``): it renames every
old key to its new name on the single Redis, with the services stopped, before the new version starts.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = [
    "DELIVERY_DUE_KEY", "DELIVERY_PREFIX", "LEDGER_PREFIX", "SUBSCRIPTIONS_PREFIX", "ingest_seen_key", "ingest_text_key", "migrate", "new_name",
]

LEDGER_PREFIX = "townwatch:{ledger}:"
DELIVERY_PREFIX = "townwatch:{delivery}"
DELIVERY_DUE_KEY = f"{DELIVERY_PREFIX}:due"
"""The delivery log's pending notifications (claimed, not yet sent), by lease end."""
SUBSCRIPTIONS_PREFIX = "townwatch:{subs}:"


def ingest_seen_key(article_id: str) -> str:
    return f"townwatch:ingest:{{{article_id}}}:seen"


def ingest_text_key(article_id: str) -> str:
    return f"townwatch:ingest:{{{article_id}}}:text"


_LEGACY = [  # (pattern of a key from before the hash tags, its new name)
    (re.compile(r"^townwatch:ingest:seen:(?P<id>[^{}]+)$"), lambda m: ingest_seen_key(m["id"])),
    (re.compile(r"^townwatch:ingest:text:(?P<id>[^{}]+)$"), lambda m: ingest_text_key(m["id"])),
    (re.compile(r"^townwatch:delivery:(?P<rest>.+)$"), lambda m: f"{DELIVERY_PREFIX}:{m['rest']}"),
    (re.compile(r"^townwatch:(?P<rest>(desks|tokens|desk:.+))$"), lambda m: SUBSCRIPTIONS_PREFIX + m["rest"]),
    (re.compile(r"^townwatch:(?P<rest>(town:.+|towns|event:.+|alert:.+|alerts|alerts:emitted|article:.+|backfill:.+))$"),
     lambda m: LEDGER_PREFIX + m["rest"]),
]


def new_name(key: str) -> str | None:
    """The cluster-safe name of a key from the old layout; None for a key that is already new or not ours."""
    if "{" in key:
        return None
    for pattern, rename in _LEGACY:
        if match := pattern.match(key):
            return rename(match)
    return None


async def migrate(redis: Any, *, batch: int = 500) -> tuple[int, list[str]]:
    """Rename every old-layout ``townwatch:*`` key to its new name (TTL, type and value kept: RENAMENX); returns
    how many were renamed and the old keys left because their new name already exists. Idempotent: run again, it
    renames nothing. Run it with the services stopped: a key written under the old name meanwhile is left behind."""
    renamed, clashes = 0, []
    pending: list[tuple[bytes | str, str]] = []
    async for key in redis.scan_iter(match="townwatch:*", count=batch):
        target = new_name(key.decode() if isinstance(key, bytes) else key)
        if target is not None:
            pending.append((key, target))
    for start in range(0, len(pending), batch):
        async with redis.pipeline(transaction=False) as pipe:
            for old, target in pending[start:start + batch]:
                pipe.renamenx(old, target)
            for (old, _target), ok in zip(pending[start:start + batch], await pipe.execute(), strict=True):
                if ok:
                    renamed += 1
                else:
                    clashes.append(old.decode() if isinstance(old, bytes) else old)
    return renamed, clashes
