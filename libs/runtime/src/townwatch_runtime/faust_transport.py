"""faust's Kafka transport with a configurable fetch wait, an idempotent producer outside transactions, and offset
commits that ride out a broker's short outage.

faust hard-codes a 1.5 s fetch wait, which the embedded broker turns into latency, and turns the idempotent producer
on only with ``processing_guarantee="exactly_once"``; here ``App.idempotent_producer`` turns it on for at-least-once
too (real Kafka grants InitProducerId; Tansu's memory engine refuses it).

A consumer's fetch request waits on the broker up to ``fetch_max_wait_ms`` for data. Real Kafka answers as soon
as a message arrives, but Tansu, the embedded broker, holds a fetch over several partitions for most of that
time: measured here, a message took 0.45 s median (up to 1.3 s) to reach a faust agent, per hop. With the wait
at 100 ms a hop takes tens of milliseconds, at the cost of ten small fetches a second per idle consumer.

faust crashes the whole worker on any error from an offset commit. A broker whose storage is briefly unreachable
(the durable Tansu while its S3 store restarts answers UnknownError; Kafka during a leader move answers a timeout)
then takes the extract or alert worker down with it, and with no supervisor the partition stops. A commit that
fails that way is retried here with back-off for up to ``COMMIT_RETRY_S`` before faust's own handling (the crash)
applies; nothing is committed that was not handled, so at-least-once holds either way.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import faust
from aiokafka.errors import KafkaError, UnknownError
from aiokafka.structs import OffsetAndMetadata
from faust.transport.drivers import aiokafka as faust_aiokafka

if TYPE_CHECKING:
    from townwatch_runtime.settings import ServiceSettings

__all__ = ["App"]

log = logging.getLogger(__name__)

COMMIT_RETRY_S = 60.0
"""How long a commit that failed on a retriable broker error is retried before the worker gives up (crashes)."""


def _retriable(exc: BaseException) -> bool:
    """A broker-side error worth retrying a commit for (not a rebalance or a state error)."""
    return isinstance(exc, KafkaError) and (exc.retriable or isinstance(exc, UnknownError))


class _ConsumerThread(faust_aiokafka.AIOKafkaConsumerThread):
    def _create_worker_consumer(self, transport: Any) -> Any:
        consumer = super()._create_worker_consumer(transport)
        consumer._fetch_max_wait_ms = getattr(self.app, "fetch_max_wait_ms", 1500)  # read by AIOKafkaConsumer.start()
        return consumer

    async def _commit(self, offsets: Mapping[Any, int]) -> bool:
        """faust's commit, retried with back-off while the broker answers a retriable error (see the module)."""
        delay, deadline = 0.25, time.monotonic() + COMMIT_RETRY_S
        while True:
            consumer = self._ensure_consumer()
            committable = {tp: offset for tp, offset in offsets.items() if tp in self.assignment()}
            try:
                await consumer.commit({faust_aiokafka.ensure_aiokafka_TP(tp): OffsetAndMetadata(offset, "")
                                       for tp, offset in committable.items()})
            except Exception as exc:
                if not _retriable(exc) or time.monotonic() + delay > deadline:
                    return bool(await super()._commit(offsets))  # faust's own handling: a rebalance, or a crash
                log.warning("offset commit failed (%r); retrying in %.2fs", exc, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5.0)
                continue
            now = time.monotonic()
            self.tp_last_committed_at.update(dict.fromkeys(committable, now))
            return True


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

    def _new_transport(self) -> _Transport:
        return _Transport(self.conf.broker_consumer, self)
