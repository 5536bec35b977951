"""``python -m bench.store_soak``: the durable Tansu's object server alone under the soak's request pattern, its memory
sampled over time (is it warm-up or a leak?).

    uv run --frozen python -m bench.store_soak [--minutes 30] [--rate 50] [--retention-s 180] [--trace]

Starts ``townwatch.stack.object_server``'s application in a child process and sends what Tansu sends at the bench's
soak (50 articles/s): per produced batch a compare-and-swap PUT of the partition's watermark and a create PUT of the
batch, then a fetch (a LIST of the partition's ``records/`` and a GET of the batch); an idle LIST of each partition a
second; each group's offset commit per partition a second; and every ``--sweep-s`` the real retention sweep
(``retention.sweep``) deleting batches older than ``--retention-s`` through DeleteObjects, as the stack's sweeper
does. Topics: articles.v1 at ``--rate`` batches/s (3 KB), control-changes.v1 at a fifth of it (1 KB), alerts.v1 at
a fiftieth (1.5 KB), 4 partitions each. Every ``--every`` seconds it prints the server's RSS, the Python heap the
server's allocations hold (tracemalloc, with ``--trace``: slower, and its own bookkeeping adds to RSS) and the sizes
of the server's kept state (listed entries, the batch-span index). The last lines are the RSS trend per minute over
the run's first and second halves: a leak keeps its slope, a warm-up flattens.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
import psutil

from townwatch.stack.process import free_port
from townwatch.stack.retention import Retention, sweep

__all__ = ["main"]

AUTH = {"Authorization": "AWS4-HMAC-SHA256 Credential=soak/20261201/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=x"}
BUCKET = "tansu"
TOPICS = {"articles.v1": (1.0, 3000), "control-changes.v1": (0.2, 1000), "alerts.v1": (0.02, 1500)}  # share, bytes
PARTITIONS = 4


def _batch(size: int) -> bytes:
    """A one-record Kafka batch as far as the server reads it (last offset delta 0 at byte 23), padded."""
    return bytes(23) + struct.pack(">i", 0) + bytes(size - 27)


def serve(root: Path, port: int, stats: Path, every: float, trace: bool, server_file: Path | None) -> None:
    """The object server's application (``server_file``'s, when given), writing a line of its state to ``stats``
    every ``every`` seconds."""
    import importlib.util
    import tracemalloc

    from aiohttp import web

    from townwatch.stack import object_server

    if server_file is not None:  # an older object_server.py, to compare under the same load
        spec = importlib.util.spec_from_file_location("object_server_under_test", server_file)
        assert spec is not None and spec.loader is not None
        object_server = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = object_server  # its dataclasses look themselves up there
        spec.loader.exec_module(object_server)
    ObjectServer = object_server.ObjectServer

    if trace:
        tracemalloc.start()
    server = ObjectServer(root, "soak")
    (server.objects / BUCKET).mkdir(exist_ok=True)
    me = psutil.Process()

    async def sample(_app: web.Application) -> None:
        first = tracemalloc.take_snapshot() if trace else None
        with stats.open("a") as out:
            while True:
                await asyncio.sleep(every)
                line = {"t": time.time(), "rss_mib": me.memory_info().rss / 2**20,
                        "listed": sum(len(p.entries) for p in server._dirs.values()), "partitions": len(server._dirs),
                        "spans": len(server.batches._spans), "trash": len(getattr(server, "_deleted", ()))}
                if trace and first is not None:
                    snap = tracemalloc.take_snapshot()
                    line["heap_mib"] = tracemalloc.get_traced_memory()[0] / 2**20
                    line["tracemalloc_mib"] = tracemalloc.get_tracemalloc_memory() / 2**20
                    line["top"] = [f"{s.traceback[0].filename.rpartition('/')[2]}:{s.traceback[0].lineno} "
                                   f"{s.size_diff / 2**20:+.2f} MiB {s.count_diff:+d}"
                                   for s in snap.compare_to(first, "lineno")[:6]]
                out.write(json.dumps(line) + "\n")
                out.flush()

    async def start_sampler(app: web.Application) -> None:
        app["sampler"] = asyncio.create_task(sample(app))

    app = server.app()
    app.on_startup.append(start_sampler)
    web.run_app(app, host="127.0.0.1", port=port, print=None, access_log=None)


class Load:
    """Tansu's requests against the server at ``base``."""

    def __init__(self, http: aiohttp.ClientSession, base: str) -> None:
        self.http, self.base = http, base
        self.next: dict[tuple[str, int], int] = {}
        self.etag: dict[tuple[str, int], str] = {}
        self.requests = 0
        self.written = 0  # batches

    @staticmethod
    def prefix(topic: str, partition: int) -> str:
        return f"clusters/{BUCKET}/topics/{topic}/partitions/{partition:010d}"

    async def _send(self, method: str, key: str, **kw) -> bytes:
        self.requests += 1
        async with self.http.request(method, f"{self.base}/{key}" if key else self.base, **kw) as resp:
            body = await resp.read()
            if resp.status >= 400:
                raise RuntimeError(f"{method} {key}: {resp.status} {body[:200]!r}")
            if "ETag" in resp.headers and key.endswith("watermark.json"):
                self.etag[self._tp(key)] = resp.headers["ETag"]
            return body

    @staticmethod
    def _tp(key: str) -> tuple[str, int]:
        parts = key.split("/")
        return parts[3], int(parts[5])

    async def produce(self, topic: str, partition: int, size: int) -> None:
        tp, pre = (topic, partition), self.prefix(topic, partition)
        offset = self.next.get(tp, 0)
        self.next[tp] = offset + 1
        cas = {"If-Match": self.etag[tp]} if tp in self.etag else {}
        await self._send("PUT", f"{pre}/watermark.json", data=json.dumps({"high": offset + 1}).encode(), headers={**AUTH, **cas})
        await self._send("PUT", f"{pre}/records/{offset:020d}.batch", data=_batch(size), headers={**AUTH, "If-None-Match": "*"})
        self.written += 1
        await self.fetch(topic, partition, offset)

    async def fetch(self, topic: str, partition: int, offset: int | None) -> None:
        pre = self.prefix(topic, partition)
        await self._send("GET", "", params={"list-type": "2", "prefix": f"{pre}/records/"}, headers=AUTH)
        if offset is not None:
            await self._send("GET", f"{pre}/records/{offset:020d}.batch", headers=AUTH)

    async def commit(self, group: str, topic: str, partition: int) -> None:
        body = json.dumps({"offset": self.next.get((topic, partition), 0)}).encode()
        await self._send("PUT", f"clusters/{BUCKET}/groups/consumers/{group}/offsets/{topic}/partitions/{partition:010d}.json",
                         data=body, headers=AUTH)


async def _every(period: float, step, stop: asyncio.Event) -> None:
    """Run ``step()`` every ``period`` seconds (on schedule, not after the last one ended) until ``stop``."""
    loop = asyncio.get_running_loop()
    due = loop.time()
    while not stop.is_set():
        await step()
        due += period
        await asyncio.sleep(max(due - loop.time(), 0))


async def drive(args: argparse.Namespace) -> tuple[list[dict], float]:
    root = Path(tempfile.mkdtemp(prefix="townwatch-store-soak-"))
    port, stats = free_port(), root / "stats.jsonl"
    cmd = [sys.executable, "-m", "bench.store_soak", "--serve", str(root), "--port", str(port), "--every", str(args.every)]
    cmd += ["--trace"] if args.trace else []
    proc = subprocess.Popen(cmd + (["--server-file", str(args.server_file)] if args.server_file else []))
    base = f"http://127.0.0.1:{port}/{BUCKET}"
    stop = asyncio.Event()
    try:
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=16)) as http:
            for _ in range(600):
                try:
                    async with http.get(f"http://127.0.0.1:{port}/", headers=AUTH):
                        break
                except aiohttp.ClientError:
                    if proc.poll() is not None:
                        raise RuntimeError(f"the object server exited with {proc.returncode}") from None
                    await asyncio.sleep(0.1)
            load = Load(http, base)
            objects = root / "objects" / BUCKET

            def delete(paths: list[Path]) -> None:
                keys = "".join(f"<Object><Key>{p.relative_to(objects).as_posix()}</Key></Object>" for p in paths)
                asyncio.run_coroutine_threadsafe(load._send("POST", "", params={"delete": ""}, headers=AUTH,
                                                            data=f"<Delete>{keys}</Delete>".encode()), loop).result()

            loop = asyncio.get_running_loop()
            tasks = []
            for topic, (share, size) in TOPICS.items():
                rate = args.rate * share / PARTITIONS
                for partition in range(PARTITIONS):
                    async def produce(topic=topic, partition=partition, size=size) -> None:
                        await load.produce(topic, partition, size)

                    async def idle(topic=topic, partition=partition) -> None:
                        await load.fetch(topic, partition, None)

                    async def commit(topic=topic, partition=partition) -> None:
                        await load.commit(topic.split(".")[0] + "-group", topic, partition)

                    tasks += [_every(1 / rate, produce, stop), _every(1.0, idle, stop), _every(1.0, commit, stop)]

            async def sweeper() -> None:
                await asyncio.to_thread(sweep, objects, Retention(ms=int(args.retention_s * 1000), bytes=None), None, delete)

            tasks.append(_every(args.sweep_s, sweeper, stop))
            running = [asyncio.create_task(t) for t in tasks]
            started = time.monotonic()
            seen = 0
            while time.monotonic() - started < args.minutes * 60:
                await asyncio.sleep(args.every)
                lines = stats.read_text().splitlines() if stats.exists() else []
                for line in lines[seen:]:
                    s = json.loads(line)
                    print(f"{time.monotonic() - started:7.0f} s  RSS {s['rss_mib']:6.1f} MiB"
                          + (f"  heap {s['heap_mib']:5.1f} (tracemalloc {s['tracemalloc_mib']:4.1f})" if "heap_mib" in s else "")
                          + f"  listed {s['listed']:6d}  spans {s['spans']:6d}  batches {load.written}  requests {load.requests}"
                          f"  load {os.getloadavg()[0]:.1f}", flush=True)
                    for top in s.get("top", []):
                        print("           ", top, flush=True)
                seen = len(lines)
                if any(t.done() for t in running):
                    for t in running:
                        if t.done() and t.exception():
                            raise t.exception()  # type: ignore[misc]
            stop.set()
            rate = load.written / (time.monotonic() - started)
            await asyncio.gather(*running, return_exceptions=True)
    finally:
        proc.terminate()
        proc.wait()
    samples = [json.loads(line) for line in stats.read_text().splitlines()]
    shutil.rmtree(root, ignore_errors=True)
    return samples, rate


def _slope(samples: list[dict]) -> float:
    """Least-squares RSS trend, MiB per minute."""
    if len(samples) < 2:
        return 0.0
    ts = [(s["t"] - samples[0]["t"]) / 60 for s in samples]
    ys = [s["rss_mib"] for s in samples]
    mt, my = sum(ts) / len(ts), sum(ys) / len(ys)
    den = sum((t - mt) ** 2 for t in ts)
    return sum((t - mt) * (y - my) for t, y in zip(ts, ys, strict=True)) / den if den else 0.0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.store_soak", description=__doc__.splitlines()[0])
    p.add_argument("--minutes", type=float, default=30.0)
    p.add_argument("--rate", type=float, default=50.0, help="articles.v1 batches per second (the soak's articles/s)")
    p.add_argument("--retention-s", type=float, default=180.0)
    p.add_argument("--sweep-s", type=float, default=30.0)
    p.add_argument("--every", type=float, default=30.0, help="seconds between samples")
    p.add_argument("--trace", action="store_true", help="tracemalloc in the server: where its heap grows")
    p.add_argument("--server-file", type=Path, help="run this object_server.py instead (an older one, to compare: "
                   "git show REV:src/townwatch/stack/object_server.py > old.py)")
    p.add_argument("--serve", type=Path, help=argparse.SUPPRESS)
    p.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.serve:
        serve(args.serve, args.port, args.serve / "stats.jsonl", args.every, args.trace, args.server_file)
        return 0
    samples, rate = asyncio.run(drive(args))
    half = len(samples) // 2
    print(f"store RSS {samples[0]['rss_mib']:.1f} -> {samples[-1]['rss_mib']:.1f} MiB over {args.minutes:g} min at "
          f"{rate:.1f} batches/s written ({args.rate * sum(share for share, _ in TOPICS.values()):.1f} asked), load average "
          f"{os.getloadavg()[0]:.1f}; trend first half {_slope(samples[:half + 1]):+.2f} MiB/min, "
          f"second half {_slope(samples[half:]):+.2f} MiB/min")
    return 0


if __name__ == "__main__":
    sys.exit(main())
