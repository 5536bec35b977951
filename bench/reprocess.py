"""``python -m bench.reprocess``: a ``townwatch reprocess`` dry run over the bench corpus on articles.v1 (a real
broker and Redis, an empty live ledger, so every alert the shadow raises is listed as missing). Prints the rate of
each phase and writes ``bench/results/reprocess-<stamp>.json``."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from rich.console import Console

from bench.corpus import generate, write_jsonl
from bench.report import write_stamped
from townwatch.reprocess import ReprocessConfig, reprocess
from townwatch.stack import RedisServer, make_broker

__all__ = ["main"]

RESULTS = Path(__file__).resolve().parent / "results"


async def _run(count: int, seed: int, workdir: Path, broker_kind: str) -> dict[str, Any]:
    from townwatch_alert.settings import AlertSettings
    from townwatch_extract.extractor import Extractor
    from townwatch_ingest.replay import replay
    from townwatch_ingest.settings import IngestSettings
    from townwatch_runtime.topic_admin import ensure_topics

    items = list(generate(count, seed=seed))
    corpus = write_jsonl(workdir / "bench.jsonl", items)
    extractor = await asyncio.to_thread(Extractor)
    with make_broker(broker_kind, workdir) as broker, RedisServer(data_dir=workdir / "redis") as redis:  # type: ignore[arg-type]
        ingest = IngestSettings(kafka_bootstrap_servers=broker.bootstrap_servers, kafka_create_topics=False,
                                kafka_idempotent_producer=broker.idempotent_producer)
        await ensure_topics(ingest)
        published = (await replay([corpus], ingest, progress=False)).published
        settings = AlertSettings(redis_url=redis.url, kafka_bootstrap_servers=broker.bootstrap_servers)
        began = time.perf_counter()
        report = await reprocess(ReprocessConfig(since=dt.datetime.now(dt.UTC).date()), settings, extractor,
                                 Console(stderr=True, soft_wrap=True, quiet=True))
        wall = time.perf_counter() - began
    return {
        "started_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S%z"),
        "command": "python -m bench.reprocess " + " ".join(sys.argv[1:]),
        "machine": {"cpus": os.cpu_count(), "load_average_1m_after": round(os.getloadavg()[0], 2)},
        "broker": broker_kind, "articles": published, "records": report.records, "events": report.events,
        "wall_s": round(wall, 2), "records_per_s": round(report.records / wall, 1),
        "read_extract_s": round(report.read_s, 2), "read_extract_records_per_s": round(report.rate, 1),
        "shadow_ledger_s": round(report.shadow.apply_s, 2),
        "shadow_events_per_s": round(report.events / report.shadow.apply_s, 1) if report.shadow.apply_s else None,
        "diff_s": round(report.diff_s - report.shadow.apply_s, 2),
        "shadow_alerts": report.shadow.alerts, "missing": len(report.difference.missing), "gone": len(report.difference.gone),
    }


def summary_lines(r: dict[str, Any]) -> list[str]:
    return [
        f"reprocess dry run : {r['records_per_s']:8.1f} records/s end to end ({r['records']} articles on {r['broker']}, "
        f"{r['wall_s']:.1f} s wall)",
        f"  read + extract  : {r['read_extract_records_per_s']:8.1f} records/s ({r['read_extract_s']:.1f} s)",
        f"  shadow ledger   : {r['shadow_events_per_s'] or 0:8.1f} events/s ({r['events']} events, {r['shadow_ledger_s']:.2f} s)",
        f"  live read, diff : {r['diff_s']:.2f} s ({r['shadow_alerts']} shadow alerts, {r['missing']} missing, {r['gone']} gone); "
        f"load average after {r['machine']['load_average_1m_after']}",
    ]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.reprocess", description=__doc__)
    p.add_argument("-n", type=int, default=2000, help="bench-corpus articles (default 2000)")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--broker", choices=["tansu", "kafka"], default="tansu")
    p.add_argument("--out", type=Path, default=RESULTS)
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="townwatch-bench-reprocess-") as tmp:
        results = asyncio.run(_run(args.n, args.seed, Path(tmp), args.broker))
    path = write_stamped(args.out, "reprocess", results)
    print("\n".join(summary_lines(results)))
    print(f"results: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
