"""Replay pacing: offsets from publication gaps divided by speed; unknown or earlier dates do not wait."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_ingest.draft import ArticleDraft
from townwatch_ingest.replay_pacer import ReplayPacer, publication_moment

T0 = dt.datetime(2017, 6, 1, 12, 0, tzinfo=dt.UTC)


def test_offsets_are_gaps_divided_by_speed() -> None:
    pacer = ReplayPacer(3600.0)
    assert pacer.due(T0) == 0.0
    assert pacer.due(T0 + dt.timedelta(hours=2)) == pytest.approx(2.0)
    assert pacer.due(None) == pytest.approx(2.0)  # unknown date: right after the one before
    assert pacer.due(T0 + dt.timedelta(hours=1)) == pytest.approx(2.0)  # earlier: the clock does not go back
    assert pacer.due(T0 + dt.timedelta(hours=5)) == pytest.approx(5.0)


def test_speed_zero_never_waits() -> None:
    pacer = ReplayPacer(0.0)
    assert [pacer.due(T0 + dt.timedelta(days=d)) for d in (0, 30, 60)] == [0.0, 0.0, 0.0]


def test_unknown_dates_first_then_known() -> None:
    pacer = ReplayPacer(10.0)
    assert pacer.due(None) == 0.0
    assert pacer.due(T0) == 0.0
    assert pacer.due(T0 + dt.timedelta(seconds=50)) == pytest.approx(5.0)


def test_negative_speed_is_refused() -> None:
    with pytest.raises(ValueError):
        ReplayPacer(-1.0)


def test_publication_moment_prefers_time_then_date() -> None:
    assert publication_moment(ArticleDraft(text="x", published_at=T0, published=dt.date(2000, 1, 1))) == T0
    assert publication_moment(ArticleDraft(text="x", published=dt.date(2017, 6, 1))) == dt.datetime(2017, 6, 1, tzinfo=dt.UTC)
    assert publication_moment(ArticleDraft(text="x")) is None
