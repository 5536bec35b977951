"""DNS rebinding (issues 11 and 16): the webhook/Slack client and the feed/page fetcher connect to the address the
SSRF guard checked, so a name that answers a public address to the check and loopback afterwards reaches nothing."""

from __future__ import annotations

import httpx
import pytest

from townwatch_alert.channels import Delivery
from townwatch_alert.channels.slack import SlackSender
from townwatch_alert.channels.webhook import WebhookSender
from townwatch_alert.retry import PermanentFailure
from townwatch_ingest.fetch import Fetcher, FetchError
from townwatch_ingest.settings import IngestSettings
from townwatch_schemas import Channel, ChannelKind

from ..alert.conftest import alert as make_alert
from .conftest import FakeDNS, Receiver

REBINDING = {"rebind.test": [["93.184.215.14"], ["127.0.0.1"]]}  # public to the first lookup, loopback after


@pytest.mark.parametrize("sender_class", [WebhookSender, SlackSender])
async def test_http_channels_do_not_follow_a_rebinding_name_inside(sender_class: type, receiver: Receiver, fake_dns: FakeDNS) -> None:
    fake_dns(REBINDING)
    kind = ChannelKind.WEBHOOK if sender_class is WebhookSender else ChannelKind.SLACK
    channel = Channel(kind=kind, url=f"http://rebind.test:{receiver.port}/hook")
    from townwatch_alert.notifier_agent import (
        pinned_transport,  # the transport of the notifier's own client
    )
    async with httpx.AsyncClient(transport=pinned_transport(allow_private=False)) as client:
        sender = sender_class(client, allow_private=False, timeout_s=5, page_url=None)
        with pytest.raises(PermanentFailure, match="refused URL"):
            await sender.send(Delivery.build(make_alert(), "d", "s", channel, "alert"))
    assert receiver.hits == []


async def test_feed_fetch_does_not_follow_a_rebinding_name_inside(receiver: Receiver, fake_dns: FakeDNS) -> None:
    fake_dns(REBINDING)
    fetcher = Fetcher(IngestSettings(allow_private_urls=False))  # its default client: the pinned transport
    try:
        with pytest.raises(FetchError) as info:
            await fetcher.get(f"http://rebind.test:{receiver.port}/feed.xml", max_bytes=10_000)
        assert info.value.reason == "unsafe_url"
    finally:
        await fetcher.aclose()
    assert receiver.hits == []


async def test_the_pinned_transport_connects_to_the_address_it_resolved(receiver: Receiver, fake_dns: FakeDNS) -> None:
    """One lookup per connection, and the socket goes to its answer (the Host header keeps the name)."""
    from townwatch_runtime.pinned_transport import pinned_transport

    log = fake_dns({"receiver.test": [["127.0.0.1"]]})
    async with httpx.AsyncClient(transport=pinned_transport(allow_private=True)) as client:
        response = await client.get(f"http://receiver.test:{receiver.port}/x")
    assert response.status_code == 200 and len(receiver.hits) == 1
    assert log == ["receiver.test"]


@pytest.mark.parametrize("kind", [ChannelKind.WEBHOOK, ChannelKind.SLACK])
async def test_backfill_digests_do_not_follow_a_rebinding_name_inside(kind: ChannelKind, receiver: Receiver, fake_dns: FakeDNS) -> None:
    """``townwatch backfill --notify summary`` posts its digests with a client of its own: pinned as the notifier's."""
    from townwatch.backfill.digest import Digest, digest_client, send_digest
    from townwatch_alert.settings import AlertSettings

    fake_dns(REBINDING)
    settings = AlertSettings(allow_private_urls=False)
    channel = Channel(kind=kind, url=f"http://rebind.test:{receiver.port}/hook")
    async with digest_client(settings) as client:
        with pytest.raises(PermanentFailure, match="refused URL"):
            await send_digest(client, channel, Digest("desk", [], [channel]), "key", settings)
    assert receiver.hits == []
