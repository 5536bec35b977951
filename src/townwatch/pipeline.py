"""The whole pipeline on one machine: broker, Redis and the three services as child processes.

Used by ``townwatch demo``, the end-to-end and fault tests, the live-Prometheus test and the benchmark.
Idle detection (``wait_idle``) reads the consumer groups' committed offsets against each topic's high
watermark (right on Tansu too, whose ListOffsets is wrong) and the delivery log's pending set: the pipeline is
idle when no group is behind, no notification is pending, and the services' counters have not moved for a
quiet period.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import threading
import time
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import httpx
from aiokafka.errors import KafkaError
from prometheus_client.parser import text_string_to_metric_families
from redis.asyncio import Redis
from redis.exceptions import RedisError

from townwatch.readiness import wait_service_ready
from townwatch.service_process import ServiceProcess
from townwatch.stack import (
    BrokerKind,
    BrokerServer,
    RedisServer,
    free_port,
    make_broker,
)
from townwatch_runtime.consumer_lag import LagReader, PartitionLag, read_lag
from townwatch_runtime.redis_keys import DELIVERY_DUE_KEY

__all__ = ["SERVICES", "Backlog", "Pipeline", "StageCounts", "StartAborted"]

log = logging.getLogger(__name__)

_TAKEN_PORT = re.compile(r"cannot (?:serve metrics|listen) on [^\s:]+:(\d+)(?: for the API)?: Address already in use")
"""A service's one-line start-up error when another process holds one of its ports."""

SERVICES = {"ingest": "townwatch_ingest", "extract": "townwatch_extract", "alert": "townwatch_alert"}


class StartAborted(RuntimeError):
    """``Pipeline.start`` gave up because ``abort_start`` was called."""


@dataclass(frozen=True)
class StageCounts:
    """Counters read from the services' /metrics."""

    ingest_published: float = 0.0
    extract_done: float = 0.0
    extract_out: float = 0.0
    alert_done: float = 0.0
    alert_out: float = 0.0
    notify_done: float = 0.0
    notify_sent: float = 0.0


@dataclass(frozen=True)
class Backlog:
    """What the pipeline has not finished, read from the broker and Redis: the partitions some consumer group has
    not committed to their end, and the notifications the delivery log holds pending."""

    lagging: tuple[tuple[str, PartitionLag], ...] = ()
    """(group, partition) for every partition whose group's committed offset is short of its end."""
    pending: int = 0

    @property
    def behind(self) -> int:
        return sum(lag.lag for _, lag in self.lagging)

    def __str__(self) -> str:
        parts = [f"{group} on {lag.topic}[{lag.partition}]: committed {lag.committed}, end {lag.end}"
                 for group, lag in self.lagging]
        return "; ".join([*parts, f"{self.pending} notifications pending"])


@dataclass
class Pipeline:
    """Start with ``start()``; stop with ``stop()`` (or use as a context manager)."""

    workdir: Path
    subscriptions_file: Path | None = None
    bootstrap_servers: str | None = None
    redis_url: str | None = None
    extra_env: Mapping[str, str] = field(default_factory=dict)
    service_env: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    log_level: str = "WARNING"
    extract_workers: int = 1
    """Extract processes, all in one consumer group (``extract``, ``extract-2``, …): the partitions are shared out."""
    broker_kind: BrokerKind | None = None
    """Which embedded broker to start when ``bootstrap_servers`` is not given (default: ``TOWNWATCH_BROKER``, else the durable Tansu, on disk under
    ``workdir/tansu``)."""
    broker: BrokerServer | None = None
    redis: RedisServer | None = None
    metrics_ports: dict[str, int] = field(default_factory=dict)
    api_port: int = field(default_factory=free_port)
    ingest_port: int = field(default_factory=free_port)
    processes: dict[str, ServiceProcess] = field(default_factory=dict)
    _aborted: threading.Event = field(default_factory=threading.Event, repr=False)

    # -- life cycle ---------------------------------------------------------------------------------
    def start(self, services: Iterable[str] = SERVICES, timeout: float = 120.0) -> Pipeline:
        """Start the broker and Redis (unless given), the topics and ``services``; return once each serves /metrics.
        A start that fails, or is aborted, stops what it had started before it raises (callers need not)."""
        self.workdir.mkdir(parents=True, exist_ok=True)
        try:
            if self.bootstrap_servers is None:
                self.broker = make_broker(self.broker_kind, self.workdir)
                self.bootstrap_servers = self.broker.start().bootstrap_servers
            if self.redis_url is None:
                self.redis = RedisServer(data_dir=self.workdir / "redis")
                self.redis_url = self.redis.start().url
            asyncio.run(self._ensure_topics())
            for name in services:
                self._check_aborted()
                self.start_service(name)
                if name == "extract":
                    for n in range(2, self.extract_workers + 1):
                        self.start_service(f"extract-{n}")
            self.wait_ready(timeout)
        except BaseException:
            self.stop()
            raise
        return self

    async def _ensure_topics(self) -> None:
        from townwatch_runtime.topic_admin import ensure_topics

        await ensure_topics(self.settings())

    def settings(self):
        from townwatch_runtime.settings import ServiceSettings

        return ServiceSettings(kafka_bootstrap_servers=self.bootstrap_servers or "")

    def env_for(self, name: str) -> dict[str, str]:
        port = self.metrics_ports.setdefault(name, free_port())
        env = {
            "TOWNWATCH_KAFKA_BOOTSTRAP_SERVERS": self.bootstrap_servers or "",
            "TOWNWATCH_REDIS_URL": self.redis_url or "",
            "TOWNWATCH_METRICS_PORT": str(port),
            "TOWNWATCH_METRICS_HOST": "127.0.0.1",
            "TOWNWATCH_KAFKA_CREATE_TOPICS": "false",
            "TOWNWATCH_LOG_LEVEL": self.log_level,
            "TOWNWATCH_ALLOW_PRIVATE_URLS": "true",
            "TOWNWATCH_API_PORT": str(self.api_port),
            "TOWNWATCH_HTTP_PORT": str(self.ingest_port),
            "PYTHONUNBUFFERED": "1",
        }
        if self.broker is not None:
            env.update(self.broker.service_env(name.partition("-")[0]))
        if self.subscriptions_file is not None:
            env["TOWNWATCH_SUBSCRIPTIONS_FILE"] = str(self.subscriptions_file)
        env.update(self.extra_env)
        env.update(self.service_env.get(name.partition("-")[0], {}))
        return env

    def start_service(self, name: str) -> ServiceProcess:
        proc = ServiceProcess(name, SERVICES[name.partition("-")[0]], self.env_for(name), self.workdir / "logs" / f"{name}.log")
        proc.start()
        self.processes[name] = proc
        return proc

    def wait_ready(self, timeout: float = 120.0) -> None:
        """Wait until every running service serves its own /metrics (extract does so only once its model is loaded):
        the endpoint must name the service, so another process listening on the port does not pass for it."""
        deadline = time.monotonic() + timeout
        clashes = 0
        for name, proc in list(self.processes.items()):
            while True:
                port = self.metrics_ports[name]
                self._check_aborted()
                if not proc.running:
                    if clashes < 3 and self._move_off_taken_port(name, proc.log_tail()):
                        clashes += 1
                        proc = self.start_service(name)
                        continue
                    raise RuntimeError(f"{name} exited with {proc.proc.returncode if proc.proc else '?'}:\n{proc.log_tail()}")
                try:
                    wait_service_ready(port, name.partition("-")[0], timeout=0.5)
                    break
                except TimeoutError:
                    if time.monotonic() > deadline:
                        raise TimeoutError(f"{name} not ready after {timeout:.0f}s:\n{proc.log_tail()}") from None

    def _move_off_taken_port(self, name: str, tail: str) -> bool:
        """A service that exited because another process took one of its ports gets a fresh one (True), to be started
        again; ``free_port`` makes that rare, but a listener we did not start can still take a port first."""
        taken = _TAKEN_PORT.search(tail)
        if taken is None:
            return False
        port = int(taken.group(1))
        if port == self.metrics_ports.get(name):
            self.metrics_ports[name] = free_port()
        elif port == self.api_port:
            self.api_port = free_port()
        elif port == self.ingest_port:
            self.ingest_port = free_port()
        else:
            return False
        log.warning("%s could not listen on %d (taken): starting it again on another port", name, port)
        return True

    def abort_start(self) -> None:
        """Make a ``start`` running in another thread give up at its next step (raising ``StartAborted``); the
        caller then ``stop``s what it had started (Ctrl-C while the services load)."""
        self._aborted.set()

    def _check_aborted(self) -> None:
        if self._aborted.is_set():
            raise StartAborted("the pipeline's start was aborted")

    def restart_service(self, name: str, *, kill: bool = False) -> None:
        proc = self.processes[name]
        proc.kill() if kill else proc.stop()
        self.start_service(name)
        self.wait_ready()

    def stop(self) -> None:
        """Stop the services together (SIGTERM to all, then wait for each), then Redis and the broker."""
        procs = list(reversed(list(self.processes.values())))
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.stop()
        if self.redis:
            self.redis.stop()
        if self.broker:
            self.broker.stop()

    def __enter__(self) -> Pipeline:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- feeding and watching -----------------------------------------------------------------------
    async def replay(self, paths: Iterable[Path], speed: float = 0.0, progress: bool = False):
        """Replay seed-format files or JSON Lines straight onto articles.v1 (as ``townwatch replay`` does)."""
        from townwatch_ingest.replay import replay
        from townwatch_ingest.settings import IngestSettings

        settings = IngestSettings(kafka_bootstrap_servers=self.bootstrap_servers or "", kafka_create_topics=False,
                                  kafka_idempotent_producer=bool(self.broker and self.broker.idempotent_producer))
        report = await replay(list(paths), settings, speed=speed, progress=progress)
        return report

    async def counts(self) -> StageCounts:
        values: dict[str, float] = {}
        async with httpx.AsyncClient(timeout=2.0) as client:
            for name, port in self.metrics_ports.items():
                if name not in self.processes or not self.processes[name].running:
                    continue
                with contextlib.suppress(httpx.HTTPError):
                    text = (await client.get(f"http://127.0.0.1:{port}/metrics")).text
                    for family in text_string_to_metric_families(text):
                        for sample in family.samples:
                            stage = sample.labels.get("stage", "")
                            if sample.name == "townwatch_processing_seconds_count":
                                values[f"{stage}_done"] = values.get(f"{stage}_done", 0.0) + sample.value
                            elif sample.name == "townwatch_items_out_total":
                                values[f"{stage}_out"] = values.get(f"{stage}_out", 0.0) + sample.value
                            elif sample.name == "townwatch_ingest_articles_published_total":
                                values["ingest_published"] = values.get("ingest_published", 0.0) + sample.value
                            elif sample.name == "townwatch_notifications_sent_total":
                                values["notify_sent"] = values.get("notify_sent", 0.0) + sample.value
        return StageCounts(**{k: v for k, v in values.items() if k in StageCounts.__dataclass_fields__})

    async def pending_notifications(self, redis: Redis | None = None) -> set[str]:
        """Idempotency keys of the notifications the delivery log holds as pending (claimed, not yet sent)."""
        client = redis or Redis.from_url(self.redis_url or "", decode_responses=True)
        try:
            # members only (no withscores); redis-py types the scored shape into the same return
            members = cast("list[bytes | str]", await client.zrange(DELIVERY_DUE_KEY, 0, -1))
            return {k.decode() if isinstance(k, bytes) else k for k in members}
        finally:
            if redis is None:
                await client.aclose()

    async def backlog(self, reader: LagReader | None = None, redis: Redis | None = None) -> Backlog:
        """The partitions some consumer group has not committed to their end, and the notifications the delivery
        log holds pending.

        Both are read from the broker and Redis, so they stay right across a kill -9 and restart of any service
        (the services' own counters start again from zero). A caller that asks again and again (``wait_idle``)
        passes its own ``reader`` and ``redis`` client, kept open for the wait."""
        if reader is None:
            lags = await read_lag({"bootstrap_servers": self.bootstrap_servers or ""})
        else:
            lags = await reader.read()
        lagging = tuple((consumer.group, p) for consumer, partitions in lags.items() for p in partitions if p.lag)
        return Backlog(lagging, len(await self.pending_notifications(redis)))

    async def wait_idle(self, timeout: float = 180.0, quiet: float = 2.0,
                        moving: Callable[[], Hashable] | None = None) -> StageCounts:
        """Return once every consumer group has committed every message on its topic, the delivery log holds
        nothing pending, and nothing moved for ``quiet`` s: the services' counters, and ``moving()`` when given
        (a test's receiver, say). The one idle check of the demo, the bench and every end-to-end and fault test.

        The quiet period runs from the last movement, so ``now - quiet`` is when the pipeline last did anything."""
        redis = Redis.from_url(self.redis_url or "", decode_responses=True)
        readers: list[LagReader] = []  # one admin client and consumer for the whole wait (again after a failure)
        try:
            return await self._wait_idle(redis, readers, timeout, quiet, moving)
        finally:
            for reader in readers:
                await reader.close()
            await redis.aclose()

    async def _wait_idle(self, redis: Redis, readers: list[LagReader], timeout: float, quiet: float,
                         moving: Callable[[], Hashable] | None) -> StageCounts:
        reader: LagReader | None = None
        backlog: Backlog | None = None
        deadline = time.monotonic() + timeout
        last: tuple[Hashable, ...] | None = None
        since = time.monotonic()
        while True:
            for name, proc in self.processes.items():
                if not proc.running:
                    raise RuntimeError(f"{name} died:\n{proc.log_tail()}")
            now = await self.counts()
            state = (now, moving() if moving else None)
            try:
                if reader is None:
                    reader = LagReader({"bootstrap_servers": self.bootstrap_servers or ""})
                    readers.append(reader)
                    await reader.start()
                backlog = await self.backlog(reader, redis)
            except (TimeoutError, KafkaError, RedisError, OSError) as exc:  # a slow answer on a loaded machine: not idle yet
                backlog = None
                if reader is not None:
                    await reader.close()
                    reader = None
                log.info("idle check: backlog not read (%r); trying again", exc)
            if state != last:
                last, since = state, time.monotonic()
            elif backlog is not None and not backlog.lagging and not backlog.pending and time.monotonic() - since >= quiet:
                return now
            if time.monotonic() > deadline:
                raise TimeoutError(f"pipeline not idle after {timeout:.0f}s: "
                                   f"{backlog if backlog is not None else 'backlog not read'}; "
                                   f"moved {time.monotonic() - since:.1f}s ago; {now}")
            await asyncio.sleep(0.25)
