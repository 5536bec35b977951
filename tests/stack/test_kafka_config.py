"""The compose broker's environment as local Kafka properties (no broker: the e2e suite starts one from them)."""

from __future__ import annotations

import itertools
from pathlib import Path

from townwatch.stack.kafka import KafkaBroker
from townwatch.stack.kafka_config import (
    compose_kafka_environment,
    env_to_properties,
    listener_ports,
    localise,
)


def test_env_names_become_property_names_as_the_kafka_image_does() -> None:
    env = {"KAFKA_MESSAGE_MAX_BYTES": "5", "KAFKA_LISTENER_NAME_X___Y": "a", "KAFKA_FOO__BAR": "b",
           "KAFKA_HEAP_OPTS": "-Xmx1g", "CLUSTER_ID": "c", "OTHER": "d"}
    assert env_to_properties(env) == {"message.max.bytes": "5", "listener.name.x-y": "a", "foo_bar": "b"}


def test_every_compose_address_moves_to_loopback_and_one_compose_port_to_one_local_port(tmp_path: Path) -> None:
    props = env_to_properties(compose_kafka_environment())
    ports = itertools.count(41000)
    mapping: dict[int, int] = {}
    local = localise(props, lambda p: mapping.setdefault(p, next(ports)), tmp_path)
    assert "kafka:" not in "".join(local.values()) and "0.0.0.0" not in "".join(local.values())
    assert local["log.dirs"] == str(tmp_path)
    controller = mapping[int(props["controller.quorum.voters"].rsplit(":", 1)[1])]
    assert local["controller.quorum.voters"] == f"1@127.0.0.1:{controller}"
    assert f"CONTROLLER://127.0.0.1:{controller}" in local["listeners"].split(",")
    # The advertised listeners point at the ports the broker listens on.
    assert set(listener_ports(local).values()) <= set(listener_ports(local, "listeners").values())
    assert {k: v for k, v in local.items() if k not in ("listeners", "advertised.listeners",
                                                        "controller.quorum.voters", "log.dirs")} == \
        {k: v for k, v in props.items() if k not in ("listeners", "advertised.listeners", "controller.quorum.voters", "log.dirs")}


def test_clients_get_the_brokers_port_on_the_host_listener(tmp_path: Path) -> None:
    broker = KafkaBroker(data_dir=tmp_path)
    props = broker.properties()
    assert listener_ports(props)["HOST"] == broker.port
    assert props["message.max.bytes"] == compose_kafka_environment()["KAFKA_MESSAGE_MAX_BYTES"]
    assert broker.properties() == props  # stable across restarts


def test_the_compose_broker_keeps_articles_long_enough_to_reprocess() -> None:
    """``townwatch reprocess --since`` reaches back as far as articles.v1 is kept (deploy/README.md): 30 days."""
    props = env_to_properties(compose_kafka_environment())
    assert int(props["log.retention.hours"]) >= 30 * 24
