"""The per-message shell every consuming stage shares: decode, call the core, dead-letter what cannot be handled.

A message is in exactly one of these outcomes, so nothing is lost:

- it decodes and the core handles it (``process`` returns normally);
- it does not decode or fails its schema: dead letter, reason ``decode`` or ``schema``;
- the core raises a non-transient error: dead letter, reason ``processing`` (or the error's own
  ``dead_letter_reason``, e.g. the extractor's ``too_large`` and ``budget``);
- the core raises a *transient* error (a connection to Redis or the broker dropped): retried with
  capped exponential back-off until it succeeds; the partition waits, the offset is not committed.

Messages come in batches (``handle_batch``; the agent takes up to ``stage_batch_max`` at once). A batch is decoded
first and its rejects are dead-lettered together (one broker round trip, whatever the stage). A stage without a
batch core then processes its items one by one, in order; the letter of an item whose core failed is sent at once
and not awaited before the next item (the producer packs them), and all are awaited before the batch is done. A stage with a
``process_batch`` core handles the whole batch in one call (one executor hop, every output sent before any is
awaited) and gets back one outcome per item; an item whose outcome is an exception is retried or dead-lettered
alone, as above. A batch call that raises as a whole is retried whole when transient, else the batch is handled
again one item at a time so that only the bad item is dead-lettered. The caller acknowledges the batch's offsets
only after ``handle_batch`` returns, so every output of every message is acknowledged before its offset commits.

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
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from pydantic import BaseModel, ValidationError

from townwatch_runtime.dead_letter import DeadLetterSink, make_dead_letter
from townwatch_runtime.metrics import StageMetrics
from townwatch_runtime.turns import waited_s

__all__ = [
    "DEFAULT_TRANSIENT", "NETWORK_ERRNOS", "STAGE_REASONS", "BatchProcess", "RawMessage", "StageShell",
    "classify_validation_error", "is_transient",
]

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


@dataclass(frozen=True, slots=True)
class RawMessage:
    """One message as consumed: the raw value and where it came from."""

    value: bytes | None
    key: bytes | None = None
    topic: str | None = None
    partition: int | None = None
    offset: int | None = None

    @property
    def where(self) -> str:
        return f"{self.topic}[{self.partition}]@{self.offset}"


BatchProcess = Callable[[Sequence[M]], Awaitable[Sequence["int | BaseException"]]]
"""A core over a batch: one outcome per item, in order (items produced, or the exception that item raised)."""


def classify_validation_error(exc: ValidationError) -> str:
    """``decode`` when the payload is not JSON at all, ``schema`` when it is JSON of the wrong shape."""
    return "decode" if any(err.get("type") == "json_invalid" for err in exc.errors()) else "schema"


class StageShell(Generic[M]):
    """Wraps one stage's core function with decoding, metrics, dead letters and transient-error retries."""

    def __init__(
        self,
        model: type[M],
        process: Callable[[M], Awaitable[int]] | None = None,
        *,
        process_batch: BatchProcess[M] | None = None,
        metrics: StageMetrics,
        dead_letters: DeadLetterSink,
        transient: tuple[type[BaseException], ...] = DEFAULT_TRANSIENT,
        max_backoff_s: float = 10.0,
    ) -> None:
        if process is None and process_batch is None:
            raise TypeError("StageShell needs process or process_batch")
        self.model = model
        self.process_batch = process_batch
        self.process = process or self._one_of_batch
        self.metrics = metrics
        self.dead_letters = dead_letters
        self.transient = transient
        self.max_backoff_s = max_backoff_s
        self.positions: dict[tuple[str, int], int] = {}
        """(topic, partition) -> the next offset to process, for lag."""

    async def _one_of_batch(self, item: M) -> int:
        assert self.process_batch is not None
        (outcome,) = await self.process_batch([item])
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    async def handle_batch(self, messages: Sequence[RawMessage]) -> list[bool]:
        """Handle a batch; one flag per message, True when the core processed it, False when it was dead-lettered.
        Returns only once every output of every message was acknowledged."""
        try:
            if len(messages) == 1:
                return [await self._handle(messages[0])]
            return await self._handle_batch(messages)
        finally:
            for m in messages:
                if m.topic is not None and m.partition is not None and m.offset is not None:
                    self.positions[(m.topic, m.partition)] = m.offset + 1

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
        (done,) = await self.handle_batch([RawMessage(raw, key, topic, partition, offset)])
        return done

    def _decode(self, m: RawMessage) -> M | ValidationError:
        try:
            return self.model.model_validate_json(m.value or b"")
        except ValidationError as exc:
            return exc

    async def _handle(self, m: RawMessage) -> bool:
        with self.metrics.timed(waited_s):
            item = self._decode(m)
            if isinstance(item, ValidationError):
                await self._rejected(m, item)
                return False
            return await self._process_one(m, item)

    async def _process_one(self, m: RawMessage, item: M, letters: list[asyncio.Task[None]] | None = None) -> bool:
        """Process one item; a non-transient failure is dead-lettered, awaited here unless ``letters`` collects its
        send (started at once) for the caller to await."""
        attempt = 0
        while True:
            try:
                produced = await self.process(item)
            except Exception as exc:
                if is_transient(exc, self.transient):
                    attempt += 1
                    await self._back_off(m.where, attempt, exc)
                    continue
                if letters is None:
                    await self._failed(m, exc)
                else:
                    letters.append(asyncio.ensure_future(self._failed(m, exc)))
                return False
            self.metrics.items_out.inc(produced)
            return True

    async def _handle_batch(self, messages: Sequence[RawMessage]) -> list[bool]:
        start, waited_before = time.perf_counter(), waited_s()
        self.metrics.items_in.inc(len(messages))
        done = [False] * len(messages)
        items: dict[int, M] = {}
        rejected = []
        for i, m in enumerate(messages):
            item = self._decode(m)
            if isinstance(item, ValidationError):
                rejected.append(self._rejected(m, item))
            else:
                items[i] = item
        # Every rejected message of the batch is sent to the dead-letter topic at once, and each is acknowledged
        # before the batch is done: one broker round trip for a flood's batch instead of one per message. This
        # holds for a stage without a batch core too (the notifier), which then handles its good items in order.
        await asyncio.gather(*rejected)
        if self.process_batch is None:
            letters: list[asyncio.Task[None]] = []
            try:
                for i, item in items.items():
                    done[i] = await self._process_one(messages[i], item, letters)
            finally:
                # Every letter is acknowledged before the batch is done (its offsets commit only after): at least once.
                await asyncio.gather(*letters)
        else:
            await self._process_batch_items(messages, items, done)
        # The batch's time, shared equally by its items; not the time it waited for the batch before it (``turns``).
        share = (time.perf_counter() - start - (waited_s() - waited_before)) / len(messages)
        for _ in messages:
            self.metrics.seconds.observe(share)
        self.metrics.last.set(time.time())
        return done

    async def _process_batch_items(self, messages: Sequence[RawMessage], items: dict[int, M], done: list[bool]) -> None:
        """The batch core over the decoded items: one call, then only the items that failed transiently again."""
        pending, attempt = list(items), 0
        where = f"{messages[0].where}..{messages[-1].offset} ({len(messages)} messages)"
        while pending:
            assert self.process_batch is not None
            try:
                outcomes = await self.process_batch([items[i] for i in pending])
            except Exception as exc:
                if is_transient(exc, self.transient):
                    attempt += 1
                    await self._back_off(where, attempt, exc)
                    continue
                # The batch failed as a whole: one at a time, so that only the bad item is dead-lettered.
                log.warning("%s: batch failed (%r); handling its items one by one", where, exc)
                for i in pending:
                    done[i] = await self._process_one(messages[i], items[i])
                break
            retry: list[int] = []
            cause: BaseException | None = None
            failed = []
            for i, outcome in zip(pending, outcomes, strict=True):
                if not isinstance(outcome, BaseException):
                    done[i] = True
                    self.metrics.items_out.inc(outcome)
                elif isinstance(outcome, Exception) and is_transient(outcome, self.transient):
                    retry.append(i)
                    cause = outcome
                elif isinstance(outcome, Exception):
                    failed.append(self._failed(messages[i], outcome))
                else:
                    raise outcome
            await asyncio.gather(*failed)
            if cause is not None:
                attempt += 1
                await self._back_off(where, attempt, cause)
            pending = retry

    async def _back_off(self, where: str, attempt: int, exc: BaseException) -> None:
        delay = min(self.max_backoff_s, 0.2 * 2**attempt) * (0.5 + random.random() / 2)
        log.warning("%s: transient error (attempt %d), retrying in %.1fs: %r", where, attempt, delay, exc)
        await asyncio.sleep(delay)

    async def _rejected(self, m: RawMessage, exc: ValidationError) -> None:
        reason = classify_validation_error(exc)
        log.warning("%s: %s: %s", m.where, reason, exc.errors()[0].get("msg"))
        await self._dead_letter(m.value, exc, reason, m.key, m.topic, m.partition, m.offset)

    async def _failed(self, m: RawMessage, exc: Exception) -> None:
        reason = getattr(exc, "dead_letter_reason", None) or "processing"  # e.g. the extractor's budget
        log.error("%s: processing failed (%s); dead-lettered", m.where, reason, exc_info=exc)
        await self._dead_letter(m.value, exc, reason, m.key, m.topic, m.partition, m.offset)

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
