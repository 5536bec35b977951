"""The dead letter: a message a stage could not handle, kept with the reason so nothing is lost."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import Field

from townwatch_schemas.base import WireModel

__all__ = ["DeadLetter", "Stage"]


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
    topic: str | None = None
    partition: int | None = None
    offset: int | None = None
    key: str | None = None
    failed_at: dt.datetime
