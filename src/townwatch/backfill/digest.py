"""The backfill digest (``--notify summary``): one message per subscribed desk, "N towns in your area changed
hands in the archive; here is who holds what now", to the desk's webhook and Slack channels, once per run."""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import httpx
from redis.asyncio import Redis

from townwatch_alert.channels.apprise import AppriseSender
from townwatch_alert.channels.delivery import channel_key
from townwatch_alert.channels.email import EmailSender, envelope
from townwatch_alert.channels.http import post
from townwatch_alert.channels.webhook import (
    IDEMPOTENCY_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    sign,
)
from townwatch_alert.ledger import PREFIX, Ledger
from townwatch_alert.render import slack_escape
from townwatch_alert.retry import DeliveryFailure
from townwatch_alert.settings import AlertSettings
from townwatch_alert.subscription_store import SubscriptionStore
from townwatch_alert.subscriptions import GazetteerLike, matches
from townwatch_alert.town import TownState
from townwatch_runtime.pinned_transport import pinned_transport
from townwatch_schemas import Channel, ChannelKind, Subscription

__all__ = ["Digest", "digest_client", "digest_text", "digest_title", "digests_for", "send_digest", "send_digests"]

log = logging.getLogger(__name__)

_CLAIM_TTL_S = 30 * 24 * 3600


@dataclass(frozen=True)
class Digest:
    """What one desk is told: the towns of its subscriptions that changed hands, with their holder now."""

    desk_id: str
    towns: list[TownState]
    channels: list[Channel]


def digests_for(states: Iterable[TownState], subs: Sequence[Subscription], gazetteer: GazetteerLike | None = None) -> list[Digest]:
    """One digest per desk with at least one matching town (pure): a town counts once per desk, whichever
    of the desk's subscriptions selects it; the channels are those of the subscriptions that matched."""
    towns: dict[str, dict[str, TownState]] = {}
    channels: dict[str, dict[str, Channel]] = {}
    for state in states:
        if state.alert is None:
            continue
        for sub in subs:
            if matches(state.alert, sub, gazetteer):
                towns.setdefault(sub.desk_id, {})[state.place.key] = state
                for channel in sub.channels:
                    channels.setdefault(sub.desk_id, {})[channel_key(channel)] = channel
    return [
        Digest(desk, sorted(found.values(), key=lambda s: s.place.canonical_name), list(channels.get(desk, {}).values()))
        for desk, found in sorted(towns.items())
    ]


def _holder(state: TownState) -> str:
    return state.controller.name if state.controller else "unknown"


def _towns(digest: Digest) -> str:
    n = len(digest.towns)
    return f"{n} town{'s' if n != 1 else ''}"


def digest_title(digest: Digest) -> str:
    return f"townwatch: {_towns(digest)} changed hands in the archive"


def digest_text(digest: Digest) -> str:
    head = f"{_towns(digest)} in your area changed hands in the archive; here is who holds what now:"
    lines = [f"- {s.place.canonical_name}" + (f" ({s.place.country_code})" if s.place.country_code else "")
             + f": {_holder(s)} since {s.since.isoformat()}" for s in digest.towns]
    return "\n".join([head, *lines])


def _body(digest: Digest, key: str) -> bytes:
    return json.dumps({
        "kind": "digest", "desk_id": digest.desk_id, "idempotency_key": key, "text": digest_text(digest),
        "towns": [{"place": s.place.model_dump(mode="json"), "holder": s.controller.model_dump(mode="json") if s.controller else None,
                   "since": s.since.isoformat(), "alert_id": s.alert.alert_id if s.alert else None} for s in digest.towns],
    }, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def digest_client(settings: AlertSettings) -> httpx.AsyncClient:
    """The digests' HTTP client: connects only to the address the SSRF guard checked (no DNS rebinding), as the
    notifier's own client does."""
    return httpx.AsyncClient(transport=pinned_transport(allow_private=settings.allow_private_urls))


async def send_digest(client: httpx.AsyncClient, channel: Channel, digest: Digest, key: str, settings: AlertSettings) -> None:
    allow, timeout = settings.allow_private_urls, settings.notify_timeout_s
    if channel.kind is ChannelKind.WEBHOOK:
        body, stamp = _body(digest, key), str(int(time.time()))
        headers = {"Content-Type": "application/json", "User-Agent": "townwatch-backfill", TIMESTAMP_HEADER: stamp, IDEMPOTENCY_HEADER: key}
        if channel.secret is not None:
            headers[SIGNATURE_HEADER] = sign(channel.secret.get_secret_value(), stamp, body)
        await post(client, channel.url, body, headers, what="webhook", allow_private=allow, timeout_s=timeout)
    elif channel.kind is ChannelKind.SLACK:
        body = json.dumps({"text": slack_escape(digest_text(digest))}, ensure_ascii=False).encode("utf-8")
        await post(client, channel.url, body, {"Content-Type": "application/json", IDEMPOTENCY_HEADER: key}, what="slack",
                   allow_private=allow, timeout_s=timeout)
    elif channel.kind is ChannelKind.EMAIL:
        message = envelope(digest_title(digest), settings.smtp_from, channel.email, key)
        message.set_content(digest_text(digest))
        await EmailSender(settings, None).send_message(message)
    elif channel.kind is ChannelKind.APPRISE:
        sender = AppriseSender(allow_private=allow, timeout_s=timeout, page_url=None, allowed_schemes=settings.apprise_allowed_schemes)
        await sender.send_text(channel.url, title=digest_title(digest), body=digest_text(digest))
    else:  # the newsroom page shows the ledger itself: nothing to send
        log.info("desk %s: no digest over %s channels", digest.desk_id, channel.kind.value)


async def send_digests(redis: Redis, ledger: Ledger, towns: Sequence[str], settings: AlertSettings, *, run: str) -> int:
    """Send each desk its digest once per backfill run (a claim in Redis; released on failure so a resume
    retries); returns how many desks were sent one."""
    from townwatch_gazetteer import Gazetteer

    store = SubscriptionStore(redis)
    if settings.subscriptions_file is not None:
        await store.load_yaml(settings.subscriptions_file, allow_private_urls=settings.allow_private_urls)
    states = [s for s in [await ledger.town(key) for key in towns] if s is not None]
    sent = 0
    async with digest_client(settings) as client:
        for digest in digests_for(states, await store.list(), Gazetteer.default()):
            key = hashlib.sha256(f"{run}\x1f{digest.desk_id}".encode()).hexdigest()[:40]
            claim = f"{PREFIX}backfill:digest:{key}"
            if not await redis.set(claim, "1", nx=True, ex=_CLAIM_TTL_S):
                continue  # sent by an earlier attempt of this run
            try:
                for channel in digest.channels:
                    await send_digest(client, channel, digest, key, settings)
            except DeliveryFailure as exc:
                await redis.delete(claim)
                log.error("digest to desk %s not sent: %s", digest.desk_id, exc)
                continue
            sent += 1
    return sent
