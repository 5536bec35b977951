"""The ledger's faust agent: decode a ControlChange, let the ledger decide, publish the alert revision on alerts.v1."""

from __future__ import annotations

import logging

import faust
from aiokafka.errors import KafkaConnectionError, KafkaTimeoutError
from redis.asyncio import Redis
from redis.exceptions import BusyLoadingError
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from townwatch_alert import metrics
from townwatch_alert.ledger import Ledger, LedgerResult, UnknownArticle
from townwatch_alert.settings import AlertSettings
from townwatch_runtime.dead_letter import DeadLetterSink
from townwatch_runtime.faust_app import attach_stage_agent, raw_sender
from townwatch_runtime.stage import StageShell
from townwatch_schemas import (
    ALERTS,
    ARTICLE_REVISIONS,
    CONTROL_CHANGES,
    ArticleRevision,
    ControlChange,
    Stage,
)

__all__ = ["TRANSIENT_ERRORS", "attach_ledger", "attach_revisions", "count_result"]

log = logging.getLogger(__name__)

TRANSIENT_ERRORS: tuple[type[BaseException], ...] = (
    ConnectionError,
    TimeoutError,
    RedisConnectionError,
    RedisTimeoutError,
    BusyLoadingError,
    KafkaConnectionError,
    KafkaTimeoutError,
)
"""Errors after which the message is retried (with back-off) rather than dead-lettered."""


def count_result(result: LedgerResult) -> None:
    """Count one ledger decision in the alert metrics."""
    metrics.DECISIONS.labels(result.decision.value).inc()
    if result.suppression:
        metrics.SUPPRESSIONS.labels(result.suppression).inc()
    if result.corroboration:
        metrics.CORROBORATIONS.inc()
    if result.alert is not None and not result.reemit and result.alert.revision == 1:
        metrics.ALERT_CONFIDENCE.observe(result.alert.confidence)


def attach_ledger(app: faust.App, settings: AlertSettings, redis: Redis | None = None) -> faust.types.AgentT:
    """Register the ``ledger`` agent (concurrency 1) on ``app``; it uses ``redis`` or a client built from settings."""
    ledger = Ledger.from_settings(redis or Redis.from_url(settings.redis_url_value()), settings)
    send = raw_sender(app)

    async def process(event: ControlChange) -> int:
        result = await ledger.apply(event)
        count_result(result)
        if result.alert is None:
            return 0
        # Only once the broker acknowledged it is the revision marked as emitted.
        await send(ALERTS.name, result.alert.alert_id.encode(), result.alert.to_json_bytes())
        await ledger.mark_emitted(result.alert)
        log.info(
            "%s %s r%d %s: %s -> %s (%d outlet(s))",
            "re-emitted" if result.reemit else result.decision.value,
            result.alert.alert_id,
            result.alert.revision,
            result.alert.place.canonical_name,
            result.alert.losing.name if result.alert.losing else "?",
            result.alert.gaining.name if result.alert.gaining else "?",
            result.alert.independent_outlets,
        )
        return 1

    shell = StageShell(
        ControlChange,
        process,
        metrics=metrics.ALERT_STAGE,
        dead_letters=DeadLetterSink(Stage.ALERT, send, on_dead_letter=metrics.ALERT_STAGE.dead_letter),
        transient=TRANSIENT_ERRORS,
    )
    attach_revisions(app, ledger, send)
    return attach_stage_agent(app, name="ledger", source=CONTROL_CHANGES.name, shell=shell)


def attach_revisions(app: faust.App, ledger: Ledger, send) -> faust.types.AgentT:  # type: ignore[no-untyped-def]
    """Register the ``revisions`` agent: an article's revision n withdraws what earlier revisions said and it does not."""

    async def process(revision: ArticleRevision) -> int:
        try:
            alerts = await ledger.withdraw_article(revision)
        except UnknownArticle as exc:
            log.warning("%s", exc)
            metrics.SUPPRESSIONS.labels("unknown_article").inc()
            return 0
        if not alerts:
            log.info("revision %d of article %s withdraws nothing the ledger holds%s", revision.revision, revision.article_id,
                     " (its correction names no change we alerted on)" if revision.corrections else "")
        for alert in alerts:
            await send(ALERTS.name, alert.alert_id.encode(), alert.to_json_bytes())
            await ledger.mark_emitted(alert)
            log.info("%s %s r%d %s: source %s withdrawn (revision %d)", "withdrawn" if alert.withdrawn else "revised",
                     alert.alert_id, alert.revision, alert.place.canonical_name, revision.article_id, revision.revision)
        return len(alerts)

    shell = StageShell(
        ArticleRevision,
        process,
        metrics=metrics.ALERT_STAGE,
        dead_letters=DeadLetterSink(Stage.ALERT, send, on_dead_letter=metrics.ALERT_STAGE.dead_letter),
        transient=TRANSIENT_ERRORS,
    )
    return attach_stage_agent(app, name="revisions", source=ARTICLE_REVISIONS.name, shell=shell)
