"""``python -m bench``: the whole pipeline under load; writes bench/results/<stamp>.json and .png (and latest.*)."""

from __future__ import annotations

import argparse
import asyncio
import shlex
import shutil
import signal
import sys
from pathlib import Path
from typing import Any

from bench.harness import BenchConfig, run_bench
from bench.report import render_chart, summary_lines, write_json
from townwatch.stack.brokers import BROKERS

__all__ = ["main"]

RESULTS = Path(__file__).resolve().parent / "results"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m bench",
        description="Run the embedded stack (Tansu or Kafka, Redis, ingest, extract, alert) under load: a set rate, then flat "
                    "out; report throughput, end-to-end latency p50/p95/p99, CPU and RSS per service, and raw "
                    "aiokafka throughput on the same broker. Writes JSON and a PNG chart.",
    )
    p.add_argument("--rate", type=float, default=100.0, help="articles/s of the set-rate phase (default 100)")
    p.add_argument("--duration", type=float, default=120.0, help="seconds of the set-rate phase (default 120)")
    p.add_argument("--max-articles", type=int, default=8000, help="articles sent flat out in the max-rate phase (default 8000)")
    p.add_argument("--baseline-messages", type=int, default=5000, help="messages of the raw aiokafka baseline (default 5000)")
    p.add_argument("--soak", type=float, default=0.0, metavar="SECONDS",
                   help="add a soak phase of this many seconds (600 for the 10-minute RSS check); default none")
    p.add_argument("--soak-rate", type=float, default=50.0, help="articles/s during the soak (default 50: below what the pipeline sustains, so RSS shows leaks, not backlog)")
    p.add_argument("--drain-timeout", type=float, default=None, metavar="SECONDS",
                   help="longest wait for the pipeline to catch up after a phase's sends (default: max(300, articles/5) "
                        "for the set-rate and flat-out phases, 120 after the soak); a phase that does not catch up is "
                        "reported with its lag, so a soak always ends with figures")
    p.add_argument("--via", choices=["push", "topic"], default="push",
                   help="push: POST /articles on ingest (default); topic: produce Articles onto articles.v1 directly")
    p.add_argument("--concurrency", type=int, default=16, help="push requests in flight at the set rate (default 16)")
    p.add_argument("--extract-workers", type=int, default=1,
                   help="extract processes in one consumer group (default 1; they share articles.v1's partitions)")
    p.add_argument("--seed", type=int, default=7, help="corpus seed (default 7)")
    p.add_argument("--quick", action="store_true",
                   help="a smoke run: 50/s for 20 s, 1500 articles flat out, 1000 baseline messages")
    p.add_argument("--out", type=Path, default=RESULTS, help=f"results directory (default {RESULTS})")
    p.add_argument("--broker", choices=sorted(BROKERS), default=None,
                   help="embedded broker: tansu (durable, on disk), tansu-memory or kafka (real Apache Kafka, KRaft); "
                        "default: TOWNWATCH_BROKER, else tansu")
    p.add_argument("--workdir", type=Path, default=None, help="where the pipeline keeps the broker's store, Redis data and logs, kept after the run "
                        "(default: a temp dir, removed after the run unless it failed)")
    return p


async def _run_stoppable(config: BenchConfig) -> dict[str, Any]:
    """``run_bench``, stopped by SIGTERM as by Ctrl-C: the run's task is cancelled and the harness stops the stack it
    started (before this, a ``kill`` or a CI runner's timeout ended the bench at once and left extract and alert
    running)."""
    task = asyncio.current_task()
    assert task is not None
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, task.cancel)
    return await run_bench(config, log=lambda m: print(m, file=sys.stderr, flush=True))


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.quick:
        args.rate, args.duration, args.max_articles, args.baseline_messages = 50.0, 20.0, 1500, 1000
    command = "python -m bench " + " ".join(shlex.quote(a) for a in (sys.argv[1:] if argv is None else argv))
    config = BenchConfig(
        rate=args.rate, duration=args.duration, max_articles=args.max_articles, baseline_messages=args.baseline_messages,
        soak=args.soak, soak_rate=args.soak_rate, via=args.via, seed=args.seed, concurrency=args.concurrency,
        workdir=args.workdir, broker=args.broker, command=command.strip(), extract_workers=args.extract_workers,
        drain_timeout=args.drain_timeout,
    )
    try:
        results = asyncio.run(_run_stoppable(config))
    except (KeyboardInterrupt, asyncio.CancelledError) as exc:  # Ctrl-C or SIGTERM cancelled the run, which stopped the stack
        print("interrupted: no results written", file=sys.stderr, flush=True)
        return 130 if isinstance(exc, KeyboardInterrupt) else 128 + signal.SIGTERM
    stamp = results["started_at"].replace(":", "").replace("+0000", "Z")
    json_path = write_json(args.out / f"bench-{stamp}.json", results)
    png_path = render_chart(args.out / f"bench-{stamp}.png", results)
    shutil.copyfile(json_path, args.out / "latest.json")
    shutil.copyfile(png_path, args.out / "latest.png")
    print("\n".join(summary_lines(results)))
    print(f"results: {json_path}\nchart:   {png_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
