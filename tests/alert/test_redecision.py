"""Issue 11, finding 2's last part: the ledger's decision is the same whatever order the reports arrive in, within the
dedup window too (contradictions, corroborations, same-date ties, denials, future-dated noise): a property over
every permutation of sets of reports, through the ledger's whole pure decision (``redecision.step``)."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from townwatch_alert.dedup import Decision, DedupPolicy, decide
from townwatch_alert.redecision import order_key, refold, step
from townwatch_alert.town import HistoryEntry, TownState
from townwatch_schemas import Alert, ControlChange, DatePrecision

from .conftest import control_change

RECEIVED = dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.UTC)
NOW = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
POLICY = DedupPolicy(window_days=14, wire_copy_max_distance=3)
DAY0 = dt.date(2026, 11, 1)
MAX_REPORTS = 200


class Town:
    """What the Redis ledger keeps of one town (state, stored reports, alert stream), driven by the pure ``step``."""

    def __init__(self, max_reports: int = MAX_REPORTS) -> None:
        self.state: TownState | None = None
        self.reports: dict[str, ControlChange] = {}
        self.emitted: list[Alert] = []
        self.decisions: dict[str, Decision] = {}
        self.history: dict[str, HistoryEntry] = {}
        self.max_reports = max_reports

    def apply(self, event: ControlChange) -> None:
        outcome, store = step(self.state, event, NOW, POLICY, len(self.reports), list(self.reports.values()), self.max_reports)
        if outcome.state is not None:
            self.state = outcome.state
        if store:
            self.reports[event.event_id] = event
        if outcome.alert is not None:
            self.emitted.append(outcome.alert)
        self.decisions[event.event_id] = outcome.decision
        self.history[event.event_id] = outcome.history


_ARRIVAL = {"alert_id", "revision", "updated", "first_reported", "reverses"}


def settled(state: TownState | None) -> dict[str, Any] | None:
    """What must not depend on arrival order: the state without its timestamps, and its alert without the revision
    number, timestamps, ``reverses`` and id (which say what desks were told on the way, see ``redecision``)."""
    if state is None:
        return None
    data = state.model_dump(exclude={"updated", "revisions", "alert", "latest", "replayable"})
    data["alert"] = state.alert.model_dump(exclude=_ARRIVAL) if state.alert else None
    return data


def run(events: list[ControlChange], max_reports: int = MAX_REPORTS) -> Town:
    town = Town(max_reports)
    for event in events:
        town.apply(event)
    return town


ACTORS = ("isis", "pmf", "iq-gov")
OUTLETS = ("Reuters", "AFP", "AP", "BBC", "Kurdistan 24")


@st.composite
def report(draw: st.DrawFn, n: int) -> ControlChange:
    """One report of Baaj: a capture (or a denial), within a few weeks, dated or not, claimed or not."""
    gaining = draw(st.sampled_from(ACTORS))
    losing = draw(st.sampled_from((None, *ACTORS)).filter(lambda a: a != gaining))
    day = DAY0 + dt.timedelta(days=draw(st.sampled_from([0, 0, 1, 3, 10, 20])))  # repeats: same-date ties
    dated = draw(st.booleans())
    fields: dict[str, Any] = {
        "source": draw(st.sampled_from(OUTLETS)),
        "event_date": day if dated else None,
        "published": day + dt.timedelta(days=draw(st.sampled_from([0, 1]))),
        "article_received": RECEIVED,
        "date_precision": DatePrecision.DAY,
        "confidence": draw(st.sampled_from([0.6, 0.8, 0.8])),
        "claimed": draw(st.booleans()),
        "kind": draw(st.sampled_from(["change", "change", "change", "denial"])),
        "event_id": f"ev-{n:02d}",
        "article_id": f"art-{n:02d}",
    }
    if fields["kind"] == "denial":
        fields["claimed"] = False
    noise = draw(st.sampled_from(["", "", "", "", "future", "historical"]))
    if noise == "future":
        fields["event_date"] = RECEIVED.date() + dt.timedelta(days=40)
    elif noise == "historical":
        fields["historical"] = True
    return control_change("baaj", gaining, losing, **fields)


@st.composite
def report_sets(draw: st.DrawFn) -> list[ControlChange]:
    size = draw(st.integers(2, 5))
    return [draw(report(n)) for n in range(size)]


@settings(max_examples=150, deadline=None)
@given(report_sets())
def test_the_town_ends_in_one_state_whatever_order_the_reports_arrive_in(events: list[ControlChange]) -> None:
    """Every permutation ends in the state of the reports folded in canonical order (holder, since, contested, the
    alert's change, sources, conflicting reports, denials, confidence)."""
    expected = settled(refold(events, NOW, POLICY).state)
    for order in itertools.permutations(events):
        town = run(list(order))
        assert settled(town.state) == expected, [e.event_id for e in order]
        if town.state is not None:
            assert town.state.replayable and town.state.latest == max(order_key(e, NOW, POLICY) for e in town.reports.values())
        assert {e.event_id for e in events if e.event_date != RECEIVED.date() + dt.timedelta(days=40)} == set(town.reports)


@settings(max_examples=60, deadline=None)
@given(report_sets())
def test_emitted_revisions_of_an_alert_only_grow_and_the_last_is_the_state(events: list[ControlChange]) -> None:
    """Whatever the order: each alert's revisions go up (a desk's log never sees an old number again) and the town's
    alert is the last revision emitted of it."""
    for order in itertools.permutations(events):
        town = run(list(order))
        last: dict[str, int] = {}
        for alert in town.emitted:
            assert alert.revision > last.get(alert.alert_id, 0), [a.alert_id[:8] + f"#{a.revision}" for a in town.emitted]
            last[alert.alert_id] = alert.revision
        if town.state is not None and town.state.alert is not None:
            assert town.state.alert in town.emitted


def _baaj(gaining: str, losing: str | None, day: int, source: str, n: int, confidence: float = 0.8, **fields: Any) -> ControlChange:
    date = DAY0 + dt.timedelta(days=day)
    return control_change("baaj", gaining, losing, source=source, event_date=date, published=date, article_received=RECEIVED,
                          date_precision=DatePrecision.DAY, confidence=confidence, event_id=f"ev-{n:02d}",
                          article_id=f"art-{n:02d}", **fields)


def test_a_contradiction_within_the_window_names_the_same_holder_in_both_orders() -> None:
    """The case the old ledger got wrong: PMF (day 3) and Iraqi forces (day 5) both within the window, no side named as
    taken from the other. The earlier report names the holder, the later contests it, in either order."""
    pmf, iraqi = _baaj("pmf", "isis", 3, "Reuters", 1), _baaj("iq-gov", None, 5, "AFP", 2)
    for order in ([pmf, iraqi], [iraqi, pmf]):
        town = run(order)
        assert town.state is not None and town.state.controller is not None and town.state.alert is not None
        assert (town.state.controller.id, town.state.since, town.state.contested) == ("pmf", pmf.event_date, True)
        assert [s.outlet for s in town.state.alert.conflicting] == ["AFP"]
    # the old order dependence, for the record: deciding alone, the later-dated report held when it came first
    alone = decide(None, iraqi, NOW, POLICY).state
    assert alone is not None and decide(alone, pmf, NOW, POLICY).decision is Decision.STALE


def test_on_one_date_the_stronger_report_names_the_holder_and_a_claim_counts_half() -> None:
    firm, claim = _baaj("iq-gov", None, 3, "Reuters", 1, 0.8), _baaj("isis", None, 3, "Amaq", 2, 0.9, claimed=True)
    for order in ([firm, claim], [claim, firm]):
        town = run(order)
        assert town.state is not None and town.state.controller is not None
        assert town.state.controller.id == "iq-gov" and town.state.contested
    tie_a, tie_b = _baaj("pmf", None, 3, "AP", 7), _baaj("iq-gov", None, 3, "BBC", 8)
    assert order_key(tie_a, NOW, POLICY) < order_key(tie_b, NOW, POLICY)  # exact tie: the smaller event id first
    assert run([tie_b, tie_a]).state.controller.id == "pmf"  # type: ignore[union-attr]


def test_a_late_report_that_flips_the_holder_reverses_what_the_desks_were_told() -> None:
    """Iraqi forces (day 5) arrive first and are alerted; then a PMF report dated day 3 arrives: the town is re-decided,
    PMF holds (contested by the Iraqi report), and the PMF alert says it reverses the Iraqi one, so the desks that got
    the Iraqi alert are told ``reversed``."""
    iraqi, pmf = _baaj("iq-gov", None, 5, "AFP", 2), _baaj("pmf", "isis", 3, "Reuters", 1)
    town = Town()
    town.apply(iraqi)
    [told] = town.emitted
    town.apply(pmf)
    flipped = town.emitted[-1]
    assert flipped.gaining is not None and flipped.gaining.id == "pmf" and flipped.reverses == told.alert_id
    assert flipped.contested and [s.outlet for s in flipped.conflicting] == ["AFP"]
    assert town.decisions[pmf.event_id] is Decision.NEW
    assert town.state is not None and town.state.alert == flipped


def test_a_late_corroboration_is_a_revision_of_the_same_alert() -> None:
    first, earlier = _baaj("pmf", "isis", 5, "Reuters", 1), _baaj("pmf", "isis", 4, "AFP", 2)
    town = run([first, earlier])
    [alert, revised] = town.emitted
    assert revised.alert_id == alert.alert_id and revised.revision == 2 and revised.independent_outlets == 2
    assert town.state is not None and town.state.since == earlier.event_date  # the change dates from its first report
    assert "arrived out of order" in (town.history[earlier.event_id].note or "")


def test_a_late_report_that_changes_nothing_emits_nothing() -> None:
    """A denial dated before the change it names is unmatched in canonical order (it came first): re-deciding the town
    gives the alert the desks already have, so nothing is emitted."""
    change = _baaj("pmf", "isis", 5, "Reuters", 1)
    denial = _baaj("pmf", "isis", 3, "Amaq", 2, kind="denial")
    town = run([change, denial])
    assert len(town.emitted) == 1 and town.decisions[denial.event_id] is Decision.UNMATCHED
    assert town.state is not None and town.state.alert == town.emitted[0]
    assert "arrived out of order" in (town.history[denial.event_id].note or "")


def test_a_stronger_report_of_one_outlet_takes_the_place_of_its_weaker_one() -> None:
    weak, strong = _baaj("pmf", "isis", 5, "Reuters", 1, 0.6), _baaj("pmf", "isis", 5, "Reuters", 2, 0.9)
    town = run([weak, strong])
    [first, revised] = town.emitted
    assert revised.alert_id == first.alert_id and [s.article_id for s in revised.sources] == [strong.article_id]
    assert town.decisions[strong.event_id] is Decision.CORROBORATED


def test_a_town_with_more_reports_than_the_store_keeps_is_decided_in_arrival_order() -> None:
    events = [_baaj("pmf", "isis", 5, o, n) for n, o in enumerate(OUTLETS)]
    town = run(events, max_reports=2)
    assert town.state is not None and not town.state.replayable and len(town.reports) == 2
    late = _baaj("iq-gov", None, 1, "Late", 9)
    town.apply(late)
    assert town.decisions[late.event_id] is Decision.STALE  # no re-decision: the old arrival-order rule


def test_a_late_report_of_an_earlier_change_back_and_forth_keeps_the_alert_desks_know() -> None:
    """PMF took Baaj from ISIS on day 5 (alerted). Late: ISIS took it from PMF on day 3. In canonical order that is
    ISIS (day 3) then PMF back (day 5): PMF still holds, so the desks' alert stands, nothing is sent, the late
    report is stale, though the town now counts two changes."""
    taken, older = _baaj("pmf", "isis", 5, "Reuters", 1), _baaj("isis", "pmf", 3, "Amaq", 2)
    town = run([taken, older])
    [told] = town.emitted
    assert town.decisions[older.event_id] is Decision.STALE
    assert town.state is not None and town.state.alert == told and town.state.seq == 2
    assert settled(town.state) == settled(run([older, taken]).state)
