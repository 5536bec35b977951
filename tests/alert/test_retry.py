"""The retry policy: transient vs permanent, Retry-After, and back-off bounds."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from townwatch_alert.retry import (
    RETRY_AFTER_CAP_S,
    Backoff,
    PermanentFailure,
    TransientFailure,
    check_http_status,
    parse_retry_after,
)


@pytest.mark.parametrize("status", [200, 201, 202, 204, 299])
def test_2xx_is_success(status: int) -> None:
    check_http_status(status)


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504, 599])
def test_429_and_5xx_are_transient(status: int) -> None:
    with pytest.raises(TransientFailure, match=f"HTTP {status}"):
        check_http_status(status)


@pytest.mark.parametrize("status", [301, 302, 307, 400, 401, 403, 404, 410, 413, 422])
def test_other_statuses_are_permanent(status: int) -> None:
    with pytest.raises(PermanentFailure):
        check_http_status(status)


def test_429_carries_retry_after() -> None:
    with pytest.raises(TransientFailure) as info:
        check_http_status(429, "7")
    assert info.value.retry_after_s == 7.0


def test_retry_after_forms() -> None:
    now = dt.datetime(2024, 1, 1, 12, 0, 0, tzinfo=dt.UTC)
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after("Mon, 01 Jan 2024 12:00:30 GMT", now) == 30.0
    assert parse_retry_after("Mon, 01 Jan 2024 11:00:00 GMT", now) == 0.0
    assert parse_retry_after("999999") == RETRY_AFTER_CAP_S
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None and parse_retry_after("") is None


def test_backoff_grows_is_capped_and_jittered() -> None:
    policy = Backoff(base_s=1.0, max_s=8.0, max_attempts=6)
    rng = random.Random(4)
    for attempt, ceiling in ((1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (5, 8.0), (9, 8.0)):
        delays = {policy.delay(attempt, rng=rng) for _ in range(50)}
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len(delays) > 1  # jitter


def test_backoff_honours_retry_after_and_counts_attempts() -> None:
    policy = Backoff(base_s=0.1, max_s=1.0, max_attempts=3)
    assert policy.delay(1, retry_after_s=30.0) == 30.0
    assert 0.05 <= policy.delay(1, retry_after_s=0.0) <= 0.1
    assert not policy.exhausted(2) and policy.exhausted(3)
