"""Real Apache Kafka (single-node KRaft) from the jars of deploy/kafka/, configured as the compose broker.

Started as ``kafka-storage format`` (once per data dir) and then ``kafka.Kafka`` on the JDK, with a heap sized
for a 2-core machine. Ready when a metadata request lists the broker. Durable: a restart, even after a
kill -9, keeps topics, messages and committed offsets (its data dir is kept).
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar, Self

from townwatch.stack.broker import BrokerServer
from townwatch.stack.kafka_config import (
    COMPOSE_FILE,
    compose_kafka_environment,
    env_to_properties,
    listener_ports,
    localise,
    render_properties,
)
from townwatch.stack.maven import DEPLOY_DIR, maven_libs
from townwatch.stack.process import free_port
from townwatch_runtime.consumer_lag import EndOffsets

__all__ = ["KAFKA_DIR", "KafkaBroker", "kafka_classpath", "kafka_libs"]

KAFKA_DIR = DEPLOY_DIR / "kafka"
JVM_OPTS = ["-Xms256m", "-Xmx512m", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20", "-Djava.awt.headless=true"]


def kafka_libs(kafka_dir: Path = KAFKA_DIR) -> Path:
    """The directory of the broker's jars, fetched from Maven Central on first use (``make kafka`` does the same)."""
    return maven_libs(kafka_dir, "kafka_2.13-*.jar", "kafka")


def kafka_classpath() -> str:
    return str(kafka_libs() / "*")


async def _metadata_lists_a_broker(bootstrap: str) -> bool:
    from aiokafka import AIOKafkaClient

    client = AIOKafkaClient(bootstrap_servers=bootstrap, request_timeout_ms=3000)
    try:
        await client.bootstrap()
        metadata = await client.fetch_all_metadata()
        return bool(metadata.brokers()) and metadata.controller is not None
    except Exception:
        return False
    finally:
        await client.close()


def metadata_ready(bootstrap: str) -> bool:
    """A real Metadata request (in a thread of its own, so callers may already run an event loop)."""
    result: list[bool] = []
    thread = threading.Thread(target=lambda: result.append(asyncio.run(_metadata_lists_a_broker(bootstrap))))
    thread.start()
    thread.join()
    return bool(result and result[0])


@dataclass
class KafkaBroker(BrokerServer):
    """Apache Kafka 4.x, one KRaft node (broker and controller), on loopback ports, data in ``data_dir``."""

    kind: ClassVar[str] = "kafka"
    idempotent_producer: ClassVar[bool] = True
    durable: ClassVar[bool] = True
    end_offsets: ClassVar[EndOffsets] = "list_offsets"

    compose_file: Path = COMPOSE_FILE
    client_listener: str = "HOST"
    """The compose listener that clients outside the compose network use; it gets ``port``."""
    overrides: dict[str, str] = field(default_factory=dict)
    """Server properties set on top of the compose ones."""
    other_ports: dict[int, int] = field(default_factory=dict, repr=False)
    stop_timeout: float = field(default=30.0, repr=False)

    def __post_init__(self) -> None:
        if self.data_dir is None:
            self.data_dir = Path(tempfile.mkdtemp(prefix="townwatch-kafka-"))

    def properties(self) -> dict[str, str]:
        env = compose_kafka_environment(self.compose_file)
        props = env_to_properties(env)
        client_port = listener_ports(props)[self.client_listener]

        def port_for(compose_port: int) -> int:
            return self.port if compose_port == client_port else self.other_ports.setdefault(compose_port, free_port())

        assert self.data_dir is not None
        return {**localise(props, port_for, self.data_dir / "log"), **self.overrides}

    def cluster_id(self) -> str:
        return compose_kafka_environment(self.compose_file)["CLUSTER_ID"]

    def start(self, timeout: float = 300.0) -> Self:
        # A bound on the JVM's start and the raft log's recovery, not a timing claim: after a kill -9 in CI at load
        # 27 the broker took over 90 s to list itself, and the fault test failed on the old 90 s bound.
        assert self.data_dir is not None
        self.data_dir.mkdir(parents=True, exist_ok=True)
        config = self.data_dir / "server.properties"
        config.write_text(render_properties(self.properties()))
        classpath = kafka_classpath()
        java = shutil.which("java") or "java"
        log = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL
        logging = [f"-Dlog4j2.configurationFile={KAFKA_DIR / 'log4j2.properties'}", f"-Dkafka.logs.dir={self.data_dir}"]
        if not (self.data_dir / "log" / "meta.properties").exists():
            subprocess.run(
                [java, "-Xmx256m", *logging, "-cp", classpath, "kafka.tools.StorageTool", "format",
                 "--cluster-id", self.cluster_id(), "--config", str(config), "--ignore-formatted"],
                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, check=True,
            )
        self._spawn([java, *JVM_OPTS, *logging, "-cp", classpath, "kafka.Kafka", str(config)],
                    stdout=log, timeout=timeout, env={**os.environ})
        deadline = time.monotonic() + timeout
        while not metadata_ready(self.bootstrap_servers):
            assert self.proc is not None
            if self.proc.poll() is not None:
                raise RuntimeError(f"Kafka exited with {self.proc.returncode} during start-up (log: {self.log_path})")
            if time.monotonic() > deadline:
                raise TimeoutError(f"Kafka on {self.bootstrap_servers} listed no broker after {timeout:.0f}s")
            time.sleep(0.2)
        return self

