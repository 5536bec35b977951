"""The notifier's faust wiring: the agent on ``alerts.v1``, the delivery-recovery task, and their clients."""

from __future__ import annotations

import logging

import faust
import httpx
from redis.asyncio import Redis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from townwatch_alert import metrics
from townwatch_alert.channels import senders
from townwatch_alert.delivery_log import DeliveryLog
from townwatch_alert.notifier import Notifier
from townwatch_alert.retry import Backoff
from townwatch_alert.settings import AlertSettings
from townwatch_runtime.dead_letter import DeadLetterSink
from townwatch_runtime.faust_app import attach_stage_agent, raw_sender
from townwatch_runtime.pinned_transport import pinned_transport
from townwatch_runtime.stage import StageShell
from townwatch_schemas import ALERTS, NOTIFICATIONS, Alert, Notification, Stage, Subscription

__all__ = ["attach_notifier", "build_notifier"]

log = logging.getLogger(__name__)


def build_notifier(settings: AlertSettings, redis: Redis, send, gazetteer=None) -> Notifier:
    """A ``Notifier`` whose subscriptions come from the store and whose records go through ``send(topic, key, value)``."""
    from townwatch_alert.subscription_store import SubscriptionStore
    from townwatch_alert.subscriptions import matching

    if gazetteer is None:
        from townwatch_gazetteer import Gazetteer

        gazetteer = Gazetteer.default()
    store = SubscriptionStore(redis)

    async def match(alert: Alert) -> list[Subscription]:
        return list(matching(alert, await store.list(), gazetteer))

    async def every_subscription() -> list[Subscription]:
        return await store.list()

    async def publish(note: Notification) -> None:
        await send(NOTIFICATIONS.name, note.alert_id.encode(), note.to_json_bytes())

    return Notifier(
        delivery_log=DeliveryLog(redis, lease_s=settings.notify_lease_s),
        match=match,
        subscriptions=every_subscription,
        senders=senders(settings, httpx.AsyncClient(
            headers={"User-Agent": "townwatch-notifier"}, transport=pinned_transport(allow_private=settings.allow_private_urls))),
        backoff=Backoff(settings.notify_backoff_base_s, settings.notify_backoff_max_s, settings.notify_max_attempts),
        dead_letters=DeadLetterSink(Stage.NOTIFY, send, on_dead_letter=metrics.NOTIFY_STAGE.dead_letter),
        publish=publish,
        send_timeout_s=settings.notify_timeout_s,
        poll_interval_s=min(1.0, settings.notify_backoff_base_s),
    )


def attach_notifier(app: faust.App, settings: AlertSettings, *, gazetteer=None) -> faust.types.AgentT:
    """Register the ``notify`` agent (concurrency 1) and the ``delivery_recovery`` task on ``app``."""
    send = raw_sender(app)
    redis = Redis.from_url(settings.redis_url_value())
    notifier = build_notifier(settings, redis, send, gazetteer)

    async def process(alert: Alert) -> int:
        await notifier.handle(alert)
        return 0  # items_out counts deliveries, when they succeed (in the background)

    shell = StageShell(
        Alert,
        process,
        metrics=metrics.NOTIFY_STAGE,
        dead_letters=notifier.dead_letters,
        transient=(RedisConnectionError, RedisTimeoutError, ConnectionError, TimeoutError),
    )

    notify_agent = attach_stage_agent(app, name="notify", source=ALERTS.name, shell=shell)

    @app.task
    async def delivery_recovery() -> None:
        await notifier.run_recovery()

    return notify_agent
