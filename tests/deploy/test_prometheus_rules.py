"""The Prometheus config and rules pass promtool, their unit tests pass, and they read only catalogued metrics."""

from __future__ import annotations

import subprocess

import pytest

REQUIRED_ALERTS = {
    "TownwatchPipelineStalled",
    "TownwatchConsumerLagGrowing",
    "TownwatchDeadLettersAppearing",
    "TownwatchNotificationsFailing",
    "TownwatchEndToEndLatencyHigh",
}


def _promtool(promtool: str, *args: str, cwd=None) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    return subprocess.run([promtool, *args], capture_output=True, text=True, timeout=120, cwd=cwd)


def test_promtool_check_config(promtool, repo):
    result = _promtool(promtool, "check", "config", str(repo.deploy / "prometheus" / "prometheus.yml"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 rule files found" in result.stdout


def test_promtool_check_rules(promtool, repo):
    files = sorted((repo.deploy / "prometheus" / "rules").glob("*.yml"))
    assert len(files) == 2
    result = _promtool(promtool, "check", "rules", *map(str, files))
    assert result.returncode == 0, result.stdout + result.stderr


def test_promtool_test_rules(promtool, repo):
    tests = sorted((repo.deploy / "prometheus" / "tests").glob("*_test.yml"))
    assert tests
    result = _promtool(promtool, "test", "rules", *map(str, tests))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout


def test_promtool_test_rules_catches_a_broken_rule(promtool, repo, tmp_path):
    """The unit tests can fail: raise the latency threshold and the 'fires' case must fail."""
    (tmp_path / "rules").mkdir()
    (tmp_path / "tests").mkdir()
    for path in (repo.deploy / "prometheus" / "rules").glob("*.yml"):
        text = path.read_text().replace("p99_5m > 30", "p99_5m > 300")
        (tmp_path / "rules" / path.name).write_text(text)
    for path in (repo.deploy / "prometheus" / "tests").glob("*.yml"):
        (tmp_path / "tests" / path.name).write_text(path.read_text())
    result = _promtool(promtool, "test", "rules", str(tmp_path / "tests" / "alerting_test.yml"))
    assert result.returncode != 0
    assert "TownwatchEndToEndLatencyHigh" in result.stdout + result.stderr


@pytest.mark.parametrize("name", ["recording.yml", "alerting.yml"])
def test_rules_read_only_catalogued_metrics(repo, name):
    groups = repo.yaml(f"deploy/prometheus/rules/{name}")["groups"]
    for group in groups:
        for rule in group["rules"]:
            unknown = repo.metric_names(rule["expr"]) - repo.catalogue().keys()
            assert not unknown, f"{rule.get('record') or rule.get('alert')} reads uncatalogued {unknown}"


def test_the_required_alerts_exist_and_are_unit_tested(repo):
    alerts = {r["alert"] for g in repo.yaml("deploy/prometheus/rules/alerting.yml")["groups"] for r in g["rules"]}
    assert alerts >= REQUIRED_ALERTS
    tested = {
        case["alertname"]
        for test in repo.yaml("deploy/prometheus/tests/alerting_test.yml")["tests"]
        for case in test.get("alert_rule_test", [])
        if case.get("exp_alerts")
    }
    assert alerts <= tested, f"alerts never shown to fire in a unit test: {alerts - tested}"


def test_recording_rules_used_by_alerts_are_defined(repo):
    recorded = {r["record"] for g in repo.yaml("deploy/prometheus/rules/recording.yml")["groups"] for r in g["rules"]}
    for group in repo.yaml("deploy/prometheus/rules/alerting.yml")["groups"]:
        for rule in group["rules"]:
            for token in rule["expr"].replace("(", " ").replace("[", " ").split():
                if token.count(":") == 2:
                    assert token in recorded, f"{rule['alert']} reads {token}, which no recording rule defines"
