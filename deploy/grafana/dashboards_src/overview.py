"""The pipeline-overview row: is news flowing, does extraction keep up, do alerts reach desks, what went wrong."""

from __future__ import annotations

from grafana_foundation_sdk.cog.builder import Builder
from grafana_foundation_sdk.models import units
from grafana_foundation_sdk.models.dashboard import Panel

from .panels import (
    LAG_CAVEAT,
    RATE,
    notifications_panel,
    quantile_queries,
    query,
    stat_panel,
    state_mapping,
    timeseries_panel,
)

__all__ = ["TITLE", "panels"]

TITLE = "Pipeline overview"

RANGE = "$__range"
"""The dashboard's time range, for the 'how many in this range' stats."""

E2E_LATENCY = "townwatch_end_to_end_latency_seconds"


def panels() -> list[Builder[Panel]]:
    """The overview panels, left to right, top to bottom."""
    return [
        stat_panel(
            "Services up",
            "Whether Prometheus can scrape each townwatch service's /metrics (the `up` series of each job). "
            "DOWN means the process is gone or unreachable.",
            units.NoUnit,
            query('up{job=~"townwatch-.+"}', "{{job}}"),
            width=6,
        ).mappings(state_mapping(**{"0": ("DOWN", "red"), "1": ("up", "green")})),
        stat_panel(
            "Last item handled",
            "When each stage last handled an item (townwatch_last_processed_timestamp_seconds). 'never' means "
            "nothing since the process started. A stage far behind the one before it is stalled.",
            units.DateTimeFromNow,
            query("max by (stage) (townwatch_last_processed_timestamp_seconds) * 1000", "{{stage}}"),
            width=6,
        ).mappings(state_mapping(**{"0": ("never", "red")})),
        stat_panel(
            "News in",
            "Articles ingest published to articles.v1 in the dashboard's time range, all sources.",
            units.Short,
            query(f"sum(increase(townwatch_ingest_articles_published_total[{RANGE}]))", "articles"),
        ),
        stat_panel(
            "Alerts raised",
            "New alerts the ledger raised in the dashboard's time range (decision `new`; later outlets "
            "corroborating an alert revise it and are not counted again).",
            units.Short,
            query(f'sum(increase(townwatch_alert_decisions_total{{decision="new"}}[{RANGE}]))', "alerts"),
        ),
        stat_panel(
            "End-to-end p99",
            "99th percentile of the time from an article's arrival at ingest to its alert's delivery to a desk "
            "(townwatch_end_to_end_latency_seconds), over the rate window. Red above 30 s. "
            "Empty (NaN) while nothing is delivered.",
            units.Seconds,
            *quantile_queries(E2E_LATENCY, (0.99,)),
            red_above=30,
        ),
        timeseries_panel(
            "News flowing: items in per stage",
            "Items each stage consumes per second (townwatch_items_in_total). ingest counts articles taken in; "
            "extract, articles read from articles.v1; alert, control changes; notify, alerts.",
            units.CountsPerSecond,
            query(f"sum by (stage) (rate(townwatch_items_in_total[{RATE}]))", "{{stage}}"),
        ),
        timeseries_panel(
            "Extraction keeping up",
            "Articles published by ingest versus articles extract consumed, per second. The extract line should "
            "follow the ingest line; a gap that persists means extract falls behind (see its consumer lag).",
            units.CountsPerSecond,
            query(f'sum(rate(townwatch_items_out_total{{stage="ingest"}}[{RATE}]))', "published by ingest", "A"),
            query(f'sum(rate(townwatch_items_in_total{{stage="extract"}}[{RATE}]))', "consumed by extract", "B"),
        ),
        notifications_panel(
            "Alerts reaching desks",
            "Notifications delivered, given up on (failed) and retried per second, all channels. Any failed "
            "line above zero means a desk missed an alert: see the notify row and dead-letters.notify.v1.",
        ),
        timeseries_panel(
            "End-to-end latency",
            "Time from an article's arrival at ingest (Article.received) to the delivery of its alert: median, "
            "90th and 99th percentile. Empty (NaN) while nothing is delivered.",
            units.Seconds,
            *quantile_queries(E2E_LATENCY, (0.5, 0.9, 0.99)),
        ),
        timeseries_panel(
            "What went wrong: failures by stage and reason",
            "Items any stage failed on, per stage and reason, over the rate window (townwatch_items_failed_total).",
            units.Short,
            query(f"sum by (stage, reason) (increase(townwatch_items_failed_total[{RATE}]))", "{{stage}} {{reason}}"),
        ),
        timeseries_panel(
            "What went wrong: dead letters by stage and reason",
            "Messages sent to dead-letters.<stage>.v1, per stage and reason, over the rate window "
            "(townwatch_dead_letters_total). Each carries the original message and the error.",
            units.Short,
            query(f"sum by (stage, reason) (increase(townwatch_dead_letters_total[{RATE}]))", "{{stage}} {{reason}}"),
        ),
        timeseries_panel(
            "Consumer lag by stage and topic",
            "Messages waiting for each consumer group, per topic (townwatch_consumer_lag_messages)." + LAG_CAVEAT,
            units.Short,
            query("sum by (stage, topic) (townwatch_consumer_lag_messages)", "{{stage}} {{topic}}"),
        ),
    ]
