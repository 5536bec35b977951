"""docker-compose.yml: valid against the vendored Compose schema, and every service, port, file and pin it names exists."""

from __future__ import annotations

import copy
import hashlib
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jsonschema
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = Path(__file__).with_name("compose-spec") / "compose-spec.json"
SCHEMA_SHA256 = "d549057ebc2925f39f62799eab0db7b9e2c18b35b6c00595199116da3ed10e64"
VARIABLE = re.compile(r"\$\{(\w+)(?:(:?[-?])([^}]*))?\}")
TOWNWATCH = ("ingest", "extract", "alert")
DEFAULT_PORTS = {"redis": {6379}, "prometheus": {9090}, "grafana": {3000}}
"""Ports the third-party images listen on by default (Kafka's come from its listener settings)."""


def dotenv() -> dict[str, str]:
    pairs = {}
    for line in (ROOT / ".env").read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            key, _, value = line.partition("=")
            pairs[key.strip()] = value.strip()
    return pairs


def interpolate(node: Any, env: dict[str, str]) -> Any:
    """Compose-style ${VAR}, ${VAR:-default} and ${VAR:?error} substitution, failing on an unset variable."""
    if isinstance(node, dict):
        return {key: interpolate(value, env) for key, value in node.items()}
    if isinstance(node, list):
        return [interpolate(value, env) for value in node]
    if not isinstance(node, str):
        return node

    def substitute(match: re.Match[str]) -> str:
        name, op, arg = match.groups()
        if env.get(name):
            return env[name]
        if op and op.endswith("-"):
            return arg
        raise AssertionError(f"${{{name}}} is not set in .env and has no default")

    return VARIABLE.sub(substitute, node)


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


@pytest.fixture(scope="module")
def compose(raw) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    return interpolate(raw, dotenv())


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SCHEMA.read_text())
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def listening_ports(name: str, service: dict[str, Any]) -> set[int]:
    """The container ports a compose service listens on."""
    env = service.get("environment", {})
    if name == "kafka":
        return {int(listener.rsplit(":", 1)[1]) for listener in env["KAFKA_LISTENERS"].split(",")}
    if name in TOWNWATCH:
        return {int(value) for key, value in env.items() if key.endswith("_PORT") and key.startswith("TOWNWATCH_")}
    return DEFAULT_PORTS[name]


def published(service: dict[str, Any]) -> dict[int, int]:
    """Container port -> host port, from the short "host:container" syntax."""
    pairs = (str(p).split(":") for p in service.get("ports", []))
    return {int(container): int(host) for host, container in pairs}


def test_vendored_schema_is_the_recorded_one():
    assert hashlib.sha256(SCHEMA.read_bytes()).hexdigest() == SCHEMA_SHA256


def test_compose_file_is_valid_against_the_compose_spec(compose, validator):
    errors = sorted(validator.iter_errors(compose), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("services", "kafka", "healthcheck", "interval"), {"seconds": 10}),
        (("services", "alert", "depends_on", "kafka", "condition"), "service_healty"),
        (("services", "ingest", "restart_policy"), "always"),
    ],
)
def test_schema_rejects_a_broken_compose_file(compose, validator, path, value):
    broken = copy.deepcopy(compose)
    node = broken
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    assert list(validator.iter_errors(broken)), f"schema accepted {path} = {value!r}"


def test_every_variable_is_pinned_in_dotenv(raw):
    env = dotenv()
    used = {m.group(1) for m in VARIABLE.finditer((ROOT / "docker-compose.yml").read_text())}
    images = [s["image"] for s in raw["services"].values() if "image" in s]
    for image in images:
        (name,) = VARIABLE.fullmatch(image).groups()[:1]
        assert name in env, f"{image} is not pinned in .env"
    for key, value in env.items():
        assert key in used, f".env defines {key}, which docker-compose.yml never uses"
        if key.endswith("_IMAGE"):
            repo, _, tag = value.rpartition(":")
            assert repo and tag and tag != "latest" and re.search(r"\d", tag), f"{key}={value} is not a pinned version"


def test_every_container_has_a_healthcheck_and_dependents_wait_for_healthy(compose):
    services = compose["services"]
    for name, service in services.items():
        assert service.get("healthcheck", {}).get("test"), f"{name} has no healthcheck"
        for dependency, spec in service.get("depends_on", {}).items():
            assert dependency in services, f"{name} depends on unknown service {dependency}"
            assert spec["condition"] == "service_healthy", f"{name} -> {dependency}"


def test_service_images_are_built_from_their_dockerfiles_with_uv(compose):
    for name in TOWNWATCH:
        build = compose["services"][name]["build"]
        dockerfile = ROOT / build["context"] / build["dockerfile"]
        assert dockerfile == ROOT / "Dockerfile" and dockerfile.is_file()
        args = build.get("args", {})
        assert args.get("SERVICE") == name, f"{name}: built with SERVICE={args.get('SERVICE')}"
        text = dockerfile.read_text()
        assert "uv sync --package townwatch-${SERVICE} --frozen" in text
        declared_args = set(re.findall(r"^ARG (\w+)", text, re.M))
        assert set(args) <= declared_args, f"{name}: build args the Dockerfile does not declare"
        assert re.search(r"^EXPOSE \$\{PORTS\}$", text, re.M)
        exposed = {int(p) for p in str(args.get("PORTS", "")).split()}
        assert exposed == listening_ports(name, compose["services"][name]), f"{name}: PORTS differs from its ports"


def test_published_ports_are_ports_the_container_listens_on(compose):
    for name, service in compose["services"].items():
        for container_port in published(service):
            assert container_port in listening_ports(name, service), f"{name} publishes {container_port}, which it does not serve"


def _address_ok(compose: dict[str, Any], host: str, port: int) -> None:
    assert host in compose["services"], f"{host}:{port} names no compose service"
    assert port in listening_ports(host, compose["services"][host]), f"{host} does not listen on {port}"


def test_every_address_names_a_service_and_a_port_it_serves(compose):
    for name in TOWNWATCH:
        env = compose["services"][name]["environment"]
        for address in env["TOWNWATCH_KAFKA_BOOTSTRAP_SERVERS"].split(","):
            host, port = address.rsplit(":", 1)
            _address_ok(compose, host, int(port))
        if "TOWNWATCH_REDIS_URL" in env:
            url = urlsplit(env["TOWNWATCH_REDIS_URL"])
            _address_ok(compose, url.hostname or "", url.port or 6379)
    prometheus = yaml.safe_load((ROOT / "deploy/prometheus/prometheus.yml").read_text())
    scraped = {}
    for job in prometheus["scrape_configs"]:
        for target in (t for c in job["static_configs"] for t in c["targets"]):
            host, port = target.rsplit(":", 1)
            if host != "localhost":
                _address_ok(compose, host, int(port))
                scraped[host] = int(port)
    assert scraped == {n: int(compose["services"][n]["environment"]["TOWNWATCH_METRICS_PORT"]) for n in TOWNWATCH}
    (source,) = yaml.safe_load((ROOT / "deploy/grafana/provisioning/datasources/prometheus.yaml").read_text())["datasources"]
    url = urlsplit(source["url"])
    _address_ok(compose, url.hostname or "", url.port or 80)


def test_healthchecks_probe_ports_the_service_serves(compose):
    for name, service in compose["services"].items():
        probe = " ".join(service["healthcheck"]["test"][1:])
        for host, port in re.findall(r"(?:https?://|--bootstrap-server )([\w.-]+):(\d+)", probe):
            assert host in {"127.0.0.1", "localhost", name}, f"{name} probes another host {host}"
            assert int(port) in listening_ports(name, service), f"{name} probes {port}, which it does not serve"


def test_kafka_runs_kraft_with_separate_listeners_for_the_network_and_the_host(compose):
    kafka = compose["services"]["kafka"]
    env = kafka["environment"]
    assert "apache/kafka:" in kafka["image"]
    assert set(env["KAFKA_PROCESS_ROLES"].split(",")) == {"broker", "controller"}
    listeners = dict(item.split("://") for item in env["KAFKA_LISTENERS"].split(","))
    advertised = dict(item.split("://") for item in env["KAFKA_ADVERTISED_LISTENERS"].split(","))
    assert set(advertised) == set(listeners) - {env["KAFKA_CONTROLLER_LISTENER_NAMES"]}
    assert env["KAFKA_INTER_BROKER_LISTENER_NAME"] in advertised
    assert advertised["INTERNAL"] == f"kafka:{listeners['INTERNAL'].rsplit(':', 1)[1]}"
    assert advertised["HOST"].startswith("localhost:")
    assert int(advertised["HOST"].rsplit(":", 1)[1]) in published(kafka).values()
    voter = env["KAFKA_CONTROLLER_QUORUM_VOTERS"].split("@")[1]
    assert voter == f"kafka:{listeners['CONTROLLER'].rsplit(':', 1)[1]}"
    assert all(name in env["KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"] for name in listeners)
    for name in TOWNWATCH:
        assert compose["services"][name]["environment"]["TOWNWATCH_KAFKA_BOOTSTRAP_SERVERS"] == advertised["INTERNAL"]
        assert compose["services"][name]["environment"]["TOWNWATCH_KAFKA_IDEMPOTENT_PRODUCER"] == "true"


def test_redis_persists_with_aof(compose):
    redis = compose["services"]["redis"]
    assert redis["command"][redis["command"].index("--appendonly") + 1] == "yes"
    assert any(v.endswith(":/data") for v in redis["volumes"])


def test_bind_mounts_exist_and_subscriptions_parse(compose):
    for name, service in compose["services"].items():
        for volume in service.get("volumes", []):
            source = volume.split(":", 1)[0]
            if source.startswith("./"):
                assert (ROOT / source).exists(), f"{name} mounts missing {source}"
            else:
                assert source in compose["volumes"], f"{name} uses undeclared volume {source}"
    from townwatch_alert.subscription_store import parse_subscriptions_yaml

    path = ROOT / "deploy/alert/subscriptions.yaml"
    desks = parse_subscriptions_yaml(path.read_text(), str(path))  # what the alert service loads at start-up
    assert desks and all(subs for _, _, _, subs in desks)
