"""The extract row: control changes found, the pre-filter, parsing work, time per article, lag, failures."""

from __future__ import annotations

from grafana_foundation_sdk.cog.builder import Builder
from grafana_foundation_sdk.models import units
from grafana_foundation_sdk.models.dashboard import Panel

from .panels import (
    RATE,
    failures_panel,
    lag_panel,
    processing_time_panel,
    query,
    rate_panel,
    timeseries_panel,
)

__all__ = ["TITLE", "panels"]

TITLE = "extract"


def panels() -> list[Builder[Panel]]:
    """The extract panels."""
    return [
        rate_panel(
            "Control changes found by kind",
            "ControlChange events published to control-changes.v1 per second: news (a change reported now), "
            "historical (a past change mentioned in passing) or claimed (one side's unconfirmed claim).",
            "townwatch_extract_events_total",
            "kind",
        ),
        rate_panel(
            "Pre-filter: candidates and skipped articles",
            "Articles the cheap keyword pre-filter passed to the parser (candidate) or skipped.",
            "townwatch_extract_prefilter_articles_total",
            "result",
        ),
        timeseries_panel(
            "Sentences parsed",
            "Sentences run through the spaCy parser per second (townwatch_extract_sentences_parsed_total).",
            units.CountsPerSecond,
            query(f"sum(rate(townwatch_extract_sentences_parsed_total[{RATE}]))", "sentences"),
        ),
        processing_time_panel("extract"),
        lag_panel("extract"),
        failures_panel("extract"),
    ]
