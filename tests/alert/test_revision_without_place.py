"""Bad input (issue 12): a correction that names no place we alerted on withdraws nothing and changes no key (real Redis)."""

from __future__ import annotations

import datetime as dt

import pytest
from redis.asyncio import Redis

from townwatch_alert.dedup import DedupPolicy
from townwatch_alert.ledger import Ledger
from townwatch_extract.correction import corrections
from townwatch_schemas import ArticleRevision

pytestmark = pytest.mark.integration

NOW = dt.datetime(2017, 6, 5, 9, 0, tzinfo=dt.UTC)


async def test_a_correction_with_no_resolvable_place_withdraws_nothing_and_changes_no_key(redis: Redis, cc) -> None:  # type: ignore[no-untyped-def]
    ledger = Ledger(redis, DedupPolicy(window_days=14, wire_copy_max_distance=3))
    event = cc.change(source="Reuters")
    assert (await ledger.apply(event, NOW)).alert is not None
    text = ("Shiite paramilitaries have captured the Iraqi town of Baaj from ISIS. "
            "Correction: An earlier version of this story misspelled the name of a commander.")
    lines = corrections(text)
    assert lines == ["Correction: An earlier version of this story misspelled the name of a commander."]
    # revision 2 still reports the change (same event), and its correction names no place
    revision = ArticleRevision(article_id=event.article_id, revision=2, event_ids=[event.event_id], place_keys=[event.place.key],
                               corrections=lines, extractor_version="test")
    before = {k: await redis.dump(k) for k in sorted(await redis.keys("*"))}
    assert await ledger.withdraw_article(revision, NOW) == []
    assert {k: await redis.dump(k) for k in sorted(await redis.keys("*"))} == before
    state = await ledger.town(event.place.key)
    assert state is not None and state.alert is not None and not state.alert.withdrawn
