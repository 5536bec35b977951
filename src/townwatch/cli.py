"""The ``townwatch`` command: the users' front door to every part of the system."""

from __future__ import annotations

import argparse
import atexit
import datetime as dt
import gc
import sys
from pathlib import Path

# Light at import (asyncio and every subcommand's modules are imported where used): the backfill's worker processes
# import this module again (multiprocessing runs the parent's main module in each, as ``__mp_main__``) before they
# extract anything; asyncio alone was ~0.03 CPU-s of that.

__all__ = ["main"]


def _demo(args: argparse.Namespace) -> int:
    import asyncio

    from rich.console import Console

    from townwatch.demo import run_demo

    try:
        return asyncio.run(run_demo(once=args.once, seeds=args.seeds, workdir=args.workdir, console=Console(),
                                    broker=args.broker))
    except (KeyboardInterrupt, asyncio.CancelledError):  # Ctrl-C, or SIGTERM: the demo stopped what it started
        return 130


def _backfill(args: argparse.Namespace) -> int:
    from rich.console import Console

    from townwatch.backfill import BackfillConfig, run_backfill
    from townwatch_alert.settings import AlertSettings

    overrides = {k: v for k, v in (("redis_url", args.redis_url), ("kafka_bootstrap_servers", args.bootstrap_servers)) if v}
    config = BackfillConfig(
        paths=args.paths, since=args.since, workers=args.workers, notify=args.notify, state_dir=args.state_dir,
        restart=args.restart, screen=args.screen,
    )
    code, _tally = run_backfill(config, AlertSettings(**overrides), Console(stderr=True))
    return code


def _reprocess(args: argparse.Namespace) -> int:
    from rich.console import Console

    from townwatch.reprocess import ReprocessConfig, run_reprocess
    from townwatch_alert.settings import AlertSettings

    overrides = {k: v for k, v in (("redis_url", args.redis_url), ("kafka_bootstrap_servers", args.bootstrap_servers)) if v}
    config = ReprocessConfig(since=args.since, until=args.until, apply=args.apply)
    if args.json:  # the document alone on stdout; the progress and the human report on stderr
        return run_reprocess(config, AlertSettings(**overrides), Console(soft_wrap=True, stderr=True), json_out=sys.stdout)
    return run_reprocess(config, AlertSettings(**overrides), Console(soft_wrap=True))


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _workers(text: str) -> int:
    try:
        count = int(text)
    except ValueError:
        count = -1
    if count < 0:
        raise argparse.ArgumentTypeError(f"not a number of processes (0 or more): {text!r}")
    return count


def _schemas(args: argparse.Namespace) -> int:
    from townwatch.schema_export import export_schemas

    written = export_schemas(args.out)
    print(f"wrote {len(written)} JSON Schemas to {args.out}", file=sys.stderr)
    return 0


def _topics(args: argparse.Namespace) -> int:
    import asyncio

    from townwatch_runtime.settings import ServiceSettings
    from townwatch_runtime.topic_admin import ensure_topics

    settings = ServiceSettings(**({"kafka_bootstrap_servers": args.bootstrap_servers} if args.bootstrap_servers else {}))
    created = asyncio.run(ensure_topics(settings))
    print(f"created: {', '.join(created) or 'nothing (all exist)'}", file=sys.stderr)
    return 0


def _migrate_redis_keys(args: argparse.Namespace) -> int:
    import asyncio

    from redis.asyncio import Redis
    from redis.exceptions import ConnectionError as RedisConnectionError

    from townwatch_alert.settings import AlertSettings
    from townwatch_runtime.redis_keys import migrate

    url = args.redis_url or AlertSettings().redis_url_value()

    async def run() -> tuple[int, list[str]]:
        client = Redis.from_url(url)
        try:
            return await migrate(client)
        finally:
            await client.aclose()

    try:
        renamed, clashes = asyncio.run(run())
    except (RedisConnectionError, OSError) as exc:
        print(f"townwatch migrate-redis-keys: cannot reach Redis: {exc}", file=sys.stderr)
        return 2
    print(f"renamed {renamed} key(s) to the cluster-safe layout", file=sys.stderr)
    for key in clashes:
        print(f"left {key}: its new name already exists (written by a newer service?); compare and remove one by hand",
              file=sys.stderr)
    return 1 if clashes else 0


def _up(args: argparse.Namespace) -> int:
    import logging

    from townwatch.deployment import load_deployment
    from townwatch.supervisor import run_up

    try:
        settings = load_deployment(args.config)
    except ValueError as exc:
        print(f"townwatch up: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("aiokafka").setLevel(max(logging.WARNING, logging.getLogger().level))
    try:
        return run_up(settings)
    except RuntimeError as exc:
        print(f"townwatch up: {exc}", file=sys.stderr)
        return 1


def _status(args: argparse.Namespace) -> int:
    import json

    from rich.console import Console

    from townwatch.deployment import load_deployment
    from townwatch.status import collect_status, render_status

    if args.workdir is None:
        try:
            args.workdir = load_deployment(args.config).workdir
        except ValueError as exc:
            print(f"townwatch status: {exc}", file=sys.stderr)
            return 2
    status = collect_status(args.workdir)
    if args.json:
        print(json.dumps(status, indent=1, default=str))
    else:
        render_status(status, Console())
    probes = status.get("probes") or {}
    healthy = status.get("running") and all(
        p["state"] == "up" and probes.get(name, "answers") == "answers" for name, p in status.get("parts", {}).items())
    return 0 if healthy else 1


def _backfill_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """``townwatch backfill``'s description and arguments on ``parser`` (the subcommand's, or the one ``main`` parses
    them with before it starts the workers' model server)."""
    parser.description = (
        "Extract archived articles in parallel worker processes and apply the events to the town ledger in "
        "order of effective date, through the stream's own dedup and commit. Resumable: run the same command again "
        "after Ctrl-C or a crash. Exit code 1 when some input was bad (it is reported and skipped). Redis and Kafka "
        "come from TOWNWATCH_REDIS_URL / TOWNWATCH_KAFKA_BOOTSTRAP_SERVERS or the options."
    )
    parser.add_argument("paths", nargs="+", type=Path, help="files or directories (JSON Lines .jsonl/.ndjson, optionally .gz/.zst; other files are seed format)")
    parser.add_argument("--since", type=_date, default=None, help="skip articles published before this date (YYYY-MM-DD)")
    parser.add_argument("--workers", type=_workers, default=0, help="extraction processes (default, 0: one per core)")
    parser.add_argument("--notify", choices=["none", "summary", "all"], default="none",
                        help="none: alerts marked backfill, nobody notified (default); summary: one digest per subscribed desk; all: as the stream")
    parser.add_argument("--state-dir", type=Path, default=None, help="checkpoint and event spool (default .townwatch-backfill/<run id>)")
    parser.add_argument("--restart", action="store_true", help="discard this run's checkpoint and start over")
    parser.add_argument("--screen", choices=["auto", "on", "off"], default="auto",
                        help="answer the articles that need no parse in this process while the workers load the model: "
                             "it uses an otherwise idle core; auto (default) does when the load average leaves one idle")
    parser.add_argument("--redis-url", default=None)
    parser.add_argument("--bootstrap-servers", default=None, help="Kafka, for --notify all")
    parser.set_defaults(func=_backfill)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # Subcommands owned by a service take their own arguments.
    if argv and argv[0] == "extract":
        from townwatch_extract.cli import main as extract_main

        return extract_main(argv[1:])
    if argv and argv[0] == "replay":
        from townwatch_ingest.cli import replay_main

        return replay_main(argv[1:])
    if argv and argv[0] == "backfill":
        # Its arguments first, alone and cheaply: a usage error or --help ends here, before any model loads.
        _backfill_arguments(argparse.ArgumentParser(prog="townwatch backfill")).parse_args(argv[1:])
        from townwatch.backfill.model_server import start_model_server

        start_model_server()  # the workers' model loads on another core while this process sets up and parses

    # imported here, not at the top: the backfill's model server starts before these heavy imports
    from townwatch.stack.brokers import BROKERS
    from townwatch_runtime.service_cli import distribution_version

    parser = argparse.ArgumentParser(prog="townwatch", description=__doc__)
    parser.add_argument("--version", action="version", version=f"townwatch {distribution_version('townwatch')}")
    sub = parser.add_subparsers(dest="command", required=True)
    demo = sub.add_parser("demo", help="run the full pipeline on the embedded broker and Redis, replaying the seeds")
    demo.add_argument("--once", action="store_true", help="print each delivered alert as a JSON line and exit when idle")
    demo.add_argument("--seeds", type=Path, default=None, help="directory of articles to replay (default: seeds/)")
    demo.add_argument("--workdir", type=Path, default=None, help="where the broker's store, Redis data and logs go, kept after the demo (default: a temp dir, "
                           "removed when the demo ends)")
    demo.add_argument("--broker", choices=sorted(BROKERS), default=None,
                      help="embedded broker: tansu (the default: Tansu on a local S3 store under the work directory, "
                           "durable; see the README's known limits), tansu-memory (starts in a second, keeps nothing) or "
                           "kafka (real Apache Kafka, KRaft); default: TOWNWATCH_BROKER, else tansu")
    demo.set_defaults(func=_demo)
    up = sub.add_parser("up", help="run the embedded stack as a long-lived deployment from a YAML config, supervised",
                        description="Start the broker, Redis, ingest, extract and alert from one YAML file (see "
                        "deploy/townwatch.example.yaml), restart any that dies (with back-off), stop cleanly on SIGTERM. "
                        "Run it again to resume: state lives in the config's workdir.")
    up.add_argument("--config", type=Path, required=True, help="the deployment's YAML file")
    up.set_defaults(func=_up)
    status = sub.add_parser("status", help="health, uptime, restarts, consumer lag, last article and alert of a running `up`")
    where = status.add_mutually_exclusive_group(required=True)
    where.add_argument("--config", type=Path, help="the deployment's YAML file (for its workdir)")
    where.add_argument("--workdir", type=Path, help="the deployment's work directory")
    status.add_argument("--json", action="store_true", help="print the status as JSON")
    status.set_defaults(func=_status)
    sub.add_parser("extract", help="extract control-change events from articles (JSON Lines on stdin, or files)")
    sub.add_parser("replay", help="replay seed-format files or JSON Lines onto articles.v1")
    _backfill_arguments(sub.add_parser(
        "backfill", help="build the ledger from archived articles (JSON Lines, .gz, .zst, seed files), as the stream would"))
    reprocess = sub.add_parser(
        "reprocess", help="re-read a window of articles.v1 with the current extractor and show (or --apply) how the ledger differs",
        description="Re-read articles.v1 from --since (by broker timestamp) with the current extractor into a shadow ledger "
        "(its own Redis key prefix, deleted at the end), and print the alerts that would be raised and the alerts whose "
        "evidence is gone. Without --apply no live key changes. With --apply the missing alerts are raised marked late "
        "and the others withdrawn; the running alert service tells the desks (each notification once). Exit 2 with one "
        "line when the window is bad or beyond the topic's retention, or Redis or Kafka is unreachable.",
    )
    reprocess.add_argument("--since", type=_date, required=True, help="first day of the window (YYYY-MM-DD, UTC)")
    reprocess.add_argument("--until", type=_date, default=None, help="last day of the window, inclusive (default: now)")
    reprocess.add_argument("--apply", action="store_true", help="raise the missing alerts (late) and withdraw the others")
    reprocess.add_argument("--json", action="store_true",
                           help="print one JSON document (summary, differences, what --apply did) on stdout; the rest goes to stderr")
    reprocess.add_argument("--redis-url", default=None)
    reprocess.add_argument("--bootstrap-servers", default=None)
    reprocess.set_defaults(func=_reprocess)
    schemas = sub.add_parser("schemas", help="export the JSON Schema of every wire model")
    schemas.add_argument("--out", type=Path, default=Path("schemas/json"))
    schemas.set_defaults(func=_schemas)
    topics = sub.add_parser("topics", help="create the versioned topics on a broker")
    topics.add_argument("--bootstrap-servers", default=None)
    topics.set_defaults(func=_topics)
    migrate = sub.add_parser(
        "migrate-redis-keys", help="rename a deployment's Redis keys to the cluster-safe layout (services stopped)",
        description="Rename every townwatch key of the layout before hash tags (townwatch:town:..., townwatch:delivery:..., "
        "townwatch:ingest:seen:...) to its cluster-safe name (townwatch:{ledger}:town:..., ...), keeping values and TTLs. "
        "Run it with ingest and alert stopped, on the single Redis, before starting the new version; it is idempotent.",
    )
    migrate.add_argument("--redis-url", default=None, help="default: TOWNWATCH_REDIS_URL")
    migrate.set_defaults(func=_migrate_redis_keys)
    args = parser.parse_args(argv)
    if args.command == "demo" and args.seeds is None:
        from townwatch.demo import DEFAULT_SEEDS

        args.seeds = DEFAULT_SEEDS
    code = int(args.func(args))
    # At exit, keep the interpreter's final garbage collections off everything loaded (for `backfill` they were the
    # whole exit: 0.8 s at the end of a run here; 2.3 s in a process holding the spaCy model). Not now: a caller that
    # goes on (a test session) would never collect a cycle among the objects frozen.
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)
    return code


if __name__ == "__main__":
    sys.exit(main())
