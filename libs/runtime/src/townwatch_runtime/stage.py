"""The per-message shell every consuming stage shares: decode, call the core, dead-letter what cannot be handled.

A message is in exactly one of these outcomes, so nothing is lost:

- it decodes and the core handles it (``process`` returns normally);
- it does not decode or fails its schema: dead letter, reason ``decode`` or ``schema``;
- the core raises a non-transient error: dead letter, reason ``processing`` (or the error's own
  ``dead_letter_reason``, e.g. the extractor's ``too_large`` and ``budget``);
- the core raises a *transient* error (a connection to Redis or the broker dropped): retried with
  capped exponential back-off until it succeeds; the partition waits, the offset is not committed.

Transient means a network failure: the shell's ``transient`` classes (connection and time-out errors by default)
or an ``OSError`` whose errno is a network one. Any other ``OSError`` (``FileNotFoundError``, ``PermissionError``:
a bug or a broken install) is dead-lettered, never retried: retrying it would block the partition for ever.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import random
import socket
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

from pydantic import BaseModel, ValidationError

from townwatch_runtime.dead_letter import DeadLetterSink, make_dead_letter
from townwatch_runtime.metrics import StageMetrics

__all__ = ["DEFAULT_TRANSIENT", "NETWORK_ERRNOS", "STAGE_REASONS", "StageShell", "classify_validation_error", "is_transient"]

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)

STAGE_REASONS = ("decode", "schema", "processing", "other")

DEFAULT_TRANSIENT: tuple[type[BaseException], ...] = (ConnectionError, TimeoutError)
NETWORK_ERRNOS = frozenset({
    errno.ECONNREFUSED, errno.ECONNRESET, errno.ECONNABORTED, errno.EPIPE, errno.ETIMEDOUT, errno.EHOSTUNREACH,
    errno.EHOSTDOWN, errno.ENETUNREACH, errno.ENETDOWN, errno.ENETRESET, errno.EADDRNOTAVAIL, errno.ENOTCONN,
})
"""``OSError`` errnos that mean the network or the peer failed, so the same call may succeed later."""


def is_transient(exc: BaseException, transient: tuple[type[BaseException], ...] = DEFAULT_TRANSIENT) -> bool:
    """True when retrying the same message may succeed: a ``transient`` class, a failed name lookup, or an
    ``OSError`` with a network errno. A missing file or a permission error is a bug, not an outage."""
    if isinstance(exc, transient) or isinstance(exc, socket.gaierror):
        return True
    return isinstance(exc, OSError) and exc.errno in NETWORK_ERRNOS


def classify_validation_error(exc: ValidationError) -> str:
    """``decode`` when the payload is not JSON at all, ``schema`` when it is JSON of the wrong shape."""
    return "decode" if any(err.get("type") == "json_invalid" for err in exc.errors()) else "schema"


class StageShell(Generic[M]):
    """Wraps one stage's core function with decoding, metrics, dead letters and transient-error retries."""

    def __init__(
        self,
        model: type[M],
        process: Callable[[M], Awaitable[int]],
        *,
        metrics: StageMetrics,
        dead_letters: DeadLetterSink,
        transient: tuple[type[BaseException], ...] = DEFAULT_TRANSIENT,
        max_backoff_s: float = 10.0,
    ) -> None:
        self.model = model
        self.process = process
        self.metrics = metrics
        self.dead_letters = dead_letters
        self.transient = transient
        self.max_backoff_s = max_backoff_s
        self.positions: dict[tuple[str, int], int] = {}
        """(topic, partition) -> the next offset to process, for lag."""

    async def handle(
        self,
        raw: bytes | None,
        *,
        key: bytes | None = None,
        topic: str | None = None,
        partition: int | None = None,
        offset: int | None = None,
    ) -> bool:
        """Handle one message; True when the core processed it, False when it was dead-lettered."""
        try:
            return await self._handle(raw, key, topic, partition, offset)
        finally:
            if topic is not None and partition is not None and offset is not None:
                self.positions[(topic, partition)] = offset + 1

    async def _handle(
        self, raw: bytes | None, key: bytes | None, topic: str | None, partition: int | None, offset: int | None
    ) -> bool:
        where = f"{topic}[{partition}]@{offset}"
        with self.metrics.timed():
            try:
                item = self.model.model_validate_json(raw or b"")
            except ValidationError as exc:
                reason = classify_validation_error(exc)
                log.warning("%s: %s: %s", where, reason, exc.errors()[0].get("msg"))
                await self._dead_letter(raw, exc, reason, key, topic, partition, offset)
                return False
            attempt = 0
            while True:
                try:
                    produced = await self.process(item)
                except Exception as exc:
                    if is_transient(exc, self.transient):
                        attempt += 1
                        delay = min(self.max_backoff_s, 0.2 * 2**attempt) * (0.5 + random.random() / 2)
                        log.warning("%s: transient error (attempt %d), retrying in %.1fs: %r", where, attempt, delay, exc)
                        await asyncio.sleep(delay)
                        continue
                    reason = getattr(exc, "dead_letter_reason", None) or "processing"  # e.g. the extractor's budget
                    log.exception("%s: processing failed (%s); dead-lettered", where, reason)
                    await self._dead_letter(raw, exc, reason, key, topic, partition, offset)
                    return False
                self.metrics.items_out.inc(produced)
                return True

    async def _dead_letter(
        self,
        raw: bytes | None,
        exc: BaseException,
        reason: str,
        key: bytes | None,
        topic: str | None,
        partition: int | None,
        offset: int | None,
    ) -> None:
        self.metrics.failed(reason)
        letter = make_dead_letter(
            self.dead_letters.stage, raw, exc, reason, topic=topic, partition=partition, offset=offset, key=key
        )
        await self.dead_letters.put(letter)  # the sink counts it (``on_dead_letter``)
