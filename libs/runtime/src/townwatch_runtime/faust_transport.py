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

A stream whose buffer fills (``stage_buffer_max``: 80 % of it) makes faust pause its partitions until the buffer
drains to 40 %. With every partition paused, faust's fetch loop sleeps a fixed second before it looks again; with
some paused, it asks aiokafka for the others, which waits up to that second for new data on them (a resumed
partition's records were fetched before, so no new data comes to end the wait). Either way a stage that is faster
than that second's worth of buffer emptied its buffer and sat idle: measured in ``python -m bench`` with the extract
stage behind a backlog, 0.3-0.7 s idle gaps about every 2-3 s (faust resumed the partitions, its loop slept on). Here
a resume ends both waits, so the buffer refills as soon as it has room; backpressure is unchanged (the same pause).

faust records the offsets of every commit it attempts as committed, whether the broker took them or not
(``Consumer._commit_offsets`` updates ``_committed_offset`` after ``_commit`` returns, and ``_new_offset`` has
already dropped them from the acked list). A commit that fails because the group re-joined meanwhile (aiokafka's
"already rebalanced", as after a broker restart, where the member id is forgotten) can return after the re-join's
seek has read the broker's committed offset: faust then believes the old commit's offset, refuses the acks of the
messages it re-reads from the broker's (lower) offset, and the group's committed offset on that partition stays
behind for good, although every message was handled. Seen once under load in ``tests/faults/
test_broker_restart.py`` (the alert group on control-changes.v1[3]: committed 1, end 7, never moving). Here a
commit that failed, or straddled a re-join, is not recorded: the offsets stay what the seek read, and the messages
re-read from there are acked and committed again (at-least-once, as on any rebalance). And should the broker's
committed offset of a partition still read lower than the one this worker committed (a commit the broker acknowledged
and then lost in a kill -9, or a bookkeeping path not covered here), the worker's lag timer commits its offset again
once two readings in a row agree (``_Consumer.recommit_lost``): the offset is one faust reached by acks, so nothing
unhandled is skipped.
"""

from __future__ import annotations

import asyncio
import contextlib
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

__all__ = ["App", "Consumer"]

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


    def wake_getmany(self) -> None:
        """End a ``getmany`` waiting in this thread for new data, so that it looks at its partitions again (one
        resumed since holds records fetched before). Called from the app's loop; runs in the consumer's."""
        if self._consumer is None:
            return
        try:
            self.thread_loop.call_soon_threadsafe(self._wake_fetch_waiters)
        except RuntimeError:  # the thread's loop is closed: the consumer stopped, nothing waits
            pass

    def _wake_fetch_waiters(self) -> None:
        fetcher = getattr(self._consumer, "_fetcher", None)
        for waiter in list(getattr(fetcher, "_fetch_waiters", ())):
            if not waiter.done():
                waiter.set_result(None)  # as aiokafka's own ``Fetcher._notify`` when new records arrive


class _Consumer(faust_aiokafka.Consumer):
    def _new_consumer_thread(self) -> _ConsumerThread:
        return _ConsumerThread(self, loop=self.loop, beacon=self.beacon)

    _rebalances = 0
    """Partition revocations and assignments seen (each re-join has both)."""

    async def on_partitions_revoked(self, revoked: Any) -> None:
        self._rebalances += 1
        await super().on_partitions_revoked(revoked)

    async def on_partitions_assigned(self, assigned: Any, generation_id: int = 0) -> None:
        self._rebalances += 1
        await super().on_partitions_assigned(assigned, generation_id)

    _lost: dict[Any, tuple[int | None, int]] | None = None
    """Partitions whose broker offset read lower than this worker's at the last check: tp -> (broker's, ours)."""

    async def recommit_lost(self, broker: Mapping[Any, int | None]) -> dict[Any, int]:
        """Commit again, for each partition of ``broker`` (the group's committed offsets as the broker reports them),
        the offset this worker committed when the broker's is lower and was so, with the same two offsets, at the
        previous check too (a reading that raced a commit in flight does not count). Returns what it committed."""
        lost = {tp: (theirs, ours) for tp, theirs in broker.items()
                if (ours := self._committed_offset.get(tp)) is not None and (theirs is None or theirs < ours)}
        again = {tp: ours for tp, (theirs, ours) in lost.items() if (self._lost or {}).get(tp) == (theirs, ours)}
        self._lost = {tp: pair for tp, pair in lost.items() if tp not in again}
        if again:
            log.warning("the broker's committed offsets %r are behind this worker's %r: committing them again",
                        {tp: lost[tp][0] for tp in again}, again)
            await self._thread.commit(again)
        return again

    async def _commit(self, offsets: Mapping[Any, int]) -> bool:
        """faust's commit; when it failed or a re-join happened meanwhile, ``offsets`` is emptied so that faust
        does not record them as committed (see the module: faust updates ``_committed_offset`` from this very
        mapping once this returns)."""
        rebalances = self._rebalances
        did_commit = bool(await super()._commit(offsets))
        if (not did_commit or self._rebalances != rebalances) and isinstance(offsets, dict):
            log.info("commit of %r not recorded: %s", offsets,
                     "it failed" if not did_commit else "the group re-joined meanwhile")
            offsets.clear()
        return did_commit

    _resumed: asyncio.Event | None = None

    def on_buffer_drop(self, tp: Any) -> None:
        """faust's resume of a partition whose stream buffer drained, which also ends the fetch loop's wait."""
        resumed = tp in self._buffered_partitions
        super().on_buffer_drop(tp)
        if resumed:
            if self._resumed is not None:
                self._resumed.set()
            if isinstance(self._thread, _ConsumerThread):
                self._thread.wake_getmany()

    async def _wait_next_records(self, timeout: float) -> Any:
        """faust's, except that with every partition paused it waits for a resume (at most ``timeout``) instead of
        sleeping a whole second; then faust's own fetch. Both run on the app's loop, as ``on_buffer_drop`` does."""
        if self._all_paused():
            self._resumed = self._resumed or asyncio.Event()
            self._resumed.clear()
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._resumed.wait(), timeout)
            if self._all_paused():  # the timeout (faust's loop comes round, as after its own sleep)
                return {}, self._get_active_partitions()
        return await super()._wait_next_records(timeout)

    def _all_paused(self) -> bool:
        return (self.flow_active and not self.app.client_only and not self.should_stop
                and not self._get_active_partitions() and bool(self._buffered_partitions))


class _Producer(faust_aiokafka.Producer):
    def _settings_extra(self) -> Any:
        extra = dict(super()._settings_extra())
        if getattr(self.app, "idempotent_producer", False):
            extra.update(acks="all", enable_idempotence=True)
        return extra


Consumer = _Consumer
"""The consumer of every townwatch faust app (``App``'s transport)."""


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
