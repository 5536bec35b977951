"""The generic JSON webhook channel, signed with HMAC-SHA256 and carrying an idempotency key.

Headers: ``X-Townwatch-Timestamp`` (Unix seconds), ``X-Townwatch-Signature: sha256=<hex>`` where the hex is
HMAC-SHA256(secret, timestamp + "." + body), and ``Idempotency-Key`` (also in the body). A receiver
verifies the signature and the timestamp's age, and drops a key it has seen: a resend after a lost
2xx carries the same key.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time

from townwatch_alert.channels.delivery import Delivery
from townwatch_alert.channels.http import HttpSender
from townwatch_alert.render import plain_text, view

__all__ = ["IDEMPOTENCY_HEADER", "SIGNATURE_HEADER", "TIMESTAMP_HEADER", "WebhookSender", "sign", "verify", "webhook_body"]

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Townwatch-Signature"
TIMESTAMP_HEADER = "X-Townwatch-Timestamp"
IDEMPOTENCY_HEADER = "Idempotency-Key"


def sign(secret: str | bytes, timestamp: str, body: bytes) -> str:
    """``sha256=<hex of HMAC-SHA256(secret, timestamp + "." + body)>``."""
    key = secret.encode("utf-8") if isinstance(secret, str) else secret
    digest = hmac.new(key, timestamp.encode("ascii") + b"." + body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def verify(secret: str | bytes, timestamp: str, body: bytes, signature: str, *, max_age_s: float = 300.0, now: float | None = None) -> bool:
    """What a receiver does: constant-time signature check plus a bound on the timestamp's age."""
    try:
        age = (time.time() if now is None else now) - int(timestamp)
    except ValueError:
        return False
    return abs(age) <= max_age_s and hmac.compare_digest(sign(secret, timestamp, body), signature)


def webhook_body(delivery: Delivery, text: str) -> bytes:
    """The JSON body: kind, desk_id, subscription_id, idempotency_key, text, alert."""
    return json.dumps(
        {
            "kind": delivery.kind,
            "desk_id": delivery.desk_id,
            "subscription_id": delivery.subscription_id,
            "idempotency_key": delivery.idempotency_key,
            "text": text,
            "alert": delivery.alert.model_dump(mode="json"),
        },
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")


class WebhookSender(HttpSender):
    """POSTs the signed JSON body to the channel's URL."""

    what = "webhook"

    async def send(self, delivery: Delivery) -> None:
        body = webhook_body(delivery, plain_text(view(delivery.alert, delivery.kind, self.page_url)))
        timestamp = str(int(time.time()))
        headers = {
            "Content-Type": "application/json",
            "User-Agent": "townwatch-notifier",
            TIMESTAMP_HEADER: timestamp,
            IDEMPOTENCY_HEADER: delivery.idempotency_key,
        }
        if delivery.channel.secret is not None:
            headers[SIGNATURE_HEADER] = sign(delivery.channel.secret.get_secret_value(), timestamp, body)
        else:
            log.warning("webhook channel of %s/%s has no secret: sent unsigned", delivery.desk_id, delivery.subscription_id)
        await self._post(delivery.channel.url, body, headers)
