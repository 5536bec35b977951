"""Stream tickets: short-lived signed cookies that let a browser's EventSource (which cannot send headers) open the SSE feed.

A ticket is an itsdangerous ``URLSafeTimedSerializer`` token of ``[desk id, token tag]``, timestamped and signed with
HMAC-SHA256. The token tag is the start of the SHA-256 of the desk token it was issued for: when the desk's token is
rotated, the ticket no longer matches the desk's current token and opens nothing (and open streams are closed, see
``api``). The page gets one from ``POST /alerts/stream/ticket`` with its bearer token; it arrives as an HttpOnly,
SameSite=Strict cookie scoped to the stream path, so it never appears in a URL (nor in access logs) and scripts cannot
read it. It only opens the stream; an open stream outlives it, a reconnect needs a fresh one.

The signing keys are shared by every API process through Redis (``townwatch:api:stream-keys``, a sorted set of keys
by creation time) and rotate by themselves: the first process that asks once the newest key is older than the
rotation period adds a new one (one Lua script, so racing processes add one key between them) and the oldest beyond
``KEEP_KEYS`` is dropped. Tickets are signed with the newest key and checked against all kept keys, so a ticket issued
just before a rotation still opens the stream (itsdangerous's key-rotation list).
"""

from __future__ import annotations

import hashlib
import secrets
import time
from collections.abc import Sequence

from itsdangerous import BadSignature, TimestampSigner, URLSafeTimedSerializer
from redis.asyncio import Redis

__all__ = ["COOKIE", "KEEP_KEYS", "ROTATE_S", "TAG_CHARS", "TICKET_TTL_S", "TicketSigner", "load_keys"]

COOKIE = "townwatch_stream"
TICKET_TTL_S = 300
TAG_CHARS = 16
ROTATE_S = 86_400
KEEP_KEYS = 2  # the current key and the one before it: a ticket (5 min) never outlives two rotation periods
_KEYS = "townwatch:api:stream-keys"
_SALT = "townwatch.stream-ticket"

# Add a key when there is none, the newest is older than the period, or the period is 0 (rotate now); keep the newest
# KEEP; return them oldest first.
_ROTATE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local newest = redis.call('ZREVRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #newest == 0 or tonumber(ARGV[1]) <= 0 or now - tonumber(newest[2]) >= tonumber(ARGV[1]) then
  -- strictly after the newest: two rotations in one millisecond would tie, and a tie orders by member, at random
  if #newest > 0 and now <= tonumber(newest[2]) then now = tonumber(newest[2]) + 1 end
  redis.call('ZADD', KEYS[1], now, ARGV[2])
  redis.call('ZREMRANGEBYRANK', KEYS[1], 0, -(tonumber(ARGV[3]) + 1))
end
return redis.call('ZRANGE', KEYS[1], 0, -1)
"""


async def load_keys(redis: Redis, rotate_s: float = ROTATE_S, keep: int = KEEP_KEYS) -> list[bytes]:
    """The shared signing keys, oldest first (the last signs), rotated first if the newest is due (``rotate_s=0``:
    rotate now)."""
    keys = await redis.eval(_ROTATE, 1, _KEYS, int(rotate_s * 1000), secrets.token_hex(32), keep)
    return [k if isinstance(k, bytes) else str(k).encode() for k in keys]


class TicketSigner:
    """Issues and checks stream tickets with a list of keys (oldest first; the last one signs)."""

    def __init__(self, keys: bytes | Sequence[bytes], ttl_s: int = TICKET_TTL_S) -> None:
        self.keys = [keys] if isinstance(keys, bytes) else list(keys)
        self.ttl_s = ttl_s

    def _serializer(self, now: float | None) -> URLSafeTimedSerializer:
        clock = time.time if now is None else (lambda: now)

        class _Signer(TimestampSigner):
            def get_timestamp(self) -> int:
                return int(clock())

        return URLSafeTimedSerializer(self.keys, salt=_SALT, signer=_Signer, signer_kwargs={"digest_method": hashlib.sha256})

    def issue(self, desk_id: str, token_hash: str = "", now: float | None = None) -> str:
        return self._serializer(now).dumps([desk_id, token_hash[:TAG_CHARS] or "-"])

    def claims(self, ticket: str | None, now: float | None = None) -> tuple[str, str] | None:
        """``(desk id, token tag)`` of a valid, unexpired ticket; None otherwise."""
        if not ticket:
            return None
        try:
            value = self._serializer(now).loads(ticket, max_age=self.ttl_s)
        except BadSignature:  # SignatureExpired is one
            return None
        if not (isinstance(value, list) and len(value) == 2 and all(isinstance(v, str) for v in value)):
            return None
        return value[0], value[1]

    def desk(self, ticket: str | None, now: float | None = None) -> str | None:
        """The desk a valid, unexpired ticket was issued to; None otherwise."""
        found = self.claims(ticket, now)
        return found[0] if found else None
