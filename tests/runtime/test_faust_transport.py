"""The faust apps' Kafka consumers use the fetch wait from settings, not faust's hard-coded 1.5 s."""

from __future__ import annotations

from townwatch_runtime.faust_app import make_app
from townwatch_runtime.faust_transport import _ConsumerThread
from townwatch_runtime.settings import ServiceSettings


async def test_consumer_fetch_wait_comes_from_settings() -> None:
    app = make_app("fetch-wait-test", ServiceSettings(kafka_bootstrap_servers="127.0.0.1:1", kafka_fetch_max_wait_ms=75))
    thread = app.consumer._thread
    assert isinstance(thread, _ConsumerThread)
    consumer = thread._create_worker_consumer(app.transport)  # builds the client; connects only on start()
    assert consumer._fetch_max_wait_ms == 75
    await consumer.stop()
