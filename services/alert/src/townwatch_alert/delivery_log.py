"""The delivery log: the never-twice record per notification, a small state machine in one Lua script.

One record per idempotency key (alert, desk, subscription, channel, kind), a Redis hash
``townwatch:{delivery}:<key>``, plus a sorted set ``townwatch:{delivery}:due`` of pending keys by lease end (one
hash tag, so the script's two keys share a Redis Cluster slot: ``townwatch_runtime.redis_keys``)::

    (none) --claim--> pending(owner, lease, attempts=1, payload) --sent--> sent   (terminal)
                      pending --retry(at)--> pending(no owner, lease ends at `at`)
                      pending, lease over --claim--> pending(new owner, attempts+1)
                      pending --dead--> dead   (terminal: the notification went to the dead-letter topic)
    (none) --settle--> sent   (nothing to send, e.g. a follow-up folded into the first notification)

Beside the records, ``townwatch:{delivery}:recipients:<alert_id>`` (a hash, field ``<subscription id>\x1f<channel
key>``, value the desk id) lists the desk channels an alert's ``alert`` notification was claimed for: the follow-ups
of that alert go to them (``follow_up``). It expires with ``recipients_ttl_s``.

A claim while another worker holds a live lease is refused ("busy"); a claim of a sent or dead record
returns its state. The pending record holds everything needed to resend (the payload), so a worker
that dies at any point leaves a record that another worker claims once the lease is over.

The guarantee: a notification is never lost once its record is claimed (the notifier claims before
it lets the alert's offset commit), and it is sent again only if the worker died (or stalled past the
lease) after the receiver got it but before ``sent`` was written; that resend carries the same
Idempotency-Key. Time is Redis server time (``TIME``) unless the caller passes ``now_ms``, so worker
clocks never disagree about leases. Redis durability bounds all of this: with ``appendfsync everysec``
a Redis crash can forget the last second of records.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, cast

from redis.asyncio import Redis

from townwatch_alert.follow_up import Recipient
from townwatch_runtime.redis_keys import DELIVERY_PREFIX

__all__ = ["Claim", "ClaimStatus", "DeliveryLog"]

ClaimStatus = Literal["created", "claimed", "busy", "sent", "dead"]

_SCRIPT = """
local rec, due = KEYS[1], KEYS[2]
local op, owner, arg, payload, member = ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5]
local now = tonumber(ARGV[6])
if not now then
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
local state = redis.call('HGET', rec, 'state')

if op == 'claim' then
  local lease_until = now + tonumber(arg)
  if not state then
    redis.call('HSET', rec, 'state', 'pending', 'owner', owner, 'attempts', 1,
               'lease_until', lease_until, 'payload', payload, 'created_ms', now)
    redis.call('ZADD', due, lease_until, member)
    return {'created', 1, payload}
  end
  if state ~= 'pending' then
    return {state, tonumber(redis.call('HGET', rec, 'attempts') or 0), false}
  end
  if tonumber(redis.call('HGET', rec, 'lease_until')) > now then
    return {'busy', tonumber(redis.call('HGET', rec, 'attempts')), false}
  end
  local attempts = redis.call('HINCRBY', rec, 'attempts', 1)
  redis.call('HSET', rec, 'owner', owner, 'lease_until', lease_until)
  redis.call('ZADD', due, lease_until, member)
  return {'claimed', attempts, redis.call('HGET', rec, 'payload')}
end

if op == 'retry' then
  if state ~= 'pending' or redis.call('HGET', rec, 'owner') ~= owner then return 0 end
  local at = tonumber(arg)
  redis.call('HSET', rec, 'owner', '', 'lease_until', at, 'last_error', payload)
  redis.call('ZADD', due, at, member)
  return 1
end

if op == 'sent' then
  if state ~= 'pending' then return 0 end
  redis.call('HSET', rec, 'state', 'sent', 'sent_ms', now)
  redis.call('HDEL', rec, 'payload', 'owner', 'lease_until')
  redis.call('ZREM', due, member)
  return 1
end

if op == 'dead' then
  if state ~= 'pending' or redis.call('HGET', rec, 'owner') ~= owner then return 0 end
  redis.call('HSET', rec, 'state', 'dead', 'dead_ms', now, 'last_error', arg)
  redis.call('HDEL', rec, 'payload', 'owner', 'lease_until')
  redis.call('ZREM', due, member)
  return 1
end

if op == 'settle' then
  if state then return 0 end
  redis.call('HSET', rec, 'state', 'sent', 'sent_ms', now, 'attempts', 0, 'note', arg)
  return 1
end

return redis.error_reply('unknown delivery-log op ' .. tostring(op))
"""


@dataclass(frozen=True)
class Claim:
    """The answer to a claim: ``created``/``claimed`` mean this worker now owns one send attempt."""

    status: ClaimStatus
    attempts: int
    payload: bytes | None

    @property
    def owned(self) -> bool:
        return self.status in ("created", "claimed")


class DeliveryLog:
    """The delivery records in Redis. Every transition is one call of the Lua script (atomic)."""

    def __init__(self, redis: Redis, *, lease_s: float, prefix: str = DELIVERY_PREFIX,
                 recipients_ttl_s: int = 90 * 24 * 3600) -> None:
        self._redis = redis
        self.recipients_ttl_s = recipients_ttl_s
        self._script = redis.register_script(_SCRIPT)
        self.lease_ms = max(1, int(lease_s * 1000))
        self.prefix = prefix
        self.due_key = f"{prefix}:due"

    def record_key(self, key: str) -> str:
        return f"{self.prefix}:{key}"

    async def _run(self, op: str, key: str, owner: str = "", arg: str = "", payload: bytes | str = b"", now_ms: int | None = None):
        return await self._script(
            keys=[self.record_key(key), self.due_key],
            args=[op, owner, arg, payload, key, "" if now_ms is None else str(now_ms)],
        )

    async def claim(self, key: str, owner: str, payload: bytes, *, now_ms: int | None = None) -> Claim:
        """Create the pending record, or take over one whose lease is over; each owned claim is one attempt."""
        status, attempts, stored = await self._run("claim", key, owner, str(self.lease_ms), payload, now_ms)
        status = status.decode() if isinstance(status, bytes) else status
        return Claim(cast(ClaimStatus, status), int(attempts), stored if isinstance(stored, bytes) else None)

    async def retry_at(self, key: str, owner: str, at_ms: int, error: str = "") -> bool:
        """Give the record up until ``at_ms`` (Unix ms, server clock) after a transient failure."""
        return bool(await self._run("retry", key, owner, str(at_ms), error.encode()))

    async def mark_sent(self, key: str, *, now_ms: int | None = None) -> bool:
        """Terminal: delivered. True when this call made the transition."""
        return bool(await self._run("sent", key, now_ms=now_ms))

    async def mark_dead(self, key: str, owner: str, reason: str) -> bool:
        """Terminal: given up (the caller has dead-lettered it). Only the owner may do this."""
        return bool(await self._run("dead", key, owner, reason))

    async def settle(self, key: str, note: str) -> bool:
        """Record as done without sending, unless a record exists. True when this call created it."""
        return bool(await self._run("settle", key, arg=note))

    def recipients_key(self, alert_id: str) -> str:
        return f"{self.prefix}:recipients:{alert_id}"

    async def add_recipients(self, alert_id: str, recipients: Iterable[Recipient]) -> None:
        """Record desk channels that an ``alert`` (or ``reversed``) notification of ``alert_id`` was claimed for."""
        fields: dict[str | bytes | bytearray | memoryview | int | float, str] = {f"{r.subscription_id}\x1f{r.channel_key}": r.desk_id for r in recipients}
        if not fields:
            return
        key = self.recipients_key(alert_id)
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.hset(key, mapping=fields)
            pipe.expire(key, self.recipients_ttl_s)
            await pipe.execute()

    async def recipients(self, alert_id: str) -> list[Recipient]:
        """The desk channels that got (or are being sent) ``alert_id``'s first notification."""
        raw = await self._redis.hgetall(self.recipients_key(alert_id))
        out = []
        for field, desk in raw.items():
            sub_id, _, channel = (field.decode() if isinstance(field, bytes) else field).partition("\x1f")
            out.append(Recipient(desk.decode() if isinstance(desk, bytes) else desk, sub_id, channel))
        return out

    async def now_ms(self) -> int:
        """Redis server time in Unix ms (the clock leases are measured on)."""
        seconds, micros = await self._redis.time()
        return int(seconds) * 1000 + int(micros) // 1000

    async def due(self, *, limit: int = 100, now_ms: int | None = None) -> list[str]:
        """Keys of pending records whose lease is over (crashed workers' and scheduled retries)."""
        now = await self.now_ms() if now_ms is None else now_ms
        keys = cast(list[bytes | str], await self._redis.zrangebyscore(self.due_key, "-inf", now, start=0, num=limit))
        return [k.decode() if isinstance(k, bytes) else k for k in keys]

    async def record(self, key: str) -> dict[str, str]:
        """The record as strings (for inspection and tests); empty when there is none."""
        raw = await self._redis.hgetall(self.record_key(key))
        return {
            (k.decode() if isinstance(k, bytes) else k): (v.decode("utf-8", "replace") if isinstance(v, bytes) else v)
            for k, v in raw.items()
        }
