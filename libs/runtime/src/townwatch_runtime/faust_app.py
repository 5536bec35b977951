"""The faust-streaming app factory: settings that work on both the embedded broker and real Kafka."""

from __future__ import annotations

import contextlib
import logging

import faust
from aiokafka import TopicPartition

from townwatch_runtime.consumer_lag import LagReader
from townwatch_runtime.dead_letter import Send
from townwatch_runtime.faust_transport import App
from townwatch_runtime.settings import ServiceSettings
from townwatch_runtime.stage import StageShell

__all__ = ["attach_stage_agent", "make_app", "raw_sender"]

log = logging.getLogger(__name__)


def make_app(app_id: str, settings: ServiceSettings) -> faust.App:
    """A faust app with no tables, no web server and no leader topic.

    - Session and rebalance timeouts come from settings (~10 s: on Tansu a group join waits half the
      rebalance timeout, and faust's default would make every start take 30 s).
    - At-least-once processing; every consumer downstream is idempotent. The producer is idempotent when
      ``kafka_idempotent_producer`` (real Kafka; Tansu rejects InitProducerId), which faust alone does only
      with ``exactly_once``.
    - Offsets commit every second; with agent concurrency 1 a commit never passes an unfinished message.
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
        producer_linger_ms=0,
        processing_guarantee="at_least_once",
        stream_wait_empty=True,
        store="memory://",
    )
    app.fetch_max_wait_ms = settings.kafka_fetch_max_wait_ms
    app.idempotent_producer = settings.kafka_idempotent_producer
    app.settings = settings
    return app


def raw_sender(app: faust.App) -> Send:
    """``send(topic, key, value)`` that returns only once the broker acknowledged the message."""

    async def send(topic: str, key: bytes | None, value: bytes) -> None:
        fut = await app.topic(topic, value_serializer="raw", key_serializer="raw").send(key=key, value=value)
        await fut

    return send


def attach_stage_agent(
    app: faust.App, *, name: str, source: str, shell: StageShell, lag_interval_s: float = 5.0
) -> faust.types.AgentT:
    """Register an agent (concurrency 1) that hands every raw message of ``source`` to ``shell``, and a timer
    that publishes the consumer lag of ``source`` on this worker's partitions.

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

    sample_lag.__name__ = sample_lag.__qualname__ = f"{name}_lag"
    app.timer(lag_interval_s, name=f"{name}_lag")(sample_lag)

    async def agent(stream: faust.StreamT) -> None:
        async for event in stream.events():
            msg = event.message
            await shell.handle(event.value, key=event.key, topic=msg.topic, partition=msg.partition, offset=msg.offset)

    agent.__name__ = agent.__qualname__ = f"{name}_agent"
    return app.agent(topic, concurrency=1, name=name)(agent)
