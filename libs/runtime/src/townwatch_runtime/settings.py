"""The settings every townwatch service shares (Kafka, metrics, logging); each service subclasses it once."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BeforeValidator, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["EndOffsets", "LogLevel", "ServiceSettings"]

EndOffsets = Literal["list_offsets", "highwater"]
"""How a partition's log-end offset is read (``townwatch_runtime.consumer_lag``). Defined here, not there: the
settings are imported by pure cores (the alert's follow-ups, through its channels), and consumer_lag imports aiokafka."""



def _upper(value: object) -> object:
    return value.strip().upper() if isinstance(value, str) else value


LogLevel = Annotated[Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"], BeforeValidator(_upper)]
"""A logging level name in any case (``info`` == ``INFO``); anything else is refused. Every settings class with a
log level uses it (the services', ``townwatch up``'s), so that one spelling works everywhere."""


class ServiceSettings(BaseSettings):
    """Base for one service's settings class. Environment variables are prefixed ``TOWNWATCH_``.

    Build it once at start-up (``Settings()``) and pass it down; never read the environment elsewhere.
    """

    model_config = SettingsConfigDict(env_prefix="TOWNWATCH_", extra="ignore", frozen=True)

    kafka_bootstrap_servers: str = "127.0.0.1:9092"
    kafka_security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    kafka_sasl_mechanism: str | None = None
    kafka_sasl_username: str | None = None
    kafka_sasl_password: SecretStr | None = None
    kafka_idempotent_producer: bool = False
    """On with real Kafka (the compose stack). The embedded broker (Tansu) rejects InitProducerId, so off there."""
    kafka_session_timeout_s: float = 10.0
    shutdown_timeout_s: float = Field(default=20.0, gt=0, le=600)
    """How long a SIGTERM waits for the worker's graceful stop (the current batch, the last commit) before the
    process exits anyway: with the broker gone that stop never ends (``townwatch_runtime.worker``)."""
    kafka_rebalance_timeout_s: float = 10.0
    kafka_fetch_max_wait_ms: int = Field(default=20, ge=1, le=60_000)
    """How long a consumer's fetch may wait on the broker for data. Real Kafka answers as soon as data arrives;
    Tansu, the embedded broker, holds a fetch for most of this wait, so it is latency on every hop: measured at 100
    messages/s, one hop's median 28-36 ms at 100 ms, 8 ms at 20 ms (faust's 1.5 s gave 0.45 s). An idle consumer
    sends 1000/this fetches a second."""
    kafka_linger_ms: int = Field(default=0, ge=0, le=1000)
    """How long the producer waits to fill a batch before sending it. 0: a stage queues all of a batch's outputs
    before the producer's sender runs (the ``Outbox``), so they share produce requests without a linger, and a
    lone message is not held back; a linger is latency on every hop."""
    stage_batch_max: int = Field(default=64, ge=1, le=10_000)
    """At most this many messages are handled together by a stage agent: what its stream holds when it is free,
    never waiting for more (``townwatch_runtime.batches``)."""
    stage_buffer_max: int = Field(default=256, ge=1, le=100_000)
    """Messages a worker holds fetched ahead of its agents, per stream (faust's ``stream_buffer_maxsize``, 4,096 by
    default); past it, fetching pauses. Bounds memory under a backlog: a flood of large messages behind a slow stage
    grew the alert service by 212 MB with faust's default."""
    kafka_end_offsets: EndOffsets = "list_offsets"
    """How the consumer lag gauge reads a partition's log-end offset: ``list_offsets`` (ListOffsets; right on Kafka)
    or ``highwater`` (a Fetch response's high watermark; right on Tansu too, whose ListOffsets is wrong). The
    embedded stack sets it from the broker it starts."""
    kafka_create_topics: bool = True
    """Create the versioned topics at start-up if missing (explicitly: Tansu would auto-create them with 4 partitions)."""

    metrics_host: str = "127.0.0.1"
    metrics_port: int = 0
    """Port for ``/metrics``; 0 disables the endpoint."""
    log_level: LogLevel = "INFO"
    """Any case is accepted (``info`` == ``INFO``); anything else is refused at start-up."""
    log_format: Literal["text", "json"] = "text"
    """``json``: one JSON object per log line, for a log shipper."""

    @field_validator("log_format", mode="before")
    @classmethod
    def _lower_log_format(cls, value: object) -> object:
        return value.strip().lower() if isinstance(value, str) else value

    def kafka_client_kwargs(self) -> dict[str, object]:
        """Keyword arguments shared by every aiokafka client."""
        kwargs: dict[str, object] = {
            "bootstrap_servers": self.kafka_bootstrap_servers.split(","),
            "security_protocol": self.kafka_security_protocol,
        }
        if self.kafka_sasl_mechanism:
            kwargs["sasl_mechanism"] = self.kafka_sasl_mechanism
            kwargs["sasl_plain_username"] = self.kafka_sasl_username
            kwargs["sasl_plain_password"] = (
                self.kafka_sasl_password.get_secret_value() if self.kafka_sasl_password else None
            )
        return kwargs
