"""The reprocessing window and the retention check, as pure functions."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch.reprocess.window import BadWindow, Window, retention_gap

NOW = dt.datetime(2026, 12, 1, 10, 30, tzinfo=dt.UTC)
DAY_MS = 86_400_000


def test_the_window_runs_from_midnight_of_since_to_the_end_of_until() -> None:
    w = Window(dt.date(2026, 11, 24), dt.date(2026, 11, 25), NOW)
    assert w.start_ms == int(dt.datetime(2026, 11, 24, tzinfo=dt.UTC).timestamp() * 1000)
    assert w.end_ms == w.start_ms + 2 * DAY_MS
    assert w.holds(w.start_ms) and w.holds(w.end_ms - 1) and not w.holds(w.end_ms) and not w.holds(w.start_ms - 1)
    assert Window(dt.date(2026, 11, 24), None, NOW).end_ms == int(NOW.timestamp() * 1000)
    assert Window(dt.date(2026, 11, 24), dt.date(2026, 12, 9), NOW).end_ms == int(NOW.timestamp() * 1000)


@pytest.mark.parametrize(("since", "until", "message"), [
    (dt.date(2026, 12, 2), None, "--since 2026-12-02 is in the future"),
    (dt.date(2026, 11, 24), dt.date(2026, 11, 23), "--until 2026-11-23 is before --since 2026-11-24"),
])
def test_a_window_that_makes_no_sense_is_a_clear_error(since: dt.date, until: dt.date | None, message: str) -> None:
    with pytest.raises(BadWindow, match=message):
        Window(since, until, NOW)


def test_a_partition_whose_head_was_deleted_after_the_window_start_is_a_retention_gap() -> None:
    start = 1_000 * DAY_MS
    assert retention_gap(start, log_start=7, first_offset=7, first_timestamp_ms=start + 1)
    assert not retention_gap(start, log_start=7, first_offset=7, first_timestamp_ms=start - 1)  # the window is all kept
    assert not retention_gap(start, log_start=0, first_offset=0, first_timestamp_ms=start + 1)  # nothing was ever deleted
    assert not retention_gap(start, log_start=7, first_offset=9, first_timestamp_ms=start + 1)  # not the head record
