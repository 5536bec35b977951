"""The backfill run: extraction in worker processes (checkpointed), then the ledger in effective-date order."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import os
import shutil
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import BinaryIO, Literal

from aiokafka.errors import KafkaError
from redis.asyncio import Redis
from redis.exceptions import RedisError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from townwatch.backfill.applier import Applier, load_ordered
from townwatch.backfill.archive import RawItem, raw_items
from townwatch.backfill.checkpoint import Checkpoint, CheckpointMismatch, run_id
from townwatch.backfill.publisher import AlertPublisher
from townwatch.backfill.tally import Tally
from townwatch.backfill.worker import ItemResult, extract_batch, start_pool
from townwatch_alert.ledger import Ledger
from townwatch_alert.settings import AlertSettings
from townwatch_ingest.replay_source import count_items, expand_paths

__all__ = ["EXIT_BAD_INPUT", "EXIT_INTERRUPTED", "EXIT_USAGE", "BackfillConfig", "Notify", "Screening", "idle_core", "run_backfill", "usable_cpus"]

Notify = Literal["none", "summary", "all"]
Screening = Literal["auto", "on", "off"]
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
_SAVE_EVERY_S = 0.5


@dataclass(frozen=True)
class BackfillConfig:
    paths: list[Path]
    since: dt.date | None = None
    workers: int = 0
    """Extraction processes; 0: one per core."""
    notify: Notify = "none"
    state_dir: Path | None = None
    """Where the checkpoint and event spool live; default ``.townwatch-backfill/<run id>``."""
    restart: bool = False
    screen: Screening = "auto"
    """Answer the articles that need no parse in this process while the workers load (``townwatch.backfill.screen``),
    on its otherwise idle core: ``auto`` does when the machine has an idle core (see :func:`idle_core`)."""
    batch: int = 64
    """Articles per task handed to a worker (extracted together: its parses in one ``nlp.pipe`` a round; 64 gave
    1.45x the articles per CPU-second of one at a time on the bench corpus, 16 gave 1.24x, 128 and 256 less than 64)."""
    max_article_bytes: int = 2_000_000

    @property
    def worker_count(self) -> int:
        return self.workers or usable_cpus()


def usable_cpus() -> int:
    """The cores this process may run on (its affinity: ``taskset``, a container's cpuset), else the host's."""
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity is not None else os.cpu_count() or 1


def idle_core(load_average: float, cpus: int) -> bool:
    """Whether a core is likely idle while the model loads (the run's own server takes one): the screen's ~1 CPU-s of
    imports then costs nothing. On a machine already busy it is only added (measured at load average 14-16 on 2
    cores: start-up 3.9-6.6 s without it, 9.9-14.5 s with it), so ``auto`` screens only below one busy core less
    than there are."""
    return load_average < cpus - 1


def _parts(entries: Iterable[ItemResult | RawItem], size: int) -> Iterator[tuple[list[ItemResult | None], list[RawItem]]]:
    """Runs of input items, in order, each with up to ``size`` items for a worker: (the results known already, None
    where a worker's goes; the items for the worker)."""
    found: list[ItemResult | None] = []
    batch: list[RawItem] = []
    for entry in entries:
        if isinstance(entry, ItemResult):
            found.append(entry)
            continue
        found.append(None)
        batch.append(entry)
        if len(batch) == size:
            yield found, batch
            found, batch = [], []
    if found:
        yield found, batch


@dataclass
class _Part:
    """A run of input items' results: those known already, and a worker's task for the rest."""

    found: list[ItemResult | None]
    task: Future[list[ItemResult]] | None

    def results(self) -> list[ItemResult]:
        """Every item's result, in input order (waits for the worker's)."""
        done = iter(self.task.result() if self.task is not None else [])
        return [next(done) if result is None else result for result in self.found]

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()


def _progress(console: Console) -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:>7,.0f} {task.fields[unit]}/s"), TextColumn("{task.fields[events]:,} events"),
        TextColumn("ETA"), TimeRemainingColumn(), console=console, transient=False,
    )


class _Run:
    def __init__(self, config: BackfillConfig, settings: AlertSettings, console: Console, state_dir: Path, cp: Checkpoint) -> None:
        self.config, self.settings, self.console, self.state_dir, self.cp = config, settings, console, state_dir, cp
        self.spool_path = Checkpoint.spool(state_dir)

    # --- phase 1: extraction --------------------------------------------------------------------------
    def extract(self, files: list[Path]) -> None:
        cp, tally = self.cp, self.cp.tally
        started = time.monotonic()
        workers = self.config.worker_count
        total = count_items(files)  # while the model server loads (start_model_server)
        pool, ready = start_pool(workers, self.config.max_article_bytes, self.config.since)
        with contextlib.ExitStack() as stack, self.spool_path.open("ab") as spool:
            # the workers exit while the ledger is written (the interpreter's exit joins them), not before it
            stack.callback(pool.shutdown, wait=False, cancel_futures=True)
            spool.truncate(cp.spool_bytes)  # drop events of items finished after the last checkpoint
            items = (item for item in raw_items(files) if item.seq >= cp.items_done)
            early = self._screen(items, ready)
            ready.result()  # a broken start (the model failed to load) fails here
            tally.startup_s += time.monotonic() - started
            last_save, at_start = started, cp.items_done
            with _progress(self.console) as bar:
                task = bar.add_task("extract", total=total, completed=cp.items_done, rate=0.0, unit="articles", events=tally.events)
                pending: deque[_Part] = deque()

                def take(part: _Part) -> None:
                    nonlocal last_save
                    for result in part.results():
                        self._record(result, spool)
                    now = time.monotonic()
                    rate = (cp.items_done - at_start) / (now - started) if now > started else 0.0
                    bar.update(task, completed=cp.items_done, rate=rate, events=tally.events)
                    if now - last_save >= _SAVE_EVERY_S:
                        self._save_extraction(spool, now - last_save)
                        last_save = now

                try:
                    for found, batch in _parts(chain(early, items), self.config.batch):
                        pending.append(_Part(found, pool.submit(extract_batch, batch) if batch else None))
                        while len(pending) >= 4 * workers:
                            take(pending.popleft())
                    while pending:
                        take(pending.popleft())
                finally:
                    for part in pending:
                        part.cancel()
                    self._save_extraction(spool, time.monotonic() - last_save)
            cp.extracted = True
            cp.save(self.state_dir)

    def _screen(self, items: Iterator[RawItem], ready: Future[None]) -> list[ItemResult | RawItem]:
        """Until a worker is ready: each item's result when it needs no parse (most news), else the item itself,
        for a worker (see ``townwatch.backfill.screen``). This process would otherwise wait on an idle core."""
        out: list[ItemResult | RawItem] = []
        wanted = self.config.screen == "on" or (self.config.screen == "auto" and idle_core(os.getloadavg()[0], usable_cpus()))
        if not wanted or ready.done():
            return out
        from townwatch.backfill.screen import Screen

        screen = Screen(self.config.max_article_bytes, self.config.since)
        for item in items:
            result = screen.result(item)
            out.append(item if result is None else result)
            if ready.done():
                break
        self.cp.tally.screened += sum(1 for entry in out if isinstance(entry, ItemResult))
        return out

    def _record(self, result: ItemResult, spool: BinaryIO) -> None:
        cp, tally = self.cp, self.cp.tally
        assert result.seq == cp.items_done, "results are taken in input order"
        tally.articles += 1
        if result.error is not None:
            tally.bad += 1
            self.console.print(f"[red]bad input[/] {result.origin}: {result.error}", highlight=False, markup=True)
        elif result.skipped:
            tally.skipped += 1
        for idx, raw in enumerate(result.events):
            spool.write(b"%d %d %s\n" % (result.seq, idx, raw))
            tally.events += 1
        cp.items_done += 1

    def _save_extraction(self, spool: BinaryIO, spent_s: float) -> None:
        spool.flush()
        os.fsync(spool.fileno())
        self.cp.spool_bytes = spool.tell()
        self.cp.tally.extract_s += spent_s
        self.cp.save(self.state_dir)

    # --- phase 2: the ledger -----------------------------------------------------------------------------
    async def apply(self, redis: Redis) -> None:
        cp, tally = self.cp, self.cp.tally
        ledger = Ledger.from_settings(redis, self.settings)
        events = load_ordered(self.spool_path, cp.spool_bytes, ledger.policy)
        async with contextlib.AsyncExitStack() as stack:
            send = None
            if self.config.notify == "all":
                send = await stack.enter_async_context(AlertPublisher(self.settings, ledger))
            applier = Applier(ledger, tally, backfill=self.config.notify != "all", send=send)
            began = last_save = time.monotonic()
            with _progress(self.console) as bar:
                task = bar.add_task("ledger", total=len(events), completed=cp.applied, rate=0.0, unit="events", events=tally.events)
                at_start = cp.applied
                try:
                    for event in events[cp.applied:]:
                        await applier.apply(event)
                        cp.applied += 1
                        now = time.monotonic()
                        if now - last_save >= _SAVE_EVERY_S:
                            tally.apply_s += now - last_save
                            cp.save(self.state_dir)
                            last_save = now
                            bar.update(task, completed=cp.applied, rate=(cp.applied - at_start) / (now - began))
                    bar.update(task, completed=cp.applied)
                finally:
                    tally.apply_s += time.monotonic() - last_save
                    cp.save(self.state_dir)
        if self.config.notify == "summary":
            from townwatch.backfill.digest import send_digests

            tally.digests = await send_digests(redis, ledger, tally.towns, self.settings, run=cp.run)
        cp.done = True
        cp.save(self.state_dir)


def default_state_dir(run: str) -> Path:
    return Path(".townwatch-backfill") / run


def run_backfill(config: BackfillConfig, settings: AlertSettings, console: Console) -> tuple[int, Tally]:
    """Run (or resume) one backfill; returns the exit code and the counts. Progress and bad input go to ``console``."""
    try:
        files = expand_paths(config.paths)
    except FileNotFoundError as exc:
        console.print(f"townwatch backfill: {exc}", highlight=False)
        return EXIT_USAGE, Tally()
    run = run_id(files, config.since.isoformat() if config.since else None, config.notify)
    state_dir = config.state_dir or default_state_dir(run)
    if config.restart and state_dir.exists():
        shutil.rmtree(state_dir)
    state_dir.mkdir(parents=True, exist_ok=True)
    try:
        cp = Checkpoint.load_or_new(state_dir, run)
    except CheckpointMismatch as exc:
        console.print(f"townwatch backfill: {exc}", highlight=False)
        return EXIT_USAGE, Tally()
    if cp.done:
        console.print(f"backfill {run} already complete ({state_dir}); --restart runs it again")
        return (EXIT_BAD_INPUT if cp.tally.bad else 0), cp.tally
    if cp.items_done or cp.applied:
        console.print(f"resuming from {state_dir}: {cp.items_done:,} articles extracted, {cp.applied:,} events applied")
    job = _Run(config, settings, console, state_dir, cp)

    async def with_redis(ping_only: bool) -> None:
        redis = Redis.from_url(settings.redis_url_value())
        try:
            await redis.ping()
            if ping_only and config.notify == "all":
                async with AlertPublisher(settings, Ledger(redis)):
                    pass
            if not ping_only:
                await job.apply(redis)
        finally:
            await redis.aclose()

    try:
        try:
            asyncio.run(with_redis(ping_only=True))  # fail before extracting for minutes
        except (OSError, RedisError, KafkaError) as exc:
            what = "Kafka (--notify all)" if isinstance(exc, KafkaError) else "the ledger's Redis"
            console.print(f"townwatch backfill: cannot reach {what}: {type(exc).__name__}: {exc}", highlight=False)
            return EXIT_USAGE, cp.tally
        if not cp.extracted:
            job.extract(files)
        asyncio.run(with_redis(ping_only=False))
    except KeyboardInterrupt:
        console.print(f"interrupted: checkpoint saved in {state_dir}; run the same command to resume")
        return EXIT_INTERRUPTED, cp.tally
    for line in cp.tally.summary_lines():
        console.print(line, highlight=False)
    return (EXIT_BAD_INPUT if cp.tally.bad else 0), cp.tally
