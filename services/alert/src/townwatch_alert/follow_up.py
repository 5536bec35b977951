"""Follow-ups, as pure functions: which desks that got an alert are told it turned contested, denied, reversed or withdrawn.

A follow-up goes only to a *recipient* of the alert: a (subscription, channel) that was sent its ``alert``
notification (the notifier records them in the delivery log). Matching is not asked again: a contested alert's
halved confidence may fall under a desk's ``min_confidence``, and that desk must still hear of it. A recipient
whose subscription is gone, whose channel was removed, or that opted out of the kind gets nothing.

What a revision of an alert calls for, from its own fields (so every revision plans the same follow-ups again
and the delivery log's idempotency keys make all but the first of each a no-op):

- ``contested``: the alert lists a ``conflicting`` report (an independent outlet names a different holder);
- ``denied``: the alert lists a denial;
- ``withdrawn``: the alert is ``withdrawn`` (no independent source remains);
- ``reversed``: a new change of the same place with ``reverses`` set; the recipients of the alert it reverses get
  ``reversed`` *instead of* a plain ``alert`` for the new change (and become its recipients).

Each follow-up carries the quote that caused it (``render.cause``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from townwatch_alert.channels.delivery import Kind, channel_key
from townwatch_schemas import Alert, Channel, Subscription

__all__ = ["Recipient", "Subscriptions", "Target", "by_desk", "follow_up_kinds", "plan_follow_ups", "plan_reversal", "recipient_of"]


Subscriptions = Mapping[tuple[str, str], Subscription]


@dataclass(frozen=True)
class Recipient:
    """One desk channel that got an alert: enough to find the channel again in the current subscription."""

    desk_id: str
    subscription_id: str
    channel_key: str


@dataclass(frozen=True)
class Target:
    """One follow-up to send: the subscription, its channel, the kind."""

    subscription: Subscription
    channel: Channel
    kind: Kind


def recipient_of(subscription: Subscription, channel: Channel) -> Recipient:
    return Recipient(subscription.desk_id, subscription.id, channel_key(channel))


def follow_up_kinds(alert: Alert) -> list[Kind]:
    """The follow-ups this revision of ``alert`` calls for, in the order a story reaches them."""
    kinds: list[Kind] = []
    if alert.conflicting:
        kinds.append("contested")
    if alert.denials:
        kinds.append("denied")
    if alert.withdrawn:
        kinds.append("withdrawn")
    return kinds


def by_desk(subscriptions: Iterable[Subscription]) -> dict[tuple[str, str], Subscription]:
    """Subscriptions keyed by (desk id, subscription id): a subscription id is unique within one desk."""
    return {(s.desk_id, s.id): s for s in subscriptions}


def _resolve(recipient: Recipient, subscriptions: Subscriptions, kind: Kind) -> Target | None:
    sub = subscriptions.get((recipient.desk_id, recipient.subscription_id))
    if sub is None or kind not in sub.follow_ups:
        return None
    channel = next((c for c in sub.channels if channel_key(c) == recipient.channel_key), None)
    return Target(sub, channel, kind) if channel is not None else None


def plan_follow_ups(alert: Alert, recipients: Iterable[Recipient], subscriptions: Subscriptions) -> list[Target]:
    """The contested / denied / withdrawn follow-ups of ``alert`` for its ``recipients`` (``subscriptions`` from :func:`by_desk`)."""
    recipients = sorted(set(recipients), key=lambda r: (r.desk_id, r.subscription_id, r.channel_key))
    return [
        target
        for kind in follow_up_kinds(alert)
        for r in recipients
        if (target := _resolve(r, subscriptions, kind)) is not None
    ]


def plan_reversal(alert: Alert, previous_recipients: Iterable[Recipient], subscriptions: Subscriptions) -> list[Target]:
    """``reversed`` for every recipient of the alert that ``alert`` reverses (none when it reverses nothing)."""
    if alert.reverses is None:
        return []
    recipients = sorted(set(previous_recipients), key=lambda r: (r.desk_id, r.subscription_id, r.channel_key))
    return [t for r in recipients if (t := _resolve(r, subscriptions, "reversed")) is not None]
