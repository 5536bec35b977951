"""The alert row (alert and notify stages): ledger decisions, deduplication, notifications by channel."""

from __future__ import annotations

from grafana_foundation_sdk.cog.builder import Builder
from grafana_foundation_sdk.models import units
from grafana_foundation_sdk.models.dashboard import Panel

from .panels import (
    RATE,
    api_panels,
    failures_panel,
    lag_panel,
    notifications_panel,
    processing_time_panel,
    query,
    rate_panel,
    timeseries_panel,
)

__all__ = ["TITLE", "panels"]

TITLE = "alert and notify"


def panels() -> list[Builder[Panel]]:
    """The alert-service panels: the ledger (stage alert) first, then the notifier (stage notify)."""
    return [
        rate_panel(
            "Ledger decisions",
            "What the ledger decided for each incoming control change: new alert, corroborated (another outlet), "
            "duplicate, historical, stale, contested or partial.",
            "townwatch_alert_decisions_total",
            "decision",
        ),
        timeseries_panel(
            "Deduplication: corroborations and suppressions",
            "Outlets added to an existing alert (corroborations) and reports that raised nothing new, by reason "
            "(duplicate, historical, stale, wire_copy: a copy of another outlet's story; future_dated: dated after it was received).",
            units.CountsPerSecond,
            query(f"sum(rate(townwatch_alert_corroborations_total[{RATE}]))", "corroborations", "A"),
            query(f"sum by (reason) (rate(townwatch_alert_suppressions_total[{RATE}]))", "suppressed {{reason}}", "B"),
        ),
        timeseries_panel(
            "New alerts by confidence bucket",
            "New alerts raised per second at or below each confidence bound (cumulative histogram buckets, 0.1 apart). "
            "The confidence is calibrated (the noisy-OR of the sources' calibrated confidences, the value desks' "
            "min_confidence is compared with); what it means in measured precision, on our corpus and on real "
            "reporting: services/extract/README.md, Calibration (`make eval`).",
            units.CountsPerSecond,
            query(f"sum by (le) (rate(townwatch_alert_confidence_bucket[{RATE}]))", "confidence <= {{le}}", "A"),
        ),
        notifications_panel(
            "Notifications by channel",
            "Notifications delivered, given up on (failed: dead-lettered to dead-letters.notify.v1) and retried "
            "after a transient error, per channel (webhook, slack, email, apprise, page).",
            by="channel",
        ),
        processing_time_panel("alert"),
        lag_panel("alert"),
        failures_panel("alert"),
        processing_time_panel("notify"),
        lag_panel("notify"),
        failures_panel("notify"),
        *api_panels("alert"),
    ]
