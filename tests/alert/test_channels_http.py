"""The HTTP channels (webhook, Slack, Apprise) against a real local HTTP server: bodies, signatures, failure classes."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field

import httpx
import pytest
from aiohttp import web

from townwatch_alert.apprise_target import apprise_target
from townwatch_alert.channels import Delivery
from townwatch_alert.channels.apprise import AppriseSender
from townwatch_alert.channels.slack import SlackSender
from townwatch_alert.channels.webhook import (
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    WebhookSender,
    sign,
    verify,
)
from townwatch_alert.retry import PermanentFailure, TransientFailure
from townwatch_schemas import Alert, Channel, ChannelKind

HOSTILE = "Captured. <script>window.pwned=1</script> [click](https://evil.example) <!channel>"

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass
class Server:
    """A real aiohttp server on a free loopback port whose answer each test chooses."""

    handler: Handler | None = None
    requests: list[tuple[dict[str, str], bytes]] = field(default_factory=list)
    port: int = 0

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        self.requests.append((dict(request.headers), await request.read()))
        if self.handler is None:
            return web.Response(text="ok")
        return await self.handler(request)

    def url(self, path: str = "/hook", scheme: str = "http") -> str:
        return f"{scheme}://127.0.0.1:{self.port}{path}"


@pytest.fixture
async def server() -> AsyncIterator[Server]:
    srv = Server()
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", srv._handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    srv.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    yield srv
    await runner.cleanup()


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient() as c:
        yield c


def delivery(alert: Alert, channel: Channel) -> Delivery:
    return Delivery.build(alert, "desk-a", "s1", channel, "alert")


def webhook(url: str, secret: str | None = "k") -> Channel:
    return Channel(kind=ChannelKind.WEBHOOK, url=url, secret=secret)


# --- webhook -----------------------------------------------------------------------------------
def test_signature_is_hmac_of_timestamp_dot_body() -> None:
    good = sign("k", "1700000000", b"body")
    assert verify("k", "1700000000", b"body", good, now=1700000100)
    assert not verify("k", "1700000000", b"body!", good, now=1700000100)
    assert not verify("other", "1700000000", b"body", good, now=1700000100)
    assert not verify("k", "1700000000", b"body", good, now=1700001000)  # too old: a replay
    assert not verify("k", "garbage", b"body", good)


async def test_webhook_posts_signed_body_with_idempotency_key(server: Server, client: httpx.AsyncClient, make_alert) -> None:  # type: ignore[no-untyped-def]
    d = delivery(make_alert(sentence=HOSTILE), webhook(server.url()))
    await WebhookSender(client, allow_private=True, timeout_s=2, page_url="https://tw.example/").send(d)
    [(headers, body)] = server.requests
    assert verify("k", headers[TIMESTAMP_HEADER], body, headers[SIGNATURE_HEADER])
    assert headers["Idempotency-Key"] == d.idempotency_key
    payload = json.loads(body)
    assert set(payload) == {"kind", "desk_id", "subscription_id", "idempotency_key", "text", "alert"}
    assert payload["alert"]["sources"][0]["evidence"]["sentence"] == HOSTILE  # JSON carries data, not markup
    assert Alert.model_validate(payload["alert"]) == d.alert


async def test_webhook_does_not_follow_redirects(server: Server, client: httpx.AsyncClient, make_alert) -> None:  # type: ignore[no-untyped-def]
    async def redirect(_r: web.Request) -> web.StreamResponse:
        return web.Response(status=307, headers={"Location": "http://169.254.169.254/latest"})
    server.handler = redirect
    with pytest.raises(PermanentFailure, match="HTTP 307"):
        await WebhookSender(client, allow_private=True, timeout_s=2, page_url=None).send(delivery(make_alert(), webhook(server.url())))
    assert len(server.requests) == 1


async def test_webhook_timeout_and_refused_connection_are_transient(server: Server, client: httpx.AsyncClient, make_alert) -> None:  # type: ignore[no-untyped-def]
    async def slow(_r: web.Request) -> web.StreamResponse:
        await asyncio.sleep(1)
        return web.Response(text="late")
    server.handler = slow
    sender = WebhookSender(client, allow_private=True, timeout_s=0.3, page_url=None)
    with pytest.raises(TransientFailure, match="timed out"):
        await sender.send(delivery(make_alert(), webhook(server.url())))
    with pytest.raises(TransientFailure, match="unreachable"):
        await sender.send(delivery(make_alert(), webhook("http://127.0.0.1:9/hook")))


async def test_webhook_private_address_refused_unless_allowed(client: httpx.AsyncClient, make_alert) -> None:  # type: ignore[no-untyped-def]
    sender = WebhookSender(client, allow_private=False, timeout_s=1, page_url=None)
    for url in ("http://127.0.0.1:8765/hook", "http://169.254.169.254/latest", "http://10.0.0.1/x", "http://localhost/x", "file:///etc/passwd"):
        with pytest.raises(PermanentFailure, match="refused URL"):
            await sender.send(delivery(make_alert(), webhook(url)))


# --- Slack -------------------------------------------------------------------------------------
async def test_slack_payload_is_escaped_mrkdwn(server: Server, client: httpx.AsyncClient, make_alert) -> None:  # type: ignore[no-untyped-def]
    channel = Channel(kind=ChannelKind.SLACK, url=server.url("/services/T/B/X"))
    await SlackSender(client, allow_private=True, timeout_s=2, page_url="https://tw.example/").send(delivery(make_alert(sentence=HOSTILE), channel))
    [(_headers, body)] = server.requests
    payload = json.loads(body)
    assert payload["mrkdwn"] is True and payload["unfurl_links"] is False
    text = payload["text"]
    assert "<script" not in text and "<!channel>" not in text and "[click](" not in text
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in text and "Popular Mobilization Forces" in text


async def test_slack_4xx_is_permanent_5xx_transient(server: Server, client: httpx.AsyncClient, make_alert) -> None:  # type: ignore[no-untyped-def]
    statuses = [404, 500]

    async def answer(_r: web.Request) -> web.StreamResponse:
        return web.Response(status=statuses.pop(0), text="no_service")
    server.handler = answer
    sender = SlackSender(client, allow_private=True, timeout_s=2, page_url=None)
    channel = Channel(kind=ChannelKind.SLACK, url=server.url())
    with pytest.raises(PermanentFailure):
        await sender.send(delivery(make_alert(), channel))
    with pytest.raises(TransientFailure):
        await sender.send(delivery(make_alert(), channel))


# --- Apprise -----------------------------------------------------------------------------------
def test_apprise_target_is_the_host_the_plugin_connects_to() -> None:
    assert (apprise_target("json://127.0.0.1:8080/x").host, apprise_target("json://127.0.0.1:8080/x").port) == ("127.0.0.1", 8080)
    assert apprise_target("jsons://example.org/x").port == 443
    assert apprise_target("ntfy://10.1.2.3/topic").host == "10.1.2.3"
    assert apprise_target("ntfy://topic").host == "ntfy.sh"  # ntfy's cloud mode
    assert apprise_target("mailto://u:p@example.org?smtp=mail.example.net&to=a@example.org").host == "mail.example.net"
    assert apprise_target("tgram://123456789:abcdefg_hijklmnop/12345").host is None  # a hosted service's fixed API


async def test_apprise_json_delivers_the_text(server: Server, make_alert) -> None:  # type: ignore[no-untyped-def]
    channel = Channel(kind=ChannelKind.APPRISE, url=server.url("/notify", scheme="json"))
    await AppriseSender(allow_private=True, timeout_s=5, page_url=None).send(delivery(make_alert(), channel))
    [(_headers, body)] = server.requests
    payload = json.loads(body)
    assert "Popular Mobilization Forces" in payload["title"] and "Shiite paramilitaries" in payload["message"]


async def test_apprise_failures(server: Server, make_alert) -> None:  # type: ignore[no-untyped-def]
    async def broken(_r: web.Request) -> web.StreamResponse:
        return web.Response(status=500)
    server.handler = broken
    sender = AppriseSender(allow_private=True, timeout_s=5, page_url=None)
    with pytest.raises(TransientFailure):
        await sender.send(delivery(make_alert(), Channel(kind=ChannelKind.APPRISE, url=server.url(scheme="json"))))
    with pytest.raises(PermanentFailure, match="cannot use"):
        await sender.send(delivery(make_alert(), Channel(kind=ChannelKind.APPRISE, url="nosuchscheme://x/y")))
    strict = AppriseSender(allow_private=False, timeout_s=5, page_url=None)
    with pytest.raises(PermanentFailure, match="refused URL"):
        await strict.send(delivery(make_alert(), Channel(kind=ChannelKind.APPRISE, url=server.url(scheme="json"))))
