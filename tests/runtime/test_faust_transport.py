"""The faust apps' Kafka consumers: the fetch wait and the fetch-ahead buffer from settings, not faust's defaults."""

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
    thread = faust_aiokafka.AIOKafkaConsumerThread  # the commit retry overrides _commit and reuses these
    assert callable(getattr(thread, "_commit", None)) and callable(getattr(thread, "_ensure_consumer", None))
    assert "tp_last_committed_at" in inspect.getsource(thread._commit)
    assert callable(getattr(faust_aiokafka, "ensure_aiokafka_TP", None))
    assert "_fetch_max_wait_ms" in inspect.getsource(AIOKafkaConsumer.start)
    # The unrecorded failed commit (faust_transport._Consumer._commit): faust records the very mapping it committed.
    commit_offsets = inspect.getsource(faust_aiokafka.Consumer._commit_offsets)
    assert "await self._commit(committable_offsets)" in commit_offsets
    assert "self._committed_offset.update(committable_offsets)" in commit_offsets
    assert "_committed_offset" in inspect.getsource(faust_aiokafka.Consumer.perform_seek)  # read by recommit_lost
    # The resume wake (faust_transport._Consumer.on_buffer_drop): faust's paused set, aiokafka's fetch waiters.
    from aiokafka.consumer.fetcher import Fetcher
    assert "_buffered_partitions" in inspect.getsource(faust_aiokafka.Consumer.on_buffer_drop)
    assert "_create_fetch_waiter" in inspect.getsource(Fetcher.fetched_records)
    assert "self._fetch_waiters.add" in inspect.getsource(Fetcher._create_fetch_waiter)


def test_a_commit_is_retried_on_broker_errors_only() -> None:
    from aiokafka.errors import (
        CommitFailedError,
        IllegalStateError,
        KafkaConnectionError,
        RequestTimedOutError,
        UnknownError,
    )

    from townwatch_runtime.faust_transport import _retriable

    assert _retriable(UnknownError()) and _retriable(KafkaConnectionError()) and _retriable(RequestTimedOutError())
    assert not _retriable(CommitFailedError("already rebalanced")) and not _retriable(IllegalStateError())
    assert not _retriable(ValueError("a bug"))


async def test_a_commit_that_meets_a_broker_outage_is_retried_until_it_goes_through(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The broker answers UnknownError twice (its store restarting), then takes the commit: no crash, True."""
    from aiokafka.errors import UnknownError
    from faust.types import TP

    from townwatch_runtime import faust_transport

    monkeypatch.setattr(faust_transport.asyncio, "sleep", _no_wait)
    tp = TP("articles.v1", 0)

    class _Broker:
        def __init__(self, failures: int) -> None:
            self.failures, self.commits = failures, []

        async def commit(self, offsets):  # type: ignore[no-untyped-def]
            if self.failures:
                self.failures -= 1
                raise UnknownError()
            self.commits.append({(k.topic, k.partition): v.offset for k, v in offsets.items()})

    thread = faust_transport._ConsumerThread.__new__(faust_transport._ConsumerThread)
    broker = _Broker(failures=2)
    thread._ensure_consumer = lambda: broker  # type: ignore[method-assign]
    thread.assignment = lambda: {tp}  # type: ignore[method-assign]
    thread.tp_last_committed_at = {}
    assert await thread._commit({tp: 42}) is True
    assert broker.commits == [{("articles.v1", 0): 42}] and tp in thread.tp_last_committed_at

    crashed: list[BaseException] = []
    broker.failures = 10**6  # an outage longer than the retry budget: faust's own handling (a crash) applies
    monkeypatch.setattr(faust_transport, "COMMIT_RETRY_S", 0.0)

    async def crash(exc: BaseException) -> None:
        crashed.append(exc)

    thread.crash = crash  # type: ignore[method-assign]
    thread.log = faust_transport.log  # type: ignore[assignment]
    assert await thread._commit({tp: 43}) is False and isinstance(crashed[0], UnknownError)


async def _no_wait(_seconds: float) -> None:
    return None


def test_the_fetch_ahead_buffer_is_bounded_from_settings() -> None:
    """faust buffers 4,096 messages per stream by default: a backlog of large messages then sits in memory."""
    app = make_app("buffer-test", ServiceSettings(kafka_bootstrap_servers="127.0.0.1:1", stage_buffer_max=128))
    assert app.conf.stream_buffer_maxsize == 128
    wide = make_app("buffer-test-2", ServiceSettings(kafka_bootstrap_servers="127.0.0.1:1", stage_buffer_max=8,
                                                     stage_batch_max=64))
    assert wide.conf.stream_buffer_maxsize == 64  # never below one batch


async def test_a_partition_resumed_while_the_fetch_waits_is_handed_over_at_once() -> None:
    """A stream buffer that filled paused partition 1, whose records aiokafka already holds; the fetch loop waits on
    partition 0 alone, where nothing new comes. When the buffer drains, faust resumes partition 1: the waiting fetch
    must return its records then, not after its timeout (faust's own behaviour: {} after the wait, the agent idle)."""
    import asyncio
    from types import SimpleNamespace

    from aiokafka.consumer.fetcher import Fetcher, FetchResult
    from faust.types import TP

    app = make_app("resume-test", ServiceSettings(kafka_bootstrap_servers="127.0.0.1:1"))
    consumer = app.consumer
    thread = consumer._thread
    assert isinstance(thread, _ConsumerThread)
    quiet, paused = TP("articles.v1", 0), TP("articles.v1", 1)

    class _Records:
        next_fetch_offset = 7

        def __iter__(self):  # type: ignore[no-untyped-def]
            return iter(["m5", "m6"])

    state = SimpleNamespace(paused=False, position=7, consumed_to=lambda offset: None)
    assignment = SimpleNamespace(active=True, state_value=lambda tp: state)
    fetcher = Fetcher.__new__(Fetcher)
    fetcher._loop = asyncio.get_running_loop()
    fetcher._subscriptions = SimpleNamespace(reassignment_in_progress=False, is_assigned=lambda tp: True)
    fetcher._records = {paused: FetchResult(paused, assignment=assignment, partition_records=_Records(), backoff=0)}
    fetcher._fetch_waiters, fetcher._wait_consume_future, fetcher._closed = set(), None, False
    thread._consumer = SimpleNamespace(_fetcher=fetcher)
    thread.thread_loop = asyncio.get_running_loop()  # the consumer thread's loop, here the test's own

    consumer._active_partitions = {quiet}  # the set faust hands to getmany, and changes in place on a resume
    consumer._buffered_partitions = {paused}
    fetch = asyncio.ensure_future(fetcher.fetched_records(consumer._active_partitions, timeout=60))
    while not fetcher._fetch_waiters:  # the fetch is waiting for new data on the quiet partition
        await asyncio.sleep(0)
    consumer.on_buffer_drop(paused)
    assert await fetch == {paused: ["m5", "m6"]}
    assert paused in consumer._active_partitions and not consumer._buffered_partitions


async def test_with_every_partition_paused_the_fetch_loop_goes_on_at_the_resume() -> None:
    """Every partition paused for a full buffer: faust's fetch loop sleeps a second before it looks again, and the
    agent, having emptied its buffer, idles. Here the resume ends the wait and the fetch comes next."""
    import asyncio

    from faust.types import TP

    app = make_app("all-paused-test", ServiceSettings(kafka_bootstrap_servers="127.0.0.1:1"))
    consumer = app.consumer
    tp = TP("articles.v1", 0)
    asked: list[set[TP]] = []

    async def getmany(active_partitions, timeout):  # type: ignore[no-untyped-def]
        asked.append(set(active_partitions))
        return {tp: ["m1"]}

    consumer._getmany = getmany  # type: ignore[method-assign]
    consumer._active_partitions = set()  # every partition paused
    consumer._buffered_partitions = {tp}
    wait = asyncio.ensure_future(consumer._wait_next_records(60.0))
    while not wait.done() and (consumer._resumed is None or not consumer._resumed._waiters):  # type: ignore[attr-defined]
        await asyncio.sleep(0)  # until the loop waits for a resume (faust's own: until its second is over)
    consumer.on_buffer_drop(tp)
    records, active = await wait
    assert records == {tp: ["m1"]} and asked == [{tp}] and active == {tp}


async def test_a_commit_that_fails_across_a_re_join_leaves_the_offset_the_re_join_read() -> None:
    """The broker restarts: the alert worker's commit of offsets 1-6 (next offset 7) waits for it, the group re-joins
    (revoke, assign, a seek to the broker's committed offset 1), and then the commit fails with "already rebalanced".
    faust alone recorded 7 as committed and then refused the acks of the messages re-read from 1, so the group's
    offset stayed at 1 for good (tests/faults/test_broker_restart.py, once under load). Here the failed commit is not
    recorded: the re-read messages are acked, and the next commit takes the partition to 7."""
    import asyncio

    from faust.types import TP

    app = make_app("re-join-test", ServiceSettings(kafka_bootstrap_servers="127.0.0.1:1"))
    consumer = app.consumer
    tp = TP("control-changes.v1", 3)

    async def no_op(*args: object) -> None:  # the app's rebalance work (tables, flow control, seek) is not ours
        return None

    consumer._on_partitions_revoked = no_op  # type: ignore[assignment]
    consumer._on_partitions_assigned = no_op  # type: ignore[assignment]
    consumer.assignment = lambda: {tp}  # type: ignore[method-assign]
    app.topics._acking_topics.add(tp.topic)  # as the alert agent's subscription does
    consumer._committed_offset[tp] = 1  # message 0 handled and committed
    for offset in range(1, 7):  # messages 1-6 handled and acked
        consumer._acked[tp].append(offset)
        consumer._acked_index[tp].add(offset)

    sent: list[dict[TP, int]] = []
    answers = [False, True]  # "already rebalanced" (faust's thread returns False), then a commit that goes through
    entered, release = asyncio.Event(), asyncio.Event()

    async def thread_commit(offsets):  # type: ignore[no-untyped-def]
        sent.append(dict(offsets))
        entered.set()
        await release.wait()
        return answers.pop(0)

    consumer._thread.commit = thread_commit  # type: ignore[method-assign]
    commit = asyncio.ensure_future(consumer.commit())
    await entered.wait()
    await consumer.on_partitions_revoked({tp})
    await consumer.on_partitions_assigned({tp})
    consumer._committed_offset[tp] = 1  # what the re-join's seek read from the broker
    release.set()
    assert await commit is False
    assert sent == [{tp: 7}]
    assert consumer._committed_offset[tp] == 1, "a failed commit was recorded as committed"

    class _Message:  # what the stream acks: the messages re-read from the broker's offset 1
        def __init__(self, offset: int) -> None:
            self.tp, self.topic, self.offset, self.acked = tp, tp.topic, offset, False
            self.refcount = 0

    for offset in range(1, 7):
        assert consumer.ack(_Message(offset)), f"the ack of re-read offset {offset} was refused"  # type: ignore[arg-type]
    assert await consumer.commit() is True
    assert sent[-1] == {tp: 7} and consumer._committed_offset[tp] == 7


async def test_an_offset_the_broker_lost_is_committed_again_once_two_readings_agree() -> None:
    """The broker reads committed 1 where this worker committed 7 (it acknowledged the commit and lost it in a
    kill -9, say): the lag timer's second reading in a row commits 7 again. A reading that raced a commit in
    flight (the broker catches up by the next one) commits nothing, nor does a partition where the broker is ahead."""
    from faust.types import TP

    app = make_app("lost-commit-test", ServiceSettings(kafka_bootstrap_servers="127.0.0.1:1"))
    consumer = app.consumer
    lost, racing, ahead, never = (TP("control-changes.v1", p) for p in range(4))
    consumer._committed_offset.update({lost: 7, racing: 4, ahead: 2})
    sent: list[dict[TP, int]] = []

    async def thread_commit(offsets):  # type: ignore[no-untyped-def]
        sent.append(dict(offsets))
        return True

    consumer._thread.commit = thread_commit  # type: ignore[method-assign]
    assert await consumer.recommit_lost({lost: 1, racing: 3, ahead: 5, never: None}) == {}
    assert await consumer.recommit_lost({lost: 1, racing: 4, ahead: 5, never: None}) == {lost: 7}
    assert sent == [{lost: 7}]
    assert await consumer.recommit_lost({lost: 7, racing: 4, ahead: 5, never: None}) == {}  # the broker has it now
    assert sent == [{lost: 7}]
