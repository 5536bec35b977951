"""The benchmark run: the whole embedded stack under a set rate, then flat out (then, optionally, a long soak),
measured from outside: deliveries at a webhook, the services' /metrics, and psutil."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import os
import secrets
import shutil
import tempfile
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import httpx
from aiokafka.errors import KafkaError
from redis.exceptions import RedisError

from bench.baseline import measure_baseline
from bench.corpus import generate
from bench.hops import TRACE_TIMEOUT_S, hop_latencies, read_stamps
from bench.latency import histogram_buckets, histogram_quantile, summarise
from bench.limit import limiting_side
from bench.load import LoadGenerator, article_bytes
from bench.sampler import ResourceSampler
from townwatch.demo import write_subscriptions
from townwatch.pipeline import Pipeline
from townwatch.stack import BrokerKind
from townwatch.webhook_receiver import Delivery, WebhookReceiver

__all__ = ["BenchConfig", "run_bench"]

E2E_HISTOGRAM = "townwatch_end_to_end_latency_seconds"
WARMUP_ARTICLES = 100
IDLE_QUIET_S = 2.0
SOAK_DRAIN_S = 120.0
DISK_EVERY_S = 10  # the broker's data dir is walked every this many timeline rows (one a second)


@dataclass(frozen=True)
class BenchConfig:
    rate: float = 100.0
    duration: float = 120.0
    max_articles: int = 8000
    baseline_messages: int = 5000
    soak: float = 0.0
    soak_rate: float = 50.0
    via: str = "push"
    seed: int = 7
    concurrency: int = 16
    workdir: Path | None = None
    broker: BrokerKind | None = None
    command: str = "python -m bench"
    extract_workers: int = 1
    drain_timeout: float | None = None
    """The longest wait for the pipeline to catch up after a phase's sends (default: max(300, articles/5) s for the
    set-rate and flat-out phases, SOAK_DRAIN_S after the soak). A phase that does not catch up is reported with its lag."""


@dataclass
class _Run:
    pipeline: Pipeline
    receiver: WebhookReceiver
    sampler: ResourceSampler
    load: LoadGenerator
    received_at: list[tuple[float, Delivery]] = field(default_factory=list)
    timeline: list[dict[str, float]] = field(default_factory=list)
    t0_wall: float = field(default_factory=time.time)

    def t(self, wall: float | None = None) -> float:
        """Seconds since the run began (the sampler's clock)."""
        return self.sampler.now() if wall is None else wall - self.t0_wall


def _parse(ts: str | None) -> float | None:
    if not ts:
        return None
    return dt.datetime.fromisoformat(ts.replace("Z", "+00:00")).timestamp()


async def _scrape(pipeline: Pipeline, service: str) -> str:
    async with httpx.AsyncClient(timeout=5.0) as client:
        return (await client.get(f"http://127.0.0.1:{pipeline.metrics_ports[service]}/metrics")).text


async def _watch(run: _Run) -> None:
    """Once a second: the stage counters and the deliveries so far, as a timeline row."""
    last_sent = last_extracted = 0.0
    while True:
        counts = await run.pipeline.counts()
        sent = float(len(run.load.sent_times))
        row = {"t": run.t(), "sent": sent, "extracted": counts.extract_done, "alerted": counts.alert_done,
               "notified": counts.notify_done, "deliveries": float(len(run.received_at))}
        if run.timeline:
            dt_s = max(1e-6, row["t"] - run.timeline[-1]["t"])
            row["sent_per_s"] = (sent - last_sent) / dt_s
            row["extracted_per_s"] = (counts.extract_done - last_extracted) / dt_s
        else:
            row["sent_per_s"] = row["extracted_per_s"] = 0.0
        last_sent, last_extracted = sent, counts.extract_done
        if len(run.timeline) % DISK_EVERY_S == 0 and (disk := await asyncio.to_thread(_disk_mib, run.pipeline)) is not None:
            row["broker_disk_mib"] = disk
        run.timeline.append(row)
        await asyncio.sleep(1.0)


async def _drain(run: _Run, timeout: float) -> dict[str, Any]:
    """Wait at most ``timeout`` s for the pipeline to go idle. When it does not, the phase ends there and the
    backlog (messages the groups have not committed, notifications pending) is what the report says."""
    try:
        await run.pipeline.wait_idle(timeout=timeout, quiet=IDLE_QUIET_S)
    except TimeoutError:
        t_end = run.t()
        try:
            backlog = await run.pipeline.backlog()
            behind, pending = backlog.behind, backlog.pending
        except (TimeoutError, OSError, KafkaError, RedisError):
            behind = pending = -1
        return {"caught_up": False, "t_end": t_end, "behind": behind, "pending": pending, "waited_s": timeout}
    return {"caught_up": True, "t_end": run.t() - IDLE_QUIET_S, "behind": 0, "pending": 0}  # nothing moved while quiet


def _disk_trend(run: _Run, start: float, end: float) -> dict[str, float] | None:
    """The broker's data on disk over [start, end] (MiB): first, lowest, highest and last reading."""
    disk = [row["broker_disk_mib"] for row in run.timeline if "broker_disk_mib" in row and start <= row["t"] <= end]
    if not disk:
        return None
    return {"first": disk[0], "min": min(disk), "max": max(disk), "last": disk[-1], "readings": len(disk)}


async def _phase(run: _Run, name: str, drafts: list[dict[str, Any]], rate: float | None,
                 drain_timeout: float | None = None) -> dict[str, Any]:
    """Send ``drafts`` (at ``rate``, or flat out when None), wait (bounded) until the pipeline is idle, and measure."""
    hist_before = histogram_buckets(await _scrape(run.pipeline, "alert"), E2E_HISTOGRAM)
    first_delivery = len(run.received_at)
    errors_before = len(run.load.errors)
    extracted_before = (await run.pipeline.counts()).extract_done
    t_start = run.t()
    send_s = await (run.load.at_rate(drafts, rate) if rate else run.load.flat_out(drafts))
    drained = await _drain(run, drain_timeout if drain_timeout is not None else max(300.0, len(drafts) / 5))
    t_end = drained["t_end"]
    extracted = (await run.pipeline.counts()).extract_done - extracted_before
    hist_after = histogram_buckets(await _scrape(run.pipeline, "alert"), E2E_HISTOGRAM)
    deliveries = run.received_at[first_delivery:]
    latencies, to_alert, to_delivery = [], [], []
    for wall, arrived, alert in _first_notifications(deliveries):
        latencies.append(wall - arrived)
        alerted = _parse(alert.get("first_reported"))
        if alerted is not None:
            to_alert.append(alerted - arrived)
            to_delivery.append(wall - alerted)
    busy = [row["extracted_per_s"] for row in run.timeline if t_start + 2 <= row["t"] <= t_end - 1]
    return {
        "name": name,
        "broker_disk_mib": _disk_mib(run.pipeline),
        "articles": len(drafts),
        "rate_target_per_s": rate,
        "offered_per_s": len(drafts) / send_s,
        "send_s": send_s,
        "t_start": t_start,
        "t_end": t_end,
        "elapsed_s": t_end - t_start,
        "drain_after_send_s": max(0.0, t_end - t_start - send_s),
        "throughput_per_s": (len(drafts) if drained["caught_up"] else extracted) / max(1e-6, t_end - t_start),
        "caught_up": drained["caught_up"],
        "backlog_at_end": {"messages_not_committed": drained["behind"], "notifications_pending": drained["pending"]},
        "extracted": extracted,
        "broker_disk_mib_over_phase": _disk_trend(run, t_start, t_end),
        "extract_per_s_median_while_busy": sorted(busy)[len(busy) // 2] if busy else None,
        "send_errors": run.load.errors[errors_before:][:20],
        "send_error_count": len(run.load.errors) - errors_before,
        "latency_s": summarise(latencies),
        "latency_breakdown_s": {
            "arrival_to_alert": summarise(to_alert),  # ingest + extract + ledger (Alert.first_reported)
            "alert_to_delivery": summarise(to_delivery),  # alerts.v1 + notifier + webhook
        },
        "latency_histogram_s": {
            f"p{q}": histogram_quantile(q / 100, hist_after, hist_before) for q in (50, 95, 99)
        } | {"count": (hist_after.get(float("inf"), 0.0) - hist_before.get(float("inf"), 0.0))},
        "resources": run.sampler.summary(t_start, t_end),
        "resources_after_send": run.sampler.summary(t_start + send_s, t_end) if t_end - t_start - send_s >= 2 else {},
        "deliveries_index": [first_delivery, len(run.received_at)],
    }


def _first_notifications(deliveries: list[tuple[float, Delivery]]) -> list[tuple[float, float, dict[str, Any]]]:
    """(webhook arrival, Article.received, alert) of each first notification of an alert."""
    out = []
    for wall, delivery in deliveries:
        arrived = _parse(delivery.alert.get("article_received"))
        if delivery.body.get("kind", "alert") == "alert" and arrived is not None:
            out.append((wall, arrived, delivery.alert))
    return out


def _disk_mib(pipeline: Pipeline) -> float | None:
    """What the broker keeps on disk at the end of a phase (None for a broker without a data dir)."""
    data_dir = pipeline.broker.data_dir if pipeline.broker else None
    if data_dir is None or not data_dir.exists():
        return None
    total = 0
    for path in data_dir.rglob("*"):
        with contextlib.suppress(FileNotFoundError):  # retention deletes batches meanwhile
            if path.is_file():
                total += path.stat().st_size
    return total / 2**20


def _pids(pipeline: Pipeline) -> dict[str, int]:
    pids = {name: proc.proc.pid for name, proc in pipeline.processes.items() if proc.proc and proc.running}
    if pipeline.broker and pipeline.broker.proc:
        pids["broker"] = pipeline.broker.proc.pid
    store = getattr(pipeline.broker, "store", None)  # the durable Tansu's S3 store (object server)
    if store is not None and store.proc:
        pids["store"] = store.proc.pid
    if pipeline.redis and pipeline.redis.proc:
        pids["redis"] = pipeline.redis.proc.pid
    pids["bench"] = os.getpid()
    return pids


async def _start(pipeline: Pipeline) -> None:
    """``pipeline.start`` in a thread; when this task is cancelled (Ctrl-C) the start gives up at its next step and
    this returns only once the thread has ended, so the caller's ``stop`` sees everything that was started."""
    starting = asyncio.ensure_future(asyncio.to_thread(pipeline.start))
    try:
        await asyncio.shield(starting)
    except asyncio.CancelledError:
        pipeline.abort_start()
        with contextlib.suppress(Exception):
            await starting
        raise


async def _stop(pipeline: Pipeline, log: Any, *, interrupted: bool) -> None:
    if interrupted:
        log("interrupted: stopping the services, Redis and the broker…")
    await asyncio.to_thread(pipeline.stop)
    if interrupted:
        log("interrupted: the stack is stopped")


async def run_bench(config: BenchConfig, log: Any = print) -> dict[str, Any]:
    """Run the benchmark; returns the results (the caller writes them)."""
    started_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    load_at_start = os.getloadavg()
    per_rate = int(config.rate * config.duration)
    per_soak = int(config.soak_rate * config.soak)
    total = WARMUP_ARTICLES + per_rate + config.max_articles + per_soak
    log(f"generating {total} articles (seed {config.seed})…")
    items = list(generate(total, seed=config.seed))
    drafts = [item.draft for item in items]
    warm, rest = drafts[:WARMUP_ARTICLES], drafts[WARMUP_ARTICLES:]
    rate_drafts, rest = rest[:per_rate], rest[per_rate:]
    max_drafts, soak_drafts = rest[:config.max_articles], rest[config.max_articles:]

    workdir = config.workdir or Path(tempfile.mkdtemp(prefix="townwatch-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    secret, token = secrets.token_hex(16), secrets.token_urlsafe(16)
    receiver = await WebhookReceiver(secret=secret).start()
    subs = write_subscriptions(workdir / "subscriptions.yaml", [{
        "id": "bench", "token": secrets.token_urlsafe(16),
        "subscriptions": [{"id": "every-town", "towns": ["*"], "policy": "first",
                           "channels": [{"kind": "webhook", "url": receiver.url("hooks/bench"), "secret": secret}]}],
    }])
    pipeline = Pipeline(workdir=workdir, subscriptions_file=subs, service_env={"ingest": {"TOWNWATCH_PUSH_TOKENS": token}},
                        broker_kind=config.broker, extract_workers=config.extract_workers)
    log(f"starting broker, Redis and the services (logs in {workdir / 'logs'})…")
    t_boot = time.perf_counter()
    try:
        await _start(pipeline)
    except BaseException as exc:
        await receiver.stop()
        await _stop(pipeline, log, interrupted=isinstance(exc, asyncio.CancelledError))
        raise
    startup_s = time.perf_counter() - t_boot
    sampler = ResourceSampler(lambda: _pids(pipeline))
    load = LoadGenerator(config.via, ingest_url=f"http://127.0.0.1:{pipeline.ingest_port}", token=token,
                         bootstrap_servers=pipeline.bootstrap_servers or "", concurrency=config.concurrency)
    run = _Run(pipeline, receiver, sampler, load)
    receiver.on_delivery = lambda d: run.received_at.append((time.time(), d))
    sampler.start()
    watcher = asyncio.get_running_loop().create_task(_watch(run))
    await load.start()
    phases: dict[str, dict[str, Any]] = {}
    interrupted = failed = False
    try:
        log("warm-up…")
        await _phase(run, "warm-up", warm, 50.0)
        log(f"raw aiokafka baseline on the same broker ({config.baseline_messages} messages)…")
        now = dt.datetime.now(dt.UTC)
        baseline = await measure_baseline(pipeline.bootstrap_servers or "",
                                          [article_bytes(d, now) for d in (max_drafts or drafts)[:config.baseline_messages]])
        log(f"set rate: {config.rate:g} articles/s for {config.duration:g} s…")
        phases["rate"] = await _phase(run, f"{config.rate:g}/s", rate_drafts, config.rate, config.drain_timeout)
        log(f"flat out: {config.max_articles} articles…")
        phases["max"] = await _phase(run, "flat out", max_drafts, None, config.drain_timeout)
        if per_soak:
            log(f"soak: {config.soak_rate:g} articles/s for {config.soak:g} s…")
            phases["soak"] = await _phase(run, "soak", soak_drafts, config.soak_rate,
                                          config.drain_timeout if config.drain_timeout is not None else SOAK_DRAIN_S)
        log("tracing each alert through the topics (per-hop latency)…")
        stamps = await read_stamps(pipeline.bootstrap_servers or "")
        if stamps.unfinished:
            log(f"tracing stopped at its time bound ({TRACE_TIMEOUT_S:.0f} s) before the end of {', '.join(stamps.unfinished)}: "
                "the alerts behind what it did not read count as untraced")
        for phase in phases.values():
            first, last = phase["deliveries_index"]
            phase["hops_s"] = hop_latencies(_first_notifications(run.received_at[first:last]), stamps)
            phase["limit"] = limiting_side(phase)
    except asyncio.CancelledError:  # Ctrl-C: asyncio.run cancels this task; the stack is stopped below
        interrupted = True
        raise
    except Exception:
        failed = True
        raise
    finally:
        watcher.cancel()
        await sampler.stop()
        await load.stop()
        alive = {name: proc.running for name, proc in pipeline.processes.items()}
        await receiver.stop()
        await _stop(pipeline, log, interrupted=interrupted)
        # A work directory of the bench's own holds the durable broker's store (tens of MB a run): removed, unless
        # the run failed (its logs are kept for reading). A given --workdir is kept.
        if config.workdir is None and not failed:
            shutil.rmtree(workdir, ignore_errors=True)
        elif config.workdir is None:
            log(f"the work directory (broker store, Redis, logs) is kept in {workdir}")
    keys = Counter(d.idempotency_key for _w, d in run.received_at)
    kinds = Counter(item.kind for item in items)
    max_tp = phases["max"]["throughput_per_s"]
    return {
        "started_at": started_at,
        "command": config.command,
        "config": {k: str(v) if isinstance(v, Path) else v for k, v in asdict(config).items()},
        "machine": {"cpus": os.cpu_count(), "load_average_at_start": load_at_start,
                    "load_average_at_end": os.getloadavg(), "extract_workers": config.extract_workers},
        "broker": pipeline.broker.kind if pipeline.broker else "external",
        "startup_s": startup_s,
        "corpus": {"articles": total, "kinds": dict(kinds),
                   "relevant_share": sum(1 for i in items if i.relevant) / total,
                   "change_stories": kinds.get("change", 0),
                   "towns": len({i.change.town for i in items if i.change})},
        "baseline": baseline.as_dict(),
        "pipeline_to_raw_ratio": max_tp / baseline.round_trip_per_s,
        "phases": phases,
        "checks": {
            "deliveries": len(run.received_at),
            "alerts_delivered": sum(1 for _w, d in run.received_at if d.body.get("kind", "alert") == "alert"),
            "duplicate_keys": sum(n - 1 for n in keys.values() if n > 1),
            "bad_signatures": sum(1 for _w, d in run.received_at if not d.signature_ok),
            "services_alive": all(alive.values()),
        },
        "timeline": run.timeline,
        "latency_points": [
            (run.t(w), w - a) for w, d in run.received_at
            if d.body.get("kind", "alert") == "alert" and (a := _parse(d.alert.get("article_received"))) is not None
        ],
        "resource_samples": [asdict(s) for s in sampler.samples],
    }
