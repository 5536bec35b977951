"""The ledger phase of a backfill: the spooled events in order of effective date, through the stream's own
``dedup.decide`` and Lua commit (``Ledger.apply``), one at a time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from pathlib import Path

from townwatch.backfill.tally import Tally
from townwatch_alert.dedup import Decision, DedupPolicy, effective_date
from townwatch_alert.ledger import Ledger, LedgerResult
from townwatch_schemas import ControlChange

__all__ = ["Applier", "load_ordered"]

Send = Callable[[ControlChange, LedgerResult], Awaitable[None]]


def _order(entry: tuple[int, int, ControlChange], skew: dt.timedelta) -> tuple[dt.date, dt.date, int, int]:
    """Effective date first (the ledger's own notion: event date, else published, else received; a published
    date past received + skew is ignored, as ``decide`` ignores it), then the article's publication date, then
    input order and the event's place in its article (a stable tie-break)."""
    seq, idx, event = entry
    if event.published is not None and event.article_received is not None and event.published > (event.article_received + skew).date():
        event = event.model_copy(update={"published": None})
    eff = effective_date(event, dt.datetime.min.replace(tzinfo=dt.UTC))
    return eff, event.published or eff, seq, idx


def load_ordered(spool: Path, size: int, policy: DedupPolicy | None = None) -> list[ControlChange]:
    """The first ``size`` bytes of the spool (the checkpointed part), as events in apply order."""
    entries: list[tuple[int, int, ControlChange]] = []
    with spool.open("rb") as fh:
        data = fh.read(size)
    for line in data.splitlines():
        seq, idx, raw = line.split(b" ", 2)
        entries.append((int(seq), int(idx), ControlChange.model_validate_json(raw)))
    skew = (policy or DedupPolicy()).future_skew
    entries.sort(key=lambda entry: _order(entry, skew))
    return [event for _seq, _idx, event in entries]


class Applier:
    """Applies events and counts what they did; ``send`` (``--notify all``) publishes each alert revision."""

    def __init__(self, ledger: Ledger, tally: Tally, *, backfill: bool, send: Send | None = None) -> None:
        self.ledger = ledger
        self.tally = tally
        self.backfill = backfill
        self.send = send
        self._towns = set(tally.towns)

    async def apply(self, event: ControlChange, now: dt.datetime | None = None) -> LedgerResult:
        """``now``: the time the ledger decides at (default the wall clock; reprocessing passes the article's arrival)."""
        result = await self.ledger.apply(event, now, backfill=self.backfill)
        tally = self.tally
        tally.applied += 1
        tally.decisions[result.decision.value] += 1
        if result.alert is not None and not result.reemit:
            tally.revisions += 1
            if result.decision is Decision.NEW:
                tally.alerts += 1
                if event.place.key not in self._towns:
                    self._towns.add(event.place.key)
                    tally.towns.append(event.place.key)
        if self.send is not None and result.alert is not None:
            await self.send(event, result)
        return result
