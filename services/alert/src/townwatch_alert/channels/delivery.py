"""One notification to deliver: the alert, the desk's channel (with its secret) and the idempotency key."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, Literal

from townwatch_schemas import Alert, Channel

__all__ = ["Delivery", "Kind", "channel_key", "idempotency_key"]

Kind = Literal["alert", "confirmed", "contested", "denied", "reversed", "withdrawn"]


def channel_key(channel: Channel) -> str:
    """A stable name for one channel of a subscription: its kind and a hash of where it points."""
    target = channel.url or channel.email or ""
    return f"{channel.kind.value}:{hashlib.sha256(target.encode('utf-8')).hexdigest()[:12]}"


def idempotency_key(alert_id: str, desk_id: str, subscription_id: str, channel: Channel, kind: str) -> str:
    """The never-twice key of one notification: the same for every revision and replay of the alert."""
    parts = "\x1f".join((alert_id, desk_id, subscription_id, channel_key(channel), kind))
    return hashlib.sha256(parts.encode("utf-8")).hexdigest()[:40]


def _channel_record(channel: Channel) -> dict[str, Any]:
    record = channel.model_dump(mode="json")
    record["secret"] = channel.secret.get_secret_value() if channel.secret else None
    return record


@dataclass(frozen=True)
class Delivery:
    """What a channel needs to send one notification; also the payload of the pending delivery record."""

    alert: Alert
    desk_id: str
    subscription_id: str
    channel: Channel
    kind: Kind
    idempotency_key: str

    @classmethod
    def build(cls, alert: Alert, desk_id: str, subscription_id: str, channel: Channel, kind: Kind) -> Delivery:
        key = idempotency_key(alert.alert_id, desk_id, subscription_id, channel, kind)
        return cls(alert, desk_id, subscription_id, channel, kind, key)

    @property
    def channel_name(self) -> str:
        """The channel kind as a metric label (webhook, slack, email, apprise, page)."""
        return self.channel.kind.value

    def to_record(self) -> bytes:
        """JSON for the delivery log, with the channel secret in clear (``model_dump_json`` would mask it)."""
        return json.dumps(
            {
                "alert": self.alert.model_dump(mode="json"),
                "desk_id": self.desk_id,
                "subscription_id": self.subscription_id,
                "channel": _channel_record(self.channel),
                "kind": self.kind,
                "idempotency_key": self.idempotency_key,
            },
            separators=(",", ":"),
        ).encode("utf-8")

    @classmethod
    def from_record(cls, data: bytes | str) -> Delivery:
        raw = json.loads(data)
        return cls(
            alert=Alert.model_validate(raw["alert"]),
            desk_id=raw["desk_id"],
            subscription_id=raw["subscription_id"],
            channel=Channel.model_validate(raw["channel"]),
            kind=raw["kind"],
            idempotency_key=raw["idempotency_key"],
        )
