"""``python -m townwatch_ingest`` / ``townwatch-ingest``: the ingest service (push API and feed poller)."""

from __future__ import annotations

import asyncio
import logging
import sys

from townwatch_ingest.settings import IngestSettings
from townwatch_runtime.metrics import serve_metrics
from townwatch_runtime.preflight import Check, check_kafka, check_redis, exit_if_unreachable
from townwatch_runtime.service_cli import configure_logging, load_settings, parse_service_args

PROG = "townwatch-ingest"

__all__ = ["main"]


def _fail(message: str) -> int:
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    """Start the service; 0 after a clean stop, 2 on a start-up error (one line on stderr, no traceback)."""
    args = parse_service_args(PROG, __doc__ or "", argv, distribution="townwatch-ingest")
    try:
        settings = load_settings(PROG, IngestSettings, log_format=args.log_format)
    except SystemExit as exc:
        return int(exc.code or 2)
    configure_logging("ingest", settings.log_level, settings.log_format)
    checks: list[Check] = [(check_kafka, settings.kafka_bootstrap_servers)]
    if settings.redis_url:
        checks.append((check_redis, settings.redis_url))
    exit_if_unreachable("ingest", *checks)
    # Imported after the checks: a missing broker is reported without waiting for these heavy imports.
    from townwatch_ingest.feed_config import FeedsFileError, load_feeds
    from townwatch_ingest.service import bind_socket, run_service

    try:
        load_feeds(settings.feeds_file)
    except FeedsFileError as exc:
        return _fail(str(exc))
    try:
        sock = bind_socket(settings.http_host, settings.http_port)
    except OSError as exc:
        return _fail(f"cannot listen on {settings.http_host}:{settings.http_port}: {exc.strerror or exc}")
    try:
        serve_metrics(settings.metrics_host, settings.metrics_port, "ingest")
    except OSError as exc:
        return _fail(str(exc.strerror))
    if not settings.push_token_values():
        logging.getLogger("townwatch_ingest").warning("no TOWNWATCH_PUSH_TOKENS: POST /articles answers 503")
    try:
        asyncio.run(run_service(settings, sock))
    except KeyboardInterrupt:
        pass
    except Exception as exc:  # e.g. the broker went away at start-up, after the check
        return _fail(f"{type(exc).__name__}: {exc}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
