"""``townwatch up``: the embedded stack as a long-lived deployment, each part a child restarted with back-off.

Parts start in order (broker, Redis, then the three services) and are then watched independently: a part that
exits is logged and restarted, after an exponential back-off (tenacity) when it keeps dying, at once when it had
run ``restart.stable_s``. SIGTERM (or Ctrl-C) stops the services together, then Redis (which flushes its AOF),
then the broker. Everything lives in the work directory, so a second ``up`` resumes: the same ledger, delivery log
and subscriptions in Redis, and (on a durable broker) the same topics and group offsets.

The state (each part's health, pid, uptime, restarts; the consumer lag read from group offsets) is written to
``<workdir>/state.json`` for ``townwatch status``.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import json
import logging
import os
import signal
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from tenacity import AsyncRetrying, RetryCallState, retry_if_exception_type, wait_exponential_jitter

from townwatch.deployment import DeploymentSettings
from townwatch.pipeline import SERVICES, Pipeline
from townwatch.readiness import wait_service_ready
from townwatch.stack import BrokerServer, RedisServer, make_broker
from townwatch_runtime.consumer_lag import CONSUMERS, group_lag

__all__ = ["PartState", "Supervisor", "run_up"]

log = logging.getLogger("townwatch.up")

LAG_INTERVAL_S = 5.0


class PartFailed(Exception):
    """A part died, or failed to start, soon after its last start: back off before the next try."""


class PartRanStably(Exception):
    """A part died after running ``stable_s``: restart it at once, with the back-off reset."""


@dataclass
class PartState:
    """What ``townwatch status`` shows of one part."""

    name: str
    state: Literal["starting", "up", "backoff", "stopped"] = "starting"
    pid: int | None = None
    up_since: float | None = None
    """Unix time of the current run's start (None while not up)."""
    restarts: int = 0
    last_exit: str | None = None
    """How the last run ended (exit code or signal) and when."""


@dataclass
class Part:
    """One supervised child: how to start it (blocking, returns once ready), whether it runs, how to stop it."""

    state: PartState
    start: Callable[[], None]
    pid: Callable[[], int | None]
    returncode: Callable[[], int | None]
    after_start: Callable[[], Awaitable[None]] | None = None
    up: asyncio.Event = field(default_factory=asyncio.Event)


def describe_exit(code: int | None) -> str:
    if code is None:
        return "unknown"
    if code < 0:
        with contextlib.suppress(ValueError):
            return f"killed by {signal.Signals(-code).name}"
    return f"exit code {code}"


class Supervisor:
    def __init__(self, settings: DeploymentSettings) -> None:
        self.settings = settings
        self.stopping = asyncio.Event()
        self.started = time.time()
        self.clock: Callable[[], float] = time.monotonic
        """How long a part ran (for ``restart.stable_s``); a test passes its own."""
        workdir = settings.workdir
        broker = make_broker(settings.broker, workdir)
        broker.port = settings.ports.broker
        self.broker: BrokerServer = broker
        self.redis = RedisServer(port=settings.ports.redis, data_dir=workdir / "redis")
        self.pipeline = Pipeline(
            workdir=workdir,
            subscriptions_file=settings.subscriptions_file,
            bootstrap_servers=broker.bootstrap_servers,
            redis_url=self.redis.url,
            broker=broker,
            log_level=settings.log_level,
            metrics_ports={"ingest": settings.ports.ingest_metrics, "extract": settings.ports.extract_metrics,
                           "alert": settings.ports.alert_metrics},
            api_port=settings.ports.api,
            ingest_port=settings.ports.ingest,
            extra_env=self._shared_env(),
            service_env=self._service_env(),
        )
        self.lag: dict[str, Any] = {}
        self.parts: dict[str, Part] = {}
        self._broker_lock = threading.Lock()
        self.store: Any = getattr(broker, "store", None)
        """A broker's own storage server, when it has one (Tansu on a local S3 store): supervised as a part."""
        if self.store is not None:
            self._add("store", self._start_store, self.store)
        self._add("broker", self._start_broker, self.broker, self._ensure_topics)
        self._add("redis", self.redis.start, self.redis)
        for name in SERVICES:
            self._add_service(name)

    # -- configuration of the children -------------------------------------------------------------
    def _shared_env(self) -> dict[str, str]:
        s = self.settings
        return {
            "TOWNWATCH_ALLOW_PRIVATE_URLS": "true" if s.allow_private_urls else "false",
            "TOWNWATCH_PUBLIC_BASE_URL": s.public_base_url or s.api_url,
        }

    def _service_env(self) -> dict[str, dict[str, str]]:
        s = self.settings
        env: dict[str, dict[str, str]] = {
            "ingest": {"TOWNWATCH_HTTP_HOST": s.ingest_host, "TOWNWATCH_REDIS_URL": self.redis.url},
            "extract": {},
            "alert": {"TOWNWATCH_API_HOST": s.api_host},
        }
        if s.feeds_file is not None:
            env["ingest"]["TOWNWATCH_FEEDS_FILE"] = str(s.feeds_file)
        if s.push_tokens is not None:
            env["ingest"]["TOWNWATCH_PUSH_TOKENS"] = s.push_tokens.get_secret_value()
        for name, extra in s.env.items():
            env[name].update(extra)
        return env

    def _add(self, name: str, start: Callable[[], Any], server: Any, after: Callable[[], Awaitable[None]] | None = None) -> None:
        self.parts[name] = Part(
            PartState(name), start=start,
            pid=lambda: server.proc.pid if server.proc else None,
            returncode=lambda: server.proc.poll() if server.proc else 0,
            after_start=after,
        )

    def _add_service(self, name: str) -> None:
        def start() -> None:
            proc = self.pipeline.start_service(name)
            port = self.pipeline.metrics_ports[name]
            deadline = time.monotonic() + 180
            while True:  # ready once it serves its own /metrics (extract: once its model is loaded)
                if not proc.running:
                    raise RuntimeError(f"{name} exited during start-up:\n{proc.log_tail(10)}")
                with contextlib.suppress(TimeoutError):
                    wait_service_ready(port, name, timeout=0.5)
                    return
                if time.monotonic() > deadline:
                    proc.kill()
                    raise TimeoutError(f"{name} not ready after 180s:\n{proc.log_tail(10)}")

        def proc() -> Any:
            return self.pipeline.processes.get(name)

        self.parts[name] = Part(
            PartState(name), start=start,
            pid=lambda: p.proc.pid if (p := proc()) and p.proc else None,
            returncode=lambda: p.proc.poll() if (p := proc()) and p.proc else 0,
        )

    def _start_broker(self) -> None:
        with self._broker_lock:  # a broker with a store starts the store too when it is down
            self.broker.start()

    def _start_store(self) -> None:
        with self._broker_lock:
            store = self.store
            if store.proc is None or store.proc.poll() is not None:  # else the broker's start restarted it
                store.start()

    async def _ensure_topics(self) -> None:
        """After every broker start: a broker that keeps nothing (Tansu's memory storage) comes back empty."""
        await self.pipeline._ensure_topics()

    # -- supervision -------------------------------------------------------------------------------
    async def _sleep(self, seconds: float) -> None:
        """The back-off wait, cut short by a stop."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.stopping.wait(), seconds)

    def _backing_off(self, part: Part) -> Callable[[RetryCallState], None]:
        def before_sleep(retry: RetryCallState) -> None:
            part.state.state = "backoff"
            wait = retry.next_action.sleep if retry.next_action else 0.0
            log.warning("%s: restarting in %.1fs (attempt %d of this crash loop)", part.state.name, wait,
                        retry.attempt_number + 1)
            self.write_state()
        return before_sleep

    async def supervise(self, part: Part) -> None:
        r = self.settings.restart
        while not self.stopping.is_set():
            try:
                async for attempt in AsyncRetrying(
                    retry=retry_if_exception_type(PartFailed),
                    wait=wait_exponential_jitter(initial=r.initial_s, max=r.max_s),
                    sleep=self._sleep,
                    before_sleep=self._backing_off(part),
                    reraise=True,
                ):
                    with attempt:
                        await self._run_once(part)
                return
            except PartRanStably:
                continue

    async def _run_once(self, part: Part) -> None:
        name, st = part.state.name, part.state
        if self.stopping.is_set():
            return
        st.state, st.up_since = "starting", None
        self.write_state()
        try:
            await asyncio.to_thread(part.start)
            if part.after_start is not None:
                await part.after_start()
        except Exception as exc:
            st.restarts += 1
            st.last_exit = f"start failed: {exc} ({time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())})"
            log.warning("%s: %s", name, st.last_exit)
            raise PartFailed(f"start failed: {exc}") from exc
        began = self.clock()
        st.state, st.pid, st.up_since = "up", part.pid(), time.time()
        part.up.set()
        log.info("%s: up (pid %s)", name, st.pid)
        self.write_state()
        while part.returncode() is None:
            if self.stopping.is_set():
                return
            await self._sleep(0.5)
        if self.stopping.is_set():
            return
        part.up.clear()
        ran = self.clock() - began
        st.restarts += 1
        st.state, st.up_since = "backoff", None
        st.last_exit = f"{describe_exit(part.returncode())} after {ran:.0f}s ({time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())})"
        log.warning("%s: died: %s", name, st.last_exit)
        self.write_state()
        if ran >= self.settings.restart.stable_s:
            raise PartRanStably(st.last_exit)
        raise PartFailed(st.last_exit)

    async def sample_lag(self) -> None:
        while not self.stopping.is_set():
            if self.parts["broker"].up.is_set():
                try:
                    lags = await group_lag({"bootstrap_servers": self.broker.bootstrap_servers}, CONSUMERS,
                                           self.broker.end_offsets, timeout=LAG_INTERVAL_S * 2)
                    self.lag = {"at": time.time(), "by_stage": {f"{c.stage} ({c.topic.name})": n for c, n in lags.items()}}
                except Exception as exc:  # the broker restarting, a group not yet created: keep the last figures
                    self.lag = {**self.lag, "error": f"{type(exc).__name__}: {exc}"}
                self.write_state()
            await self._sleep(LAG_INTERVAL_S)

    # -- state file --------------------------------------------------------------------------------
    def state(self) -> dict[str, Any]:
        s = self.settings
        return {
            "pid": os.getpid(),
            "started": self.started,
            "written": time.time(),
            "stopping": self.stopping.is_set(),
            "broker": {"kind": s.broker, "bootstrap_servers": self.broker.bootstrap_servers, "durable": self.broker.durable,
                       "end_offsets": self.broker.end_offsets,
                       "store_endpoint": self.store.endpoint if self.store is not None else None},
            "redis_url": self.redis.url,
            "api_url": s.api_url,
            "ingest_url": f"http://{s.ingest_host}:{s.ports.ingest}",
            "metrics_ports": self.pipeline.metrics_ports,
            "parts": {name: asdict(part.state) for name, part in self.parts.items()},
            "lag": self.lag,
        }

    def write_state(self) -> None:
        path = self.settings.state_file
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.state(), indent=1))
        os.replace(tmp, path)

    # -- life cycle --------------------------------------------------------------------------------
    async def run(self) -> int:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self.request_stop)
        tasks: list[asyncio.Task[None]] = []
        try:
            for name in [n for n in ("store", "broker", "redis") if n in self.parts]:  # the services need them
                tasks.append(asyncio.create_task(self.supervise(self.parts[name]), name=name))
                await self._until(self.parts[name].up.wait())
            tasks += [asyncio.create_task(self.supervise(self.parts[n]), name=n) for n in SERVICES]
            tasks.append(asyncio.create_task(self.sample_lag(), name="lag"))
            log.info("townwatch up: starting %s (work dir %s)", ", ".join(SERVICES), self.settings.workdir)
            if not self.broker.durable:
                log.warning("broker %r keeps messages in memory: a broker restart (or of `up`) loses the articles "
                            "not yet consumed; use a durable broker (broker: tansu, the default, or kafka) for a deployment", self.settings.broker)
            await self.stopping.wait()
        finally:
            self.stopping.set()
            await asyncio.gather(*tasks, return_exceptions=True)
            await asyncio.to_thread(self.stop_children)
            for part in self.parts.values():
                part.state.state, part.state.up_since = "stopped", None
            self.write_state()
            log.info("townwatch up: stopped")
        return 0

    async def _until(self, awaitable: Awaitable[Any]) -> None:
        """Wait for ``awaitable`` unless a stop comes first."""
        waiting = asyncio.ensure_future(awaitable)
        stop = asyncio.ensure_future(self.stopping.wait())
        await asyncio.wait({waiting, stop}, return_when=asyncio.FIRST_COMPLETED)
        for task in (waiting, stop):
            task.cancel()

    def request_stop(self) -> None:
        log.info("townwatch up: stopping (signal)")
        self.stopping.set()

    def stop_children(self) -> None:
        """The services together (SIGTERM, then wait), then Redis (it flushes its AOF), then the broker (and its store)."""
        self.pipeline.broker, self.pipeline.redis = None, None  # stopped below, after the services
        self.pipeline.stop()
        self.redis.stop()
        self.broker.stop()
        if self.store is not None:
            self.store.stop()


def run_up(settings: DeploymentSettings) -> int:
    """Run until SIGTERM / Ctrl-C. One ``up`` per work directory (a lock file says so)."""
    settings.workdir.mkdir(parents=True, exist_ok=True)
    (settings.workdir / "logs").mkdir(exist_ok=True)
    with open(settings.workdir / "up.lock", "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise RuntimeError(f"another `townwatch up` runs on {settings.workdir}") from None
        lock.write(str(os.getpid()))
        lock.flush()
        return asyncio.run(Supervisor(settings).run())
