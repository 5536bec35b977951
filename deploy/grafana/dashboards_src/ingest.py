"""The ingest row: articles published and deduplicated by source, rejections, feed polling."""

from __future__ import annotations

from grafana_foundation_sdk.cog.builder import Builder
from grafana_foundation_sdk.models import units
from grafana_foundation_sdk.models.dashboard import Panel

from .panels import api_panels, failures_panel, processing_time_panel, query, rate_panel, stat_panel

__all__ = ["TITLE", "panels"]

TITLE = "ingest"


def panels() -> list[Builder[Panel]]:
    """The ingest panels."""
    return [
        rate_panel(
            "Articles published by source",
            "Articles published to articles.v1 per second, by source: feed, push (HTTP API) or replay (files).",
            "townwatch_ingest_articles_published_total",
            "source_kind",
        ),
        rate_panel(
            "Duplicate articles dropped by source",
            "Articles ingest had already seen (same canonical URL or content) and did not publish again.",
            "townwatch_ingest_duplicates_total",
            "source_kind",
        ),
        rate_panel(
            "Articles rejected by reason",
            "Articles refused at the door: too_large, content_type, malformed, schema or unsafe_url "
            "(a URL pointing at a private address).",
            "townwatch_ingest_rejected_total",
            "reason",
        ),
        rate_panel(
            "Feed polls by result",
            "Feed fetches per second: ok, not_modified (ETag / Last-Modified hit) or error.",
            "townwatch_ingest_feed_polls_total",
            "result",
        ),
        stat_panel(
            "Longest feed back-off",
            "The longest current back-off of any feed after errors (townwatch_ingest_feed_backoff_seconds); "
            "0 when every feed is polled on schedule.",
            units.Seconds,
            query("max(townwatch_ingest_feed_backoff_seconds)", "back-off"),
            width=8,
            red_above=600,
        ),
        processing_time_panel("ingest"),
        failures_panel("ingest"),
        *api_panels("ingest"),
    ]
