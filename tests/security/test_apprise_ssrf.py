"""Finding 1 of issue 11: Apprise URLs are parsed by Apprise, their target host resolved and guarded at create and
send time (pinned to the checked address), and schemes the guard cannot check are refused unless allowed by name."""

from __future__ import annotations

import socket
import threading

import pytest

from townwatch_alert.channels import Delivery
from townwatch_alert.channels.apprise import AppriseSender
from townwatch_alert.retry import PermanentFailure
from townwatch_alert.subscription_store import check_channels, parse_subscriptions_yaml
from townwatch_schemas import Channel, ChannelKind, Subscription

from ..alert.conftest import alert as make_alert
from .conftest import FakeDNS, Receiver

# What the probe used: ntfy, Gotify, Mattermost and e-mail (SMTP) on loopback, as IP literals and as names.
INTERNAL_APPRISE = [
    "ntfy://127.0.0.1/topic", "ntfys://127.0.0.1:8443/topic", "gotify://127.0.0.1/AbCdEfGhIjKlMnO",
    "mmost://127.0.0.1/abcdefghijklmnopqrstuvwxyz", "mailto://127.0.0.1?user=u&pass=p&to=a@example.org&from=b@example.org",
    "mailto://u:p@example.org?smtp=10.0.0.5&to=a@example.org", "rocket://user:pass@10.1.2.3/#room",
    "matrix://u:p@[::1]/#room", "json://[fd00::1]/x", "ntfy://[2002:7f00:1::]/topic", "gotify://ntfy.test/AbCdEfGhIjKlMnO",
    "ntfy://ntfy.test:8080/topic", "mmost://localhost/abc",
]


def _sub(url: str) -> Subscription:
    return Subscription(id="s", desk_id="d", towns=["*"], channels=[Channel(kind=ChannelKind.APPRISE, url=url)])


@pytest.mark.parametrize("url", INTERNAL_APPRISE)
def test_apprise_urls_with_internal_targets_are_refused_at_create_time(url: str, fake_dns: FakeDNS) -> None:
    fake_dns({"ntfy.test": [["127.0.0.1"]]})
    with pytest.raises(ValueError, match=r"internal|loopback"):
        check_channels(_sub(url), allow_private=False)
    check_channels(_sub(url), allow_private=True)


def test_public_apprise_targets_and_hosted_services_are_accepted(fake_dns: FakeDNS) -> None:
    fake_dns({"ntfy.example": [["93.184.215.14"]], "ntfy.sh": [["93.184.215.15"]]})
    for url in ["ntfy://ntfy.example/topic", "ntfy://topic", "tgram://123456789:abcdefg_hijklmnop/12345",
                "json://93.184.215.14/hook", "mailto://u:p@example.org?smtp=93.184.215.14&to=a@example.org"]:
        check_channels(_sub(url), allow_private=False)


@pytest.mark.parametrize("url", ["rsyslog://93.184.215.14", "signal://93.184.215.14/+12345678901/+12345678902", "syslog://"])
def test_schemes_the_guard_cannot_check_are_refused_unless_allowed_by_name(url: str) -> None:
    with pytest.raises(ValueError, match="cannot be checked"):
        check_channels(_sub(url), allow_private=False)
    with pytest.raises(ValueError, match="cannot be checked"):
        check_channels(_sub(url), allow_private=True)  # allowing private addresses is not allowing unchecked schemes
    scheme = url.split("://")[0]
    check_channels(_sub(url), allow_private=False, apprise_schemes=[scheme])


def test_the_subscriptions_file_refuses_internal_apprise_targets_too() -> None:
    doc = "desks:\n- id: d\n  subscriptions:\n  - id: s\n    towns: ['*']\n    channels: [{kind: apprise, url: 'ntfy://127.0.0.1/t'}]\n"
    with pytest.raises(ValueError, match="internal"):
        parse_subscriptions_yaml(doc)
    assert parse_subscriptions_yaml(doc, allow_private_urls=True)


async def test_an_apprise_name_resolving_inside_is_not_delivered_at_send_time(receiver: Receiver, fake_dns: FakeDNS) -> None:
    """The probe: ``ntfy://host:port/topic`` whose host resolves to loopback was delivered. Now refused, never sent."""
    fake_dns({"ntfy.test": [["127.0.0.1"]]})
    channel = Channel(kind=ChannelKind.APPRISE, url=f"ntfy://ntfy.test:{receiver.port}/topic")
    with pytest.raises(PermanentFailure, match="refused URL"):
        await AppriseSender(allow_private=False, timeout_s=5, page_url=None).send(Delivery.build(make_alert(), "d", "s", channel, "alert"))
    assert receiver.hits == []
    await AppriseSender(allow_private=True, timeout_s=5, page_url=None).send(Delivery.build(make_alert(), "d", "s", channel, "alert"))
    assert len(receiver.hits) == 1  # the same URL, allowed: the receiver was reachable all along


def test_lookups_in_a_guarded_send_are_pinned_to_the_checked_address(fake_dns: FakeDNS) -> None:
    """DNS rebinding: the name now answers loopback, but inside the send it still resolves to the checked address;
    any other name that resolves inside is refused; other threads are untouched."""
    from townwatch_runtime.socket_guard import guarded_lookups

    fake_dns({"ntfy.test": [["127.0.0.1"]], "other.test": [["10.0.0.1"]]})
    with guarded_lookups({"ntfy.test": ["93.184.215.14"]}):
        assert {info[4][0] for info in socket.getaddrinfo("ntfy.test", 80)} == {"93.184.215.14"}
        with pytest.raises(socket.gaierror, match="SSRF guard"):
            socket.getaddrinfo("other.test", 80)
        with pytest.raises(socket.gaierror, match="SSRF guard"):
            socket.getaddrinfo("127.0.0.1", 80)
        seen: list[str] = []
        worker = threading.Thread(target=lambda: seen.extend(i[4][0] for i in socket.getaddrinfo("ntfy.test", 80)))
        worker.start()
        worker.join()
        assert set(seen) == {"127.0.0.1"}
    assert {info[4][0] for info in socket.getaddrinfo("other.test", 80)} == {"10.0.0.1"}
