"""faust's Kafka transport with a configurable fetch wait and an idempotent producer outside transactions.

faust hard-codes a 1.5 s fetch wait, which the embedded broker turns into latency, and turns the idempotent producer
on only with ``processing_guarantee="exactly_once"``; here ``App.idempotent_producer`` turns it on for at-least-once
too (real Kafka grants InitProducerId; Tansu's memory engine refuses it).

A consumer's fetch request waits on the broker up to ``fetch_max_wait_ms`` for data. Real Kafka answers as soon
as a message arrives, but Tansu, the embedded broker, holds a fetch over several partitions for most of that
time: measured here, a message took 0.45 s median (up to 1.3 s) to reach a faust agent, per hop. With the wait
at 100 ms a hop takes tens of milliseconds, at the cost of ten small fetches a second per idle consumer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import faust
from faust.transport.drivers import aiokafka as faust_aiokafka

if TYPE_CHECKING:
    from townwatch_runtime.settings import ServiceSettings

__all__ = ["App"]


class _ConsumerThread(faust_aiokafka.AIOKafkaConsumerThread):
    def _create_worker_consumer(self, transport: Any) -> Any:
        consumer = super()._create_worker_consumer(transport)
        consumer._fetch_max_wait_ms = getattr(self.app, "fetch_max_wait_ms", 1500)  # read by AIOKafkaConsumer.start()
        return consumer


class _Consumer(faust_aiokafka.Consumer):
    def _new_consumer_thread(self) -> _ConsumerThread:
        return _ConsumerThread(self, loop=self.loop, beacon=self.beacon)


class _Producer(faust_aiokafka.Producer):
    def _settings_extra(self) -> Any:
        extra = dict(super()._settings_extra())
        if getattr(self.app, "idempotent_producer", False):
            extra.update(acks="all", enable_idempotence=True)
        return extra


class _Transport(faust_aiokafka.Transport):
    Consumer = _Consumer
    Producer = _Producer


class App(faust.App):
    """A faust app whose Kafka consumers wait at most ``fetch_max_wait_ms`` for a fetch, and whose producer is
    idempotent when ``idempotent_producer``."""

    fetch_max_wait_ms: int = 100
    idempotent_producer: bool = False
    settings: ServiceSettings | None = None
    """The service's settings (the consumer-lag timer's Kafka clients use them)."""
    stage_batch_max: int = 1
    """Messages a stage agent takes at once (``ServiceSettings.stage_batch_max``)."""
    stage_batch_within_s: float = 0.01
    """Longest wait to fill a batch (``ServiceSettings.stage_batch_within_ms``)."""

    def _new_transport(self) -> _Transport:
        return _Transport(self.conf.broker_consumer, self)
