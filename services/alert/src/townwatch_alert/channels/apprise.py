"""The Apprise channel: any Apprise URL (Telegram, Matrix, Teams, ntfy, generic json://...) for other services.

Apprise reports only success or failure, so a failure is treated as transient (retried, then
dead-lettered); an URL Apprise cannot parse, or whose target the SSRF guard cannot check, is permanent.
The URL is parsed by Apprise itself (``apprise_target``); the host its plugin connects to is resolved and
checked at send time, and the send runs in a worker thread whose name lookups are pinned to those checked
addresses (``socket_guard``): a second lookup cannot rebind, a redirect to an internal host is refused.
"""

from __future__ import annotations

import asyncio
from collections.abc import Collection
from typing import Any

from townwatch_alert.apprise_target import AppriseTarget, apprise_target
from townwatch_alert.channels.delivery import Delivery
from townwatch_alert.render import apprise_text, view
from townwatch_alert.retry import PermanentFailure, TransientFailure
from townwatch_runtime.socket_guard import guarded_lookups
from townwatch_runtime.url_guard import Resolver, UnsafeURL

__all__ = ["AppriseSender"]


class AppriseSender:
    """Notifies through the URL's Apprise plugin in a worker thread, bounded by the notify timeout."""

    def __init__(
        self, *, allow_private: bool, timeout_s: float, page_url: str | None, allowed_schemes: Collection[str] = (),
        resolver: Resolver | None = None,
    ) -> None:
        self.allow_private = allow_private
        self.timeout_s = timeout_s
        self.page_url = page_url
        self.allowed_schemes = tuple(allowed_schemes)
        self.resolver = resolver

    def _notify(self, target: AppriseTarget, pins: dict[str, list[str]], **message: Any) -> bool:
        plugin = target.plugin
        plugin.socket_connect_timeout = plugin.socket_read_timeout = self.timeout_s
        if self.allow_private:
            return bool(plugin.notify(**message))
        with guarded_lookups(pins):
            return bool(plugin.notify(**message))

    async def send(self, delivery: Delivery) -> None:
        v = view(delivery.alert, delivery.kind, self.page_url)
        await self.send_text(delivery.channel.url, title=v.title, body=apprise_text(v))

    async def send_text(self, url: str | None, *, title: str, body: str) -> None:
        """Notify ``url``'s Apprise service of ``title`` and ``body``; failures as Permanent/TransientFailure."""
        if not url:
            raise PermanentFailure("apprise channel has no URL")
        try:
            target = apprise_target(url, allowed_schemes=self.allowed_schemes)
            addrs = await asyncio.to_thread(target.addresses, allow_private=self.allow_private, resolver=self.resolver)
        except UnsafeURL as exc:
            raise PermanentFailure(f"refused URL: {exc}") from None
        except ValueError as exc:
            raise PermanentFailure(str(exc)) from None
        pins = {target.host: addrs} if target.host and addrs else {}
        try:
            async with asyncio.timeout(self.timeout_s * 3):
                ok = await asyncio.to_thread(self._notify, target, pins, body=body, title=title)
        except TimeoutError:
            raise TransientFailure("the Apprise service did not answer in time") from None
        if not ok:
            raise TransientFailure("the Apprise service reported a failure (or the SSRF guard refused a host it tried)")
