"""Replay pacing: how long after the start each article is due, from publication-time gaps divided by speed."""

from __future__ import annotations

import datetime as dt

from townwatch_ingest.draft import ArticleDraft

__all__ = ["ReplayPacer", "publication_moment"]


def publication_moment(draft: ArticleDraft) -> dt.datetime | None:
    """The publication time (``published_at``, else midnight UTC of ``published``), or None when unknown."""
    if draft.published_at is not None:
        return draft.published_at
    if draft.published is not None:
        return dt.datetime.combine(draft.published, dt.time(0), tzinfo=dt.UTC)
    return None


class ReplayPacer:
    """Offsets (seconds after the replay's start) at which articles are due.

    The replay clock starts at the first known publication time and only moves forward: an article
    published earlier than one already replayed, or with an unknown date, is due at once (right after
    the one before it). ``speed`` 0 means as fast as possible (every offset is 0).
    """

    def __init__(self, speed: float) -> None:
        if speed < 0:
            raise ValueError("speed must be >= 0")
        self.speed = speed
        self._origin: dt.datetime | None = None
        self._latest: dt.datetime | None = None

    def due(self, moment: dt.datetime | None) -> float:
        if self.speed == 0 or moment is None:
            return self.offset
        if self._origin is None or self._latest is None:
            self._origin = self._latest = moment
        self._latest = max(self._latest, moment)
        return self.offset

    @property
    def offset(self) -> float:
        if self._origin is None or self._latest is None or self.speed == 0:
            return 0.0
        return (self._latest - self._origin).total_seconds() / self.speed
