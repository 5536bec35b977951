"""The shadow ledger starts from the live state as of the window's start (real Redis), and only where it knows it."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from tests.alert.conftest import control_change
from townwatch.reprocess.shadow import SHADOW_PREFIX, ShadowLedger
from townwatch_alert.dedup import Decision, decide
from townwatch_alert.ledger import Ledger
from townwatch_alert.settings import AlertSettings
from townwatch_schemas import DatePrecision

pytestmark = pytest.mark.integration

BEFORE = dt.datetime(2017, 6, 5, 9, 0, tzinfo=dt.UTC)  # the live ledger wrote Baaj then
START = dt.datetime(2017, 6, 10, tzinfo=dt.UTC)  # --since 2017-06-10
LATER = dt.datetime(2017, 6, 12, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
async def redis(redis_server) -> AsyncIterator[Redis]:  # type: ignore[no-untyped-def]
    client = Redis.from_url(redis_server.url)
    yield client
    await client.aclose()


async def _live_keys(redis: Redis) -> dict[bytes, bytes | None]:
    return {k: await redis.dump(k) for k in sorted(await redis.keys("*")) if not k.startswith(SHADOW_PREFIX.encode())}


async def test_a_report_older_than_the_live_holder_is_stale_in_the_seeded_shadow_as_it_is_live(redis: Redis) -> None:
    settings = AlertSettings(redis_url="redis://unused")
    live = Ledger.from_settings(redis, settings)
    taken = control_change("baaj", "pmf", "isis", event_date=dt.date(2017, 6, 4), date_precision=DatePrecision.DAY)
    assert (await live.apply(taken, now=BEFORE)).decision is Decision.NEW
    hawija = control_change("hawija", "iq-gov", "isis", event_date=dt.date(2017, 6, 11), published=dt.date(2017, 6, 11),
                            date_precision=DatePrecision.DAY, article_received=LATER)
    assert (await live.apply(hawija, now=LATER)).decision is Decision.NEW  # written during the window
    before = await _live_keys(redis)
    # re-read in the window: an article telling of Islamic State taking Baaj days before the live holder did
    older = control_change("baaj", "isis", "pmf", event_date=dt.date(2017, 6, 1), date_precision=DatePrecision.DAY,
                           published=dt.date(2017, 6, 11), article_received=LATER)
    assert decide(await live.town(taken.place.key), older, LATER, live.policy).decision is Decision.STALE  # the live view

    seeded = ShadowLedger(redis, settings, run="seeded")
    # Baaj: copied; Hawija: written during the window, starts empty; gn:1: never seen live, starts empty in both
    assert await seeded.seed(live, [taken.place.key, hawija.place.key, "gn:1"], START) == (1, 1)
    assert await seeded.ledger.town(taken.place.key) == await live.town(taken.place.key)
    assert await seeded.ledger.town(hawija.place.key) is None
    assert (await seeded.ledger.apply(older, now=LATER)).decision is Decision.STALE
    empty = ShadowLedger(redis, settings, run="empty")
    assert (await empty.ledger.apply(older, now=LATER)).decision is Decision.NEW  # what an empty shadow listed as missing

    assert await _live_keys(redis) == before, "seeding or using the shadow changed a live key"
    await seeded.expire()  # as the run does after applying
    assert all([await redis.ttl(k) > 0 for k in await seeded.keys()])
    await seeded.drop()
    await empty.drop()
    assert await seeded.keys() == [] and await empty.keys() == []
