"""The ledger's decision, as a pure function: given a town's state, one incoming report and the time, what happens.

Rules (``window`` = ``AlertSettings.dedup_window_days``; dates are *effective* dates: the event date, else the
article's published date, else the day it was received, else today):

- ``future`` (the effective date is later than the article's ``received`` time (else now) plus
  ``future_skew``): history only with the reason, never state; a published date from the future is ignored.

- ``historical`` (told as background, or an event dated more than ``window`` before the article reporting it):
  history only, no alert; sets the state of a town the ledger does not know yet, silently.
- ``partial`` (only part of the place changed hands): history only, no alert, the controller is untouched.
- unknown town, news: ``new`` alert.
- same change (same new controller; or no named gainer but the same loser) as the current alert, within
  ``window``: ``corroborated`` (a new outlet: the alert is re-emitted with ``revision + 1``; a wire copy is
  listed but not counted as independent) or ``duplicate`` (an outlet or article already listed).
- same controller outside the window, or a town set silently: ``duplicate`` (nothing changed), unless the
  report says the place was taken from someone else on a known date more than ``window`` after the ledger's
  date (a change the ledger missed in between): ``new``.
- a different controller, dated before the current state or before the latest report of the current holder
  (``confirmed``): ``stale`` (history only).
- a different controller taking the place from the current holder, or a later "retook" by the previous
  holder, or anything outside the window: ``new`` (a change back is a new alert).
- a different controller within the window that contradicts the current change: ``contested`` (the alert is
  re-emitted marked contested, confidence halved, the report listed in ``conflicting``; further contradictions add
  no revision).
- a new change of a town whose current alert stands: the new alert ``reverses`` it (its desks get REVERSED).
- a ``denial`` (``kind == "denial"``) of the current alert's change within ``window``: ``denied`` (the alert is
  re-emitted contested, the denial listed in ``denials``; a second denial by the same outlet or article is a
  ``duplicate``); a denial of a change the ledger has no standing alert for, of another gainer, or outside the
  window: ``unmatched`` (history only).

Arrival order: the ledger folds ``decide`` over a town's reports in one canonical order, re-deciding the town when a
report arrives out of it (``townwatch_alert.redecision``), so the state is a function of the set of reports.

Confidence: a claim (``claimed``) counts half; the alert's confidence is the noisy-OR of its independent
sources' confidences (a wire copy adds nothing), halved when contested.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, replace
from enum import StrEnum
from urllib.parse import urlsplit

from townwatch_alert.independence import count_independent
from townwatch_alert.town import HistoryEntry, Report, TownState
from townwatch_runtime.domains import registered_domain
from townwatch_schemas import Actor, Alert, AlertStatus, ControlChange, DatePrecision, SourceReport

__all__ = [
    "CLAIM_FACTOR",
    "CONTEST_FACTOR",
    "Decision",
    "DedupPolicy",
    "Outcome",
    "alert_id_for",
    "background",
    "decide",
    "effective_date",
    "judged_date",
    "outlet_of",
    "source_confidence",
    "stateless",
]

CLAIM_FACTOR = 0.5
CONTEST_FACTOR = 0.5
_SLACK_DAYS = {DatePrecision.DAY: 0, DatePrecision.WEEK: 7, DatePrecision.MONTH: 31, DatePrecision.YEAR: 366, DatePrecision.UNKNOWN: 0}


class Decision(StrEnum):
    NEW = "new"
    CORROBORATED = "corroborated"
    DUPLICATE = "duplicate"
    HISTORICAL = "historical"
    STALE = "stale"
    CONTESTED = "contested"
    PARTIAL = "partial"
    DENIED = "denied"
    UNMATCHED = "unmatched"
    WITHDRAWN = "withdrawn"
    FUTURE = "future"


@dataclass(frozen=True)
class DedupPolicy:
    window_days: int = 14
    wire_copy_max_distance: int = 3
    future_skew: dt.timedelta = dt.timedelta(days=1)
    """How far past its ``received`` time a report's date may lie (time zones, a dateline) before it is the future."""

    @property
    def window(self) -> dt.timedelta:
        return dt.timedelta(days=self.window_days)


@dataclass(frozen=True)
class Outcome:
    """What to write and what to emit. ``state`` None: the town's state is unchanged."""

    decision: Decision
    history: HistoryEntry
    state: TownState | None = None
    alert: Alert | None = None
    suppression: str | None = None
    """Metric reason when the report raised nothing new: duplicate, historical, stale, wire_copy or unmatched."""


def effective_date(event: ControlChange, now: dt.datetime) -> dt.date:
    """The event date, else the article's published date, else the day it was received, else today."""
    if event.event_date is not None:
        return event.event_date
    if event.published is not None:
        return event.published
    if event.article_received is not None:
        return event.article_received.date()
    return now.date()


UNKNOWN_OUTLET = "unknown outlet "  # + the article id: each unnamed article counts as its own outlet


def outlet_of(event: ControlChange) -> str:
    """The outlet's display name; when the source is unknown, the URL's registered domain (``uk.reuters.com`` and
    ``www.reuters.com`` are one outlet, ``reuters.com``), else the host of an address with none, else the article id."""
    if event.source and event.source.strip():
        return event.source.strip()
    if event.url:
        domain = registered_domain(event.url)
        if domain:
            return domain
        host = urlsplit(event.url).hostname
        if host:
            return host
    return f"{UNKNOWN_OUTLET}{event.article_id[:12]}"


def alert_id_for(place_key: str, gaining: Actor | None, seq: int) -> str:
    """Stable id of one change: place key + new controller + change sequence number."""
    raw = f"{place_key}|{gaining.id if gaining else '-'}|{seq}"
    return "al-" + hashlib.sha256(raw.encode("utf-8")).hexdigest()[:24]


def _id(actor: Actor | None) -> str | None:
    return actor.id if actor else None


def source_confidence(event: ControlChange) -> float:
    """The report's confidence as the ledger counts it: a claim counts ``CLAIM_FACTOR``."""
    return round(event.confidence * (CLAIM_FACTOR if event.claimed else 1.0), 4)


def _is_background(event: ControlChange, window: dt.timedelta) -> bool:
    return event.historical or (
        event.event_date is not None and event.published is not None and event.published - event.event_date > window
    )


def _history(
    event: ControlChange, decision: Decision, eff: dt.date, now: dt.datetime, alert: Alert | None = None, note: str | None = None,
) -> HistoryEntry:
    return HistoryEntry(
        recorded_at=now,
        event_id=event.event_id,
        article_id=event.article_id,
        outlet=outlet_of(event),
        url=event.url,
        title=event.title,
        decision=decision.value,
        gaining=event.gaining,
        losing=event.losing,
        event_date=event.event_date,
        date_precision=event.date_precision,
        effective_date=eff,
        historical=event.historical,
        partial=event.partial,
        claimed=event.claimed,
        confidence=source_confidence(event),
        evidence=event.evidence.sentence,
        alert_id=alert.alert_id if alert else None,
        revision=alert.revision if alert else None,
        note=note,
    )


def _report(event: ControlChange, eff: dt.date) -> Report:
    return Report(
        event_id=event.event_id,
        article_id=event.article_id,
        outlet=outlet_of(event),
        fingerprint=event.text_fingerprint,
        credits=list(event.credits),
        effective_date=eff,
        claimed=event.claimed,
    )


def _source(event: ControlChange, independent: bool) -> SourceReport:
    return SourceReport(
        outlet=outlet_of(event),
        article_id=event.article_id,
        url=event.url,
        title=event.title,
        published=event.published,
        received=event.article_received,
        evidence=event.evidence,
        confidence=source_confidence(event),
        independent=independent,
    )


def _confidence(sources: list[SourceReport], contested: bool) -> float:
    miss = 1.0
    for source in sources:
        if source.independent:
            miss *= 1.0 - source.confidence
    return round((1.0 - miss) * (CONTEST_FACTOR if contested else 1.0), 4)


def _min_time(*times: dt.datetime | None) -> dt.datetime | None:
    known = [t for t in times if t is not None]
    return min(known) if known else None


def _new_change(state: TownState | None, event: ControlChange, eff: dt.date, now: dt.datetime) -> Outcome:
    seq = (state.seq if state else 0) + 1
    place = event.place
    alert_id = alert_id_for(place.key, event.gaining, seq)
    source = _source(event, independent=True)
    alert = Alert(
        alert_id=alert_id,
        revision=1,
        status=AlertStatus.NEW,
        place=place,
        gaining=event.gaining,
        losing=event.losing if event.losing is not None else (state.controller if state else None),
        event_date=event.event_date,
        date_precision=event.date_precision if event.event_date else DatePrecision.UNKNOWN,
        claimed=event.claimed,
        confidence=_confidence([source], contested=False),
        sources=[source],
        independent_outlets=1,
        first_reported=now,
        updated=now,
        article_received=event.article_received,
        reverses=state.alert.alert_id if state and state.alert and not state.alert.withdrawn else None,
    )
    new_state = TownState(
        place=place,
        controller=event.gaining,
        since=eff,
        since_precision=event.date_precision if event.event_date else DatePrecision.UNKNOWN,
        seq=seq,
        alert=alert,
        reports=[_report(event, eff)],
        updated=now,
        confirmed=eff,
    )
    return Outcome(Decision.NEW, _history(event, Decision.NEW, eff, now, alert), new_state, alert)


def _corroborate(state: TownState, event: ControlChange, eff: dt.date, now: dt.datetime, policy: DedupPolicy) -> Outcome:
    assert state.alert is not None
    alert = state.alert
    incoming = _report(event, eff)
    if any(r.article_id == event.article_id or r.outlet.casefold() == incoming.outlet.casefold() for r in state.reports):
        return Outcome(Decision.DUPLICATE, _history(event, Decision.DUPLICATE, eff, now, alert), suppression="duplicate")
    reports = [*state.reports, incoming]
    count, flags = count_independent(reports, policy.wire_copy_max_distance)
    independent = flags[-1]
    sources = [
        s.model_copy(update={"independent": flag})
        for s, flag in zip([*alert.sources, _source(event, independent)], flags, strict=True)
    ]
    event_date, precision = alert.event_date, alert.date_precision
    if event_date is None and event.event_date is not None:
        event_date, precision = event.event_date, event.date_precision
    revised = alert.model_copy(
        update={
            "revision": alert.revision + 1,
            "status": AlertStatus.CONTESTED if alert.contested else AlertStatus.CORROBORATED,
            "losing": alert.losing or event.losing,
            "gaining": alert.gaining or event.gaining,
            "event_date": event_date,
            "date_precision": precision,
            "claimed": all(r.claimed for r in reports),
            "confidence": _confidence(sources, alert.contested),
            "sources": sources,
            "independent_outlets": count,
            "updated": now,
            "article_received": _min_time(alert.article_received, event.article_received),
        }
    )
    new_state = state.model_copy(
        update={"alert": revised, "reports": reports, "controller": state.controller or event.gaining, "updated": now}
    )
    return Outcome(
        Decision.CORROBORATED,
        _history(event, Decision.CORROBORATED, eff, now, revised),
        new_state,
        revised,
        suppression=None if independent else "wire_copy",
    )


def _contest(state: TownState, event: ControlChange, eff: dt.date, now: dt.datetime) -> Outcome:
    assert state.alert is not None
    source = _source(event, independent=True)
    conflicting = [*state.conflicting, source]
    alert = state.alert
    if alert.conflicting:
        new_state = state.model_copy(update={"conflicting": conflicting, "updated": now})
        return Outcome(Decision.CONTESTED, _history(event, Decision.CONTESTED, eff, now, state.alert), new_state)
    revised = alert.model_copy(
        update={
            "revision": alert.revision + 1,
            "status": AlertStatus.CONTESTED,
            "contested": True,
            "conflicting": [source],
            "confidence": _confidence(list(alert.sources), contested=True),
            "updated": now,
        }
    )
    new_state = state.model_copy(update={"alert": revised, "contested": True, "conflicting": conflicting, "updated": now})
    return Outcome(Decision.CONTESTED, _history(event, Decision.CONTESTED, eff, now, revised), new_state, revised)


def _deny(state: TownState | None, event: ControlChange, eff: dt.date, now: dt.datetime, policy: DedupPolicy) -> Outcome:
    alert = state.alert if state is not None else None
    if (
        state is None
        or alert is None
        or alert.withdrawn
        or (event.gaining is not None and _id(event.gaining) != _id(alert.gaining))
        or abs((eff - state.since).days) > policy.window_days
    ):
        return Outcome(Decision.UNMATCHED, _history(event, Decision.UNMATCHED, eff, now), suppression="unmatched")
    outlet = outlet_of(event).casefold()
    if any(d.article_id == event.article_id or d.outlet.casefold() == outlet for d in alert.denials):
        return Outcome(Decision.DUPLICATE, _history(event, Decision.DUPLICATE, eff, now, alert), suppression="duplicate")
    revised = alert.model_copy(
        update={
            "revision": alert.revision + 1,
            "status": AlertStatus.CONTESTED,
            "contested": True,
            "denials": [*alert.denials, _source(event, independent=True)],
            "confidence": _confidence(list(alert.sources), contested=True),
            "updated": now,
        }
    )
    new_state = state.model_copy(update={"alert": revised, "contested": True, "updated": now})
    return Outcome(Decision.DENIED, _history(event, Decision.DENIED, eff, now, revised), new_state, revised)


def _future_limit(event: ControlChange, now: dt.datetime, policy: DedupPolicy) -> dt.date:
    """The latest date a report may carry: its ``received`` time (set by ingest on arrival; else now) plus the skew."""
    reference = event.article_received if event.article_received is not None else now
    return (reference + policy.future_skew).date()


def _clamped(event: ControlChange, now: dt.datetime, policy: DedupPolicy) -> ControlChange:
    """``event`` without a published date later than its received time plus the skew (not evidence of anything)."""
    if event.published is not None and event.published > _future_limit(event, now, policy):
        return event.model_copy(update={"published": None})
    return event


def judged_date(event: ControlChange, now: dt.datetime, policy: DedupPolicy = DedupPolicy()) -> dt.date:
    """The effective date ``decide`` judges ``event`` by (a published date from the future ignored)."""
    return effective_date(_clamped(event, now, policy), now)


def background(event: ControlChange, now: dt.datetime, policy: DedupPolicy = DedupPolicy()) -> bool:
    """True for a report ``decide`` judges ``historical``: told as background, or dated long before its article."""
    return event.kind != "denial" and _is_background(_clamped(event, now, policy), policy.window)


def stateless(event: ControlChange, now: dt.datetime, policy: DedupPolicy = DedupPolicy()) -> bool:
    """True for a report ``decide`` judges the same in any state, leaving it untouched: future-dated, or partial."""
    clamped = _clamped(event, now, policy)
    if effective_date(clamped, now) > _future_limit(event, now, policy):
        return True
    return event.kind != "denial" and not _is_background(clamped, policy.window) and event.partial


def decide(state: TownState | None, event: ControlChange, now: dt.datetime, policy: DedupPolicy = DedupPolicy()) -> Outcome:
    """The ledger's decision for ``event`` given the town's current ``state`` (None: a town not seen yet)."""
    limit = _future_limit(event, now, policy)
    if event.published is not None and event.published > limit:
        # A misdated article: its published date is not evidence; decide as if it had none, and say so.
        clamped = event.model_copy(update={"published": None})
        outcome = decide(state, clamped, now, policy)
        note = f"published date {event.published.isoformat()} ignored: later than received + skew ({limit.isoformat()})"
        return replace(outcome, history=outcome.history.model_copy(update={"note": outcome.history.note or note}))
    eff = effective_date(event, now)
    if eff > limit:
        note = f"dated {eff.isoformat()}, later than received + skew ({limit.isoformat()}): not allowed to set state"
        return Outcome(Decision.FUTURE, _history(event, Decision.FUTURE, eff, now, note=note), suppression="future_dated")
    window = policy.window
    if event.kind == "denial":
        return _deny(state, event, eff, now, policy)
    if _is_background(event, window):
        if state is None and not event.partial:
            silent = TownState(
                place=event.place,
                controller=event.gaining,
                since=eff,
                since_precision=event.date_precision if event.event_date else DatePrecision.UNKNOWN,
                updated=now,
            )
            return Outcome(Decision.HISTORICAL, _history(event, Decision.HISTORICAL, eff, now), silent, suppression="historical")
        return Outcome(Decision.HISTORICAL, _history(event, Decision.HISTORICAL, eff, now), suppression="historical")
    if event.partial:
        return Outcome(Decision.PARTIAL, _history(event, Decision.PARTIAL, eff, now))
    if state is None:
        return _new_change(None, event, eff, now)

    gaining, losing = _id(event.gaining), _id(event.losing)
    holder = _id(state.controller)
    alert = state.alert
    within = abs((eff - state.since).days) <= policy.window_days
    same_change = gaining == holder if gaining is not None else (losing is not None and alert is not None and losing == _id(alert.losing))
    if same_change:
        if alert is not None and within:
            return _corroborate(state, event, eff, now, policy)
        confirmed = state.confirmed or state.since
        if losing is not None and losing != holder and event.event_date is not None and eff > state.since + window:
            changed = _new_change(state, event, eff, now)
            assert changed.state is not None  # the same holder, reported later still: keep its latest report
            return replace(changed, state=changed.state.model_copy(update={"confirmed": max(eff, confirmed)}))
        seen_later = state.model_copy(update={"confirmed": eff, "updated": now}) if eff > confirmed else None
        return Outcome(Decision.DUPLICATE, _history(event, Decision.DUPLICATE, eff, now, alert), seen_later, suppression="duplicate")
    latest = eff + dt.timedelta(days=_SLACK_DAYS[event.date_precision] if event.event_date else 0)
    if latest < max(state.since, state.confirmed or state.since):
        return Outcome(Decision.STALE, _history(event, Decision.STALE, eff, now), suppression="stale")
    if losing is not None and losing == holder:
        return _new_change(state, event, eff, now)
    if alert is not None and within:
        if losing is None and gaining == _id(alert.losing) and eff > state.since:
            return _new_change(state, event, eff, now)
        return _contest(state, event, eff, now)
    return _new_change(state, event, eff, now)
