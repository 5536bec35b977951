"""The ledger phase on a real Redis: effective-date order, the backfill mark, and a resume that applies nothing twice."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from redis.asyncio import Redis

from tests.backfill.ledger_snapshot import ledger_snapshot
from townwatch.backfill.applier import Applier, load_ordered
from townwatch.backfill.tally import Tally
from townwatch_alert.ledger import Ledger
from townwatch_schemas import Actor, ControlChange, DatePrecision, Evidence, Place

pytestmark = [pytest.mark.integration]

KIDAL = Place(name="Kidal", canonical_name="Kidal", geonames_id=2455290, country_code="ML")
ARMY = Actor(id="ml-gov", name="Malian army", text="the Malian army")
REBELS = Actor(id="csp", name="Tuareg separatists", text="Tuareg separatists")


def _event(n: int, day: dt.date, gaining: Actor, losing: Actor, outlet: str) -> ControlChange:
    return ControlChange(
        event_id=f"ev-{n}", article_id=f"art-{n}", source=outlet, url=f"https://example.org/{n}", published=day,
        article_received=dt.datetime(2026, 1, 1, tzinfo=dt.UTC), place=KIDAL, gaining=gaining, losing=losing,
        event_date=day, date_precision=DatePrecision.DAY, confidence=0.8, extractor_version="test",
        evidence=Evidence(sentence=f"{gaining.text} took Kidal from {losing.text}.", start=0, end=10),
    )


# Input order is not date order: the army's capture (Jan) is read last.
EVENTS = [
    _event(1, dt.date(2024, 3, 1), REBELS, ARMY, "Outlet A"),
    _event(2, dt.date(2024, 3, 2), REBELS, ARMY, "Outlet B"),
    _event(3, dt.date(2024, 1, 10), ARMY, REBELS, "Outlet C"),
]


def _spool(path: Path, events: list[ControlChange]) -> int:
    data = b"".join(b"%d 0 %s\n" % (seq, e.to_json_bytes()) for seq, e in enumerate(events))
    path.write_bytes(data)
    return len(data)


def test_events_are_put_in_effective_date_order(tmp_path: Path) -> None:
    spool = tmp_path / "events.spool"
    size = _spool(spool, EVENTS)
    assert [e.event_id for e in load_ordered(spool, size)] == ["ev-3", "ev-1", "ev-2"]
    # Only the checkpointed part of the spool counts.
    first_two = len(b"".join(b"%d 0 %s\n" % (seq, e.to_json_bytes()) for seq, e in enumerate(EVENTS[:2])))
    assert [e.event_id for e in load_ordered(spool, first_two)] == ["ev-1", "ev-2"]


def test_a_published_date_from_the_future_does_not_order(tmp_path: Path) -> None:
    undated = [e.model_copy(update={"event_date": None, "date_precision": DatePrecision.UNKNOWN}) for e in EVENTS[:2]]
    # Both claim publication dates past their receive day, which the ledger ignores: both order by their
    # receive day, then input order (by the claimed dates, ev-2's 2098 would come first).
    misdated = [undated[0].model_copy(update={"published": dt.date(2099, 1, 1)}),
                undated[1].model_copy(update={"published": dt.date(2098, 1, 1)})]
    spool = tmp_path / "events.spool"
    assert [e.event_id for e in load_ordered(spool, _spool(spool, misdated))] == ["ev-1", "ev-2"]


async def test_resume_applies_nothing_twice(redis_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    spool = tmp_path / "events.spool"
    events = load_ordered(spool, _spool(spool, EVENTS))
    redis = Redis.from_url(redis_server.url)
    try:
        ledger = Ledger(redis)
        tally = Tally()
        applier = Applier(ledger, tally, backfill=True)
        for event in events:
            await applier.apply(event)
        assert tally.decisions == {"new": 2, "corroborated": 1}
        assert tally.alerts == 2 and tally.revisions == 3 and tally.towns == [KIDAL.key]
        state = await ledger.town(KIDAL.key)
        assert state is not None and state.controller == REBELS and state.alert is not None
        assert state.alert.backfill and state.alert.revision == 2
        before = await ledger_snapshot(redis_server.url)
        # A crash after the last commit but before the checkpoint said so: the resume applies the last two again.
        again = Tally()
        for event in events[1:]:
            await Applier(ledger, again, backfill=True).apply(event)
        assert again.decisions == {"duplicate": 2} and again.revisions == 0
        assert await ledger_snapshot(redis_server.url) == before
        assert len(before[KIDAL.key]["history"]) == 3
    finally:
        await redis.aclose()


async def test_stream_revision_of_a_backfilled_alert_is_not_marked(redis_server) -> None:  # type: ignore[no-untyped-def]
    redis = Redis.from_url(redis_server.url)
    try:
        ledger = Ledger(redis)
        first = await ledger.apply(EVENTS[0], backfill=True)
        live = await ledger.apply(EVENTS[1])
        assert first.alert is not None and first.alert.backfill
        assert live.alert is not None and not live.alert.backfill and live.alert.revision == 2
    finally:
        await redis.aclose()
