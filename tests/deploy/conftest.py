"""Fixtures for the deployment tests: the repository paths, the metrics catalogue, the Prometheus tools."""

from __future__ import annotations

import json
import re
import shutil
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
DASHBOARD_DIR = DEPLOY / "grafana" / "dashboards"
METRIC_NAME = re.compile(r"(?<![:\w])townwatch_[a-z0-9_]+")
HISTOGRAM_SUFFIXES = ("_bucket", "_count", "_sum")


def require_tool(name: str) -> str:
    """The tool's path; fails (never skips) when it is missing, saying how to install it."""
    path = shutil.which(name)
    if path is None:
        pytest.fail(
            f"`{name}` is not on PATH. It comes with Debian's `prometheus` package: "
            "`sudo apt-get install -y prometheus` (the README's test command does this).",
            pytrace=False,
        )
    return path


class Repo:
    """The deployment files of the repository, read the way the tests need them."""

    root = ROOT
    deploy = DEPLOY
    dashboard_dir = DASHBOARD_DIR

    @staticmethod
    @cache
    def catalogue() -> dict[str, str]:
        """Metric name -> type, from the tables of docs/METRICS.md (the contract)."""
        text = (ROOT / "docs" / "METRICS.md").read_text()
        return dict(re.findall(r"^\| `(townwatch_[a-z0-9_]+)` \| (\w+) \|", text, re.M))

    def metric_names(self, promql: str) -> set[str]:
        """The townwatch metric names a PromQL expression reads (histogram series mapped to the histogram)."""
        names = set()
        for name in METRIC_NAME.findall(promql):
            for suffix in HISTOGRAM_SUFFIXES:
                if name.endswith(suffix) and name.removesuffix(suffix) in self.catalogue():
                    name = name.removesuffix(suffix)
            names.add(name)
        return names

    @staticmethod
    def dashboards() -> dict[str, dict[str, Any]]:
        """The committed dashboard JSON files, by file name."""
        return {path.name: json.loads(path.read_text()) for path in sorted(DASHBOARD_DIR.glob("*.json"))}

    @staticmethod
    def panel_queries(dashboard: dict[str, Any]) -> list[tuple[str, str]]:
        """(panel title, PromQL) for every target of every panel, rows included."""
        found = []
        for panel in dashboard["panels"]:
            for inner in [panel, *panel.get("panels", [])]:
                for target in inner.get("targets", []):
                    found.append((inner["title"], target["expr"]))
        return found

    @staticmethod
    def yaml(relative: str) -> Any:
        return yaml.safe_load((ROOT / relative).read_text())


@pytest.fixture(scope="session")
def repo() -> Repo:
    return Repo()


@pytest.fixture(scope="session")
def promtool() -> str:
    return require_tool("promtool")


@pytest.fixture(scope="session")
def prometheus_binary() -> str:
    return require_tool("prometheus")
