"""The Apprise channel: any Apprise URL (Telegram, Matrix, Teams, ntfy, generic json://...) for other services.

Apprise reports only success or failure, so a failure is treated as transient (retried, then
dead-lettered); an URL Apprise cannot parse is permanent. The SSRF guard applies to Apprise's generic
HTTP schemes (json, xml, form) and to any URL whose host is an IP literal or localhost; service URLs
whose "host" is a token (``tgram://bottoken/chat``) go to that service's public API.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlparse

import apprise as apprise_lib

from townwatch_alert.channels.delivery import Delivery
from townwatch_alert.channels.http import guard_url
from townwatch_alert.render import plain_text, view
from townwatch_alert.retry import PermanentFailure, TransientFailure

__all__ = ["AppriseSender", "apprise_http_equivalent"]

_GENERIC = {"json": "http", "jsons": "https", "xml": "http", "xmls": "https", "form": "http", "forms": "https"}


def apprise_http_equivalent(url: str) -> str | None:
    """The http(s) URL the SSRF guard must check for an Apprise URL, or None when it names a public service."""
    parsed = urlparse(url)
    scheme = parsed.scheme.lower()
    if scheme in _GENERIC:
        return parsed._replace(scheme=_GENERIC[scheme]).geturl()
    host = (parsed.hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return f"http://{parsed.netloc}/"
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return None
    return f"http://{parsed.netloc}/"


class AppriseSender:
    """Notifies through Apprise's asyncio path, bounded by the notify timeout."""

    def __init__(self, *, allow_private: bool, timeout_s: float, page_url: str | None) -> None:
        self.allow_private = allow_private
        self.timeout_s = timeout_s
        self.page_url = page_url

    async def send(self, delivery: Delivery) -> None:
        url = delivery.channel.url
        if not url:
            raise PermanentFailure("apprise channel has no URL")
        http_equivalent = apprise_http_equivalent(url)
        if http_equivalent is not None:
            await guard_url(http_equivalent, allow_private=self.allow_private)
        notifier = apprise_lib.Apprise()
        if not notifier.add(url):
            raise PermanentFailure("Apprise cannot use this URL")
        v = view(delivery.alert, delivery.kind, self.page_url)
        result = await notifier.async_notify(body=plain_text(v), title=v.title, timeout=self.timeout_s)
        if not result:
            raise TransientFailure("the Apprise service reported a failure")
