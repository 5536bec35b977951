"""The generated Grafana dashboards: regenerating them changes nothing, and they query the metrics catalogue."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

GENERATE = Path(__file__).resolve().parents[2] / "deploy" / "grafana" / "generate.py"


def _generate(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(GENERATE), *args], capture_output=True, text=True, timeout=120)


def test_regenerating_the_json_changes_nothing(tmp_path, repo):
    result = _generate("--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    generated = {p.name: p.read_text() for p in tmp_path.glob("*.json")}
    committed = {p.name: p.read_text() for p in repo.dashboard_dir.glob("*.json")}
    assert generated, "generate.py wrote no dashboard"
    assert generated.keys() == committed.keys()
    for name, text in generated.items():
        assert text == committed[name], f"{name} is stale: run `make dashboards` and commit the JSON"


def test_check_mode_reports_a_stale_file(tmp_path):
    assert _generate("--out", str(tmp_path)).returncode == 0
    victim = next(tmp_path.glob("*.json"))
    victim.write_text(victim.read_text().replace("townwatch", "townwatch!", 1))
    result = _generate("--out", str(tmp_path), "--check")
    assert result.returncode == 1
    assert victim.name in result.stderr
    assert _generate("--check").returncode == 0, "the committed dashboards are stale: run `make dashboards`"


def test_dashboard_has_fixed_uid_an_overview_and_one_row_per_service(repo):
    board = repo.dashboards()["townwatch-pipeline.json"]
    assert board["uid"] == "townwatch-pipeline"
    rows = [p["title"] for p in board["panels"] if p["type"] == "row"]
    assert rows == ["Pipeline overview", "ingest", "extract", "alert and notify"]
    ids = [p["id"] for p in board["panels"]]
    assert len(ids) == len(set(ids))


def test_every_panel_uses_the_provisioned_datasource_uid(repo):
    (source,) = repo.yaml("deploy/grafana/provisioning/datasources/prometheus.yaml")["datasources"]
    for board in repo.dashboards().values():
        for panel in board["panels"]:
            if panel["type"] == "row":
                continue
            assert panel["datasource"] == {"type": "prometheus", "uid": source["uid"]}, panel["title"]
            assert panel["targets"], f"panel {panel['title']!r} has no query"
            assert all(t["datasource"]["uid"] == source["uid"] for t in panel["targets"]), panel["title"]
            assert panel["fieldConfig"]["defaults"].get("unit"), f"panel {panel['title']!r} has no unit"


def test_queries_read_only_catalogued_metrics_and_cover_the_catalogue(repo):
    known = repo.catalogue()
    assert len(known) >= 20, "docs/METRICS.md tables not parsed"
    used: set[str] = set()
    for board in repo.dashboards().values():
        for title, expr in repo.panel_queries(board):
            names = repo.metric_names(expr)
            assert names <= known.keys(), f"panel {title!r} reads metrics missing from docs/METRICS.md: {names - known.keys()}"
            used |= names
    assert used == known.keys(), f"catalogued metrics no panel shows: {sorted(known.keys() - used)}"


def test_lag_panels_say_the_lag_comes_from_group_offsets(repo):
    lag_panels = [
        p for board in repo.dashboards().values() for p in board["panels"]
        if any("townwatch_consumer_lag_messages" in t["expr"] for t in p.get("targets", []))
    ]
    assert len(lag_panels) >= 4  # the overview, extract, alert and notify
    for panel in lag_panels:
        assert "group offsets" in panel["description"] and "committed" in panel["description"], panel["title"]


def test_grafana_provisioning_points_at_the_committed_dashboards(repo):
    provider = repo.yaml("deploy/grafana/provisioning/dashboards/townwatch.yaml")["providers"][0]
    grafana = repo.yaml("docker-compose.yml")["services"]["grafana"]
    mounts = dict(v.rsplit(":", 1)[0].split(":", 1) for v in grafana["volumes"] if v.startswith("./"))
    assert mounts["./deploy/grafana/dashboards"] == provider["options"]["path"]
    assert mounts["./deploy/grafana/provisioning"] == "/etc/grafana/provisioning"
    home = grafana["environment"]["GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH"]
    assert home.startswith(provider["options"]["path"] + "/")
    assert (repo.dashboard_dir / home.rsplit("/", 1)[1]).is_file()
