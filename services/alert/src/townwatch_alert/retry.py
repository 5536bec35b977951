"""The retry policy of deliveries: which failures are transient, and exponential back-off with jitter."""

from __future__ import annotations

import datetime as dt
import email.utils
import random
from dataclasses import dataclass

__all__ = [
    "RETRY_AFTER_CAP_S",
    "Backoff",
    "DeliveryFailure",
    "PermanentFailure",
    "TransientFailure",
    "check_http_status",
    "parse_retry_after",
]

RETRY_AFTER_CAP_S = 3600.0
"""A receiver's Retry-After is honoured up to one hour (a longer one would park the delivery for good)."""


class DeliveryFailure(Exception):
    """A delivery attempt failed. ``reason`` is short and human-readable; it ends up in the dead letter."""

    transient: bool = False

    def __init__(self, reason: str, *, retry_after_s: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after_s = retry_after_s


class TransientFailure(DeliveryFailure):
    """Worth retrying: a timeout, a refused or reset connection, a 5xx, a 429, an SMTP 4xx."""

    transient = True


class PermanentFailure(DeliveryFailure):
    """Not worth retrying: any other 4xx, a refused URL, an SMTP 5xx, a malformed channel."""

    transient = False


def parse_retry_after(value: str | None, now: dt.datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date); None when absent/invalid."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), RETRY_AFTER_CAP_S)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    now = now or dt.datetime.now(dt.UTC)
    return min(max(0.0, (when - now).total_seconds()), RETRY_AFTER_CAP_S)


def check_http_status(status: int, retry_after: str | None = None, *, what: str = "receiver") -> None:
    """Return if ``status`` is a success (2xx); raise the right ``DeliveryFailure`` otherwise.

    429 and 5xx are transient (429 carries the receiver's Retry-After); every other status, including
    3xx (redirects are never followed: a redirect could point anywhere), is permanent.
    """
    if 200 <= status < 300:
        return
    if status == 429 or 500 <= status < 600:
        raise TransientFailure(f"{what} answered HTTP {status}", retry_after_s=parse_retry_after(retry_after))
    raise PermanentFailure(f"{what} answered HTTP {status}")


@dataclass(frozen=True)
class Backoff:
    """Capped exponential back-off with "equal jitter": attempt n waits between d/2 and d, d = min(max, base*2^(n-1))."""

    base_s: float
    max_s: float
    max_attempts: int

    def delay(self, attempt: int, retry_after_s: float | None = None, rng: random.Random | None = None) -> float:
        """Seconds to wait after failed attempt number ``attempt`` (1-based); never less than ``retry_after_s``."""
        ceiling = min(self.max_s, self.base_s * 2 ** max(0, attempt - 1))
        jittered = ceiling / 2 + (rng or random).uniform(0, ceiling / 2)
        if retry_after_s is not None:
            return max(jittered, min(retry_after_s, RETRY_AFTER_CAP_S))
        return jittered

    def exhausted(self, attempt: int) -> bool:
        """True when ``attempt`` was the last one allowed."""
        return attempt >= self.max_attempts
