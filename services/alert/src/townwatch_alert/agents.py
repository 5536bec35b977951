"""The ledger's faust agent: decode a ControlChange, let the ledger decide, publish the alert revision on alerts.v1."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence

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
from townwatch_runtime.faust_app import Outbox, attach_stage_agent, raw_sender
from townwatch_runtime.stage import StageShell
from townwatch_schemas import (
    ALERTS,
    ARTICLE_REVISIONS,
    CONTROL_CHANGES,
    ArticleRevision,
    ControlChange,
    Stage,
)

__all__ = ["TRANSIENT_ERRORS", "apply_in_town_order", "attach_ledger", "attach_revisions", "count_result"]

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


async def apply_in_town_order(ledger: Ledger, events: Sequence[ControlChange]) -> list[LedgerResult | Exception]:
    """Apply a batch: each town's events in their order, different towns concurrently (their Redis round trips
    overlap). After an event fails, the town's later events in the batch are not applied (they fail as
    ``_Unapplied``, a transient error the stage shell retries), so that they are applied in their order."""
    outcomes: list[LedgerResult | Exception | None] = [None] * len(events)
    towns: dict[str, list[int]] = {}
    for i, event in enumerate(events):
        towns.setdefault(event.place.key, []).append(i)

    async def one_town(indices: list[int]) -> None:
        failed = False
        for i in indices:
            if failed:
                outcomes[i] = _Unapplied(events[i].event_id)
                continue
            try:
                outcomes[i] = await ledger.apply(events[i])
            except Exception as exc:
                outcomes[i], failed = exc, True

    await asyncio.gather(*(one_town(indices) for indices in towns.values()))
    return [o if o is not None else _Unapplied(events[i].event_id) for i, o in enumerate(outcomes)]


class _Unapplied(ConnectionError):
    """An event not applied because an earlier event of its town in the same batch failed; retried (transient)."""

    def __init__(self, event_id: str) -> None:
        super().__init__(f"event {event_id}: not applied after an earlier event of its town failed; retried")


def attach_ledger(app: faust.App, settings: AlertSettings, redis: Redis | None = None) -> faust.types.AgentT:
    """Register the ``ledger`` agent (concurrency 1) on ``app``; it uses ``redis`` or a client built from settings."""
    ledger = Ledger.from_settings(redis or Redis.from_url(settings.redis_url_value()), settings)
    send = raw_sender(app)

    async def process_batch(events: Sequence[ControlChange]) -> list[int | BaseException]:
        outcomes = await apply_in_town_order(ledger, events)
        alerts = [o.alert for o in outcomes if isinstance(o, LedgerResult) and o.alert is not None]
        outbox = Outbox(app)
        for alert in alerts:
            await outbox.put(ALERTS.name, alert.alert_id.encode(), alert.to_json_bytes())
        await outbox.flush()
        # Only once the broker acknowledged them are the revisions marked as emitted.
        await ledger.mark_emitted_all(alerts)
        for outcome in outcomes:
            if isinstance(outcome, LedgerResult):
                count_result(outcome)
                if outcome.alert is not None:
                    _log_alert(outcome)
        return [o if isinstance(o, Exception) else int(o.alert is not None) for o in outcomes]

    shell = StageShell(
        ControlChange,
        process_batch=process_batch,
        metrics=metrics.ALERT_STAGE,
        dead_letters=DeadLetterSink(Stage.ALERT, send, on_dead_letter=metrics.ALERT_STAGE.dead_letter),
        transient=TRANSIENT_ERRORS,
    )
    attach_revisions(app, ledger, send)
    return attach_stage_agent(app, name="ledger", source=CONTROL_CHANGES.name, shell=shell)


def _log_alert(result: LedgerResult) -> None:
    alert = result.alert
    assert alert is not None
    log.info(
        "%s %s r%d %s: %s -> %s (%d outlet(s))",
        "re-emitted" if result.reemit else result.decision.value,
        alert.alert_id,
        alert.revision,
        alert.place.canonical_name,
        alert.losing.name if alert.losing else "?",
        alert.gaining.name if alert.gaining else "?",
        alert.independent_outlets,
    )


def attach_revisions(app: faust.App, ledger: Ledger, send) -> faust.types.AgentT:
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
