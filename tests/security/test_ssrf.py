"""Webhook, Slack and Apprise URLs (and feed/page URLs) on loopback, link-local or private addresses are refused,
when a subscription is written and again when a notification is sent, unless the setting allows them."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import apprise
import httpx
import pytest
from redis.asyncio import Redis

from townwatch_alert.api import create_app
from townwatch_alert.channels import Delivery
from townwatch_alert.channels.apprise import AppriseSender
from townwatch_alert.channels.slack import SlackSender
from townwatch_alert.channels.webhook import WebhookSender
from townwatch_alert.retry import PermanentFailure
from townwatch_alert.settings import AlertSettings
from townwatch_alert.subscription_store import SubscriptionStore
from townwatch_ingest.fetch import Fetcher, FetchError
from townwatch_ingest.settings import IngestSettings
from townwatch_runtime.url_guard import UnsafeURL, check_url
from townwatch_schemas import Channel, ChannelKind

from ..alert.conftest import alert as make_alert

A = {"Authorization": "Bearer token-a"}
# host[:port] of internal targets, in the spellings an attacker would try
INTERNAL = [
    "127.0.0.1:8765", "169.254.169.254", "10.0.0.7", "192.168.1.1", "172.16.0.1", "[::1]", "[fd00::1]",
    "[::ffff:169.254.169.254]", "0.0.0.0", "2130706433", "0x7f000001", "127.1", "localhost", "metadata.localhost",
    "evil.example@127.0.0.1", "100.100.100.200",  # the last is a cloud metadata address in 100.64.0.0/10
]
PUBLIC = "93.184.215.14"


def _channel(kind: str, host: str) -> dict[str, Any]:
    return {"webhook": {"kind": "webhook", "url": f"http://{host}/hook", "secret": "k"},
            "slack": {"kind": "slack", "url": f"https://{host}/services/T/B/X"},
            "apprise": {"kind": "apprise", "url": f"json://{host}/notify"}}[kind]


@pytest.mark.parametrize("host", [*INTERNAL, "100.64.0.1", "[::ffff:10.0.0.1]", "[fe80::1%25eth0]"])
def test_the_guard_refuses_internal_hosts_however_spelled(host: str) -> None:
    with pytest.raises(UnsafeURL):
        check_url(f"http://{host}/x")
    assert check_url(f"http://{host}/x", allow_private=True)


@pytest.fixture
async def apps(redis_server: Any) -> AsyncIterator[dict[bool, httpx.AsyncClient]]:
    """The API twice on one Redis: allow_private_urls off (the default) and on."""
    redis = Redis.from_url(redis_server.url)
    await SubscriptionStore(redis).set_desk_token("desk-a", "token-a")
    clients = {}
    for allow in (False, True):
        app = create_app(AlertSettings(redis_url=redis_server.url, allow_private_urls=allow), redis=redis)
        clients[allow] = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://alert")
    yield clients
    for client in clients.values():
        await client.aclose()
    await redis.aclose()


@pytest.mark.integration
@pytest.mark.parametrize("kind", ["webhook", "slack", "apprise"])
async def test_subscriptions_with_internal_urls_are_refused_unless_allowed(apps: dict[bool, httpx.AsyncClient], kind: str) -> None:
    for n, host in enumerate(INTERNAL):
        body = {"id": f"s{n}", "towns": ["*"], "channels": [_channel(kind, host)]}
        created = await apps[False].post("/subscriptions", headers=A, json=body)
        replaced = await apps[False].put(f"/subscriptions/s{n}", headers=A, json=body)
        assert (created.status_code, replaced.status_code) == (422, 422), (kind, host, created.text)
        assert "channel refused" in created.json()["detail"]
        assert (await apps[False].get(f"/subscriptions/s{n}", headers=A)).status_code == 404
        # allowed unless Apprise itself cannot use the URL (it parses "127.1" or "2130706433" as no host)
        usable = kind != "apprise" or apprise.Apprise.instantiate(body["channels"][0]["url"]) is not None
        assert (await apps[True].post("/subscriptions", headers=A, json=body)).status_code == (201 if usable else 422), (kind, host)
    public = {"id": "public", "towns": ["*"], "channels": [_channel(kind, PUBLIC)]}
    assert (await apps[False].post("/subscriptions", headers=A, json=public)).status_code == 201


@pytest.mark.parametrize("sender_class", [WebhookSender, SlackSender])
@pytest.mark.parametrize("host", ["127.0.0.1:9", "169.254.169.254", "10.0.0.7", "2130706433", "100.100.100.200"])
async def test_http_channels_refuse_internal_urls_at_send_time(sender_class: Any, host: str) -> None:
    """A subscription stored before a setting change, or a name that now resolves inside, is still not posted to."""
    requests: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: requests.append(request) or httpx.Response(200))  # type: ignore[func-returns-value]
    async with httpx.AsyncClient(transport=transport) as client:
        sender = sender_class(client, allow_private=False, timeout_s=1, page_url=None)
        channel = Channel.model_validate(_channel("webhook" if sender_class is WebhookSender else "slack", host))
        with pytest.raises(PermanentFailure, match="refused URL"):
            await sender.send(Delivery.build(make_alert(), "desk-a", "s", channel, "alert"))
        allowed = sender_class(client, allow_private=True, timeout_s=1, page_url=None)
        await allowed.send(Delivery.build(make_alert(), "desk-a", "s", channel, "alert"))
    assert len(requests) == 1  # only the allowed sender reached the network


async def test_apprise_refuses_internal_generic_urls_at_send_time() -> None:
    channel = Channel(kind=ChannelKind.APPRISE, url="json://169.254.169.254/latest")
    with pytest.raises(PermanentFailure, match="refused URL"):
        await AppriseSender(allow_private=False, timeout_s=1, page_url=None).send(Delivery.build(make_alert(), "d", "s", channel, "alert"))


@pytest.mark.parametrize("host", ["127.0.0.1:9", "169.254.169.254", "10.0.0.7", "[::1]", "2130706433"])
async def test_feed_and_page_fetches_refuse_internal_urls(host: str) -> None:
    requests: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: requests.append(request) or httpx.Response(200, text="<rss/>"))  # type: ignore[func-returns-value]
    fetcher = Fetcher(IngestSettings(allow_private_urls=False), httpx.AsyncClient(transport=transport))
    try:
        with pytest.raises(FetchError) as info:
            await fetcher.get(f"http://{host}/feed.xml", max_bytes=10_000)
        assert info.value.reason == "unsafe_url"
    finally:
        await fetcher.aclose()
    assert requests == []
    allowed = Fetcher(IngestSettings(allow_private_urls=True), httpx.AsyncClient(transport=transport))
    try:
        await allowed.get(f"http://{host}/feed.xml", max_bytes=10_000)
    finally:
        await allowed.aclose()
    assert len(requests) == 1
