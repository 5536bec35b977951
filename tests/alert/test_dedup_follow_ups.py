"""The ledger's pure decisions behind follow-ups: contradictions listed, denials, reversals."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_alert.dedup import Decision, decide
from townwatch_schemas import Actor, ActorKind, AlertStatus

from .conftest import DEDUP_NOW as NOW
from .conftest import DEDUP_POLICY as POLICY
from .conftest import apply_decisions as apply

INA = Actor(id="x-ina", name="Iraqi News Agency", text="INA", kind=ActorKind.UNKNOWN)




def denial(cc, **fields):  # type: ignore[no-untyped-def]
    values = {"kind": "denial", "gaining": "pmf", "losing": "isis", "denying": cc.ISIS, "source": "Amaq", "event_date": None,
              "published": dt.date(2017, 6, 5)}
    values.update(fields)
    return cc.change(**values)


def test_the_first_contradiction_is_listed_on_the_alert(cc) -> None:
    _, (_, conflict, more) = apply(
        None,
        cc.change(source="Reuters"),
        cc.change(gaining="iq-gov", losing="isis", source="AFP", event_date=dt.date(2017, 6, 5)),
        cc.change(gaining="iq-gov", losing="isis", source="AP", event_date=dt.date(2017, 6, 5)),
    )
    assert [s.outlet for s in conflict.alert.conflicting] == ["AFP"]
    assert more.alert is None


def test_a_denial_marks_the_alert_contested_and_lists_it(cc) -> None:
    state, (first, denied) = apply(None, cc.change(source="Reuters"), denial(cc))
    assert denied.decision is Decision.DENIED and denied.suppression is None
    alert = denied.alert
    assert alert is not None and alert.alert_id == first.alert.alert_id and alert.revision == 2
    assert alert.contested and alert.status is AlertStatus.CONTESTED and alert.conflicting == []
    assert [d.outlet for d in alert.denials] == ["Amaq"]
    assert alert.confidence == pytest.approx(first.alert.confidence / 2)
    assert state is not None and state.contested and state.controller == cc.PMF
    assert denied.history.decision == "denied"


def test_a_second_denial_by_the_same_outlet_is_a_duplicate_by_another_is_listed(cc) -> None:
    _, (_, _, same, other) = apply(None, cc.change(), denial(cc), denial(cc), denial(cc, source="INA", denying=INA))
    assert same.decision is Decision.DUPLICATE and same.alert is None
    assert other.decision is Decision.DENIED and [d.outlet for d in other.alert.denials] == ["Amaq", "INA"]
    assert other.alert.revision == 3


def test_a_contradiction_after_a_denial_still_lists_the_conflicting_report(cc) -> None:
    _, (_, _, conflict) = apply(None, cc.change(), denial(cc),
                                cc.change(gaining="iq-gov", losing="isis", source="AFP", event_date=dt.date(2017, 6, 4)))
    assert conflict.decision is Decision.CONTESTED and conflict.alert is not None
    assert [s.outlet for s in conflict.alert.conflicting] == ["AFP"] and conflict.alert.denials


@pytest.mark.parametrize(
    "fields",
    [
        {"gaining": "iq-gov"},  # denies a change by someone else
        {"published": dt.date(2017, 8, 1)},  # long after the change
    ],
)
def test_a_denial_that_does_not_match_the_standing_alert_changes_nothing(cc, fields) -> None:  # type: ignore[no-untyped-def]
    state, _ = apply(None, cc.change())
    outcome = decide(state, denial(cc, **fields), NOW, POLICY)
    assert outcome.decision is Decision.UNMATCHED and outcome.state is None and outcome.alert is None
    assert outcome.suppression == "unmatched"


def test_a_denial_of_a_town_the_ledger_never_alerted_on_changes_nothing(cc) -> None:
    outcome = decide(None, denial(cc), NOW, POLICY)
    assert outcome.decision is Decision.UNMATCHED and outcome.state is None and outcome.alert is None
    silent, _ = apply(None, cc.change(historical=True))
    assert decide(silent, denial(cc), NOW, POLICY).state is None


def test_a_denial_with_no_named_gainer_denies_the_standing_change(cc) -> None:
    _, (_, denied) = apply(None, cc.change(), denial(cc, gaining=None))
    assert denied.decision is Decision.DENIED


def test_a_change_back_reverses_the_standing_alert(cc) -> None:
    _, (captured, retaken) = apply(
        None, cc.change(), cc.change(gaining="isis", losing="pmf", event_date=dt.date(2017, 6, 8), published=dt.date(2017, 6, 8)))
    assert retaken.decision is Decision.NEW and retaken.alert.reverses == captured.alert.alert_id
    assert captured.alert.reverses is None


def test_a_change_after_a_withdrawn_alert_reverses_nothing(cc) -> None:
    state, (captured,) = apply(None, cc.change())
    assert state is not None and captured.alert is not None
    withdrawn = state.model_copy(update={"alert": captured.alert.model_copy(update={"withdrawn": True})})
    retaken = decide(withdrawn, cc.change(gaining="isis", losing="pmf", event_date=dt.date(2017, 6, 8), published=dt.date(2017, 6, 8)), NOW, POLICY)
    assert retaken.alert is not None and retaken.alert.reverses is None
