"""The ingest service process: push API and feed poller over one intake, stopped cleanly by SIGINT/SIGTERM."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import signal
import socket
from collections.abc import Iterator

import uvicorn

from townwatch_ingest.feed_config import load_feeds
from townwatch_ingest.feed_poller import FeedPoller
from townwatch_ingest.fetch import Fetcher
from townwatch_ingest.intake import Intake
from townwatch_ingest.metrics import IngestMetrics
from townwatch_ingest.publisher import ArticlePublisher
from townwatch_ingest.push_api import create_app
from townwatch_ingest.seen import open_seen_store
from townwatch_ingest.settings import IngestSettings
from townwatch_runtime.topic_admin import ensure_topics

__all__ = ["bind_socket", "run_service"]

log = logging.getLogger(__name__)

_POLL_GRACE_S = 5.0


class _Server(uvicorn.Server):
    """uvicorn without its own signal handling: the service owns SIGINT/SIGTERM."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening TCP socket (port 0 picks a free one); raises ``OSError`` when the address is taken."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    sock.setblocking(False)
    return sock


async def run_service(
    settings: IngestSettings,
    sock: socket.socket,
    stop: asyncio.Event | None = None,
    *,
    install_signal_handlers: bool = True,
) -> None:
    """Run until SIGINT/SIGTERM (or ``stop`` is set): the push API on ``sock`` and the feed poller.
    In-flight requests finish and the producer flushes before it returns."""
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    if install_signal_handlers:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
    feeds = load_feeds(settings.feeds_file)
    if settings.kafka_create_topics:
        await ensure_topics(settings)
    seen = open_seen_store(settings.redis_url, settings.seen_ttl_s, settings.seen_memory_size, settings.seen_lease_s)
    publisher = ArticlePublisher(settings)
    fetcher = Fetcher(settings)
    await publisher.start()
    try:
        intake = Intake(publisher, seen, IngestMetrics(), max_article_bytes=settings.max_article_bytes,
                        future_skew=dt.timedelta(seconds=settings.future_date_skew_s))
        poller = FeedPoller(settings, intake, fetcher, feeds)
        config = uvicorn.Config(create_app(settings, intake), log_config=None, access_log=False,
                                lifespan="off", timeout_graceful_shutdown=10)
        server = _Server(config)
        api = asyncio.create_task(server.serve(sockets=[sock]), name="push-api")
        polling = asyncio.create_task(poller.run(stop), name="feed-poller")
        host, port = sock.getsockname()[:2]
        log.info("ingest: push API on %s:%d, %d feed(s)", host, port, len(feeds))
        waiter = asyncio.create_task(stop.wait())
        done, _ = await asyncio.wait({api, polling, waiter}, return_when=asyncio.FIRST_COMPLETED)
        stop.set()
        server.should_exit = True
        # A poll in flight may wait on a slow feed for up to the total fetch timeout: give it a moment, then
        # cancel it (a cancelled publish releases its seen claim, so nothing is lost).
        _, still_polling = await asyncio.wait({polling}, timeout=_POLL_GRACE_S)
        for late in still_polling:
            late.cancel()
        await asyncio.gather(api, polling, return_exceptions=True)
        waiter.cancel()
        for task in done:
            if task is not waiter and not task.cancelled() and (failure := task.exception()) is not None:
                raise failure
    finally:
        if install_signal_handlers:
            for sig in (signal.SIGINT, signal.SIGTERM):
                loop.remove_signal_handler(sig)
        await fetcher.aclose()
        await publisher.stop()
        await seen.close()
        log.info("ingest: stopped")
