"""``python -m bench.backfill``: ``townwatch backfill`` end to end on the bench corpus (worker start-up, extraction
and the ledger writes into a real Redis included), beside the single-process extractor rate measured in the same
run on the same articles. Prints the figures and writes ``bench/results/backfill-<stamp>.json``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.corpus import generate, write_jsonl
from bench.report import write_stamped
from townwatch.stack import RedisServer

__all__ = ["main"]

RESULTS = Path(__file__).resolve().parent / "results"


def compile_bytecode() -> float:
    """Compile the environment's and the project's modules to bytecode first, as installing a package does (pip
    compiles on install; ``uv sync`` leaves it to the first import, and with PYTHONDONTWRITEBYTECODE set, as on our
    machine, every run compiled spaCy and the project again: 3.2 of 5.5 CPU-seconds of the backfill's start-up).
    Seconds taken (quick once done: up-to-date files are only looked at)."""
    import compileall

    began = time.perf_counter()
    roots = (sys.prefix, str(Path(__file__).resolve().parent.parent))
    for entry in sorted({p for p in sys.path if p and p.startswith(roots) and Path(p).is_dir()}):
        compileall.compile_dir(entry, quiet=2, workers=0)
    return time.perf_counter() - began


def single_process_rate(lines: list[str]) -> float:
    """Articles/s of one ``Extractor`` in this process (model loaded and warm; article building included)."""
    from townwatch_extract.extractor import Extractor
    from townwatch_ingest.draft import build_article, parse_draft
    from townwatch_ingest.outlets import default_catalogue

    extractor, catalogue = Extractor(), default_catalogue()
    now = dt.datetime.now(dt.UTC)

    def one(line: str) -> int:
        article = build_article(parse_draft(line, 2_000_000), received=now, max_bytes=2_000_000, catalogue=catalogue)
        return len(extractor.extract(article))

    one(lines[0])
    began = time.perf_counter()
    for line in lines:
        one(line)
    return len(lines) / (time.perf_counter() - began)


def run(count: int, workers: int, sample: int, seed: int, workdir: Path, screen: str = "auto") -> dict[str, Any]:
    compile_s = compile_bytecode()
    load_before = round(os.getloadavg()[0], 2)
    items = list(generate(count, seed=seed))
    corpus = write_jsonl(workdir / "bench.jsonl", items)
    single = single_process_rate([item.json_line() for item in items[:sample]])
    state = workdir / "state"
    with RedisServer(data_dir=workdir / "redis", appendonly=True) as redis:
        command = [sys.executable, "-m", "townwatch.cli", "backfill", str(corpus), "--redis-url", redis.url,
                   "--state-dir", str(state), *(["--workers", str(workers)] if workers else []), "--screen", screen]
        began = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True)
        wall = time.perf_counter() - began
    if done.returncode != 0:
        raise SystemExit(f"backfill failed ({done.returncode}):\n{done.stderr[-3000:]}")
    tally = json.loads((state / "checkpoint.json").read_text())["tally"]
    rate = count / wall
    from townwatch.backfill.runner import usable_cpus

    workers = workers or usable_cpus()  # as the command counts them
    # after the workers are ready: what each core extracts, beside the one-process extractor (scaling efficiency);
    # the articles the run's own process answered while the workers loaded (``screened``) are not theirs
    screened = tally.get("screened", 0)
    steady = (count - screened) / max(1e-9, tally["extract_s"] - tally.get("startup_s", 0.0))
    per_worker = steady / workers
    return {
        "started_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S%z"),
        "command": "python -m bench.backfill " + " ".join(sys.argv[1:]),
        "machine": {"cpus": os.cpu_count(), "load_average_1m_before": load_before,
                    "load_average_1m_after": round(os.getloadavg()[0], 2)},
        "articles": count, "relevant": sum(1 for i in items if i.relevant), "workers": workers,
        "wall_s": round(wall, 2), "articles_per_s": round(rate, 1), "articles_per_s_per_core": round(rate / workers, 1),
        "extract_s": round(tally["extract_s"], 2), "startup_s": round(tally.get("startup_s", 0.0), 2),
        "ledger_s": round(tally["apply_s"], 2),
        # the rest of the wall time: the CLI process's start and imports, the Redis check, the summary and exit
        "launch_and_exit_s": round(wall - tally["extract_s"] - tally["apply_s"], 2),
        # both workers after start-up: what a long backfill (a year of news) runs at, start-up spread thin
        "steady_articles_per_s": round(steady, 1), "screened_during_startup": screened,
        "extract_articles_per_s_per_worker": round(per_worker, 1),
        "worker_to_single_process": round(per_worker / single, 2),
        "events": tally["events"], "alerts": tally["alerts"], "towns": len(tally["towns"]),
        "single_process_extractor_articles_per_s": round(single, 1), "single_process_sample": min(sample, count),
        "ratio_to_single_process": round(rate / single, 2),
        "bytecode_compile_s": round(compile_s, 2),
    }


def summary_lines(r: dict[str, Any]) -> list[str]:
    return [
        f"backfill end to end : {r['articles_per_s']:8.1f} articles/s ({r['articles']} articles, {r['relevant']} relevant, "
        f"{r['workers']} workers, {r['wall_s']:.1f} s wall: extract {r['extract_s']:.1f} s, ledger {r['ledger_s']:.2f} s)",
        f"per core            : {r['articles_per_s_per_core']:8.1f} articles/s end to end; after a start-up of {r['startup_s']:.1f} s "
        f"(workers ready), each worker extracts {r['extract_articles_per_s_per_worker']:.1f} articles/s "
        f"= {r['worker_to_single_process']:.2f}x the single process",
        f"phases              : launch and exit {r['launch_and_exit_s']:.1f} s (process start, imports, Redis check, summary), "
        f"worker start-up {r['startup_s']:.1f} s (waiting for the model server after the CLI's own set-up; meanwhile "
        f"the CLI answered {r.get('screened_during_startup', 0)} articles that need no parse), "
        f"extraction {r['extract_s'] - r['startup_s']:.1f} s, "
        f"ledger {r['ledger_s']:.2f} s (modules compiled to bytecode beforehand, not timed: "
        f"{r.get('bytecode_compile_s', 0):.1f} s)",
        f"steady rate         : {r['steady_articles_per_s']:8.1f} articles/s (all workers extracting, after start-up; "
        "the articles answered during start-up not counted)",
        f"ledger              : {r['events']} events, {r['alerts']} alerts, {r['towns']} towns",
        f"single process      : {r['single_process_extractor_articles_per_s']:8.1f} articles/s (extractor alone, warm, "
        f"{r['single_process_sample']} articles)",
        f"ratio               : {r['ratio_to_single_process']:8.2f}x the single-process extractor "
        f"(goal 1,500 articles/s; load average {r['machine'].get('load_average_1m_before', '?')} before, "
        f"{r['machine']['load_average_1m_after']} after the run)",
    ]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.backfill", description=__doc__)
    p.add_argument("-n", type=int, default=8000, help="bench-corpus articles (default 8000)")
    p.add_argument("--workers", type=int, default=0, help="backfill worker processes (default: one per core)")
    p.add_argument("--screen", choices=["auto", "on", "off"], default="auto",
                   help="the backfill's --screen: whether the CLI answers articles itself while the workers load (default auto)")
    p.add_argument("--sample", type=int, default=2000, help="articles timed in the single-process extractor run (default 2000)")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--out", type=Path, default=RESULTS)
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="townwatch-bench-backfill-") as tmp:
        results = run(args.n, args.workers, args.sample, args.seed, Path(tmp), screen=args.screen)
    path = write_stamped(args.out, "backfill", results)
    print("\n".join(summary_lines(results)))
    print(f"results: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
