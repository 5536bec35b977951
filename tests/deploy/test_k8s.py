"""deploy/k8s: kustomize manifests in which extract and alert scale out as consumer groups, within the partitions."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from townwatch_alert.subscription_store import parse_subscriptions_yaml
from townwatch_schemas import ALERTS, ARTICLES, CONTROL_CHANGES

K8S = Path(__file__).resolve().parents[2] / "deploy" / "k8s"
CONSUMES = {"extract": (ARTICLES,), "alert": (CONTROL_CHANGES, ALERTS)}
"""The topics each consumer-group Deployment reads (townwatch_schemas.topics is the source of the counts)."""


LAG_METRIC = "townwatch_kafka_consumergroup_lag"


def test_the_lag_metric_is_served_from_kafka_group_offsets():
    values = yaml.safe_load((K8S / "autoscaling" / "prometheus-adapter-values.yaml").read_text())
    (rule,) = values["rules"]["external"]
    assert rule["name"]["as"] == LAG_METRIC
    assert "kafka_consumergroup_lag" in rule["seriesQuery"] and "by (consumergroup)" in rule["metricsQuery"]


def kustomization() -> dict[str, Any]:
    return yaml.safe_load((K8S / "kustomization.yaml").read_text())


def resources() -> list[dict[str, Any]]:
    docs = []
    for name in kustomization()["resources"]:
        docs += [d for d in yaml.safe_load_all((K8S / name).read_text()) if d]
    return docs


def find(kind: str, name: str) -> dict[str, Any]:
    (doc,) = [d for d in resources() if d["kind"] == kind and d["metadata"]["name"] == name]
    return doc


def container(deployment: dict[str, Any]) -> dict[str, Any]:
    (only,) = deployment["spec"]["template"]["spec"]["containers"]
    return only


def test_every_resource_and_generated_file_exists():
    k = kustomization()
    for name in k["resources"]:
        assert (K8S / name).is_file(), name
    for generator in k["configMapGenerator"]:
        for file in generator.get("files", []):
            assert (K8S / file).is_file(), file
    for doc in resources():
        assert doc["apiVersion"] and doc["kind"] and doc["metadata"]["name"]


@pytest.mark.parametrize("service", sorted(CONSUMES))
def test_consumer_groups_scale_no_further_than_their_partitions(service):
    bound = min(topic.partitions for topic in CONSUMES[service])
    deployment = find("Deployment", service)
    hpa = find("HorizontalPodAutoscaler", service)
    assert hpa["spec"]["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment", "name": service}
    assert 1 < deployment["spec"]["replicas"] <= bound, "scale out, but not past the partitions"
    assert hpa["spec"]["minReplicas"] <= deployment["spec"]["replicas"] <= hpa["spec"]["maxReplicas"] == bound
    (metric,) = hpa["spec"]["metrics"]
    assert metric["type"] == "External", "scale on consumer lag from the group offsets, not CPU"
    assert metric["external"]["metric"]["name"] == LAG_METRIC
    assert metric["external"]["metric"]["selector"]["matchLabels"] == {"consumergroup": f"townwatch-{service}"}
    assert int(metric["external"]["target"]["averageValue"]) > 0
    env = {e["name"]: e for e in container(deployment).get("env", [])}
    # One consumer group per service: the faust app id must be the same in every replica.
    assert "TOWNWATCH_APP_ID" not in env or "value" in env["TOWNWATCH_APP_ID"]


def test_pods_are_scraped_probed_and_served_on_ports_they_open():
    for deployment in (d for d in resources() if d["kind"] == "Deployment"):
        pod = deployment["spec"]["template"]
        c = container(deployment)
        ports = {p["name"]: p["containerPort"] for p in c["ports"]}
        env = {e["name"]: e.get("value") for e in c.get("env", [])}
        assert pod["metadata"]["labels"] == deployment["spec"]["selector"]["matchLabels"]
        assert pod["metadata"]["annotations"]["prometheus.io/port"] == env["TOWNWATCH_METRICS_PORT"] == str(ports["metrics"])
        for key in ("TOWNWATCH_HTTP_PORT", "TOWNWATCH_API_PORT"):
            if key in env:
                assert int(env[key]) == ports["http"]
        for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
            if probe in c:
                assert c[probe]["httpGet"]["port"] in ports, f"{deployment['metadata']['name']} {probe}"
        assert "readinessProbe" in c and "livenessProbe" in c
        assert c["image"] == f"townwatch-{deployment['metadata']['name']}"
        assert {i["name"] for i in kustomization()["images"]} >= {c["image"]}
        mounts = {m["name"] for m in c.get("volumeMounts", [])}
        assert mounts <= {v["name"] for v in pod["spec"].get("volumes", [])}
    for service in (d for d in resources() if d["kind"] == "Service"):
        deployment = find("Deployment", service["metadata"]["name"])
        assert service["spec"]["selector"] == deployment["spec"]["selector"]["matchLabels"]
        names = {p["name"] for p in container(deployment)["ports"]}
        assert all(p["targetPort"] in names for p in service["spec"]["ports"])


def test_the_subscriptions_configmap_holds_valid_subscriptions():
    path = K8S / "subscriptions.yaml"
    desks = parse_subscriptions_yaml(path.read_text(), str(path))  # what the alert service loads at start-up
    assert desks and all(subs for _, _, _, subs in desks)
    alert = container(find("Deployment", "alert"))
    env = {e["name"]: e.get("value") for e in alert["env"]}
    (mount,) = [m for m in alert["volumeMounts"] if m["name"] == "subscriptions"]
    assert env["TOWNWATCH_SUBSCRIPTIONS_FILE"] == f"{mount['mountPath']}/subscriptions.yaml"


def test_kubectl_kustomize_builds_the_manifests():
    kubectl = shutil.which("kubectl")
    if kubectl is None:
        pytest.skip("kubectl is not installed (optional: the checks above read the manifests without it)")
    done = subprocess.run([kubectl, "kustomize", str(K8S)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    built = [d for d in yaml.safe_load_all(done.stdout) if d]
    assert {d["metadata"].get("namespace", "townwatch") for d in built} == {"townwatch"}
    images = {c["image"] for d in built if d["kind"] == "Deployment" for c in d["spec"]["template"]["spec"]["containers"]}
    assert images == {"townwatch-ingest:0.1.0", "townwatch-extract:0.1.0", "townwatch-alert:0.1.0"}
