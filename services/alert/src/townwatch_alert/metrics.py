"""The alert and notify metrics of docs/METRICS.md, on the shared registry, every label series created up front."""

from __future__ import annotations

from prometheus_client import Counter, Histogram

from townwatch_runtime.metrics import REGISTRY, StageMetrics
from townwatch_runtime.stage import STAGE_REASONS
from townwatch_schemas import ALERTS, CONTROL_CHANGES, Stage

__all__ = [
    "ALERT_CONFIDENCE",
    "ALERT_STAGE",
    "CHANNELS",
    "CORROBORATIONS",
    "DECISIONS",
    "DECISION_LABELS",
    "END_TO_END_LATENCY",
    "NOTIFICATIONS_FAILED",
    "NOTIFICATIONS_RETRIED",
    "NOTIFICATIONS_SENT",
    "NOTIFY_STAGE",
    "SUPPRESSIONS",
    "SUPPRESSION_REASONS",
]

DECISION_LABELS = ("new", "corroborated", "duplicate", "historical", "stale", "contested", "partial", "future", "denied",
                   "unmatched", "withdrawn")
SUPPRESSION_REASONS = ("duplicate", "historical", "stale", "wire_copy", "future_dated", "unmatched", "unknown_article")
CHANNELS = ("webhook", "slack", "email", "apprise", "page")

DECISIONS = Counter(
    "townwatch_alert_decisions_total", "Ledger decisions on incoming control changes.", ["decision"], registry=REGISTRY
)
CORROBORATIONS = Counter(
    "townwatch_alert_corroborations_total", "Outlets added to an existing alert.", registry=REGISTRY
)
SUPPRESSIONS = Counter(
    "townwatch_alert_suppressions_total", "Reports that raised no alert or no new outlet, by reason.", ["reason"], registry=REGISTRY
)
NOTIFICATIONS_SENT = Counter(
    "townwatch_notifications_sent_total", "Notifications delivered, by channel.", ["channel"], registry=REGISTRY
)
NOTIFICATIONS_FAILED = Counter(
    "townwatch_notifications_failed_total", "Notifications given up on (dead-lettered), by channel.", ["channel"], registry=REGISTRY
)
NOTIFICATIONS_RETRIED = Counter(
    "townwatch_notifications_retried_total", "Delivery attempts retried after a transient failure, by channel.", ["channel"], registry=REGISTRY
)
ALERT_CONFIDENCE = Histogram(
    "townwatch_alert_confidence",
    "Confidence of each new alert when raised (calibrated meaning: services/extract/README.md, Calibration).",
    buckets=(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0),
    registry=REGISTRY,
)
END_TO_END_LATENCY = Histogram(
    "townwatch_end_to_end_latency_seconds",
    "From Article.received at ingest to the notification delivered.",
    buckets=(0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0, 300.0, 3600.0),
    registry=REGISTRY,
)

for _label in DECISION_LABELS:
    DECISIONS.labels(_label)
for _label in SUPPRESSION_REASONS:
    SUPPRESSIONS.labels(_label)
for _label in CHANNELS:
    NOTIFICATIONS_SENT.labels(_label)
    NOTIFICATIONS_FAILED.labels(_label)
    NOTIFICATIONS_RETRIED.labels(_label)

ALERT_STAGE = StageMetrics(Stage.ALERT, STAGE_REASONS, topics=(CONTROL_CHANGES.name,))
"""Stage metrics of the ledger agent (stage="alert")."""
NOTIFY_STAGE = StageMetrics(Stage.NOTIFY, (*STAGE_REASONS, "delivery"), topics=(ALERTS.name,))
"""Stage metrics of the notifier agent (stage="notify")."""
