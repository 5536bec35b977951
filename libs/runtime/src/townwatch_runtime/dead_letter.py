"""Dead letters: building the record for a message a stage could not handle, and sending it to the stage's topic."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from collections.abc import Awaitable, Callable

from townwatch_schemas import DEAD_LETTER_MAX_PAYLOAD_BYTES, DeadLetter, Stage, dead_letter_topic

__all__ = ["DeadLetterSink", "make_dead_letter"]

MAX_ERROR_CHARS = 2000


def make_dead_letter(
    stage: Stage,
    payload: bytes | str | None,
    error: BaseException | str,
    reason: str,
    *,
    topic: str | None = None,
    partition: int | None = None,
    offset: int | None = None,
    key: bytes | str | None = None,
    now: dt.datetime | None = None,
) -> DeadLetter:
    """A pure function: the dead-letter record for ``payload`` (base64 if not UTF-8), kept whole up to
    ``DEAD_LETTER_MAX_PAYLOAD_BYTES`` and truncated beyond, always with the whole payload's length and SHA-256."""
    whole = payload.encode("utf-8", errors="surrogatepass") if isinstance(payload, str) else (payload or b"")
    truncated = len(whole) > DEAD_LETTER_MAX_PAYLOAD_BYTES
    raw = whole[: DEAD_LETTER_MAX_PAYLOAD_BYTES // 2] if truncated else whole  # base64 grows by 4/3: half always fits
    try:
        text, encoding = raw.decode("utf-8", errors="ignore" if truncated else "strict"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = base64.b64encode(raw).decode("ascii"), "base64"
    if isinstance(error, BaseException):
        message = f"{type(error).__name__}: {error}"
    else:
        message = error
    if isinstance(key, bytes):
        key = key.decode("utf-8", errors="replace")
    return DeadLetter(
        stage=stage,
        error=message[:MAX_ERROR_CHARS],
        reason=reason,
        payload=text,
        payload_encoding=encoding,
        payload_truncated=truncated,
        payload_bytes=len(whole),
        payload_sha256=hashlib.sha256(whole).hexdigest(),
        topic=topic,
        partition=partition,
        offset=offset,
        key=key,
        failed_at=now or dt.datetime.now(dt.UTC),
    )


Send = Callable[[str, bytes | None, bytes], Awaitable[object]]


class DeadLetterSink:
    """Sends dead letters for one stage through an injected ``send(topic, key, value)`` coroutine.

    ``on_dead_letter(reason)`` runs after each send: pass ``StageMetrics.dead_letter`` so that every dead
    letter of the stage is counted once, in this one place."""

    def __init__(self, stage: Stage, send: Send, on_dead_letter: Callable[[str], None] | None = None) -> None:
        self.stage = stage
        self.topic = dead_letter_topic(stage)
        self._send = send
        self._on_dead_letter = on_dead_letter

    async def put(self, letter: DeadLetter) -> None:
        key = letter.key.encode("utf-8") if letter.key else None
        await self._send(self.topic, key, letter.to_json_bytes())
        if self._on_dead_letter:
            self._on_dead_letter(letter.reason)
