"""The ``townwatch`` command: the users' front door to every part of the system."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

__all__ = ["main"]


def _demo(args: argparse.Namespace) -> int:
    from rich.console import Console

    from townwatch.demo import run_demo

    try:
        return asyncio.run(run_demo(once=args.once, seeds=args.seeds, workdir=args.workdir, console=Console(),
                                    broker=args.broker))
    except KeyboardInterrupt:
        return 130


def _schemas(args: argparse.Namespace) -> int:
    from townwatch.schema_export import export_schemas

    written = export_schemas(args.out)
    print(f"wrote {len(written)} JSON Schemas to {args.out}", file=sys.stderr)
    return 0


def _topics(args: argparse.Namespace) -> int:
    from townwatch_runtime.settings import ServiceSettings
    from townwatch_runtime.topic_admin import ensure_topics

    settings = ServiceSettings(**({"kafka_bootstrap_servers": args.bootstrap_servers} if args.bootstrap_servers else {}))
    created = asyncio.run(ensure_topics(settings))
    print(f"created: {', '.join(created) or 'nothing (all exist)'}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # Subcommands owned by a service take their own arguments.
    if argv and argv[0] == "extract":
        from townwatch_extract.cli import main as extract_main

        return extract_main(argv[1:])
    if argv and argv[0] == "replay":
        from townwatch_ingest.cli import replay_main

        return replay_main(argv[1:])

    parser = argparse.ArgumentParser(prog="townwatch", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    demo = sub.add_parser("demo", help="run the full pipeline on the embedded broker and Redis, replaying the seeds")
    demo.add_argument("--once", action="store_true", help="print each delivered alert as a JSON line and exit when idle")
    demo.add_argument("--seeds", type=Path, default=None, help="directory of articles to replay (default: seeds/)")
    demo.add_argument("--workdir", type=Path, default=None, help="where logs and Redis data go (default: a temp dir)")
    demo.add_argument("--broker", choices=["tansu", "kafka"], default=None,
                      help="embedded broker: tansu (default, starts in a second) or kafka (real Apache Kafka, KRaft; "
                           "fetches its jars with Maven on first use); default: TOWNWATCH_BROKER")
    demo.set_defaults(func=_demo)
    sub.add_parser("extract", help="extract control-change events from articles (JSON Lines on stdin, or files)")
    sub.add_parser("replay", help="replay seed-format files or JSON Lines onto articles.v1")
    schemas = sub.add_parser("schemas", help="export the JSON Schema of every wire model")
    schemas.add_argument("--out", type=Path, default=Path("schemas/json"))
    schemas.set_defaults(func=_schemas)
    topics = sub.add_parser("topics", help="create the versioned topics on a broker")
    topics.add_argument("--bootstrap-servers", default=None)
    topics.set_defaults(func=_topics)
    args = parser.parse_args(argv)
    if args.command == "demo" and args.seeds is None:
        from townwatch.demo import DEFAULT_SEEDS

        args.seeds = DEFAULT_SEEDS
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
