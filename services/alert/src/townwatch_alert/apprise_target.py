"""Where an Apprise URL delivers, read with Apprise's own parser: the host its plugin connects to, if the guard can check it.

A scheme is *checked* when its plugin talks HTTP(S) or SMTP from the sending thread (so ``socket_guard`` sees every
lookup) and we know which host it connects to: the URL's host for self-hosted servers (ntfy, Gotify, Mattermost,
Rocket.Chat, Matrix, generic json/xml/form, the e-mail plugin's SMTP server), or a fixed public API for hosted
services (Telegram, Discord, Slack, Pushover, Pushbullet). Any other scheme is refused unless an operator allows
it by name (``TOWNWATCH_APPRISE_ALLOWED_SCHEMES``); for those the guard still checks the host at send time when
the lookup happens in the sending thread, but nothing is promised.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

import apprise

from townwatch_runtime.url_guard import Resolver, UnsafeURL, checked_addresses

__all__ = ["CHECKED_SCHEMES", "AppriseTarget", "apprise_target"]

_SELF_HOSTED = {"json", "xml", "form", "ntfy", "gotify", "mmost", "rocket", "matrix", "mailto", "apprise"}
_HOSTED_SERVICES = {"tgram", "discord", "slack", "pover", "pbul"}
CHECKED_SCHEMES = frozenset(_SELF_HOSTED | {s + "s" for s in _SELF_HOSTED} | _HOSTED_SERVICES)


@dataclass(frozen=True)
class AppriseTarget:
    """A parsed Apprise URL: its plugin, and the host and port it connects to (``host`` None: a fixed public API)."""

    scheme: str
    plugin: apprise.plugins.NotifyBase
    host: str | None
    port: int

    def addresses(self, *, allow_private: bool, resolver: Resolver | None = None) -> list[str]:
        """The checked addresses of ``host`` (empty for a hosted service); raise ``UnsafeURL`` for an internal one."""
        if self.host is None:
            return []
        return checked_addresses(self.host, self.port, allow_private=allow_private, resolver=resolver)


def apprise_target(url: str, *, allowed_schemes: Collection[str] = ()) -> AppriseTarget:
    """Parse ``url`` as Apprise does; raise ``ValueError`` if it cannot, ``UnsafeURL`` if its target cannot be checked."""
    scheme = url.split("://", 1)[0].casefold() if "://" in url else ""
    plugin = apprise.Apprise.instantiate(url, suppress_exceptions=True) if scheme else None
    if plugin is None:
        raise ValueError("Apprise cannot use this URL")
    if scheme not in CHECKED_SCHEMES:
        if scheme in {s.casefold() for s in allowed_schemes}:
            return AppriseTarget(scheme, plugin, None, 0)
        raise UnsafeURL(f"Apprise scheme {scheme!r}: its target cannot be checked by the SSRF guard "
                        "(an operator may allow it by name: TOWNWATCH_APPRISE_ALLOWED_SCHEMES)")
    if scheme in _HOSTED_SERVICES:
        return AppriseTarget(scheme, plugin, None, 0)
    secure = bool(getattr(plugin, "secure", False))
    if getattr(plugin, "mode", None) == "cloud":  # ntfy without a server: ntfy.sh
        host: str | None = "ntfy.sh"
        secure = True
    else:
        host = getattr(plugin, "smtp_host", None) or getattr(plugin, "host", None)
    if not host:
        raise ValueError("Apprise URL names no host")
    port = getattr(plugin, "port", None) or (443 if secure else 80)
    return AppriseTarget(scheme, plugin, str(host), int(port))
