"""Withdrawal, as a pure function: an outlet's article no longer reports the change (an updated or corrected story,
or reprocessing no longer finds it), so its sources behind the town's alert are marked withdrawn.

- nothing of the article behind the current alert (or the alert already withdrawn): no outcome;
- other independent sources remain: the alert is re-emitted with the sources marked ``withdrawn`` (with the
  outlet's correction line as ``withdrawal``), the outlets recounted and the confidence recomputed;
- no independent source remains: the alert is ``withdrawn``; the town goes back to the side it was taken from,
  and a later report of the same change is a new alert (it reverses nothing).
"""

from __future__ import annotations

import datetime as dt

from townwatch_alert.dedup import CONTEST_FACTOR, Decision, DedupPolicy, Outcome
from townwatch_alert.independence import count_independent
from townwatch_alert.town import HistoryEntry, TownState
from townwatch_schemas import SourceReport

__all__ = ["NO_LONGER_REPORTED", "withdraw"]

NO_LONGER_REPORTED = "The outlet's updated article no longer reports it."


def _confidence(sources: list[SourceReport], contested: bool) -> float:
    miss = 1.0
    for source in sources:
        if source.independent and not source.withdrawn:
            miss *= 1.0 - source.confidence
    return round((1.0 - miss) * (CONTEST_FACTOR if contested else 1.0), 4)


def withdraw(state: TownState | None, article_id: str, revision: int | str, reason: str | None, now: dt.datetime,
             policy: DedupPolicy | None = None) -> Outcome | None:
    """The outcome of article ``article_id`` (at ``revision``) no longer reporting the town's current change."""
    alert = state.alert if state is not None else None
    if state is None or alert is None or alert.withdrawn:
        return None
    gone = [i for i, s in enumerate(alert.sources) if s.article_id == article_id and not s.withdrawn]
    if not gone:
        return None
    why = (reason or NO_LONGER_REPORTED).strip()
    sources = [s.model_copy(update={"withdrawn": True, "withdrawal": why}) if i in gone else s for i, s in enumerate(alert.sources)]
    standing = [i for i, s in enumerate(sources) if not s.withdrawn]
    reports = [state.reports[i] for i in standing if i < len(state.reports)]
    distance = (policy or DedupPolicy()).wire_copy_max_distance
    count, flags = count_independent(reports, distance) if reports else (0, [])
    for i, flag in zip(standing, flags, strict=False):
        sources[i] = sources[i].model_copy(update={"independent": flag})
    withdrawn = count == 0
    revised = alert.model_copy(update={
        "revision": alert.revision + 1,
        "sources": sources,
        "independent_outlets": count,
        "withdrawn": withdrawn,
        "confidence": 0.0 if withdrawn else _confidence(sources, alert.contested),
        "updated": now,
    })
    if withdrawn:
        new_state = state.model_copy(update={
            "alert": revised, "controller": alert.losing, "contested": False, "reports": [], "conflicting": [], "updated": now,
            "replayable": False,  # its reports no longer make this state: decided in arrival order from now on
        })
    else:
        new_state = state.model_copy(update={"alert": revised, "reports": reports, "updated": now, "replayable": False})
    first = alert.sources[gone[0]]
    history = HistoryEntry(
        recorded_at=now, event_id=f"withdraw:{article_id}:{revision}", article_id=article_id, outlet=first.outlet, url=first.url,
        decision=Decision.WITHDRAWN.value, gaining=alert.gaining, losing=alert.losing, effective_date=state.since,
        confidence=0.0, evidence=why, alert_id=revised.alert_id, revision=revised.revision,
        note="no independent source remains: alert withdrawn" if withdrawn else f"{count} independent outlet(s) remain",
    )
    return Outcome(Decision.WITHDRAWN, history, new_state, revised)
