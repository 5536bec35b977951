"""Withdrawal as a pure function: an outlet's updated article no longer reports the change."""

from __future__ import annotations

import datetime as dt

from townwatch_alert.dedup import Decision, DedupPolicy, decide
from townwatch_alert.town import TownState
from townwatch_alert.withdrawal import NO_LONGER_REPORTED, withdraw
from townwatch_schemas import ControlChange

NOW = dt.datetime(2017, 6, 5, 9, 0, tzinfo=dt.UTC)
POLICY = DedupPolicy()
CORRECTION = "An earlier version of this story said the militias had taken Baaj."


def apply(*events: ControlChange) -> TownState | None:
    state = None
    for event in events:
        outcome = decide(state, event, NOW, POLICY)
        state = outcome.state or state
    return state


def test_the_only_source_withdrawn_withdraws_the_alert_and_hands_the_town_back(cc) -> None:
    event = cc.change(source="Reuters")
    state = apply(event)
    outcome = withdraw(state, event.article_id, 2, CORRECTION, NOW, POLICY)
    assert outcome is not None and outcome.decision is Decision.WITHDRAWN and outcome.alert is not None
    alert = outcome.alert
    assert alert.withdrawn and alert.independent_outlets == 0 and alert.confidence == 0.0 and alert.revision == 2
    assert alert.sources[0].withdrawn and alert.sources[0].withdrawal == CORRECTION
    assert outcome.state is not None and outcome.state.controller == cc.ISIS and outcome.state.reports == []
    assert outcome.history.decision == "withdrawn" and outcome.history.evidence == CORRECTION


def test_one_of_two_independent_sources_withdrawn_keeps_the_alert(cc) -> None:
    first, second = cc.change(source="Reuters"), cc.change(source="AFP", event_date=dt.date(2017, 6, 5))
    state = apply(first, second)
    outcome = withdraw(state, first.article_id, 2, None, NOW, POLICY)
    assert outcome is not None and outcome.alert is not None and not outcome.alert.withdrawn
    assert outcome.alert.independent_outlets == 1 and outcome.alert.confidence == 0.8
    assert [(s.outlet, s.withdrawn) for s in outcome.alert.sources] == [("Reuters", True), ("AFP", False)]
    assert outcome.alert.sources[0].withdrawal == NO_LONGER_REPORTED
    assert outcome.state is not None and outcome.state.controller == cc.PMF and len(outcome.state.reports) == 1


def test_nothing_to_withdraw_is_no_outcome(cc) -> None:
    event = cc.change()
    state = apply(event)
    assert withdraw(None, event.article_id, 2, None, NOW, POLICY) is None
    assert withdraw(state, "another-article", 2, None, NOW, POLICY) is None
    gone = withdraw(state, event.article_id, 2, None, NOW, POLICY)
    assert gone is not None and withdraw(gone.state, event.article_id, 3, None, NOW, POLICY) is None  # already withdrawn


def test_the_same_change_reported_again_after_a_withdrawal_is_a_new_alert_reversing_nothing(cc) -> None:
    event = cc.change(source="Reuters")
    gone = withdraw(apply(event), event.article_id, 2, CORRECTION, NOW, POLICY)
    assert gone is not None
    again = decide(gone.state, cc.change(source="AP", event_date=dt.date(2017, 6, 6), published=dt.date(2017, 6, 6)), NOW, POLICY)
    assert again.decision is Decision.NEW and again.alert is not None
    assert again.alert.reverses is None and again.alert.alert_id != gone.alert.alert_id  # type: ignore[union-attr]
