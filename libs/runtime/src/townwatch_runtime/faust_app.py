"""The faust-streaming app factory: settings that work on both the embedded broker and real Kafka."""

from __future__ import annotations

import faust

from townwatch_runtime.dead_letter import Send
from townwatch_runtime.faust_transport import App
from townwatch_runtime.settings import ServiceSettings
from townwatch_runtime.stage import StageShell

__all__ = ["attach_stage_agent", "make_app", "raw_sender"]


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

    Lag is the highwater the broker reported in its last fetch response minus the next offset this worker
    will *process* (faust reads ahead into a buffer, so its read position would hide a backlog). Partitions
    this worker has not processed anything from yet are not counted. On the embedded broker (Tansu) the end
    offsets are wrong, so the figure is too; the dashboard says so.
    """
    topic = app.topic(source, value_type=bytes, key_type=bytes, value_serializer="raw", key_serializer="raw")

    async def sample_lag() -> None:
        consumer = app.consumer
        lag = 0
        for tp in consumer.assignment():
            position = shell.positions.get((tp.topic, tp.partition))
            highwater = consumer.highwater(tp)
            if tp.topic == source and position is not None and highwater is not None:
                lag += max(0, highwater - position)
        shell.metrics.lag(source, lag)

    sample_lag.__name__ = sample_lag.__qualname__ = f"{name}_lag"
    app.timer(lag_interval_s, name=f"{name}_lag")(sample_lag)

    async def agent(stream: faust.StreamT) -> None:
        async for event in stream.events():
            msg = event.message
            await shell.handle(event.value, key=event.key, topic=msg.topic, partition=msg.partition, offset=msg.offset)

    agent.__name__ = agent.__qualname__ = f"{name}_agent"
    return app.agent(topic, concurrency=1, name=name)(agent)
