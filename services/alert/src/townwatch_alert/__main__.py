"""The alert service's process entry point (``townwatch-alert``): preflight, then the roles this process runs.

Roles (``--role`` or ``TOWNWATCH_ROLE``): ``all`` runs the ledger agent, the notifier agent and the HTTP API in one
process (one faust worker, uvicorn as a service of it); ``ledger`` and ``notifier`` run one agent each; ``api``
runs the HTTP API alone (no Kafka). SIGTERM or Ctrl-C stops every part and exits 0.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import socket
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the imports below happen in _main, inside the Ctrl-C guard
    from townwatch_alert.settings import AlertSettings

__all__ = ["main"]

log = logging.getLogger("townwatch_alert")
PROG = "townwatch-alert"


def _fail(message: str) -> SystemExit:
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return SystemExit(2)


def _check_port_free(host: str, port: int) -> None:
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            raise _fail(f"cannot listen on {host}:{port} for the API: {exc.strerror or exc}") from None


async def _prepare(settings: AlertSettings) -> int | None:
    """Create the topics and load the subscriptions file; return the subscriptions loaded (None: no file)."""
    if settings.role != "api" and settings.kafka_create_topics:
        from townwatch_runtime.topic_admin import ensure_topics

        await ensure_topics(settings)
    if settings.subscriptions_file is None:
        return None
    from redis.asyncio import Redis

    from townwatch_alert.subscription_store import SubscriptionStore

    redis = Redis.from_url(settings.redis_url_value())
    try:
        return await SubscriptionStore(redis).load_yaml(settings.subscriptions_file, allow_private_urls=settings.allow_private_urls,
                                                      apprise_schemes=settings.apprise_allowed_schemes)
    finally:
        await redis.aclose()


class _EmbeddedServer:
    """Builds a uvicorn server that leaves signal handling to the process (the faust worker owns SIGTERM/SIGINT)."""

    @staticmethod
    def build(settings: AlertSettings, *, own_signals: bool) -> Any:
        import uvicorn

        from townwatch_alert.api import create_app

        config = uvicorn.Config(
            create_app(settings),
            host=settings.api_host,
            port=settings.api_port,
            log_level=settings.log_level.lower(),
            lifespan="on",
            # Open event streams (the newsroom page) must not hold a shutdown for long.
            timeout_graceful_shutdown=2,
        )
        if own_signals:
            return uvicorn.Server(config)

        class Server(uvicorn.Server):
            @contextlib.contextmanager
            def capture_signals(self) -> Iterator[None]:
                yield

        return Server(config)


def _api_service(settings: AlertSettings) -> type:
    """A mode.Service running uvicorn inside the faust worker's loop; stopping it shuts uvicorn down gracefully."""
    import mode

    server = _EmbeddedServer.build(settings, own_signals=False)

    class ApiServer(mode.Service):
        _task: asyncio.Task[None] | None = None

        async def _serve(self) -> None:
            try:
                await server.serve()
            except SystemExit:  # uvicorn exits when it cannot start; say so once and stop the worker
                log.error("the API could not start on %s:%s", settings.api_host, settings.api_port)
                self.set_shutdown()
                raise RuntimeError("API server failed to start") from None

        async def on_start(self) -> None:
            self._task = asyncio.ensure_future(self._serve())
            while not server.started and not self._task.done():
                await asyncio.sleep(0.05)

        async def on_stop(self) -> None:
            server.should_exit = True
            if self._task is not None:
                with contextlib.suppress(Exception, asyncio.CancelledError):
                    await asyncio.wait_for(self._task, timeout=10)

    return ApiServer


def _run_worker(settings: AlertSettings) -> int:
    from townwatch_runtime.faust_app import make_app
    from townwatch_runtime.worker import Worker

    app = make_app(settings.app_id, settings)
    if settings.role in ("all", "ledger"):
        from townwatch_alert.agents import attach_ledger

        attach_ledger(app, settings)
    if settings.role in ("all", "notifier"):
        from townwatch_alert.notifier import attach

        attach(app, settings)
    if settings.role == "all":
        app.service(_api_service(settings))
    worker = Worker(app, shutdown_timeout_s=settings.shutdown_timeout_s, loglevel=settings.log_level, quiet=True,
                    redirect_stdouts=False, override_logging=False)
    try:
        worker.execute_from_commandline()
    except SystemExit as exc:
        return int(exc.code or 0) if isinstance(exc.code, int | None) else 1
    return 0


def _run_api(settings: AlertSettings) -> int:
    _EmbeddedServer.build(settings, own_signals=True).run()
    return 0


def _main(argv: Sequence[str] | None) -> int:
    from townwatch_alert.settings import AlertSettings
    from townwatch_alert.subscription_store import SubscriptionFileError
    from townwatch_runtime.metrics import serve_metrics
    from townwatch_runtime.preflight import Check, check_kafka, check_redis, exit_if_unreachable
    from townwatch_runtime.service_cli import configure_logging, load_settings, parse_service_args

    def add_arguments(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--role", choices=["all", "ledger", "notifier", "api"], help="overrides TOWNWATCH_ROLE")
        parser.add_argument("--subscriptions", metavar="YAML", help="overrides TOWNWATCH_SUBSCRIPTIONS_FILE")

    args = parse_service_args(PROG, __doc__ or "", argv, distribution="townwatch-alert", add_arguments=add_arguments)
    settings = load_settings(
        PROG, AlertSettings, role=args.role, subscriptions_file=args.subscriptions, log_format=args.log_format
    )
    configure_logging("alert", settings.log_level, settings.log_format)
    checks: list[Check] = [(check_redis, settings.redis_url_value())]
    if settings.role != "api":
        checks.append((check_kafka, settings.kafka_bootstrap_servers))
    exit_if_unreachable("alert", *checks)
    if settings.role in ("all", "api"):
        _check_port_free(settings.api_host, settings.api_port)
    try:
        loaded = asyncio.run(_prepare(settings))
    except SubscriptionFileError as exc:
        raise _fail(str(exc)) from None
    if loaded is not None:
        log.info("loaded %d subscription(s) from %s", loaded, settings.subscriptions_file)
    try:
        serve_metrics(settings.metrics_host, settings.metrics_port, "alert")
    except OSError as exc:
        raise _fail(str(exc.strerror)) from None
    if settings.role == "api":
        return _run_api(settings)
    return _run_worker(settings)


def main(argv: Sequence[str] | None = None) -> int:
    """Console script ``townwatch-alert``; returns the exit status."""
    try:
        return _main(argv)
    except KeyboardInterrupt:  # Ctrl-C before the worker took over signal handling: stop quietly
        return 130


if __name__ == "__main__":
    sys.exit(main())
