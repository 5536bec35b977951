"""The notifier: which desks' channels an alert revision notifies, and delivering each exactly once.

The pure part, ``notifications_for``, decides per matching subscription and channel:

- policy ``first``: the ``alert`` notification on the first revision seen; then one ``confirmed``
  follow-up once the alert has ``max(2, min_outlets)`` independent outlets (if the first notification
  already showed that many, the follow-up is folded into it and never sent);
- policy ``confirmed``: the ``alert`` notification once the alert has ``min_outlets`` independent outlets.

Then the follow-ups (``follow_up``): ``reversed`` instead of ``alert`` for the desks that got the alert
this one reverses, and ``contested`` / ``denied`` / ``withdrawn`` for the desks that got this alert. A first
notification that already shows what a follow-up would say (an alert first sent when already contested) folds
that follow-up in, as with ``confirmed``. A withdrawn alert is first-notified to nobody.

Every revision of an alert plans the same notifications again; the delivery log makes all but the
first of each a no-op. The I/O part, ``Notifier``, claims each planned notification in the delivery log
(a pending record with a lease and everything needed to resend) *before* the alert's Kafka offset may
commit, then sends in a background task, so one flapping receiver never holds up the others:

- success: ``sent`` (terminal), a ``Notification`` on ``notifications.v1``, latency observed;
- transient failure: the record is released until now + back-off (honouring Retry-After) and the
  recovery loop claims it again when due; after ``notify_max_attempts`` it is dead-lettered;
- permanent failure: dead-lettered at once (``dead-letters.notify.v1``, reason ``delivery``, the
  human reason in ``error``; the channel secret is never in the dead letter);
- a crash anywhere: the record stays pending; once its lease is over, the recovery loop of any
  notifier process claims it and resends. A receiver that got the POST but whose 2xx was lost (or
  whose sender died before writing ``sent``) sees the same Idempotency-Key again: that is the only
  duplicate the design allows, and the key is there so the receiver can drop it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import os
import socket
import time
import uuid
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from townwatch_alert import metrics
from townwatch_alert.channels import Delivery, Kind, Sender
from townwatch_alert.delivery_log import DeliveryLog
from townwatch_alert.follow_up import (
    Recipient,
    by_desk,
    follow_up_kinds,
    plan_follow_ups,
    plan_reversal,
    recipient_of,
)
from townwatch_alert.retry import Backoff, DeliveryFailure, TransientFailure
from townwatch_runtime.dead_letter import DeadLetterSink, make_dead_letter
from townwatch_schemas import (
    ALERTS,
    Alert,
    Channel,
    ChannelKind,
    CorroborationPolicy,
    Notification,
    Subscription,
)

if TYPE_CHECKING:
    import faust

    from townwatch_alert.settings import AlertSettings

__all__ = ["Notifier", "Planned", "attach", "notifications_for"]

log = logging.getLogger(__name__)

FOLDED = "folded into the first notification, which already showed it"


@dataclass(frozen=True)
class Planned:
    """One notification an alert revision calls for."""

    subscription: Subscription
    channel: Channel
    kind: Kind
    folds_confirmation: bool = False
    """For an ``alert`` of a policy-first subscription: the alert is already confirmed, no follow-up needed."""


def confirmation_outlets(sub: Subscription) -> int:
    """Independent outlets that make a policy-first alert "confirmed" (the follow-up's threshold)."""
    return max(2, sub.min_outlets)


def notifications_for(alert: Alert, subs: Iterable[Subscription]) -> list[Planned]:
    """The notifications ``alert`` calls for among already-matched ``subs``: every ``alert`` before any ``confirmed``."""
    first: list[Planned] = []
    follow_ups: list[Planned] = []
    if alert.withdrawn:
        return []
    for sub in subs:
        for channel in sub.channels:
            if sub.policy == CorroborationPolicy.CONFIRMED:
                if alert.independent_outlets >= sub.min_outlets:
                    first.append(Planned(sub, channel, "alert"))
                continue
            confirmed = alert.independent_outlets >= confirmation_outlets(sub)
            first.append(Planned(sub, channel, "alert", folds_confirmation=confirmed))
            if confirmed:
                follow_ups.append(Planned(sub, channel, "confirmed"))
    return first + follow_ups


def _owner_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _dead_letter_payload(delivery: Delivery) -> str:
    """What a human needs to replay it by hand; never the channel's secret or full URL."""
    return json.dumps(
        {
            "desk_id": delivery.desk_id,
            "subscription_id": delivery.subscription_id,
            "channel": delivery.channel_name,
            "kind": delivery.kind,
            "idempotency_key": delivery.idempotency_key,
            "alert": delivery.alert.model_dump(mode="json"),
        },
        ensure_ascii=False,
    )


MatchSubscriptions = Callable[[Alert], Awaitable[list[Subscription]]]
AllSubscriptions = Callable[[], Awaitable[list[Subscription]]]
Publish = Callable[[Notification], Awaitable[object]]


class Notifier:
    """Claims, sends, retries and dead-letters notifications; one instance per process."""

    def __init__(
        self,
        *,
        delivery_log: DeliveryLog,
        match: MatchSubscriptions,
        senders: Mapping[ChannelKind, Sender],
        backoff: Backoff,
        dead_letters: DeadLetterSink,
        publish: Publish | None = None,
        send_timeout_s: float = 10.0,
        poll_interval_s: float = 0.5,
        max_in_flight: int = 32,
        owner: str | None = None,
        subscriptions: AllSubscriptions | None = None,
    ) -> None:
        self.log = delivery_log
        self.match = match
        self.subscriptions = subscriptions
        """Every subscription (the follow-ups' recipients are looked up in it); None: the alert's matches only."""
        self.senders = senders
        self.backoff = backoff
        self.dead_letters = dead_letters
        self.publish = publish
        self.send_timeout_s = send_timeout_s
        self.poll_interval_s = poll_interval_s
        self.owner = owner or _owner_id()
        self._slots = asyncio.Semaphore(max_in_flight)
        self._tasks: set[asyncio.Task[str]] = set()

    # --- from the agent -----------------------------------------------------------------
    async def handle(self, alert: Alert) -> int:
        """Claim every notification ``alert`` calls for and start sending; returns how many were claimed.

        Returns only after every claim is in Redis, so the caller may then commit the alert's offset.
        """
        matched = await self.match(alert)
        pool = by_desk(await self.subscriptions() if self.subscriptions is not None else matched)
        planned = notifications_for(alert, matched)
        reversal = plan_reversal(alert, await self.log.recipients(alert.reverses), pool) if alert.reverses else []
        reversed_to = {recipient_of(t.subscription, t.channel) for t in reversal}
        firsts = [
            *[p for p in planned if not (p.kind == "alert" and recipient_of(p.subscription, p.channel) in reversed_to)],
            *[Planned(t.subscription, t.channel, t.kind) for t in reversal],
        ]
        new_recipients = [recipient_of(p.subscription, p.channel) for p in firsts if p.kind in ("alert", "reversed")]
        await self.log.add_recipients(alert.alert_id, new_recipients)
        claimed = 0
        for p in firsts:
            claimed += await self._claim(alert, p.subscription, p.channel, p.kind, p.folds_confirmation)
        recipients: list[Recipient] = await self.log.recipients(alert.alert_id)
        for t in plan_follow_ups(alert, recipients, pool):
            claimed += await self._claim(alert, t.subscription, t.channel, t.kind)
        return claimed

    async def _claim(self, alert: Alert, sub: Subscription, channel: Channel, kind: Kind, folds_confirmation: bool = False) -> int:
        """Claim one notification; a created first notification settles the follow-ups it already shows."""
        delivery = Delivery.build(alert, sub.desk_id, sub.id, channel, kind)
        claim = await self.log.claim(delivery.idempotency_key, self.owner, delivery.to_record())
        if claim.status == "created" and kind in ("alert", "reversed"):
            folded: list[Kind] = list(follow_up_kinds(alert))
            if folds_confirmation:
                folded.append("confirmed")
            for other in folded:
                follow_up = Delivery.build(alert, delivery.desk_id, delivery.subscription_id, channel, other)
                await self.log.settle(follow_up.idempotency_key, FOLDED)
        if not claim.owned:
            return 0
        self._spawn(delivery, claim.attempts)
        return 1

    # --- crash recovery and scheduled retries -------------------------------------------
    async def recover_once(self) -> int:
        """Claim the pending records whose lease is over and resend them; returns how many were claimed."""
        claimed = 0
        for key in await self.log.due():
            claim = await self.log.claim(key, self.owner, b"")
            if not claim.owned or claim.payload is None:
                continue
            try:
                delivery = Delivery.from_record(claim.payload)
            except (ValueError, KeyError) as exc:
                log.error("delivery record %s is unreadable (%s); marked dead", key, exc)
                await self.log.mark_dead(key, self.owner, f"unreadable record: {exc}")
                continue
            claimed += 1
            self._spawn(delivery, claim.attempts)
        return claimed

    async def run_recovery(self) -> None:
        """Poll for due records until cancelled; a Redis outage only delays it."""
        while True:
            try:
                await self.recover_once()
            except (ConnectionError, OSError, TimeoutError) as exc:
                log.warning("delivery recovery: Redis unavailable (%r); will retry", exc)
            except Exception:
                log.exception("delivery recovery failed; will retry")
            await asyncio.sleep(self.poll_interval_s)

    # --- sending ------------------------------------------------------------------------
    def _spawn(self, delivery: Delivery, attempts: int) -> None:
        task = asyncio.create_task(self.deliver(delivery, attempts), name=f"deliver:{delivery.idempotency_key}")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def drain(self) -> None:
        """Wait for the sends in flight (tests, clean shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def deliver(self, delivery: Delivery, attempts: int) -> str:
        """One attempt of an owned record; returns "sent", "retry", "dead" or "error" (Redis failed: the lease will expire)."""
        try:
            async with self._slots:
                return await self._attempt(delivery, attempts)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("delivery %s: bookkeeping failed; the record stays pending and will be retried", delivery.idempotency_key)
            return "error"

    async def _attempt(self, delivery: Delivery, attempts: int) -> str:
        channel = delivery.channel_name
        if attempts > self.backoff.max_attempts:
            return await self._give_up(delivery, attempts - 1, f"no attempt left (the worker of attempt {attempts - 1} stopped before it finished)")
        sender = self.senders.get(delivery.channel.kind)
        try:
            if sender is None:
                raise DeliveryFailure(f"no sender for channel kind {channel!r}")
            try:
                async with asyncio.timeout(self.send_timeout_s * 1.5):
                    await sender.send(delivery)
            except TimeoutError:
                raise TransientFailure(f"{channel} timed out") from None
        except DeliveryFailure as failure:
            return await self._failed(delivery, attempts, failure)
        except Exception as exc:  # a bug or an unexpected library error: retry like a transient failure
            log.exception("delivery %s: unexpected error in the %s sender", delivery.idempotency_key, channel)
            return await self._failed(delivery, attempts, TransientFailure(f"{type(exc).__name__}: {exc}"))
        delivered_at = dt.datetime.now(dt.UTC)
        await self._record_sent(delivery.idempotency_key)
        metrics.NOTIFICATIONS_SENT.labels(channel).inc()
        metrics.NOTIFY_STAGE.items_out.inc()
        received = delivery.alert.article_received
        if received is not None:
            metrics.END_TO_END_LATENCY.observe(max(0.0, (delivered_at - received).total_seconds()))
        log.info("delivered %s of %s rev %d to %s/%s via %s (attempt %d)", delivery.kind, delivery.alert.alert_id,
                 delivery.alert.revision, delivery.desk_id, delivery.subscription_id, channel, attempts)
        if self.publish is not None:
            note = Notification(
                alert_id=delivery.alert.alert_id, revision=delivery.alert.revision, desk_id=delivery.desk_id,
                subscription_id=delivery.subscription_id, channel=channel, kind=delivery.kind,
                idempotency_key=delivery.idempotency_key, delivered_at=delivered_at, attempts=attempts,
            )
            try:
                await self.publish(note)
            except Exception:
                log.exception("delivered, but the notification record could not be published")
        return "sent"

    async def _record_sent(self, key: str) -> None:
        """Mark the record sent, riding out a short Redis outage (a restart, a failover).

        The receiver has the notification now. Until this worker's lease runs out nobody else may resend it,
        so keep trying for as long as the lease lasts; only an outage longer than the lease can still bring
        one resend (with the same Idempotency-Key)."""
        deadline = time.monotonic() + self.log.lease_ms / 1000
        delay = 0.05
        while True:
            try:
                await self.log.mark_sent(key)
                return
            except (RedisConnectionError, RedisTimeoutError, ConnectionError, TimeoutError, OSError) as exc:
                if time.monotonic() + delay >= deadline:
                    raise
                log.warning("delivery %s sent, but Redis is unavailable (%r); recording it again in %.2fs", key, exc, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 1.0)

    async def _failed(self, delivery: Delivery, attempts: int, failure: DeliveryFailure) -> str:
        if failure.transient and not self.backoff.exhausted(attempts):
            delay_s = self.backoff.delay(attempts, failure.retry_after_s)
            at_ms = await self.log.now_ms() + int(delay_s * 1000)
            if await self.log.retry_at(delivery.idempotency_key, self.owner, at_ms, failure.reason):
                metrics.NOTIFICATIONS_RETRIED.labels(delivery.channel_name).inc()
                log.warning("delivery %s via %s failed (%s), attempt %d; retry in %.1fs", delivery.idempotency_key,
                            delivery.channel_name, failure.reason, attempts, delay_s)
            return "retry"
        why = "permanent failure" if not failure.transient else f"gave up after {attempts} attempts"
        return await self._give_up(delivery, attempts, f"{why}: {failure.reason}")

    async def _give_up(self, delivery: Delivery, attempts: int, reason: str) -> str:
        letter = make_dead_letter(self.dead_letters.stage, _dead_letter_payload(delivery), f"{delivery.channel_name}: {reason}",
                                  "delivery", topic=ALERTS.name, key=delivery.alert.alert_id)
        await self.dead_letters.put(letter)
        if await self.log.mark_dead(delivery.idempotency_key, self.owner, reason):
            metrics.NOTIFICATIONS_FAILED.labels(delivery.channel_name).inc()
            metrics.NOTIFY_STAGE.failed("delivery")
        log.error("delivery %s via %s to %s dead-lettered: %s", delivery.idempotency_key, delivery.channel_name,
                  delivery.desk_id, reason)
        return "dead"


def attach(app: faust.App, settings: AlertSettings) -> faust.types.AgentT:
    """Register the notifier agent on ``alerts.v1`` and its recovery loop on ``app`` (see ``notifier_agent``)."""
    from townwatch_alert.notifier_agent import attach_notifier

    return attach_notifier(app, settings)
