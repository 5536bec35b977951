"""The alert: one real change of control, corroborated across outlets, on ``alerts.v1``; and a notification record."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import Field

from townwatch_schemas.base import WireModel
from townwatch_schemas.control_change import Actor, DatePrecision, Evidence, Place

__all__ = ["Alert", "AlertStatus", "Notification", "SourceReport"]


class AlertStatus(StrEnum):
    NEW = "new"  # first report
    CORROBORATED = "corroborated"  # a later report added an outlet
    CONTESTED = "contested"  # conflicting reports within the window


class SourceReport(WireModel):
    """One outlet's report of the change."""

    outlet: str
    article_id: str
    url: str | None = None
    title: str | None = Field(default=None, max_length=2000, description="The article's headline, when it had one.")
    published: dt.date | None = None
    received: dt.datetime | None = None
    evidence: Evidence
    confidence: float = Field(ge=0.0, le=1.0)
    independent: bool = Field(default=True, description="False when a copy of a wire story already counted.")
    withdrawn: bool = Field(default=False, description="The outlet no longer reports it (a correction or an updated article, or reprocessing).")
    withdrawal: str | None = Field(default=None, description="Why it was withdrawn, in the outlet's words when it gave some (the correction line).")


class Alert(WireModel):
    """A change of control, as the desk sees it. Re-emitted with a higher ``revision`` as outlets corroborate it."""

    alert_id: str = Field(description="Stable id of the change (place + new controller + change sequence).")
    revision: int = Field(ge=1, default=1)
    status: AlertStatus = AlertStatus.NEW
    place: Place
    gaining: Actor | None = None
    losing: Actor | None = None
    event_date: dt.date | None = None
    date_precision: DatePrecision = DatePrecision.UNKNOWN
    partial: bool = False
    claimed: bool = False
    contested: bool = False
    confidence: float = Field(ge=0.0, le=1.0)
    sources: list[SourceReport] = Field(default_factory=list)
    independent_outlets: int = Field(ge=0, default=1)
    first_reported: dt.datetime
    updated: dt.datetime
    article_received: dt.datetime | None = Field(default=None, description="Earliest Article.received behind this alert (end-to-end latency).")
    conflicting: list[SourceReport] = Field(default_factory=list, description="Independent reports of a different holder within the window (why it is contested).")
    denials: list[SourceReport] = Field(default_factory=list, description="Denials of the change by the side said to have lost it, or an official source.")
    withdrawn: bool = Field(default=False, description="No independent source remains: every report behind the alert was withdrawn.")
    reverses: str | None = Field(default=None, description="alert_id of the earlier change of the same place that this change reverses.")
    late: bool = Field(default=False, description="Raised by reprocessing, after the articles first went through.")
    backfill: bool = Field(default=False, description="This revision was made by `townwatch backfill` from archived articles, not by the live stream.")


class Notification(WireModel):
    """A delivered (or dead-lettered) notification of an alert to one desk's channel."""

    alert_id: str
    revision: int
    desk_id: str
    subscription_id: str
    channel: str
    kind: str = Field(
        description="'alert' for the first notification, 'confirmed' for the corroboration follow-up; the follow-ups "
        "'contested', 'denied', 'reversed' and 'withdrawn' go to the desks that got the alert."
    )
    idempotency_key: str
    delivered_at: dt.datetime
    attempts: int = Field(ge=1)
