"""Stream tickets: short-lived signed cookies that let a browser's EventSource (which cannot send headers) open the SSE feed.

A ticket is ``<desk id>.<expiry>.<token tag>.<hex HMAC-SHA256(key, desk id + "." + expiry + "." + token tag)>``, where
the token tag is the start of the SHA-256 of the desk token it was issued for: when the desk's token is rotated, the
ticket no longer matches the desk's current token and opens nothing (and open streams are closed, see ``api``). The page gets
one from ``POST /alerts/stream/ticket`` with its bearer token; it arrives as an HttpOnly, SameSite=Strict
cookie scoped to the stream path, so it never appears in a URL (nor in access logs) and scripts cannot read
it. It only opens the stream; an open stream outlives it, a reconnect needs a fresh one. The signing key
is shared by every API process through Redis (``townwatch:api:stream-key``, created once).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time

from redis.asyncio import Redis

__all__ = ["COOKIE", "TAG_CHARS", "TICKET_TTL_S", "TicketSigner", "load_key"]

COOKIE = "townwatch_stream"
TICKET_TTL_S = 300
TAG_CHARS = 16
_KEY = "townwatch:api:stream-key"


async def load_key(redis: Redis) -> bytes:
    """The shared signing key, created at random by whichever process asks first."""
    await redis.set(_KEY, secrets.token_hex(32), nx=True)
    value = await redis.get(_KEY)
    return value if isinstance(value, bytes) else str(value).encode()


class TicketSigner:
    """Issues and checks stream tickets with one key."""

    def __init__(self, key: bytes, ttl_s: int = TICKET_TTL_S) -> None:
        self.key = key
        self.ttl_s = ttl_s

    def _mac(self, desk_id: str, expiry: str, tag: str) -> str:
        return hmac.new(self.key, f"{desk_id}.{expiry}.{tag}".encode(), hashlib.sha256).hexdigest()

    def issue(self, desk_id: str, token_hash: str = "", now: float | None = None) -> str:
        expiry = str(int((time.time() if now is None else now) + self.ttl_s))
        tag = token_hash[:TAG_CHARS] or "-"
        return f"{desk_id}.{expiry}.{tag}.{self._mac(desk_id, expiry, tag)}"

    def claims(self, ticket: str | None, now: float | None = None) -> tuple[str, str] | None:
        """``(desk id, token tag)`` of a valid, unexpired ticket; None otherwise."""
        if not ticket or ticket.count(".") < 3:
            return None
        desk_id, expiry, tag, mac = ticket.rsplit(".", 3)
        if not expiry.isdigit() or not hmac.compare_digest(self._mac(desk_id, expiry, tag), mac):
            return None
        return (desk_id, tag) if int(expiry) >= (time.time() if now is None else now) else None

    def desk(self, ticket: str | None, now: float | None = None) -> str | None:
        """The desk a valid, unexpired ticket was issued to; None otherwise."""
        found = self.claims(ticket, now)
        return found[0] if found else None
