"""Finding 2 of issue 11: a misdated report cannot decide a town, and the ledger's holder does not depend on arrival order."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from townwatch_alert.dedup import Decision, DedupPolicy, decide
from townwatch_alert.town import TownState
from townwatch_schemas import ControlChange, DatePrecision

from .conftest import control_change

RECEIVED = dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.UTC)
NOW = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
POLICY = DedupPolicy(window_days=14, wire_copy_max_distance=3)


def fold(events: list[ControlChange]) -> tuple[TownState | None, list[Decision]]:
    state, decisions = None, []
    for event in events:
        outcome = decide(state, event, NOW, POLICY)
        decisions.append(outcome.decision)
        state = outcome.state if outcome.state is not None else state
    return state, decisions


def _report(gaining: str, losing: str | None, day: dt.date, source: str) -> ControlChange:
    return control_change("baaj", gaining, losing, source=source, event_date=day, published=day, article_received=RECEIVED,
                          date_precision=DatePrecision.DAY)


def test_a_report_dated_9999_never_decides_the_town() -> None:
    """The probe: 'Islamic State captured Rutba' dated 9999-12-31 plus a real 2026-11-28 report that Iraqi forces
    retook it. In either order the Iraqi forces hold it since 2026-11-28; the misdated report is history only."""
    future = control_change("baaj", "isis", None, source="Misdated", event_date=dt.date(9999, 12, 31),
                            published=dt.date(9999, 12, 31), article_received=RECEIVED)
    real = _report("iq-gov", "isis", dt.date(2026, 11, 28), "Reuters")
    for order in ([future, real], [real, future]):
        state, decisions = fold(order)
        assert state is not None and state.controller is not None
        assert (state.controller.id, state.since) == ("iq-gov", dt.date(2026, 11, 28)), order
        assert decisions[order.index(future)] is Decision.FUTURE


def test_a_future_published_date_is_ignored_with_the_reason_recorded() -> None:
    late = control_change("baaj", "isis", None, event_date=None, published=RECEIVED.date() + dt.timedelta(days=30),
                          article_received=RECEIVED)
    outcome = decide(None, late, NOW, POLICY)
    assert outcome.state is not None and outcome.state.since == RECEIVED.date()  # clamped to the day it was received
    assert "published date 2026-12-30 ignored" in (outcome.history.note or "")
    dated_future = late.model_copy(update={"event_date": dt.date(2027, 1, 5)})
    refused = decide(None, dated_future, NOW, POLICY)
    assert (refused.decision, refused.state, refused.suppression) == (Decision.FUTURE, None, "future_dated")
    assert "later than received + skew" in (refused.history.note or "")
    within_skew = late.model_copy(update={"published": RECEIVED.date() + dt.timedelta(days=1)})
    assert decide(None, within_skew, NOW, POLICY).state.since == RECEIVED.date() + dt.timedelta(days=1)  # type: ignore[union-attr]


ACTOR_IDS = ("isis", "pmf", "iq-gov")
# Reports of one town on dates far enough apart that none is within the dedup window (+ a month's slack) of another.
SLOT_DAYS = POLICY.window_days + 40


@st.composite
def report_sets(draw: st.DrawFn) -> list[ControlChange]:
    slots = draw(st.lists(st.integers(0, 12), min_size=1, max_size=4, unique=True))
    events = []
    for n, slot in enumerate(slots):
        gaining = draw(st.sampled_from(ACTOR_IDS))
        losing = draw(st.sampled_from((None, *ACTOR_IDS)).filter(lambda a, g=gaining: a != g))
        events.append(_report(gaining, losing, dt.date(2025, 1, 1) + dt.timedelta(days=slot * SLOT_DAYS), f"Outlet {n}"))
    for n in range(draw(st.integers(0, 1))):  # misdated noise: the far future, or a month after it was received
        day = draw(st.sampled_from([dt.date(9999, 12, 31), RECEIVED.date() + dt.timedelta(days=31)]))
        events.append(control_change("baaj", draw(st.sampled_from(ACTOR_IDS)), None, source=f"Misdated {n}",
                                     event_date=day, published=day, article_received=RECEIVED))
    return events


@settings(max_examples=100, deadline=None)
@given(report_sets())
def test_the_holder_is_the_same_whatever_order_the_reports_arrive_in(events: list[ControlChange]) -> None:
    """Over every permutation: the town ends held by the gainer of the latest-dated report that is not from the
    future, and future-dated reports never set state."""
    dated = [e for e in events if e.event_date is not None and e.event_date <= RECEIVED.date()]
    latest = max(dated, key=lambda e: e.event_date or dt.date.min)
    for order in itertools.permutations(events):
        state, decisions = fold(list(order))
        assert state is not None and state.controller is not None
        assert state.controller.id == (latest.gaining.id if latest.gaining else None), [e.event_id for e in order]
        assert state.since <= (latest.event_date or dt.date.max)
        for event, decision in zip(order, decisions, strict=True):
            assert (decision is Decision.FUTURE) == (event not in dated)
