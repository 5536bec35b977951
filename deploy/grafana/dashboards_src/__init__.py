"""The townwatch Grafana dashboards as code (grafana-foundation-sdk); deploy/grafana/generate.py writes them out."""

from __future__ import annotations

from grafana_foundation_sdk.models.dashboard import Dashboard

from .pipeline import pipeline_dashboard

__all__ = ["DASHBOARDS", "Dashboard"]

DASHBOARDS = (pipeline_dashboard,)
"""Every dashboard builder; each writes ``deploy/grafana/dashboards/<uid>.json``."""
