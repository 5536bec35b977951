"""The backfill's digest reaches a desk on every channel that can carry text: webhook, Slack, e-mail and Apprise.

Webhook and Slack are covered end to end in test_notify.py; here e-mail against a real local SMTP server and
Apprise's generic ``json://`` plugin against a real local HTTP server.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import pytest
from aiohttp import web

from tests.smtp_inbox import Inbox
from townwatch.backfill.digest import Digest, digest_client, digest_text, send_digest
from townwatch_alert.settings import AlertSettings
from townwatch_schemas import Channel, ChannelKind

DIGEST = Digest("desk", [], [])
HEAD = "0 towns in your area changed hands in the archive"


@pytest.fixture
async def posts() -> AsyncIterator[tuple[list[dict[str, object]], int]]:
    seen: list[dict[str, object]] = []

    async def handle(request: web.Request) -> web.Response:
        seen.append(json.loads(await request.text()))
        return web.json_response({"ok": True})

    app = web.Application()
    app.router.add_post("/{tail:.*}", handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    yield seen, site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    await runner.cleanup()


async def test_an_email_desk_gets_the_digest_as_a_message_keyed_by_the_run(inbox: tuple[Inbox, int]) -> None:
    handler, port = inbox
    settings = AlertSettings(smtp_host="127.0.0.1", smtp_port=port, smtp_from="townwatch@newsroom.example", notify_timeout_s=5)
    channel = Channel(kind=ChannelKind.EMAIL, email="desk@newsroom.example")
    async with digest_client(settings) as client:
        await send_digest(client, channel, DIGEST, "run-key", settings)
    [message] = handler.messages
    assert message["To"] == "desk@newsroom.example" and message["Message-ID"] == "<run-key@townwatch>"
    assert "changed hands in the archive" in message["Subject"]
    assert message.get_content().strip() == digest_text(DIGEST)


async def test_an_apprise_desk_gets_the_digest(posts: tuple[list[dict[str, object]], int]) -> None:
    seen, port = posts
    settings = AlertSettings(allow_private_urls=True, notify_timeout_s=5)
    channel = Channel(kind=ChannelKind.APPRISE, url=f"json://127.0.0.1:{port}/hook")
    async with digest_client(settings) as client:
        await send_digest(client, channel, DIGEST, "run-key", settings)
    [body] = seen
    assert str(body["message"]).startswith(HEAD) and "changed hands in the archive" in str(body["title"])
