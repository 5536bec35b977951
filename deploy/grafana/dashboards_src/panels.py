"""Panel and query builders shared by every row of the townwatch dashboards (grafana-foundation-sdk)."""

from __future__ import annotations

from grafana_foundation_sdk.builders import common as common_builder
from grafana_foundation_sdk.builders import dashboard, prometheus, stat, timeseries
from grafana_foundation_sdk.models import common, units
from grafana_foundation_sdk.models.dashboard import (
    DataSourceRef,
    Threshold,
    ThresholdsMode,
    ValueMap,
    ValueMappingResult,
)

__all__ = [
    "DATASOURCE",
    "DATASOURCE_UID",
    "LAG_CAVEAT",
    "RATE",
    "api_panels",
    "failures_panel",
    "lag_panel",
    "notifications_panel",
    "processing_time_panel",
    "quantile_queries",
    "query",
    "rate_panel",
    "stat_panel",
    "state_mapping",
    "timeseries_panel",
]

DATASOURCE_UID = "townwatch-prometheus"
"""The fixed uid of the Prometheus datasource (deploy/grafana/provisioning/datasources/prometheus.yaml)."""
DATASOURCE = DataSourceRef(type_val="prometheus", uid=DATASOURCE_UID)

RATE = "$__rate_interval"
"""Grafana's rate window (at least four scrape intervals), used by every rate()/increase() below."""

LAG_CAVEAT = (
    " Lag is read from group offsets: each partition's log-end offset minus the consumer group's committed "
    "offset, reported by the worker that holds the partition (a dead worker's partitions show after the group "
    "rebalances). A message stuck in retries is not committed, so it counts. On the embedded broker (Tansu) the "
    "end offset is the fetch high watermark, since its ListOffsets answer is wrong; `townwatch status` reads "
    "the same figure for the whole group."
)


def query(expr: str, legend: str = "", ref_id: str = "A") -> prometheus.Dataquery:
    """One PromQL target; ``legend`` is a Grafana legend template such as ``{{stage}}``."""
    return prometheus.Dataquery().expr(expr).legend_format(legend or "__auto").ref_id(ref_id).datasource(DATASOURCE)


def timeseries_panel(title: str, description: str, unit: str, *targets: prometheus.Dataquery, width: int = 8) -> timeseries.Panel:
    """A time series panel with the house style: lines, table legend with last and max, shared tooltip."""
    panel = (
        timeseries.Panel()
        .title(title)
        .description(description)
        .datasource(DATASOURCE)
        .unit(unit)
        .min(0)
        .height(8)
        .span(width)
        .line_width(1)
        .fill_opacity(10)
        .show_points(common.VisibilityMode.NEVER)
        .legend(
            common_builder.VizLegendOptions()
            .display_mode(common.LegendDisplayMode.TABLE)
            .placement(common.LegendPlacement.BOTTOM)
            .show_legend(True)
            .calcs(["lastNotNull", "max"])
        )
        .tooltip(common_builder.VizTooltipOptions().mode(common.TooltipDisplayMode.MULTI).sort(common.SortOrder.DESCENDING))
    )
    for target in targets:
        panel = panel.with_target(target)
    return panel


def stat_panel(
    title: str,
    description: str,
    unit: str,
    *targets: prometheus.Dataquery,
    width: int = 4,
    red_above: float | None = None,
) -> stat.Panel:
    """A single-value panel (last value); turns red above ``red_above`` when given."""
    steps = [Threshold(value=None, color="green")]
    if red_above is not None:
        steps.append(Threshold(value=red_above, color="red"))
    panel = (
        stat.Panel()
        .title(title)
        .description(description)
        .datasource(DATASOURCE)
        .unit(unit)
        .height(4)
        .span(width)
        .reduce_options(common_builder.ReduceDataOptions().calcs(["lastNotNull"]).values(False))
        .color_mode(common.BigValueColorMode.VALUE)
        .graph_mode(common.BigValueGraphMode.AREA)
        .text_mode(common.BigValueTextMode.VALUE_AND_NAME)
        .thresholds(dashboard.ThresholdsConfig().mode(ThresholdsMode.ABSOLUTE).steps(steps))
    )
    for target in targets:
        panel = panel.with_target(target)
    return panel


def rate_panel(title: str, description: str, metric: str, by: str, selector: str = "", width: int = 8) -> timeseries.Panel:
    """Per-second rate of a counter, summed by one label."""
    labels = f"{{{selector}}}" if selector else ""
    return timeseries_panel(
        title,
        description,
        units.CountsPerSecond,
        query(f"sum by ({by}) (rate({metric}{labels}[{RATE}]))", f"{{{{{by}}}}}"),
        width=width,
    )


def quantile_queries(histogram: str, quantiles: tuple[float, ...], selector: str = "") -> list[prometheus.Dataquery]:
    """One query per quantile of a histogram over the rate window, legends ``p50``, ``p99``…"""
    labels = f"{{{selector}}}" if selector else ""
    buckets = f"sum by (le) (rate({histogram}_bucket{labels}[{RATE}]))"
    return [
        query(f"histogram_quantile({q}, {buckets})", f"p{round(q * 100)}", chr(ord("A") + i))
        for i, q in enumerate(quantiles)
    ]


def processing_time_panel(stage: str, width: int = 8) -> timeseries.Panel:
    """Median and p99 time per item of one stage."""
    return timeseries_panel(
        f"{stage}: time per item",
        f"Median and 99th percentile of the time the {stage} stage spends on one item "
        "(townwatch_processing_seconds). Empty (NaN) while no items flow.",
        units.Seconds,
        *quantile_queries("townwatch_processing_seconds", (0.5, 0.99), f'stage="{stage}"'),
        width=width,
    )


def notifications_panel(title: str, description: str, by: str = "") -> timeseries.Panel:
    """Notifications delivered, given up on and retried per second, summed (optionally by one label)."""
    grouping, legend = (f" by ({by}) ", f" {{{{{by}}}}}") if by else ("", "")
    outcomes = (("sent", "delivered"), ("failed", "failed"), ("retried", "retried"))
    return timeseries_panel(
        title,
        description,
        units.CountsPerSecond,
        *(
            query(f"sum{grouping}(rate(townwatch_notifications_{metric}_total[{RATE}]))", name + legend, chr(ord("A") + i))
            for i, (metric, name) in enumerate(outcomes)
        ),
    )


def failures_panel(stage: str, width: int = 8) -> timeseries.Panel:
    """Failed items and dead letters of one stage, by reason: what went wrong."""
    return timeseries_panel(
        f"{stage}: failures and dead letters by reason",
        f"Items the {stage} stage failed on (townwatch_items_failed_total) and messages it sent to "
        f"dead-letters.{stage}.v1 (townwatch_dead_letters_total), per reason, over the rate window. "
        "Reasons: decode, schema, processing, delivery, too_large, content_type, other. "
        "Read the dead-letter topic for the messages themselves.",
        units.Short,
        query(f'sum by (reason) (increase(townwatch_items_failed_total{{stage="{stage}"}}[{RATE}]))', "failed {{reason}}", "A"),
        query(f'sum by (reason) (increase(townwatch_dead_letters_total{{stage="{stage}"}}[{RATE}]))', "dead-lettered {{reason}}", "B"),
        width=width,
    )


def lag_panel(stage: str, width: int = 8) -> timeseries.Panel:
    """Consumer lag of one stage per topic (from group offsets), with how it is read in its description."""
    return timeseries_panel(
        f"{stage}: consumer lag",
        f"Messages the {stage} consumer group has not consumed yet, per topic (townwatch_consumer_lag_messages, "
        "summed over the group's workers). Growing lag means this stage does not keep up." + LAG_CAVEAT,
        units.Short,
        query(f'sum by (topic) (townwatch_consumer_lag_messages{{stage="{stage}"}})', "{{topic}}"),
        width=width,
    )


def state_mapping(**texts: tuple[str, str]) -> list[ValueMap]:
    """Value-to-text mappings, e.g. ``state_mapping(**{"0": ("never", "red")})``."""
    return [ValueMap(options={value: ValueMappingResult(text=text, color=color) for value, (text, color) in texts.items()})]


def api_panels(service: str, width: int = 8) -> list[timeseries.Panel]:
    """Requests per second by route template and status, and p50/p95 latency, of one service's HTTP API."""
    job = f'job="townwatch-{service}"'
    return [
        timeseries_panel(
            f"{service} API: requests by route and status",
            f"Requests per second the {service} API answered, by route template (`none`: no route matched) and status "
            "(http_requests_total).",
            units.RequestsPerSecond,
            query(f"sum by (handler, status) (rate(http_requests_total{{{job}}}[{RATE}]))", "{{handler}} {{status}}"),
            width=width,
        ),
        timeseries_panel(
            f"{service} API: latency",
            f"Median and 95th percentile time to answer a request of the {service} API, all routes but the event "
            "stream (http_request_duration_seconds). Empty (NaN) while no requests arrive.",
            units.Seconds,
            *quantile_queries("http_request_duration_seconds", (0.5, 0.95), job),
            width=width,
        ),
    ]
