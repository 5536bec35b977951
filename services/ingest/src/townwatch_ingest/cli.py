"""The ``townwatch replay`` command: argument parsing, start-up checks, and a one-line summary on stderr."""

from __future__ import annotations

import argparse
import asyncio
import sys

from townwatch_ingest.replay import replay
from townwatch_ingest.replay_source import expand_paths
from townwatch_ingest.settings import IngestSettings
from townwatch_runtime.preflight import Check, check_kafka, check_redis, exit_if_unreachable

__all__ = ["build_parser", "replay_main"]


def _speed(value: str) -> float:
    try:
        speed = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if speed < 0 or speed != speed or speed == float("inf"):
        raise argparse.ArgumentTypeError("speed must be a finite number >= 0")
    return speed


def build_parser(prog: str = "townwatch replay") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Replay seed-format text files or JSON Lines to articles.v1, keeping publication dates.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="files or directories (a directory's files are taken in name order); "
                             "*.jsonl / *.ndjson are JSON Lines, anything else is the seed text format")
    parser.add_argument("--speed", type=_speed, default=0.0,
                        help="compress time: articles are spaced by their publication-time gaps divided by "
                             "SPEED (86400 = one day per second); 0 (default) = as fast as possible")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.add_argument("--skip-seen", action="store_true",
                        help="do not publish articles the seen-article record already has "
                             "(by default a replay publishes everything again)")
    parser.add_argument("--bootstrap-servers", metavar="HOST:PORT",
                        help="Kafka bootstrap servers (default: TOWNWATCH_KAFKA_BOOTSTRAP_SERVERS)")
    return parser


def replay_main(argv: list[str] | None = None) -> int:
    """Run ``townwatch replay``; returns 0 when every item was published (or was a skipped duplicate),
    1 when some were rejected (they are on dead-letters.ingest.v1), 2 on a usage or start-up error."""
    args = build_parser().parse_args(argv)
    settings = IngestSettings()
    if args.bootstrap_servers:
        settings = settings.model_copy(update={"kafka_bootstrap_servers": args.bootstrap_servers})
    try:
        expand_paths(args.paths)
    except FileNotFoundError as exc:
        print(f"townwatch replay: error: {exc}", file=sys.stderr)
        return 2
    checks: list[Check] = [(check_kafka, settings.kafka_bootstrap_servers)]
    if settings.redis_url:  # the seen record is written even when not applied
        checks.append((check_redis, settings.redis_url))
    exit_if_unreachable("ingest", *checks)
    try:
        report = asyncio.run(replay(args.paths, settings, speed=args.speed,
                                    progress=not args.no_progress, skip_seen=args.skip_seen))
    except KeyboardInterrupt:
        print("townwatch replay: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a broker or Redis failure mid-replay: one line, no traceback
        print(f"townwatch replay: error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    print(f"townwatch replay: {report.summary()}", file=sys.stderr)
    return 0 if report.ok else 1


if __name__ == "__main__":
    raise SystemExit(replay_main())
