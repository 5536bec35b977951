"""The ledger's records of a town: its state (controller, since, current alert), the reports behind it, its history."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from townwatch_schemas import Actor, Alert, DatePrecision, Place, SourceReport

__all__ = ["HistoryEntry", "OrderKey", "Report", "TownState"]

OrderKey = tuple[int, str, int, str, str]
"""A report's place in the canonical order (``redecision.order_key``): background, effective date, kind, strength, event id."""


class _Record(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class Report(_Record):
    """What the ledger keeps of one report behind the current change, to judge the independence of later ones."""

    event_id: str
    article_id: str
    outlet: str
    fingerprint: str | None = None
    credits: list[str] = Field(default_factory=list)
    effective_date: dt.date
    claimed: bool = False


class TownState(_Record):
    """One place's current state in the ledger (Redis key ``townwatch:{ledger}:town:<place key>``)."""

    place: Place
    controller: Actor | None = Field(default=None, description="Who holds the place now; None when not known.")
    since: dt.date = Field(description="Effective date of the current state (event date, else published, else received).")
    since_precision: DatePrecision = DatePrecision.UNKNOWN
    contested: bool = False
    seq: int = Field(default=0, ge=0, description="Changes recorded so far (the change sequence number of alert ids).")
    alert: Alert | None = Field(default=None, description="Latest revision of the current change's alert; None when set silently.")
    reports: list[Report] = Field(default_factory=list, description="Reports behind the current change, parallel to alert.sources.")
    conflicting: list[SourceReport] = Field(default_factory=list, description="Reports that contradicted the current change within the window.")
    confirmed: dt.date | None = Field(default=None, description="Latest effective date a report named the current holder "
                                      "(a report of another holder dated before it is stale).")
    updated: dt.datetime
    latest: OrderKey | None = Field(default=None, description="Canonical-order key of the last report the town took "
                                    "(one arriving before it re-decides the town).")
    replayable: bool = Field(default=False, description="Every report behind this state is in the town's report store, "
                             "so an out-of-order report can re-decide it.")
    revisions: dict[str, int] = Field(default_factory=dict, description="Highest revision emitted of each of the town's alerts.")

    @property
    def key(self) -> str:
        return self.place.key


class HistoryEntry(_Record):
    """One report as the ledger judged it (list ``townwatch:{ledger}:town:<place key>:history``, oldest first)."""

    recorded_at: dt.datetime
    event_id: str
    article_id: str
    outlet: str
    url: str | None = None
    title: str | None = None
    decision: str
    gaining: Actor | None = None
    losing: Actor | None = None
    event_date: dt.date | None = None
    date_precision: DatePrecision = DatePrecision.UNKNOWN
    effective_date: dt.date
    historical: bool = False
    partial: bool = False
    claimed: bool = False
    confidence: float
    evidence: str
    alert_id: str | None = None
    revision: int | None = None
    note: str | None = Field(default=None, description="Why the decision was taken, when the decision alone does not say (e.g. a future date).")
