"""A town's state as a function of its set of reports: the canonical order, and re-deciding a town when a report arrives out of it.

``dedup.decide`` judges one report against the state the earlier ones left. Folded over the reports in one fixed
order, the *canonical order*, it gives one state whatever order they arrived in:

1. effective date (the date ``decide`` judges by: event date, else a published date not from the future, else
   received), earliest first;
2. changes before denials on one date (a denial answers a change);
3. evidence strength: the report's confidence as the ledger counts it (a claim counts half), strongest first;
4. event id (stable: event ids are content hashes).

So of two contradicting reports within the dedup window, the earlier-dated one names the holder and the later one
contests it (unless it says the place was taken from the holder: a change back); on the same date the stronger
report names the holder; on an exact tie, the smaller event id. Corroborations, denials and stale reports land where
their dates put them.

A report that arrives in canonical order (after every report the town has taken) is decided alone, as before.
One that arrives out of it re-decides the town: the town's stored reports and this one are folded in canonical
order (``refold``) and the result replaces the state (``settle``). What was already sent cannot be unsent, so the
difference is told with the follow-ups that exist:

- the same change, now with other sources, contested or not: the alert is re-emitted with its next revision
  (``contested`` reaches the desks that got it when a conflicting report is now listed);
- another change now stands (the holder flipped): its alert is emitted with ``reverses`` naming the alert the desks
  were told of, so they get ``reversed``; its revision continues any revision of that alert id emitted before;
- the holder desks were told of still holds, though the fold counts the changes before it differently (a late report
  of an earlier change back and forth): its alert keeps the id desks know (so an alert's id is fixed when it is first
  emitted, and is the one part of the state that can depend on arrival order);
- nothing a desk sees changed: nothing is emitted; the report goes to history with the decision the fold gave it.

The history is the log of arrivals: each report is recorded once, with the decision the fold gave it (``new`` only
for a change that now stands and was not known; ``corroborated`` when it joins the alert desks know; ``stale`` when
the change it reports came before the one the town holds) and a note; a re-decision does not rewrite earlier entries.

Reports that never touch state (future-dated, partial) are not stored and never re-decide a town. A town
re-decides only while every report behind its state is stored (``TownState.replayable``): not for a town from
before this rule, nor after a withdrawal (which removes sources outside ``decide``), nor once it holds
``max_reports`` reports; from then on it is decided in arrival order, as before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from townwatch_alert.dedup import (
    Decision,
    DedupPolicy,
    Outcome,
    background,
    decide,
    judged_date,
    source_confidence,
    stateless,
)
from townwatch_alert.town import OrderKey, TownState
from townwatch_schemas import Alert, ControlChange

__all__ = ["Fold", "needs_refold", "order_key", "refold", "settle", "step", "track"]


def order_key(event: ControlChange, now: dt.datetime, policy: DedupPolicy) -> OrderKey:
    """The report's place in the canonical order (compared as a tuple; every part sorts as text or int)."""
    strength = source_confidence(event)
    return (int(background(event, now, policy)), judged_date(event, now, policy).isoformat(), int(event.kind == "denial"),
            f"{1.0 - strength:.4f}", event.event_id)


def needs_refold(state: TownState | None, event: ControlChange, now: dt.datetime, policy: DedupPolicy, stored: int) -> bool:
    """True when ``event`` arrives before a report the town already took, in a town that can be re-decided
    (``stored``: the reports the town holds; a town with no state yet may hold reports that left none, e.g. a denial)."""
    if stateless(event, now, policy):
        return False
    if state is None:
        return stored > 0
    return state.replayable and state.latest is not None and order_key(event, now, policy) < state.latest


def _remember(state: TownState, alert: Alert | None) -> TownState:
    if alert is None:
        return state
    revisions = {**state.revisions, alert.alert_id: max(alert.revision, state.revisions.get(alert.alert_id, 0))}
    return state.model_copy(update={"revisions": revisions})


def track(state: TownState | None, event: ControlChange, outcome: Outcome, now: dt.datetime, policy: DedupPolicy,
          stored: int, max_reports: int) -> tuple[Outcome, bool]:
    """``outcome`` of ``event`` decided in order, with the town's order bookkeeping (latest key, replayable, emitted
    revisions); and whether to store the report (``stored``: reports the town holds now)."""
    if stateless(event, now, policy):
        return outcome, False
    replayable = (state.replayable if state is not None else True) and stored < max_reports
    new = outcome.state if outcome.state is not None else state
    if new is None:  # nothing known of the town yet (a denial of nothing): kept for a re-decision when it is
        return outcome, replayable
    key = order_key(event, now, policy)
    latest = max(key, state.latest) if state is not None and state.latest is not None else key
    revisions = {**(state.revisions if state is not None else {}), **new.revisions}
    new = _remember(new.model_copy(update={"latest": latest, "replayable": replayable, "revisions": revisions}), outcome.alert)
    if outcome.state is None and new == state:
        return outcome, replayable
    return replace(outcome, state=new), replayable


@dataclass(frozen=True)
class Fold:
    """A town's reports folded in canonical order: the state, and each report's outcome."""

    state: TownState | None
    outcomes: dict[str, Outcome]


def refold(events: Iterable[ControlChange], now: dt.datetime, policy: DedupPolicy) -> Fold:
    """``decide`` folded over ``events`` (one per event id) in canonical order, from a town not seen yet."""
    state: TownState | None = None
    outcomes: dict[str, Outcome] = {}
    unique = {e.event_id: e for e in events if not stateless(e, now, policy)}
    for event in sorted(unique.values(), key=lambda e: order_key(e, now, policy)):
        outcome = decide(state, event, now, policy)
        outcomes[event.event_id] = outcome
        if outcome.state is not None:
            state = outcome.state
    return Fold(state, outcomes)


_ARRIVAL_FIELDS = {"revision", "updated", "first_reported", "backfill", "late"}


def _seen_same(a: Alert, b: Alert) -> bool:
    """The two revisions say the same to a desk (they differ at most in revision number and timestamps)."""
    return a.model_dump(exclude=_ARRIVAL_FIELDS) == b.model_dump(exclude=_ARRIVAL_FIELDS)


def settle(state: TownState | None, stored: Iterable[ControlChange], event: ControlChange, now: dt.datetime,
           policy: DedupPolicy) -> Outcome | None:
    """The outcome of ``event`` arriving out of canonical order: the town re-decided from ``stored`` and ``event``
    (None when the stored reports do not make a state with an alert where the town has one: decide ``event`` alone)."""
    reports = {e.event_id: e for e in stored}
    reports[event.event_id] = event
    fold = refold(reports.values(), now, policy)
    mine = fold.outcomes[event.event_id]
    new = fold.state
    old_alert = state.alert if state is not None else None
    if new is None or (new.alert is None and old_alert is not None):
        return None  # cannot happen while the town is replayable (its stored reports made its state)
    emit: Alert | None = None
    current = new.alert
    if current is not None and old_alert is not None and current.alert_id != old_alert.alert_id and not old_alert.withdrawn \
            and current.gaining is not None and old_alert.gaining is not None and current.gaining.id == old_alert.gaining.id:
        # the holder desks were told of still holds (the fold only counted the changes before it differently): its
        # alert keeps the id they know
        current = current.model_copy(update={"alert_id": old_alert.alert_id, "reverses": old_alert.reverses})
    if current is not None and old_alert is not None and current.alert_id == old_alert.alert_id:
        if _seen_same(current, old_alert):
            current = old_alert
        else:
            emit = current.model_copy(update={"revision": old_alert.revision + 1, "first_reported": old_alert.first_reported,
                                              "updated": now})
    elif current is not None:
        before = state.revisions.get(current.alert_id, 0) if state is not None else 0
        reverses = old_alert.alert_id if old_alert is not None and not old_alert.withdrawn else None
        emit = current.model_copy(update={"revision": max(current.revision, before + 1), "reverses": reverses, "updated": now})
    if emit is not None:
        current = emit
    holder = new.controller.id if new.controller else None
    was = state.controller.id if state is not None and state.controller else None
    note = f"arrived out of order: town re-decided from {len(reports)} reports in canonical order"
    if holder != was:
        note += f"; holder {was} -> {holder}"
    history = mine.history.model_copy(update={
        "alert_id": current.alert_id if current else None,
        "revision": current.revision if current else None,
        "note": f"{mine.history.note}; {note}" if mine.history.note else note,
    })
    keys = [order_key(e, now, policy) for e in reports.values() if not stateless(e, now, policy)]
    settled = _remember(new.model_copy(update={
        "alert": current, "latest": max(keys), "replayable": True, "updated": now,
        "revisions": {**new.revisions, **(state.revisions if state is not None else {})},
    }), emit)
    decision, suppression = mine.decision, mine.suppression
    if decision is Decision.NEW and not (emit is not None and old_alert is not None and emit.alert_id != old_alert.alert_id):
        if current is not None and any(s.article_id == event.article_id for s in current.sources):
            decision = Decision.CORROBORATED  # first in canonical order, but the change was known: it joins its alert
        elif emit is None or old_alert is not None:
            decision, suppression = Decision.STALE, "stale"  # its change came before the one the town holds
    history = history.model_copy(update={"decision": decision.value})
    return Outcome(decision, history, settled, emit, suppression=suppression)


def step(state: TownState | None, event: ControlChange, now: dt.datetime, policy: DedupPolicy, stored: int,
         reports: Iterable[ControlChange] | None, max_reports: int) -> tuple[Outcome, bool]:
    """The ledger's whole decision for ``event``: re-decide the town from ``reports`` (its ``stored`` reports, needed only
    when ``needs_refold``) and ``event``, else decide ``event`` alone; and whether to store ``event`` with the reports."""
    if reports is not None and needs_refold(state, event, now, policy, stored):
        settled = settle(state, reports, event, now, policy)
        if settled is not None:
            return settled, True
    return track(state, event, decide(state, event, now, policy), now, policy, stored, max_reports)
