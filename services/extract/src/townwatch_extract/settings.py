"""The extract service's settings (environment variables prefixed ``TOWNWATCH_``)."""

from __future__ import annotations

from townwatch_runtime.settings import ServiceSettings

__all__ = ["ExtractSettings"]


class ExtractSettings(ServiceSettings):
    """Built once at start-up and passed down."""

    app_id: str = "townwatch-extract"
    """faust app id = the Kafka consumer group; workers with the same id share the partitions."""
