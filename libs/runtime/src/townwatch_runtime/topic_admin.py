"""Explicit creation of the versioned topics (the embedded broker would auto-create them with 4 partitions)."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from townwatch_runtime.settings import ServiceSettings
from townwatch_schemas import ALL_TOPICS, TopicSpec

__all__ = ["ensure_topics"]

log = logging.getLogger(__name__)


async def ensure_topics(settings: ServiceSettings, specs: Iterable[TopicSpec] = ALL_TOPICS) -> list[str]:
    """Create every missing topic in ``specs``; return the names created. Existing topics are left alone."""
    admin = AIOKafkaAdminClient(**settings.kafka_client_kwargs())
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [s for s in specs if s.name not in existing]
        if missing:
            try:
                await admin.create_topics(
                    [NewTopic(s.name, num_partitions=s.partitions, replication_factor=1) for s in missing]
                )
            except TopicAlreadyExistsError:  # another process won the race
                pass
            log.info("created topics %s", [s.name for s in missing])
        return [s.name for s in missing]
    finally:
        await admin.close()
