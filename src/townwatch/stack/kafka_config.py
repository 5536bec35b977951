"""The compose broker's ``KAFKA_*`` environment as Kafka server properties, moved onto loopback ports and a local dir.

The single-node KRaft broker that ``townwatch.stack`` starts takes its configuration from docker-compose.yml, so
the local broker and the production one share listeners, partitions, retention, message sizes and every other
setting there; only host names, ports and the log directory change. A typo in compose fails here too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path

import yaml

__all__ = [
    "COMPOSE_FILE",
    "compose_kafka_environment",
    "env_to_properties",
    "listener_ports",
    "localise",
    "render_properties",
]

COMPOSE_FILE = Path(__file__).resolve().parents[3] / "docker-compose.yml"

# Variables of the apache/kafka image that configure the JVM or the image, not the broker.
_NOT_PROPERTIES = {
    "KAFKA_VERSION", "KAFKA_HEAP_OPTS", "KAFKA_LOG4J_OPTS", "KAFKA_OPTS", "KAFKA_JMX_OPTS",
    "KAFKA_JVM_PERFORMANCE_OPTS", "KAFKA_GC_LOG_OPTS", "KAFKA_LOG4J_ROOT_LOGLEVEL", "KAFKA_LOG4J_LOGGERS",
    "KAFKA_TOOLS_LOG4J_LOGLEVEL",
}
_ADDRESS_KEYS = ("listeners", "advertised.listeners", "controller.quorum.voters", "controller.quorum.bootstrap.servers")
_HOST_PORT = re.compile(r"(?P<prefix>//|@|^|,)(?P<host>[A-Za-z0-9_.\-]+):(?P<port>\d+)")


def compose_kafka_environment(compose_file: Path = COMPOSE_FILE, service: str = "kafka") -> dict[str, str]:
    """The ``environment`` of the compose file's Kafka service, values as strings."""
    compose = yaml.safe_load(compose_file.read_text())
    env = compose["services"][service]["environment"]
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return {str(k): str(v).lower() if isinstance(v, bool) else str(v) for k, v in env.items()}


def env_to_properties(env: Mapping[str, str]) -> dict[str, str]:
    """``KAFKA_FOO_BAR`` -> ``foo.bar`` as the apache/kafka image does (``___`` -> ``-``, ``__`` -> ``_``)."""
    props = {}
    for name, value in env.items():
        if not name.startswith("KAFKA_") or name in _NOT_PROPERTIES:
            continue
        key = name.removeprefix("KAFKA_").lower().replace("___", "-").replace("__", "@").replace("_", ".")
        props[key.replace("@", "_")] = value
    return props


def localise(props: Mapping[str, str], port_for: Callable[[int], int], log_dir: Path) -> dict[str, str]:
    """Every ``host:port`` in the listener and quorum settings -> ``127.0.0.1:<port_for(port)>``; ``log.dirs`` ->
    ``log_dir``. The same compose port maps to the same local port, so the settings stay consistent."""
    out = dict(props)
    for key in _ADDRESS_KEYS:
        if key in out:
            out[key] = _HOST_PORT.sub(
                lambda m: f"{m['prefix']}127.0.0.1:{port_for(int(m['port']))}", out[key]
            )
    out["log.dirs"] = str(log_dir)
    out.pop("log.dir", None)
    return out


def listener_ports(props: Mapping[str, str], key: str = "advertised.listeners") -> dict[str, int]:
    """``{listener name: port}`` of ``key`` (``NAME://host:port,...``)."""
    ports = {}
    for item in props.get(key, "").split(","):
        name, _, address = item.strip().partition("://")
        if address:
            ports[name] = int(address.rsplit(":", 1)[1])
    return ports


def render_properties(props: Mapping[str, str]) -> str:
    return "".join(f"{k}={v}\n" for k, v in sorted(props.items()))
