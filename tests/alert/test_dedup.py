"""The ledger's pure decisions: new, corroborated, duplicate, historical, stale, contested, partial."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_alert.dedup import Decision, alert_id_for, decide, effective_date
from townwatch_schemas import AlertStatus

from .conftest import DEDUP_NOW as NOW
from .conftest import DEDUP_POLICY as POLICY
from .conftest import apply_decisions as apply


def test_first_report_of_unknown_town_raises_a_new_alert(cc) -> None:
    event = cc.change(source="Reuters")
    outcome = decide(None, event, NOW, POLICY)
    assert outcome.decision is Decision.NEW
    assert outcome.suppression is None
    alert = outcome.alert
    assert alert is not None and outcome.state is not None
    assert alert.alert_id == alert_id_for(event.place.key, cc.PMF, 1)
    assert (alert.revision, alert.status, alert.independent_outlets) == (1, AlertStatus.NEW, 1)
    assert alert.gaining == cc.PMF and alert.losing == cc.ISIS
    assert [s.outlet for s in alert.sources] == ["Reuters"]
    assert alert.sources[0].evidence == event.evidence
    assert alert.confidence == pytest.approx(0.8)
    assert alert.first_reported == NOW and alert.article_received == event.article_received
    assert outcome.state.controller == cc.PMF and outcome.state.seq == 1 and outcome.state.since == dt.date(2017, 6, 4)
    assert outcome.history.decision == "new" and outcome.history.alert_id == alert.alert_id


def test_same_change_from_two_outlets_is_one_alert_counting_both(cc) -> None:
    state, (first, second) = apply(None, cc.change(source="Reuters"), cc.change(source="AFP", event_date=dt.date(2017, 6, 5)))
    assert second.decision is Decision.CORROBORATED
    alert = second.alert
    assert alert is not None and first.alert is not None
    assert alert.alert_id == first.alert.alert_id
    assert (alert.revision, alert.status, alert.independent_outlets) == (2, AlertStatus.CORROBORATED, 2)
    assert [(s.outlet, s.independent) for s in alert.sources] == [("Reuters", True), ("AFP", True)]
    assert alert.confidence == pytest.approx(1 - 0.2 * 0.2)
    assert alert.first_reported == first.alert.first_reported
    assert state is not None and len(state.reports) == 2 and state.seq == 1


def test_wire_copy_is_listed_but_counted_once(cc) -> None:
    _, (first, copy) = apply(
        None,
        cc.change(source="Reuters", text_fingerprint="a5a5a5a5a5a5a5a5"),
        cc.change(source="TRT World", credits=["Reuters"]),
    )
    assert copy.decision is Decision.CORROBORATED and copy.suppression == "wire_copy"
    assert copy.alert is not None and first.alert is not None
    assert copy.alert.revision == 2 and copy.alert.independent_outlets == 1
    assert [s.independent for s in copy.alert.sources] == [True, False]
    assert copy.alert.confidence == first.alert.confidence


def test_same_text_republished_counts_once(cc) -> None:
    _, (_, copy) = apply(
        None,
        cc.change(source="Reuters", text_fingerprint="a5a5a5a5a5a5a5a5"),
        cc.change(source="Yahoo News", text_fingerprint="a5a5a5a5a5a5a5a7"),
    )
    assert copy.alert is not None and copy.alert.independent_outlets == 1 and copy.suppression == "wire_copy"


def test_same_outlet_or_same_article_again_is_a_duplicate(cc) -> None:
    first = cc.change(source="Reuters")
    state, (_, again, same_article) = apply(
        None, first, cc.change(source="reuters"), cc.change(source="BBC", article_id=first.article_id)
    )
    for outcome in (again, same_article):
        assert outcome.decision is Decision.DUPLICATE
        assert outcome.alert is None and outcome.state is None and outcome.suppression == "duplicate"
    assert state is not None and state.alert is not None and state.alert.revision == 1


def test_historical_mention_sets_unknown_town_silently(cc) -> None:
    background = cc.change(gaining="isis", losing=None, historical=True, event_date=dt.date(2014, 6, 10))
    outcome = decide(None, background, NOW, POLICY)
    assert outcome.decision is Decision.HISTORICAL and outcome.alert is None and outcome.suppression == "historical"
    assert outcome.state is not None
    assert outcome.state.controller == cc.ISIS and outcome.state.alert is None and outcome.state.seq == 0
    assert outcome.state.since == dt.date(2014, 6, 10)
    # The news that follows is a change from the holder the ledger learnt silently: an alert.
    news = decide(outcome.state, cc.change(gaining="pmf", losing="isis"), NOW, POLICY)
    assert news.decision is Decision.NEW and news.alert is not None
    assert news.state is not None and news.state.seq == 1


def test_historical_mention_of_known_town_goes_to_history_only(cc) -> None:
    state, _ = apply(None, cc.change())
    outcome = decide(state, cc.change(gaining="iq-gov", losing="isis", historical=True), NOW, POLICY)
    assert outcome.decision is Decision.HISTORICAL
    assert outcome.state is None and outcome.alert is None
    assert outcome.history.decision == "historical"


def test_event_dated_long_before_its_article_is_background(cc) -> None:
    old = cc.change(event_date=dt.date(2014, 6, 10), published=dt.date(2017, 6, 4))
    outcome = decide(None, old, NOW, POLICY)
    assert outcome.decision is Decision.HISTORICAL and outcome.alert is None


def test_event_dated_before_current_state_is_stale(cc) -> None:
    state, _ = apply(None, cc.change(event_date=dt.date(2017, 6, 4)))
    older = cc.change(gaining="isis", losing="iq-gov", event_date=dt.date(2017, 5, 30), published=dt.date(2017, 6, 6))
    outcome = decide(state, older, NOW, POLICY)
    assert outcome.decision is Decision.STALE and outcome.suppression == "stale"
    assert outcome.alert is None and outcome.state is None


def test_change_back_is_a_new_alert(cc) -> None:
    state, (captured, retaken) = apply(
        None,
        cc.change(gaining="pmf", losing="isis", event_date=dt.date(2017, 6, 4)),
        cc.change(gaining="isis", losing="pmf", event_date=dt.date(2017, 6, 8), published=dt.date(2017, 6, 8)),
    )
    assert retaken.decision is Decision.NEW
    assert retaken.alert is not None and captured.alert is not None
    assert retaken.alert.alert_id != captured.alert.alert_id
    assert retaken.alert.alert_id == alert_id_for(captured.alert.place.key, cc.ISIS, 2)
    assert (retaken.alert.revision, retaken.alert.gaining, retaken.alert.losing) == (1, cc.ISIS, cc.PMF)
    assert state is not None and state.controller == cc.ISIS and state.seq == 2
    # ... and taking it again is a third change.
    again = decide(state, cc.change(gaining="pmf", losing="isis", event_date=dt.date(2017, 6, 20), published=dt.date(2017, 6, 20)), NOW, POLICY)
    assert again.decision is Decision.NEW and again.alert is not None
    assert again.alert.alert_id == alert_id_for(captured.alert.place.key, cc.PMF, 3)


def test_retaken_without_named_loser_after_the_change_is_a_change_back(cc) -> None:
    state, _ = apply(None, cc.change(gaining="pmf", losing="isis"))
    outcome = decide(state, cc.change(gaining="isis", losing=None, event_date=dt.date(2017, 6, 6), published=dt.date(2017, 6, 6)), NOW, POLICY)
    assert outcome.decision is Decision.NEW and outcome.alert is not None and outcome.alert.losing == cc.PMF


def test_conflicting_report_within_window_marks_place_contested(cc) -> None:
    state, (first, conflict, more) = apply(
        None,
        cc.change(gaining="pmf", losing="isis", source="Reuters"),
        cc.change(gaining="iq-gov", losing="isis", source="AFP", event_date=dt.date(2017, 6, 5)),
        cc.change(gaining="iq-gov", losing="isis", source="AP", event_date=dt.date(2017, 6, 5)),
    )
    assert conflict.decision is Decision.CONTESTED
    assert conflict.alert is not None and first.alert is not None
    assert conflict.alert.alert_id == first.alert.alert_id and conflict.alert.revision == 2
    assert conflict.alert.contested and conflict.alert.status is AlertStatus.CONTESTED
    assert conflict.alert.confidence == pytest.approx(first.alert.confidence / 2)
    # A further contradiction is recorded but raises no new revision.
    assert more.decision is Decision.CONTESTED and more.alert is None
    assert state is not None and state.contested and state.controller == cc.PMF
    assert [s.outlet for s in state.conflicting] == ["AFP", "AP"]


def test_corroboration_of_contested_alert_stays_contested(cc) -> None:
    _, outcomes = apply(
        None,
        cc.change(gaining="pmf", source="Reuters"),
        cc.change(gaining="iq-gov", source="AFP"),
        cc.change(gaining="pmf", source="BBC"),
    )
    last = outcomes[-1]
    assert last.decision is Decision.CORROBORATED and last.alert is not None
    assert last.alert.status is AlertStatus.CONTESTED and last.alert.independent_outlets == 2


def test_conflict_outside_window_is_a_new_change(cc) -> None:
    state, _ = apply(None, cc.change(gaining="pmf", losing="isis"))
    outcome = decide(state, cc.change(gaining="iq-gov", losing=None, event_date=dt.date(2017, 8, 1), published=dt.date(2017, 8, 1)), NOW, POLICY)
    assert outcome.decision is Decision.NEW


def test_same_controller_outside_window_is_no_new_alert(cc) -> None:
    state, _ = apply(None, cc.change(gaining="pmf", losing="isis"))
    late = cc.change(gaining="pmf", losing="isis", source="BBC", event_date=None, published=dt.date(2017, 9, 1))
    outcome = decide(state, late, NOW, POLICY)
    assert outcome.decision is Decision.DUPLICATE and outcome.alert is None
    dated = cc.change(gaining="pmf", losing="isis", source="BBC", event_date=dt.date(2017, 9, 1), published=dt.date(2017, 9, 1))
    assert decide(state, dated, NOW, POLICY).decision is Decision.NEW  # a retake the ledger missed in between


def test_same_controller_taken_from_someone_else_long_after_is_new(cc) -> None:
    state, _ = apply(None, cc.change(gaining="isis", losing=None, historical=True, event_date=dt.date(2014, 6, 10)))
    outcome = decide(state, cc.change(gaining="isis", losing="pmf", event_date=dt.date(2017, 6, 4)), NOW, POLICY)
    assert outcome.decision is Decision.NEW and outcome.alert is not None


def test_partial_change_never_flips_the_town(cc) -> None:
    partial = cc.change(gaining="iq-gov", losing="isis", partial=True)
    outcome = decide(None, partial, NOW, POLICY)
    assert outcome.decision is Decision.PARTIAL and outcome.alert is None and outcome.state is None
    assert outcome.history.partial
    state, _ = apply(None, cc.change(gaining="isis", losing=None))
    outcome = decide(state, partial, NOW, POLICY)
    assert outcome.decision is Decision.PARTIAL and outcome.state is None and outcome.alert is None
    background_partial = cc.change(partial=True, historical=True)
    outcome = decide(None, background_partial, NOW, POLICY)
    assert outcome.decision is Decision.HISTORICAL and outcome.state is None


def test_claim_lowers_confidence_until_someone_else_reports_it(cc) -> None:
    _, (claim, confirmed) = apply(None, cc.change(claimed=True, source="Amaq"), cc.change(source="Reuters"))
    assert claim.alert is not None and claim.alert.claimed
    assert claim.alert.confidence == pytest.approx(0.4)
    assert confirmed.alert is not None and not confirmed.alert.claimed
    assert confirmed.alert.confidence == pytest.approx(1 - 0.6 * 0.2)


def test_unknown_dates_fall_back_to_published_then_received_then_now(cc) -> None:
    received = dt.datetime(2017, 6, 3, 23, 0, tzinfo=dt.UTC)
    assert effective_date(cc.change(event_date=None, published=dt.date(2017, 6, 2)), NOW) == dt.date(2017, 6, 2)
    assert effective_date(cc.change(event_date=None, published=None, article_received=received), NOW) == dt.date(2017, 6, 3)
    assert effective_date(cc.change(event_date=None, published=None, article_received=None), NOW) == NOW.date()


def test_dedup_with_unknown_event_dates(cc) -> None:
    _, (first, second) = apply(
        None,
        cc.change(source="Reuters", event_date=None, published=dt.date(2017, 6, 4)),
        cc.change(source="TRT World", event_date=None, published=None),  # received 2017-06-04
    )
    assert first.alert is not None and first.alert.event_date is None
    assert second.decision is Decision.CORROBORATED and second.alert is not None
    assert second.alert.independent_outlets == 2


def test_later_report_fills_in_unknown_event_date_and_loser(cc) -> None:
    _, (_, second) = apply(
        None,
        cc.change(source="Reuters", event_date=None, losing=None),
        cc.change(source="AFP", event_date=dt.date(2017, 6, 3)),
    )
    assert second.alert is not None
    assert second.alert.event_date == dt.date(2017, 6, 3) and second.alert.losing == cc.ISIS


def test_report_without_named_gainer_corroborates_by_loser(cc) -> None:
    _, (_, second) = apply(None, cc.change(gaining="pmf", losing="isis"), cc.change(gaining=None, losing="isis", source="AFP"))
    assert second.decision is Decision.CORROBORATED and second.alert is not None and second.alert.gaining == cc.PMF


def test_order_of_two_outlets_does_not_change_the_alert_identity(cc) -> None:
    a, b = cc.change(source="Reuters"), cc.change(source="TRT World")
    _, ab = apply(None, a, b)
    _, ba = apply(None, b, a)
    assert ab[-1].alert is not None and ba[-1].alert is not None
    assert ab[-1].alert.alert_id == ba[-1].alert.alert_id
    assert ab[-1].alert.independent_outlets == ba[-1].alert.independent_outlets == 2


def test_subdomains_of_one_outlet_count_once(cc) -> None:
    """uk.reuters.com and www.reuters.com are one outlet (its registered domain), not two independent ones."""
    uk = cc.change(source=None, url="https://uk.reuters.com/world/baaj-1")
    www = cc.change(source=None, url="https://www.reuters.com/world/baaj-2")
    _, (first, second) = apply(None, uk, www)
    assert first.alert is not None and [s.outlet for s in first.alert.sources] == ["reuters.com"]
    assert second.decision is Decision.DUPLICATE and second.suppression == "duplicate"
    other = cc.change(source=None, url="https://www.bbc.co.uk/news/baaj")
    _, (*_, third) = apply(None, uk, other)
    assert third.decision is Decision.CORROBORATED and third.alert is not None
    assert third.alert.independent_outlets == 2 and [s.outlet for s in third.alert.sources] == ["reuters.com", "bbc.co.uk"]
