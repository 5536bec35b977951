"""The Kafka producer of ingest: articles keyed by id on ``articles.v1``, acks=all, idempotent where the broker can."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError

from townwatch_ingest.settings import IngestSettings
from townwatch_schemas import ARTICLES, Article

__all__ = ["ArticlePublisher"]

_ENVELOPE_BYTES = 1_048_576
_BATCH_BYTES = 512 * 1024


class ArticlePublisher:
    """Publishes articles and dead letters; ``publish`` returns once the broker has acknowledged (acks=all)."""

    def __init__(self, settings: IngestSettings) -> None:
        self._idempotent = settings.kafka_idempotent_producer
        self._producer = AIOKafkaProducer(
            **settings.kafka_client_kwargs(),
            client_id="townwatch-ingest",
            acks="all",
            enable_idempotence=settings.kafka_idempotent_producer,
            # JSON escaping can grow a max-size article; the broker's message.max.bytes must allow this too.
            max_request_size=2 * settings.max_article_bytes + _ENVELOPE_BYTES,
            # No linger here, unlike the stages: replay, feeds and single POSTs publish one article at a time and
            # would each wait it out. A bulk push's articles (publish_many) are all queued before the sender runs,
            # so they share produce requests without it.
            linger_ms=0,
            # aiokafka sends one batch per partition per request, one request in flight per broker, and a send
            # waits while its partition's batch is full: at the default 16 KiB (about four articles) a bulk push
            # of 50 went out as a dozen produce round trips one after another. 512 KiB holds a bulk request's
            # share of a partition, so it goes out in one request, and the broker stores a few batches instead
            # of a dozen (under 1 MiB: Kafka's default message.max.bytes bounds a batch).
            max_batch_size=_BATCH_BYTES,
        )

    async def start(self) -> None:
        try:
            await self._producer.start()
        except KafkaError as exc:
            if self._idempotent:
                raise KafkaError(
                    f"{type(exc).__name__}: the broker refused the idempotent producer (InitProducerId); "
                    "set TOWNWATCH_KAFKA_IDEMPOTENT_PRODUCER=false for a broker without it (the embedded one)"
                ) from exc
            raise

    async def stop(self) -> None:
        await self._producer.stop()

    async def send(self, topic: str, key: bytes | None, value: bytes) -> None:
        await self._producer.send_and_wait(topic, value=value, key=key)

    async def publish(self, article: Article) -> None:
        await self.send(ARTICLES.name, article.id.encode("utf-8"), article.to_json_bytes())

    async def publish_many(self, articles: Sequence[Article]) -> list[BaseException | None]:
        """Publish every article, sent together and acknowledged together; per article None or the error."""
        acks: list[asyncio.Future[object] | BaseException] = []
        for article in articles:
            try:
                acks.append(await self._producer.send(ARTICLES.name, value=article.to_json_bytes(), key=article.id.encode("utf-8")))
            except Exception as exc:  # refused before it was queued (too large, no metadata)
                acks.append(exc)
        waited = await asyncio.gather(*(a for a in acks if not isinstance(a, BaseException)), return_exceptions=True)
        results = iter(waited)
        return [a if isinstance(a, BaseException) else _error(next(results)) for a in acks]

    async def __aenter__(self) -> ArticlePublisher:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()


def _error(result: object) -> BaseException | None:
    return result if isinstance(result, BaseException) else None
