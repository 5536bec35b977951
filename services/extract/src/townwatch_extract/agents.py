"""The extract stage's faust agent: decode an Article, run the extractor, publish its ControlChanges."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Protocol

import faust

from townwatch_extract.budget import BudgetExceeded
from townwatch_extract.correction import corrections
from townwatch_extract.metrics import BUDGET_EXCEEDED, count_events, stage_metrics
from townwatch_runtime.dead_letter import DeadLetterSink
from townwatch_runtime.faust_app import Outbox, attach_stage_agent, raw_sender
from townwatch_runtime.stage import StageShell
from townwatch_runtime.turns import computing, publishing
from townwatch_schemas import (
    ARTICLE_REVISIONS,
    ARTICLES,
    CONTROL_CHANGES,
    Article,
    ArticleRevision,
    ControlChange,
    Stage,
)

__all__ = ["INLINE_MAX_BATCH", "INLINE_MAX_CHARS", "ArticleExtractor", "attach", "extract_all", "extract_counted", "outcomes_of"]

log = logging.getLogger(__name__)


class ArticleExtractor(Protocol):
    def extract(self, article: Article) -> list[ControlChange]: ...


def extract_counted(extractor: ArticleExtractor, article: Article) -> list[ControlChange]:
    """``extractor.extract(article)``, counting an article over budget by the limit it hit (then re-raising)."""
    try:
        return extractor.extract(article)
    except BudgetExceeded as exc:
        BUDGET_EXCEEDED.labels(exc.limit).inc()
        raise


def extract_all(
    extractor: ArticleExtractor, articles: Sequence[Article], needs: Sequence[bool] | None = None,
) -> list[list[ControlChange] | Exception]:
    """The batch's outcomes in one call (one executor hop): each article's events, or the exception it raised.

    An extractor with ``extract_many`` (the service's ``BudgetedExtractor``) parses the batch's sentences together,
    each article within its own budget; if it raises (a bug one article triggers), the batch is extracted again one
    article at a time, so only that article is dead-lettered. ``needs``: the extractor's ``needs_parse`` verdict of
    each article when the caller has it already (``outcomes_of``): an article that needs no parse has no events, and
    is not read again."""
    if needs is not None:
        asked = [i for i, need in enumerate(needs) if need]
        if len(asked) < len(articles):
            outcomes: list[list[ControlChange] | Exception] = [[] for _ in articles]
            for i, outcome in zip(asked, extract_all(extractor, [articles[i] for i in asked]), strict=True):
                outcomes[i] = outcome
            return outcomes
    many = getattr(extractor, "extract_many", None)
    if many is not None and len(articles) > 1:
        try:
            outcomes = list(many(articles))
        except Exception:
            log.warning("extract_many failed on a batch of %d; extracting them one at a time", len(articles), exc_info=True)
        else:
            for outcome in outcomes:
                if isinstance(outcome, BudgetExceeded):
                    BUDGET_EXCEEDED.labels(outcome.limit).inc()
            return outcomes
    outcomes = []
    for article in articles:
        try:
            outcomes.append(extract_counted(extractor, article))
        except Exception as exc:  # the stage shell dead-letters this article alone
            outcomes.append(exc)
    return outcomes


INLINE_MAX_BATCH = 4
"""A batch of at most this many articles is first read on the event loop (see ``outcomes_of``)."""
INLINE_MAX_CHARS = 20_000
"""An article with more characters (text and title) is always read in the executor, under the budget's watchdog."""


async def outcomes_of(extractor: ArticleExtractor, articles: Sequence[Article]) -> list[list[ControlChange] | Exception]:
    """``extract_all`` of the batch. spaCy is CPU-bound, so a batch is extracted off the event loop in one executor
    hop, and heartbeats keep flowing; but a small batch (a low rate: the stream hands over what it holds, one to three
    articles at 100/s) of short articles none of which needs a parse (most news: the prefilter settles it in a
    fraction of a millisecond) has no events, known on the loop without the hop, whose thread hand-over cost about
    as much CPU as the prefilter at that rate. Behind a backlog the batches are large and the hop is shared."""
    needs_parse = getattr(extractor, "needs_parse", None)
    needs: list[bool] | None = None
    if needs_parse is not None and len(articles) <= INLINE_MAX_BATCH and all(
        len(a.text) + len(a.title or "") <= INLINE_MAX_CHARS for a in articles
    ):
        try:
            needs = [bool(needs_parse(a)) for a in articles]
        except Exception:  # a bug the analysis hits: extract_all reports it for the article alone
            log.debug("needs_parse failed; extracting the batch in the executor", exc_info=True)
        if needs is not None and not any(needs):
            return [[] for _ in articles]
    # the verdicts go along: the articles that need no parse are not read again in the executor
    return await asyncio.get_running_loop().run_in_executor(None, extract_all, extractor, articles, needs)


def attach(app: faust.App, extractor: ArticleExtractor) -> faust.types.AgentT:
    """Register the extract agent on ``app``; ``extractor`` is built once per process and shared."""
    send = raw_sender(app)
    metrics = stage_metrics()

    async def process_batch(articles: Sequence[Article]) -> list[int | BaseException]:
        # The next batch computes while this one publishes (``overlap``); this one publishes after the previous one is done.
        async with computing():
            outcomes = await outcomes_of(extractor, articles)
        await publishing()
        outbox = Outbox(app)
        for article, events in zip(articles, outcomes, strict=True):
            if not isinstance(events, Exception):
                await publish(outbox, article, events)
        await outbox.flush()  # every output acknowledged before the batch's offsets may commit
        for events in outcomes:
            if not isinstance(events, Exception):
                count_events(events)
        return [o if isinstance(o, Exception) else len(o) for o in outcomes]

    dead_letters = DeadLetterSink(Stage.EXTRACT, send, on_dead_letter=metrics.dead_letter)
    shell = StageShell(Article, process_batch=process_batch, metrics=metrics, dead_letters=dead_letters)
    return attach_stage_agent(app, name="extract", source=ARTICLES.name, shell=shell, overlap=True)


async def publish(outbox: Outbox, article: Article, events: list[ControlChange]) -> None:
    """Queue an article's ControlChanges (and, for revision n > 1, its ArticleRevision) on ``outbox``."""
    for event in events:
        # Keyed by place: one place's events are handled in order by one alert worker.
        await outbox.put(CONTROL_CHANGES.name, event.place.key.encode(), event.to_json_bytes())
    if article.revision > 1:
        # Revision n of a known article: the alert service withdraws what the earlier revisions said and this one no longer does.
        revision = ArticleRevision(
            article_id=article.id, revision=article.revision, event_ids=[e.event_id for e in events],
            place_keys=sorted({e.place.key for e in events}),
            corrections=corrections(article.text), source=article.source, url=article.url, received=article.received,
            extractor_version=events[0].extractor_version if events else "townwatch-extract",
        )
        await outbox.put(ARTICLE_REVISIONS.name, article.id.encode(), revision.to_json_bytes())
