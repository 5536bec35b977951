"""The faust-streaming app factory: settings that work on both the embedded broker and real Kafka."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable

import faust
from aiokafka import TopicPartition
from aiokafka.errors import MessageSizeTooLargeError

from townwatch_runtime.batches import batches
from townwatch_runtime.consumer_lag import LagReader
from townwatch_runtime.dead_letter import Send
from townwatch_runtime.faust_transport import App, Consumer
from townwatch_runtime.settings import ServiceSettings
from townwatch_runtime.stage import RawMessage, StageShell
from townwatch_runtime.turns import run_in_turns

__all__ = ["Outbox", "OutputNotAcknowledged", "attach_stage_agent", "make_app", "raw_sender"]

log = logging.getLogger(__name__)


def make_app(app_id: str, settings: ServiceSettings) -> faust.App:
    """A faust app with no tables, no web server and no leader topic.

    - Session and rebalance timeouts come from settings (~10 s: on Tansu a group join waits half the
      rebalance timeout, and faust's default would make every start take 30 s).
    - At-least-once processing; every consumer downstream is idempotent. The producer is idempotent when
      ``kafka_idempotent_producer`` (real Kafka; Tansu rejects InitProducerId), which faust alone does only
      with ``exactly_once``.
    - Offsets commit every second; with agent concurrency 1 a commit never passes an unfinished message.
    - The producer lingers ``kafka_linger_ms`` (0 by default: a batch's outputs are all queued before the producer's
      sender runs, so they share produce requests without it).
    - Agents take what their stream holds, up to ``stage_batch_max`` messages at a time (``batches``), never waiting
      for a batch to fill.
    """
    broker = "kafka://" + ";".join(settings.kafka_bootstrap_servers.split(","))
    credentials = None
    if settings.kafka_sasl_mechanism and settings.kafka_sasl_password:
        credentials = faust.SASLCredentials(
            username=settings.kafka_sasl_username,
            password=settings.kafka_sasl_password.get_secret_value(),
            mechanism=settings.kafka_sasl_mechanism,
            ssl_context=None,
        )
    app = App(
        app_id,
        broker=broker,
        broker_credentials=credentials,
        value_serializer="raw",
        key_serializer="raw",
        web_enabled=False,
        topic_disable_leader=True,
        topic_allow_declare=False,
        broker_session_timeout=settings.kafka_session_timeout_s,
        broker_rebalance_timeout=settings.kafka_rebalance_timeout_s,
        broker_heartbeat_interval=min(3.0, settings.kafka_session_timeout_s / 3),
        broker_commit_every=100,
        broker_commit_interval=1.0,
        consumer_auto_offset_reset="earliest",
        producer_acks=-1,
        producer_linger_ms=settings.kafka_linger_ms,
        processing_guarantee="at_least_once",
        stream_wait_empty=True,
        stream_buffer_maxsize=max(settings.stage_buffer_max, settings.stage_batch_max),
        store="memory://",
    )
    app.fetch_max_wait_ms = settings.kafka_fetch_max_wait_ms
    app.idempotent_producer = settings.kafka_idempotent_producer
    app.settings = settings
    app.stage_batch_max = settings.stage_batch_max
    return app


def raw_sender(app: faust.App) -> Send:
    """``send(topic, key, value)`` that returns only once the broker acknowledged the message. A refusal raises
    as ``Outbox.flush`` does (``OutputNotAcknowledged``, transient), so a stage that sends one record at a time
    (revisions, the notifier, dead letters) retries its input instead of dead-lettering it."""

    async def send(topic: str, key: bytes | None, value: bytes) -> None:
        outbox = Outbox(app)
        await outbox.put(topic, key, value)
        await outbox.flush()

    return send


class Outbox:
    """Sends queued in order without waiting for each acknowledgement, then ``flush`` awaits them all: the
    producer (lingering) packs a batch's outputs into few produce requests instead of one round trip each."""

    def __init__(self, app: faust.App) -> None:
        self.app = app
        self._acks: list[Awaitable[object]] = []

    async def put(self, topic: str, key: bytes | None, value: bytes) -> None:
        """Queue one record (in this order within its partition); its acknowledgement is awaited by ``flush``."""
        self._acks.append(await self.app.topic(topic, value_serializer="raw", key_serializer="raw").send(key=key, value=value))

    async def flush(self) -> None:
        """Return once the broker acknowledged every queued record. A send the broker refused raises
        ``OutputNotAcknowledged`` (transient: the stage retries the input rather than dead-letter it, since the
        input was not at fault), except a record too large for the broker, which no retry can fix."""
        acks, self._acks = self._acks, []
        results = await asyncio.gather(*acks, return_exceptions=True)  # every outcome retrieved, none left dangling
        for result in results:
            if isinstance(result, MessageSizeTooLargeError):
                raise result
            if isinstance(result, Exception):
                raise OutputNotAcknowledged(f"{len(acks)} record(s) sent, not all acknowledged: {result!r}") from result


class OutputNotAcknowledged(ConnectionError):
    """A stage's output was not acknowledged by the broker (it restarted, a leader moved): retry the input."""


def attach_stage_agent(
    app: faust.App, *, name: str, source: str, shell: StageShell, lag_interval_s: float = 5.0, overlap: bool = False
) -> faust.types.AgentT:
    """Register an agent (concurrency 1) that hands the raw messages of ``source`` to ``shell`` in batches, and a
    timer that publishes the consumer lag of ``source`` on this worker's partitions.

    At least once: the batch comes from ``batches`` (the stream's auto-acks off) and each message is acknowledged
    (so its offset may commit) only after ``shell.handle_batch`` returned, i.e. after its outputs were acknowledged
    by the broker. Not ``stream.take``: it acknowledges the buffered events in a ``finally``, so a worker stopped in
    the middle of a batch would commit the offsets of messages it never finished; nor ``noack_take``, whose ticking
    ``within`` timer holds every message at a low rate up to that long per hop.

    With ``overlap`` the agent keeps two batches in flight (``townwatch_runtime.turns``): the next batch is taken
    and computed while this one publishes; a stage whose core marks its compute (``computing``) and its publish
    (``publishing``) keeps its output order, and batches are acknowledged in order, each after its outputs.
    Without it (a stage whose core does not mark them, such as the ledger) one batch is handled at a time.

    Lag is read from group offsets (``townwatch_runtime.consumer_lag``): each assigned partition's log-end offset
    minus the committed offset of this worker's consumer group (the app id), summed over the partitions this
    worker holds, so the sum over a group's workers is the group's lag. A commit never passes an unfinished
    message, so a message stuck in retries counts as lag.
    """
    topic = app.topic(source, value_type=bytes, key_type=bytes, value_serializer="raw", key_serializer="raw")
    reader: list[LagReader] = []

    async def sample_lag() -> None:
        settings: ServiceSettings | None = getattr(app, "settings", None)
        if settings is None:
            return
        mine = sorted((tp for tp in app.consumer.assignment() if tp.topic == source), key=lambda tp: tp.partition)
        try:
            if not reader:
                reader.append(await LagReader(settings.kafka_client_kwargs(), settings.kafka_end_offsets).start())
            parts = await reader[0].partitions(app.conf.id, [TopicPartition(tp.topic, tp.partition) for tp in mine])
        except Exception as exc:  # the broker away for a moment: keep the last figure, try a fresh client next time
            log.warning("consumer lag of %s not read: %r", source, exc)
            if reader:
                with contextlib.suppress(Exception):
                    await reader.pop().close()
            return
        shell.metrics.lag(source, sum(p.lag for p in parts))
        consumer = app.consumer
        if isinstance(consumer, Consumer):
            try:
                await consumer.recommit_lost({tp: p.committed for tp, p in zip(mine, parts, strict=True)})
            except Exception as exc:  # as a lag reading: the next timer tick checks again
                log.warning("lost commits of %s not re-committed: %r", source, exc)

    sample_lag.__name__ = sample_lag.__qualname__ = f"{name}_lag"
    app.timer(lag_interval_s, name=f"{name}_lag")(sample_lag)

    batch_max = getattr(app, "stage_batch_max", 1)

    async def agent(stream: faust.StreamT) -> None:
        async def handle(events: list[faust.EventT]) -> None:
            await shell.handle_batch([
                RawMessage(e.value, e.key, e.message.topic, e.message.partition, e.message.offset) for e in events
            ])

        async def acknowledge(events: list[faust.EventT]) -> None:
            for event in events:
                await stream.ack(event)

        if overlap:
            await run_in_turns(batches(stream, batch_max), handle, acknowledge)
            return
        async for events in batches(stream, batch_max):
            await handle(events)
            await acknowledge(events)

    agent.__name__ = agent.__qualname__ = f"{name}_agent"
    return app.agent(topic, concurrency=1, name=name)(agent)
