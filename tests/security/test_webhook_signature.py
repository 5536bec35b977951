"""Webhook deliveries are signed: a real delivery verifies; a tampered body, timestamp or key, or a replay, does not."""

from __future__ import annotations

import json
import time

import httpx

from townwatch.webhook_receiver import WebhookReceiver
from townwatch_alert.channels import Delivery
from townwatch_alert.channels.webhook import (
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    WebhookSender,
    sign,
    verify,
)
from townwatch_schemas import Channel, ChannelKind

from ..alert.conftest import alert as make_alert

SECRET = "desk-a-webhook-key"


def _delivery(url: str, secret: str | None = SECRET) -> Delivery:
    channel = Channel(kind=ChannelKind.WEBHOOK, url=url, secret=secret)
    return Delivery.build(make_alert(), "desk-a", "hooks", channel, "alert")


async def _captured(secret: str | None = SECRET) -> httpx.Request:
    requests: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: requests.append(request) or httpx.Response(200))  # type: ignore[func-returns-value]
    async with httpx.AsyncClient(transport=transport) as client:
        await WebhookSender(client, allow_private=False, timeout_s=1, page_url=None).send(_delivery("https://93.184.215.14/h", secret))
    [request] = requests
    return request


async def test_a_delivery_verifies_and_any_tampering_does_not() -> None:
    request = await _captured()
    body, ts, sig = request.content, request.headers[TIMESTAMP_HEADER], request.headers[SIGNATURE_HEADER]
    assert sig.startswith("sha256=") and verify(SECRET, ts, body, sig)

    flipped = bytes([body[0] ^ 1]) + body[1:]
    edited = json.loads(body)
    edited["alert"]["gaining"]["name"] = "Someone else"
    assert not verify(SECRET, ts, flipped, sig)
    assert not verify(SECRET, ts, json.dumps(edited, ensure_ascii=False, separators=(",", ":")).encode(), sig)
    assert not verify(SECRET, ts, body + b" ", sig)
    assert not verify(SECRET, str(int(ts) + 1), body, sig)  # the timestamp is signed too
    assert not verify("desk-b-webhook-key", ts, body, sig)  # another desk's key
    assert not verify(SECRET, ts, body, sig.upper())
    assert not verify(SECRET, ts, body, "")
    assert not verify(SECRET, ts, body, sig, now=int(ts) + 301)  # replayed after five minutes


async def test_the_receiver_accepts_a_real_delivery_and_flags_forgeries() -> None:
    async with WebhookReceiver(secret=SECRET) as receiver:
        async with httpx.AsyncClient() as client:
            await WebhookSender(client, allow_private=True, timeout_s=5, page_url=None).send(_delivery(receiver.url("real")))
            request = await _captured()
            ts, sig = request.headers[TIMESTAMP_HEADER], request.headers[SIGNATURE_HEADER]
            forged = json.loads(request.content)
            forged["alert"]["place"]["name"] = "Forged"
            for path, content, headers in [
                ("tampered", json.dumps(forged).encode(), {TIMESTAMP_HEADER: ts, SIGNATURE_HEADER: sig}),
                ("unsigned", request.content, {TIMESTAMP_HEADER: ts}),
                # correctly signed, but an hour old: a captured request replayed
                ("stale", request.content, {TIMESTAMP_HEADER: (old := str(int(time.time()) - 3600)),
                                            SIGNATURE_HEADER: sign(SECRET, old, request.content)}),
            ]:
                await client.post(receiver.url(path), content=content, headers={"Content-Type": "application/json", **headers})
    verdicts = {d.path: d.signature_ok for d in receiver.deliveries}
    assert verdicts == {"/real": True, "/tampered": False, "/unsigned": False, "/stale": False}


async def test_a_channel_without_a_secret_is_sent_unsigned_and_fails_verification() -> None:
    request = await _captured(secret=None)
    assert SIGNATURE_HEADER not in request.headers
    assert not verify(SECRET, request.headers[TIMESTAMP_HEADER], request.content, request.headers.get(SIGNATURE_HEADER, ""))
