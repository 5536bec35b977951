"""The extract stage's faust agent: decode an Article, run the extractor, publish its ControlChanges."""

from __future__ import annotations

import asyncio
import logging
from typing import Protocol

import faust

from townwatch_extract.metrics import count_events, stage_metrics
from townwatch_runtime.dead_letter import DeadLetterSink
from townwatch_runtime.stage import StageShell
from townwatch_schemas import (
    ARTICLES,
    CONTROL_CHANGES,
    Article,
    ControlChange,
    Stage,
    dead_letter_topic,
)

__all__ = ["ArticleExtractor", "attach"]

log = logging.getLogger(__name__)


class ArticleExtractor(Protocol):
    def extract(self, article: Article) -> list[ControlChange]: ...


def attach(app: faust.App, extractor: ArticleExtractor) -> faust.types.AgentT:
    """Register the extract agent on ``app``; ``extractor`` is built once per process and shared."""
    source = app.topic(ARTICLES.name, value_type=bytes, key_type=bytes, value_serializer="raw", key_serializer="raw")
    sink = app.topic(CONTROL_CHANGES.name, value_serializer="raw", key_serializer="raw")
    metrics = stage_metrics()

    async def send(topic: str, key: bytes | None, value: bytes) -> None:
        fut = await app.topic(topic, value_serializer="raw", key_serializer="raw").send(key=key, value=value)
        await fut

    async def process(article: Article) -> int:
        # spaCy is CPU-bound; run it off the event loop so heartbeats keep flowing.
        events = await asyncio.get_running_loop().run_in_executor(None, extractor.extract, article)
        for event in events:
            fut = await sink.send(key=event.place.key.encode(), value=event.to_json_bytes())
            await fut
        count_events(events)
        return len(events)

    shell = StageShell(Article, process, metrics=metrics, dead_letters=DeadLetterSink(Stage.EXTRACT, send))
    log.debug("extract agent reads %s, writes %s, dead letters to %s", ARTICLES.name, CONTROL_CHANGES.name, dead_letter_topic(Stage.EXTRACT))

    @app.agent(source, concurrency=1, name="extract")
    async def extract_agent(stream: faust.StreamT) -> None:
        async for event in stream.events():
            msg = event.message
            await shell.handle(event.value, key=event.key, topic=msg.topic, partition=msg.partition, offset=msg.offset)

    return extract_agent
