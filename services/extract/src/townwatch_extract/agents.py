"""The extract stage's faust agent: decode an Article, run the extractor, publish its ControlChanges."""

from __future__ import annotations

import asyncio
from typing import Protocol

import faust

from townwatch_extract.budget import BudgetExceeded
from townwatch_extract.correction import corrections
from townwatch_extract.metrics import BUDGET_EXCEEDED, count_events, stage_metrics
from townwatch_runtime.dead_letter import DeadLetterSink
from townwatch_runtime.faust_app import attach_stage_agent, raw_sender
from townwatch_runtime.stage import StageShell
from townwatch_schemas import (
    ARTICLE_REVISIONS,
    ARTICLES,
    CONTROL_CHANGES,
    Article,
    ArticleRevision,
    ControlChange,
    Stage,
)

__all__ = ["ArticleExtractor", "attach", "extract_counted"]


class ArticleExtractor(Protocol):
    def extract(self, article: Article) -> list[ControlChange]: ...


def extract_counted(extractor: ArticleExtractor, article: Article) -> list[ControlChange]:
    """``extractor.extract(article)``, counting an article over budget by the limit it hit (then re-raising)."""
    try:
        return extractor.extract(article)
    except BudgetExceeded as exc:
        BUDGET_EXCEEDED.labels(exc.limit).inc()
        raise


def attach(app: faust.App, extractor: ArticleExtractor) -> faust.types.AgentT:
    """Register the extract agent on ``app``; ``extractor`` is built once per process and shared."""
    send = raw_sender(app)
    metrics = stage_metrics()

    async def process(article: Article) -> int:
        # spaCy is CPU-bound; run it off the event loop so heartbeats keep flowing.
        events = await asyncio.get_running_loop().run_in_executor(None, extract_counted, extractor, article)
        for event in events:
            # Keyed by place: one place's events are handled in order by one alert worker.
            await send(CONTROL_CHANGES.name, event.place.key.encode(), event.to_json_bytes())
        if article.revision > 1:
            # Revision n of a known article: the alert service withdraws what the earlier revisions said and this one no longer does.
            revision = ArticleRevision(
                article_id=article.id, revision=article.revision, event_ids=[e.event_id for e in events],
                place_keys=sorted({e.place.key for e in events}),
                corrections=corrections(article.text), source=article.source, url=article.url, received=article.received,
                extractor_version=events[0].extractor_version if events else "townwatch-extract",
            )
            await send(ARTICLE_REVISIONS.name, article.id.encode(), revision.to_json_bytes())
        count_events(events)
        return len(events)

    dead_letters = DeadLetterSink(Stage.EXTRACT, send, on_dead_letter=metrics.dead_letter)
    shell = StageShell(Article, process, metrics=metrics, dead_letters=dead_letters)
    return attach_stage_agent(app, name="extract", source=ARTICLES.name, shell=shell)
