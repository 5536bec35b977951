"""``python -m bench.store``: the durable Tansu's object server alone, CPU per request type.

    uv run --frozen python -m bench.store [--batches 1000] [--requests 300]

Starts ``townwatch.stack.object_server`` as Tansu runs it, fills one partition with ``--batches`` record batches, then
sends each kind of request Tansu sends (a batch PUT with ``If-None-Match: *``, the watermark's compare-and-swap PUT,
an offset commit, a batch GET, a listing of the partition, and a batch PUT followed by a listing, which is what a
fetch after a produce costs) ``--requests`` times, one after another, and prints the server's CPU-seconds per
request (psutil, user + system) and the wall time. CPU, not wall time, is the figure to compare on a loaded machine.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable

import aiohttp
import psutil

from townwatch.stack.process import free_port

__all__ = ["main", "measure_store"]

AUTH = {"Authorization": "AWS4-HMAC-SHA256 Credential=bench/20261201/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=x"}
PARTITION = "clusters/c/topics/t/partitions/0000000000"
RECORDS = f"{PARTITION}/records/"


def _batch(size: int = 900) -> bytes:
    """A one-record Kafka batch as far as the server reads it (last offset delta 0 at byte 23), padded."""
    return bytes(23) + struct.pack(">i", 0) + bytes(size - 27)


async def measure_store(batches: int = 1000, requests: int = 300) -> dict[str, tuple[float, float]]:
    """{request kind: (server CPU µs per request, wall µs per request)}, plus the listing's size under ``"listing KiB"``."""
    root, port = tempfile.mkdtemp(prefix="townwatch-bench-store-"), free_port()
    proc = subprocess.Popen([sys.executable, "-m", "townwatch.stack.object_server", "--root", root, "--port", str(port),
                             "--bucket", "b"], env={**os.environ, "TOWNWATCH_S3_ACCESS_KEY": "bench"})
    bucket = f"http://127.0.0.1:{port}/b"
    results: dict[str, tuple[float, float]] = {}
    try:
        async with aiohttp.ClientSession() as http:
            deadline = time.monotonic() + 120
            while True:
                try:
                    async with http.get(f"http://127.0.0.1:{port}/", headers=AUTH):
                        break
                except aiohttp.ClientError:
                    if time.monotonic() > deadline or proc.poll() is not None:
                        raise RuntimeError("the object server did not start") from None
                    await asyncio.sleep(0.1)
            server = psutil.Process(proc.pid)
            next_offset = 0

            async def put_batch() -> None:
                nonlocal next_offset
                async with http.put(f"{bucket}/{RECORDS}{next_offset:020d}.batch", data=_batch(),
                                    headers={**AUTH, "If-None-Match": "*"}) as resp:
                    assert resp.status == 200, resp.status
                next_offset += 1

            async def listing() -> int:
                async with http.get(bucket, params={"list-type": "2", "prefix": RECORDS}, headers=AUTH) as resp:
                    assert resp.status == 200, resp.status
                    return len(await resp.read())

            async with http.put(f"{bucket}/{PARTITION}/watermark.json", data=b'{"low":null,"high":0}', headers=AUTH) as resp:
                etag = resp.headers["ETag"]

            async def watermark() -> None:
                nonlocal etag
                async with http.put(f"{bucket}/{PARTITION}/watermark.json", data=b'{"low":null,"high":%d}' % next_offset,
                                    headers={**AUTH, "If-Match": etag}) as resp:
                    assert resp.status == 200, resp.status
                    etag = resp.headers["ETag"]

            async def commit() -> None:
                async with http.put(f"{bucket}/clusters/c/groups/consumers/g/offsets/t/partitions/0000000000.json",
                                    data=b'{"offset":5}', headers=AUTH) as resp:
                    assert resp.status == 200, resp.status

            async def get_batch() -> None:
                async with http.get(f"{bucket}/{RECORDS}{next_offset - 1:020d}.batch", headers=AUTH) as resp:
                    assert resp.status == 200, resp.status
                    await resp.read()

            async def produce_then_fetch() -> None:
                await put_batch()
                await listing()

            for _ in range(batches):
                await put_batch()
            await listing()

            def cpu() -> float:
                times = server.cpu_times()
                return times.user + times.system

            kinds: dict[str, Callable[[], Awaitable[object]]] = {
                "PUT batch (create)": put_batch, "PUT watermark (compare and swap)": watermark,
                "PUT offset commit": commit, "GET batch": get_batch, "LIST partition (unchanged)": listing,
                "PUT batch, then LIST partition": produce_then_fetch,
            }
            for name, send in kinds.items():
                cpu0, wall0 = cpu(), time.perf_counter()
                for _ in range(requests):
                    await send()
                results[name] = ((cpu() - cpu0) / requests * 1e6, (time.perf_counter() - wall0) / requests * 1e6)
            results["listing KiB"] = (await listing() / 1024, 0.0)
    finally:
        proc.terminate()
        proc.wait()
    return results


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.store", description=__doc__.splitlines()[0])
    p.add_argument("--batches", type=int, default=1000, help="record batches in the partition first (default 1000)")
    p.add_argument("--requests", type=int, default=300, help="requests of each kind (default 300)")
    args = p.parse_args(argv)
    results = asyncio.run(measure_store(args.batches, args.requests))
    listing_kib = results.pop("listing KiB")[0]
    print(f"object server, one partition of {args.batches}+ batches (listing {listing_kib:.0f} KiB), "
          f"load average {os.getloadavg()[0]:.1f}:")
    for name, (cpu_us, wall_us) in results.items():
        print(f"  {name:34s} server CPU {cpu_us:8.0f} µs/request   wall {wall_us:8.0f} µs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
