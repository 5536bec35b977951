"""Fixtures for the alert service's tests: a ControlChange factory, a tiny gazetteer, settings for real servers."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
from redis.asyncio import Redis

from townwatch_alert.dedup import DedupPolicy, Outcome, decide
from townwatch_alert.town import TownState
from townwatch_schemas import (
    Actor,
    ActorKind,
    Alert,
    ControlChange,
    DatePrecision,
    Evidence,
    Place,
    SourceReport,
)

ISIS = Actor(id="isis", name="Islamic State", text="ISIS", kind=ActorKind.NON_STATE)
PMF = Actor(id="pmf", name="Popular Mobilization Forces", text="Popular Mobilization", kind=ActorKind.NON_STATE)
IQ_GOV = Actor(id="iq-gov", name="Iraqi government forces", text="Iraqi forces", kind=ActorKind.STATE)
ACTORS = {"isis": ISIS, "pmf": PMF, "iq-gov": IQ_GOV}

BAAJ = Place(name="Baaj", canonical_name="Al-Ba'aj", geonames_id=99250, country_code="IQ", admin1_code="15", lat=36.0297, lon=41.7182)
HAWIJA = Place(name="Hawija", canonical_name="Al-Hawija", geonames_id=97990, country_code="IQ", admin1_code="13", lat=35.3287, lon=43.7600)
HATRA = Place(name="Hatra", canonical_name="Hatra", geonames_id=7602486, country_code="IQ", admin1_code="15", lat=35.5877, lon=42.7177)
PLACES = {"baaj": BAAJ, "hawija": HAWIJA, "hatra": HATRA}

_counter = itertools.count(1)


def control_change(
    place: Place | str = "baaj",
    gaining: Actor | str | None = "pmf",
    losing: Actor | str | None = "isis",
    *,
    source: str | None = "Reuters",
    event_date: dt.date | None = dt.date(2017, 6, 4),
    published: dt.date | None = dt.date(2017, 6, 4),
    **fields: Any,
) -> ControlChange:
    """A valid ControlChange; actors and places may be given by the short names above."""
    n = next(_counter)
    values: dict[str, Any] = {
        "event_id": f"ev-{n}",
        "article_id": f"art-{n}",
        "source": source,
        "url": f"https://example.org/{n}",
        "published": published,
        # received no earlier than published: a report dated after it was received is from the future (issue 11)
        "article_received": max(dt.datetime(2017, 6, 4, 12, 0, tzinfo=dt.UTC),
                                dt.datetime.combine(max(published or dt.date.min, event_date or dt.date.min), dt.time(12), dt.UTC)),
        "place": PLACES[place] if isinstance(place, str) else place,
        "gaining": ACTORS[gaining] if isinstance(gaining, str) else gaining,
        "losing": ACTORS[losing] if isinstance(losing, str) else losing,
        "event_date": event_date,
        "confidence": 0.8,
        "evidence": Evidence(sentence="Shiite paramilitaries have captured the Iraqi town of Baaj from ISIS.", start=0, end=10),
        "extractor_version": "test",
    }
    values.update(fields)
    return ControlChange(**values)


class Factory:
    """What the ``cc`` fixture hands a test: the ControlChange factory and the sample actors and places."""

    change = staticmethod(control_change)
    ISIS, PMF, IQ_GOV = ISIS, PMF, IQ_GOV
    BAAJ, HAWIJA, HATRA = BAAJ, HAWIJA, HATRA


@pytest.fixture(scope="session")
def cc() -> type[Factory]:
    return Factory


# --- alerts, for the delivery side's tests (engineer B) ------------------------------------------
def alert(
    place: Place | str = "baaj",
    *,
    revision: int = 1,
    outlets: tuple[str, ...] = ("Reuters",),
    sentence: str = "Shiite paramilitaries have captured the Iraqi town of Baaj from ISIS.",
    alert_id: str | None = None,
    **fields: Any,
) -> Alert:
    """A valid Alert with one source per outlet (all independent), as the ledger would emit it."""
    where = PLACES[place] if isinstance(place, str) else place
    received = dt.datetime(2017, 6, 4, 12, 0, tzinfo=dt.UTC)
    sources = [
        SourceReport(outlet=o, article_id=f"art-{o}", url=f"https://example.org/{i}", published=dt.date(2017, 6, 4),
                     received=received, evidence=Evidence(sentence=sentence, start=0, end=len(sentence)), confidence=0.8)
        for i, o in enumerate(outlets)
    ]
    values: dict[str, Any] = {
        "alert_id": alert_id or f"{where.key}:pmf:1",
        "revision": revision,
        "place": where,
        "gaining": PMF,
        "losing": ISIS,
        "event_date": dt.date(2017, 6, 4),
        "date_precision": DatePrecision.DAY,
        "confidence": 0.8,
        "sources": sources,
        "independent_outlets": len(outlets),
        "first_reported": received,
        "updated": received,
        "article_received": received,
    }
    values.update(fields)
    return Alert(**values)


@pytest.fixture
def make_alert() -> Callable[..., Alert]:
    return alert


@pytest.fixture
async def redis(redis_server) -> AsyncIterator[Redis]:  # type: ignore[no-untyped-def]
    """An asyncio client on the test's private redis-server (``redis_server`` from tests/conftest.py)."""
    client = Redis.from_url(redis_server.url)
    yield client
    await client.aclose()


DEDUP_NOW = dt.datetime(2017, 6, 5, 9, 0, tzinfo=dt.UTC)
DEDUP_POLICY = DedupPolicy(window_days=14, wire_copy_max_distance=3)


def apply_decisions(state: TownState | None, *events: ControlChange) -> tuple[TownState | None, list[Outcome]]:
    """Feed events to ``decide`` in order, the way the ledger does; return the final state and the outcomes."""
    outcomes = []
    for event in events:
        outcome = decide(state, event, DEDUP_NOW, DEDUP_POLICY)
        outcomes.append(outcome)
        if outcome.state is not None:
            state = outcome.state
    return state, outcomes
