"""The Redis ledger against a real redis-server: atomic commits, idempotence per event, re-emission, races."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib

import pytest
from redis.asyncio import Redis

from townwatch_alert.dedup import Decision, DedupPolicy
from townwatch_alert.ledger import ALERT_STREAM, Ledger, event_key, town_key
from townwatch_alert.town import TownState

pytestmark = pytest.mark.integration

NOW = dt.datetime(2017, 6, 5, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def ledger(redis: Redis) -> Ledger:
    return Ledger(redis, DedupPolicy(window_days=14, wire_copy_max_distance=3), history_max_entries=5)


async def test_new_change_commits_state_history_alert_and_stream(ledger: Ledger, redis: Redis, cc) -> None:  # type: ignore[no-untyped-def]
    event = cc.change()
    result = await ledger.apply(event, NOW)
    assert result.decision is Decision.NEW and not result.reemit and result.alert is not None
    state = await ledger.town(event.place.key)
    assert state is not None and state.controller == cc.PMF and state.alert == result.alert
    assert [h.event_id for h in await ledger.history(event.place.key)] == [event.event_id]
    assert await ledger.alert(result.alert.alert_id) == result.alert
    assert await ledger.towns() == [event.place.key]
    entries = await ledger.alert_entries()
    assert [(a.alert_id, a.revision) for _, a in entries] == [(result.alert.alert_id, 1)]
    assert await ledger.alert_entries(after=entries[0][0]) == []


async def test_corroboration_bumps_revision_and_streams_it(ledger: Ledger, cc) -> None:  # type: ignore[no-untyped-def]
    first = await ledger.apply(cc.change(source="Reuters"), NOW)
    second = await ledger.apply(cc.change(source="AFP"), NOW)
    assert second.decision is Decision.CORROBORATED and second.corroboration
    assert second.alert is not None and first.alert is not None
    assert (second.alert.alert_id, second.alert.revision, second.alert.independent_outlets) == (first.alert.alert_id, 2, 2)
    assert [a.revision for _, a in await ledger.alert_entries()] == [1, 2]
    assert (await ledger.alert(first.alert.alert_id)) == second.alert


async def test_redelivery_reemits_until_acknowledged_then_is_silent(ledger: Ledger, redis: Redis, cc) -> None:  # type: ignore[no-untyped-def]
    event = cc.change()
    first = await ledger.apply(event, NOW)
    assert first.alert is not None
    # The process died after the commit, before the send was acknowledged: the redelivery re-emits revision 1.
    again = await ledger.apply(event, NOW)
    assert again.decision is Decision.DUPLICATE and again.reemit and again.alert == first.alert
    await ledger.mark_emitted(first.alert)
    quiet = await ledger.apply(event, NOW)
    assert quiet.decision is Decision.DUPLICATE and quiet.alert is None and not quiet.reemit
    # Nothing new was written by the redeliveries.
    assert len(await ledger.history(event.place.key)) == 1
    assert await redis.xlen(ALERT_STREAM) == 1
    # An older revision's acknowledgement never lowers the mark.
    await ledger.mark_emitted(first.alert.model_copy(update={"revision": 0}))
    assert (await ledger.apply(event, NOW)).alert is None


async def test_redelivery_of_a_corroborated_report_reemits_the_latest_revision(ledger: Ledger, cc) -> None:  # type: ignore[no-untyped-def]
    a, b = cc.change(source="Reuters"), cc.change(source="AFP")
    first = await ledger.apply(a, NOW)
    assert first.alert is not None
    await ledger.mark_emitted(first.alert)
    second = await ledger.apply(b, NOW)
    assert second.alert is not None and second.alert.revision == 2
    again = await ledger.apply(a, NOW)  # revision 2 never acknowledged
    assert again.reemit and again.alert is not None and again.alert.revision == 2


async def test_history_only_decisions_leave_no_alert(ledger: Ledger, redis: Redis, cc) -> None:  # type: ignore[no-untyped-def]
    background = cc.change(gaining="isis", losing=None, historical=True, event_date=dt.date(2014, 6, 10))
    result = await ledger.apply(background, NOW)
    assert result.decision is Decision.HISTORICAL and result.alert is None and result.suppression == "historical"
    state = await ledger.town(background.place.key)
    assert state is not None and state.controller == cc.ISIS and state.alert is None
    partial = await ledger.apply(cc.change(partial=True), NOW)
    assert partial.decision is Decision.PARTIAL and partial.alert is None
    assert await redis.xlen(ALERT_STREAM) == 0
    assert [h.decision for h in await ledger.history(background.place.key)] == ["historical", "partial"]
    assert await ledger.apply(background, NOW) == result.__class__(Decision.DUPLICATE, suppression="duplicate")


async def test_history_is_capped(ledger: Ledger, cc) -> None:  # type: ignore[no-untyped-def]
    events = [cc.change(source=f"Outlet {i}") for i in range(8)]
    for event in events:
        await ledger.apply(event, NOW)
    history = await ledger.history(events[0].place.key)
    assert [h.event_id for h in history] == [e.event_id for e in events[-5:]]


async def test_concurrent_workers_on_the_same_event_raise_one_alert(redis_server, cc) -> None:  # type: ignore[no-untyped-def]
    clients = [Redis.from_url(redis_server.url) for _ in range(4)]
    try:
        ledgers = [Ledger(c) for c in clients]
        for round_ in range(10):
            event = cc.change(place=cc.HATRA.model_copy(update={"geonames_id": 1000 + round_}))
            results = await asyncio.gather(*(lg.apply(event, NOW) for lg in ledgers))
            decisions = sorted(r.decision.value for r in results)
            assert decisions == ["duplicate", "duplicate", "duplicate", "new"]
        assert await clients[0].xlen(ALERT_STREAM) == 10
    finally:
        for c in clients:
            await c.aclose()


async def test_concurrent_outlets_on_one_town_serialise_into_revisions(redis_server, cc) -> None:  # type: ignore[no-untyped-def]
    clients = [Redis.from_url(redis_server.url) for _ in range(6)]
    try:
        ledgers = [Ledger(c) for c in clients]
        events = [cc.change(source=f"Outlet {i}") for i in range(6)]
        results = await asyncio.gather(*(lg.apply(ev, NOW) for lg, ev in zip(ledgers, events, strict=True)))
        assert sorted(r.decision.value for r in results) == ["corroborated"] * 5 + ["new"]
        assert sorted(r.alert.revision for r in results if r.alert) == [1, 2, 3, 4, 5, 6]
        state = await ledgers[0].town(events[0].place.key)
        assert state is not None and state.alert is not None
        assert state.alert.revision == 6 and state.alert.independent_outlets == 6
        assert await clients[0].hget(town_key(events[0].place.key), "v") == b"6"
    finally:
        for c in clients:
            await c.aclose()


async def test_history_limit_zero_is_empty(ledger: Ledger, cc) -> None:  # type: ignore[no-untyped-def]
    event = cc.change()
    await ledger.apply(event, NOW)
    assert await ledger.history(event.place.key, 0) == []
    assert len(await ledger.history(event.place.key, 1)) == 1


async def test_event_records_expire_so_the_idempotency_set_stays_bounded(redis: Redis, cc) -> None:  # type: ignore[no-untyped-def]
    ledger = Ledger(redis, DedupPolicy(window_days=14, wire_copy_max_distance=3), event_record_ttl_s=3600)
    event = cc.change()
    await ledger.apply(event, NOW)
    assert 3500 < await redis.ttl(event_key(event.event_id)) <= 3600
    await redis.delete(event_key(event.event_id))  # as if it had expired: the event is decided afresh
    again = await ledger.apply(event, NOW)
    assert again.decision is Decision.DUPLICATE and not again.reemit  # the same outlet's report, already counted


async def test_a_revision_that_drops_the_only_report_withdraws_the_alert_once(ledger: Ledger, redis: Redis, cc) -> None:  # type: ignore[no-untyped-def]
    from townwatch_schemas import ArticleRevision

    event = cc.change(source="Reuters")
    other = cc.change(place="hatra", source="Reuters", article_id=event.article_id)
    await ledger.apply(event, NOW)
    await ledger.apply(other, NOW)
    line = "An earlier version of this story said the militias had taken Baaj."
    revision = ArticleRevision(article_id=event.article_id, revision=2, event_ids=[other.event_id], place_keys=[other.place.key],
                               corrections=[line], extractor_version="test")
    [alert] = await ledger.withdraw_article(revision, NOW)
    assert alert.withdrawn and alert.place == event.place and alert.sources[0].withdrawal == line
    state = await ledger.town(event.place.key)
    assert state is not None and state.controller == cc.ISIS and state.alert == alert
    assert (await ledger.town(other.place.key)).alert.withdrawn is False  # type: ignore[union-attr]
    before = await redis.xlen(ALERT_STREAM)
    # a redelivery before the alert was acknowledged on the topic re-emits the same revision; after, nothing
    assert await ledger.withdraw_article(revision, NOW) == [alert]
    await ledger.mark_emitted(alert)
    assert await ledger.withdraw_article(revision, NOW) == []
    assert await redis.xlen(ALERT_STREAM) == before


async def test_a_revision_of_an_article_never_seen_is_refused_and_changes_nothing(ledger: Ledger, redis: Redis) -> None:
    from townwatch_alert.ledger import UnknownArticle
    from townwatch_schemas import ArticleRevision

    keys_before = sorted(await redis.keys("*"))
    with pytest.raises(UnknownArticle, match="no earlier revision was seen"):
        await ledger.withdraw_article(ArticleRevision(article_id="never-seen", revision=3, extractor_version="test"), NOW)
    assert sorted(await redis.keys("*")) == keys_before


async def test_a_ledger_with_its_own_prefix_touches_no_live_key(redis: Redis, cc) -> None:  # type: ignore[no-untyped-def]
    live = Ledger(redis)
    event = cc.change()
    await live.apply(event, NOW)
    before = {k: await redis.dump(k) for k in await redis.keys("*")}
    assert town_key(event.place.key).encode() in before and ALERT_STREAM.encode() in before  # the live keys are as they were
    shadow = Ledger(redis, prefix="townwatch:{ledger}:shadow:test:")
    result = await shadow.apply(event, NOW)  # the same event: new in the shadow, which has its own idempotency records
    await shadow.mark_emitted(result.alert)  # type: ignore[arg-type]
    assert result.decision is Decision.NEW
    after = {k: await redis.dump(k) for k in await redis.keys("*")}
    assert {k: v for k, v in after.items() if not k.startswith(b"townwatch:{ledger}:shadow:test:")} == before
    assert (await shadow.town(event.place.key)).controller == cc.PMF  # type: ignore[union-attr]
    assert await shadow.towns() == [event.place.key] and len(await shadow.alert_entries()) == 1
    with pytest.raises(ValueError, match="must start with"):
        Ledger(redis, prefix="other:")


async def test_late_marks_the_alert_and_stays_on_its_revisions(ledger: Ledger, cc) -> None:  # type: ignore[no-untyped-def]
    first = await ledger.apply(cc.change(source="Reuters"), NOW, late=True)
    assert first.alert is not None and first.alert.late
    second = await ledger.apply(cc.change(source="AFP"), NOW)  # a later stream corroboration: still the late alert
    assert second.decision is Decision.CORROBORATED and second.alert is not None and second.alert.late


async def test_newest_raw_states_reads_the_newest_towns_in_one_reply_and_skips_what_the_caller_holds(
        ledger: Ledger, cc) -> None:  # type: ignore[no-untyped-def]
    assert await ledger.newest_raw_states(10) == (hashlib.sha1(b"").hexdigest(), [])
    for place in ("baaj", "hatra", "hawija"):
        await ledger.apply(cc.change(place), NOW)
    digest, raws = await ledger.newest_raw_states(10)
    assert raws is not None
    assert [TownState.model_validate_json(r).place.key for r in raws] == await ledger.towns(10)  # newest first
    assert raws == await ledger.raw_states(await ledger.towns(10))
    assert digest == hashlib.sha1(b"\n".join(raws)).hexdigest()
    _, two = await ledger.newest_raw_states(2)
    assert two == raws[:2]
    assert await ledger.newest_raw_states(10, known=digest) == (digest, None)  # unchanged: the states are not sent
    await ledger.apply(cc.change("hatra", source="AFP"), NOW)  # a corroboration changes Hatra's state
    changed, again = await ledger.newest_raw_states(10, known=digest)
    assert changed != digest and again is not None and len(again) == 3


async def script_commands(redis: Redis) -> int:
    """SCRIPT commands (EXISTS, LOAD...) the server ran so far: Redis 6 counts them together, Redis 7 apart."""
    return sum(int(v["calls"]) for k, v in (await redis.info("commandstats")).items() if k.startswith("cmdstat_script"))


async def test_marking_a_batchs_alerts_emitted_asks_no_script_exists(ledger: Ledger, redis: Redis, cc) -> None:  # type: ignore[no-untyped-def]
    """redis-py's ``Script`` on a pipeline asks SCRIPT EXISTS before every execute (a second round trip per batch)."""
    alerts = [r.alert for r in [await ledger.apply(cc.change(place=p, source="Reuters"), NOW) for p in ("baaj", "hawija")]]
    assert all(a is not None for a in alerts)
    await ledger.mark_emitted_all([a for a in alerts if a is not None])  # the script loaded, if it must be
    before = await script_commands(redis)
    for _ in range(3):
        await ledger.mark_emitted_all([a for a in alerts if a is not None])
    assert await script_commands(redis) == before
    event = cc.change(place="hatra", source="Reuters")
    late = (await ledger.apply(event, NOW)).alert
    assert late is not None
    await redis.script_flush()  # a restarted Redis keeps no scripts: loaded again, and the alert is marked
    await ledger.mark_emitted_all([late])
    again = await ledger.apply(event, NOW)
    assert again.decision is Decision.DUPLICATE and not again.reemit
