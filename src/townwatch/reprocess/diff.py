"""The difference between the live ledger and a shadow ledger rebuilt by the current extractor, as a pure function.

- **missing**: an alert the shadow ledger raised (not withdrawn) that no live alert of the same change covers. A live
  alert covers it when it is at the same place, names the same change (the same gaining side; with no named gainer,
  the same losing side, as ``dedup`` judges "the same change") and either shares a source article with it or is dated
  within the dedup window of it (the live ledger had the change from an article outside the re-read window).
- **gone**: a live alert that is still the town's current alert, not withdrawn, with sources in re-read articles in
  which the current extractor no longer finds the change (a news report of it: neither historical nor partial).
  ``only_evidence`` when no other source stands behind it: applying withdraws the alert; otherwise only those
  sources are marked withdrawn and the alert stands on the others. Sources in articles outside the window are
  taken as still standing (nothing re-read says otherwise).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from townwatch_schemas import Actor, Alert, ControlChange

__all__ = ["Difference", "Gone", "Missing", "diff", "same_change"]


def _id(actor: Actor | None) -> str | None:
    return actor.id if actor is not None else None


def same_change(alert: Alert, place_key: str, gaining: Actor | None, losing: Actor | None) -> bool:
    """True when (place, gaining, losing) is the change ``alert`` stands for."""
    if alert.place.key != place_key:
        return False
    if alert.gaining is not None and gaining is not None:
        return alert.gaining.id == gaining.id
    if alert.gaining is None and gaining is None:
        return _id(alert.losing) == _id(losing)
    return False


def _date(alert: Alert) -> dt.date:
    return alert.event_date or alert.first_reported.date()


def _reports(event: ControlChange, alert: Alert) -> bool:
    """``event`` is a news report of ``alert``'s change."""
    return (event.kind == "change" and not event.historical and not event.partial
            and same_change(alert, event.place.key, event.gaining, event.losing))


@dataclass(frozen=True)
class Missing:
    """An alert the current extractor raises and the live ledger lacks; ``events``: its reports, in applying order."""

    alert: Alert
    events: list[ControlChange] = field(default_factory=list)


@dataclass(frozen=True)
class Gone:
    """A live alert with sources the current extractor no longer finds (``articles``, in source order)."""

    alert: Alert
    articles: list[str]
    only_evidence: bool


@dataclass(frozen=True)
class Difference:
    missing: list[Missing] = field(default_factory=list)
    gone: list[Gone] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.missing or self.gone)


def diff(
    live: Iterable[Alert],
    current: Iterable[str],
    shadow: Iterable[Alert],
    found: Mapping[str, list[ControlChange]],
    window: dt.timedelta,
) -> Difference:
    """``live``: the live ledger's alerts (latest revisions) at every place in question; ``current``: the ids of those
    that are their town's current alert; ``shadow``: the shadow ledger's alerts; ``found``: for every re-read
    article id, the events the current extractor finds in it, in applying order."""
    live = list(live)
    current_ids = set(current)
    missing: list[Missing] = []
    for alert in shadow:
        if alert.withdrawn:
            continue
        articles = {s.article_id for s in alert.sources}
        covered = any(
            same_change(other, alert.place.key, alert.gaining, alert.losing)
            and ({s.article_id for s in other.sources} & articles or abs(_date(other) - _date(alert)) <= window)
            for other in live
        )
        if not covered:
            events = [e for s in alert.sources for e in found.get(s.article_id, []) if _reports(e, alert)]
            missing.append(Missing(alert, list({e.event_id: e for e in events}.values())))
    gone: list[Gone] = []
    for alert in live:
        if alert.withdrawn or alert.alert_id not in current_ids:
            continue
        standing = [s for s in alert.sources if not s.withdrawn]
        lost = [s.article_id for s in standing
                if s.article_id in found and not any(_reports(e, alert) for e in found[s.article_id])]
        if lost:
            lost = list(dict.fromkeys(lost))
            remaining = [s for s in standing if s.article_id not in lost]
            gone.append(Gone(alert, lost, only_evidence=not remaining))
    return Difference(missing, gone)
