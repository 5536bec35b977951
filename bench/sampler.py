"""Per-process CPU and RSS, sampled with psutil once a second for every service of a running pipeline."""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import psutil

__all__ = ["ProcessSample", "ResourceSampler", "rss_trend"]


@dataclass(frozen=True)
class ProcessSample:
    t: float  # seconds since the sampler started
    name: str
    pid: int
    cpu_percent: float  # of one core
    cpu_seconds: float  # user + system since the process started
    rss_bytes: int


def rss_trend(samples: list[ProcessSample]) -> dict[str, float]:
    """Least-squares slope of RSS over time (MiB per minute) and the growth from the first to the last tenth."""
    if len(samples) < 4:
        return {"slope_mib_per_min": 0.0, "growth_mib": 0.0}
    ts = [s.t for s in samples]
    ys = [s.rss_bytes / 2**20 for s in samples]
    mt, my = sum(ts) / len(ts), sum(ys) / len(ys)
    var = sum((t - mt) ** 2 for t in ts) or 1.0
    slope = sum((t - mt) * (y - my) for t, y in zip(ts, ys, strict=True)) / var
    tenth = max(1, len(ys) // 10)
    growth = sum(ys[-tenth:]) / tenth - sum(ys[:tenth]) / tenth
    return {"slope_mib_per_min": slope * 60, "growth_mib": growth}


@dataclass
class ResourceSampler:
    """Samples the processes ``pids()`` names (re-read every tick, so a restarted service is followed)."""

    pids: Callable[[], dict[str, int]]
    interval: float = 1.0
    samples: list[ProcessSample] = field(default_factory=list)
    _procs: dict[int, psutil.Process] = field(default_factory=dict)
    _task: asyncio.Task[None] | None = None
    _t0: float = field(default_factory=time.monotonic)

    def sample_once(self) -> list[ProcessSample]:
        now = time.monotonic() - self._t0
        taken = []
        for name, pid in self.pids().items():
            proc = self._procs.get(pid)
            try:
                if proc is None:
                    proc = self._procs[pid] = psutil.Process(pid)
                    proc.cpu_percent(None)  # the first call only primes the counter
                    continue
                with proc.oneshot():
                    times = proc.cpu_times()
                    taken.append(ProcessSample(now, name, pid, proc.cpu_percent(None), times.user + times.system,
                                               proc.memory_info().rss))
            except psutil.Error:
                self._procs.pop(pid, None)
        self.samples += taken
        return taken

    async def _run(self) -> None:
        while True:
            self.sample_once()
            await asyncio.sleep(self.interval)

    def start(self) -> ResourceSampler:
        self._task = asyncio.get_running_loop().create_task(self._run())
        return self

    async def stop(self) -> None:
        if self._task:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass

    def between(self, start: float, end: float) -> list[ProcessSample]:
        return [s for s in self.samples if start <= s.t <= end]

    def now(self) -> float:
        return time.monotonic() - self._t0

    def summary(self, start: float, end: float) -> dict[str, dict[str, float]]:
        """Per process over [start, end]: mean and max CPU %, CPU seconds used, peak and last RSS, RSS trend."""
        out: dict[str, dict[str, float]] = {}
        for name in sorted({s.name for s in self.samples}):
            window = [s for s in self.between(start, end) if s.name == name]
            if not window:
                continue
            cpu_seconds = 0.0
            for a, b in itertools.pairwise(window):
                if a.pid == b.pid:  # a restart resets the counter
                    cpu_seconds += max(0.0, b.cpu_seconds - a.cpu_seconds)
            out[name] = {
                "cpu_percent_mean": sum(s.cpu_percent for s in window) / len(window),
                "cpu_percent_max": max(s.cpu_percent for s in window),
                "cpu_seconds": cpu_seconds,
                "rss_peak_mib": max(s.rss_bytes for s in window) / 2**20,
                "rss_last_mib": window[-1].rss_bytes / 2**20,
                **rss_trend(window),
            }
        return out
