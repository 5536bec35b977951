"""The dead letter: a message a stage could not handle, kept with the reason so nothing is lost."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import Field

from townwatch_schemas.base import WireModel

__all__ = ["DEAD_LETTER_MAX_PAYLOAD_BYTES", "DeadLetter", "Stage"]

DEAD_LETTER_MAX_PAYLOAD_BYTES = 200_000
"""A dead letter keeps at most this many bytes of its payload (plus the whole payload's length and SHA-256), so it
always fits a producer's request (faust's default ``producer_max_request_size`` is 1,000,000 bytes)."""


class Stage(StrEnum):
    INGEST = "ingest"
    EXTRACT = "extract"
    ALERT = "alert"
    NOTIFY = "notify"


class DeadLetter(WireModel):
    stage: Stage
    error: str = Field(description="Why it failed, for a human: the exception class and message.")
    reason: str = Field(description="A short, bounded reason code (also a metric label), e.g. 'decode', 'schema', 'delivery'.")
    payload: str = Field(description="The original payload: UTF-8 text, or base64 when it was not valid UTF-8.")
    payload_encoding: str = Field(default="utf-8", description="'utf-8' or 'base64'.")
    payload_truncated: bool = Field(default=False, description="True when ``payload`` is only the first "
                                    "DEAD_LETTER_MAX_PAYLOAD_BYTES of the original (see payload_bytes and payload_sha256).")
    payload_bytes: int | None = Field(default=None, description="Length of the whole original payload, in bytes.")
    payload_sha256: str | None = Field(default=None, description="SHA-256 (hex) of the whole original payload.")
    topic: str | None = None
    partition: int | None = None
    offset: int | None = None
    key: str | None = None
    failed_at: dt.datetime
