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


def test_the_private_internals_we_patch_are_still_there() -> None:
    """faust-streaming is patched in private internals; the pin keeps us on versions where they are as we expect.

    Fails when an upgrade moves them: the installed version leaves the declared range, the consumer-thread hook we
    override disappears, or aiokafka stops reading the attribute we set when it starts the fetcher.
    """
    import inspect
    import tomllib
    from importlib.metadata import version
    from pathlib import Path

    from aiokafka.consumer.consumer import AIOKafkaConsumer
    from faust.transport.drivers import aiokafka as faust_aiokafka
    from packaging.requirements import Requirement

    pyproject = tomllib.loads((Path(__file__).parents[2] / "libs/runtime/pyproject.toml").read_text())
    (spec,) = [Requirement(r) for r in pyproject["project"]["optional-dependencies"]["faust"] if r.startswith("faust")]
    assert spec.specifier.prereleases is not True and "<" in str(spec.specifier), "faust-streaming needs an upper bound"
    assert spec.specifier.contains(version("faust-streaming"))
    assert callable(getattr(faust_aiokafka.AIOKafkaConsumerThread, "_create_worker_consumer", None))
    assert callable(getattr(faust_aiokafka.Consumer, "_new_consumer_thread", None))
    assert "_fetch_max_wait_ms" in inspect.getsource(AIOKafkaConsumer.start)
