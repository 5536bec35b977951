"""The reprocessing window: which records of articles.v1 it covers, and whether the topic still holds all of them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

__all__ = ["BadWindow", "BeyondRetention", "NoTopic", "Window", "retention_gap"]


class BadWindow(ValueError):
    """--since / --until make no window (in the future, or the end before the start)."""


class BeyondRetention(LookupError):
    """The topic no longer holds the start of the window: retention deleted articles the window needs."""


class NoTopic(LookupError):
    """The broker has no articles.v1 (a fresh broker, or the wrong one)."""


def _midnight_ms(day: dt.date) -> int:
    return int(dt.datetime.combine(day, dt.time(), dt.UTC).timestamp() * 1000)


@dataclass(frozen=True)
class Window:
    """Records whose broker timestamp is from 00:00 UTC of ``since`` up to the end of ``until`` (inclusive), else up
    to ``now`` (when the command started: records appended while it runs are left for the stream)."""

    since: dt.date
    until: dt.date | None
    now: dt.datetime

    def __post_init__(self) -> None:
        if self.since > self.now.date():
            raise BadWindow(f"--since {self.since} is in the future (today is {self.now.date()} UTC)")
        if self.until is not None and self.until < self.since:
            raise BadWindow(f"--until {self.until} is before --since {self.since}")

    @property
    def start_ms(self) -> int:
        return _midnight_ms(self.since)

    @property
    def end_ms(self) -> int:
        """Exclusive end, in milliseconds since the epoch."""
        now_ms = int(self.now.timestamp() * 1000)
        if self.until is None:
            return now_ms
        return min(now_ms, _midnight_ms(self.until + dt.timedelta(days=1)))

    def holds(self, timestamp_ms: int) -> bool:
        return self.start_ms <= timestamp_ms < self.end_ms

    def describe(self) -> str:
        return f"{self.since} .. {self.until or self.now.strftime('%Y-%m-%d %H:%M UTC')}"


def retention_gap(start_ms: int, log_start: int, first_offset: int, first_timestamp_ms: int) -> bool:
    """True when a partition's log no longer begins at offset 0 (retention deleted its head) and its earliest kept
    record (``first_offset``, normally ``log_start``) is later than the window's start: the deleted records may
    have been in the window, so re-reading it would silently miss articles."""
    return log_start > 0 and first_offset == log_start and first_timestamp_ms > start_ms
