"""Refuses outbound URLs (webhooks, feeds, article pages) that point at loopback, link-local or private addresses."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from urllib.parse import urlparse

__all__ = ["Resolver", "UnsafeURL", "check_url", "checked_addresses", "is_internal", "system_resolver"]

Resolver = Callable[[str, int], list[str]]
"""``(host, port) -> addresses``: how a host name becomes IP addresses (injectable, so tests need no DNS)."""

_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")


class UnsafeURL(ValueError):
    """The URL's scheme or address is not allowed."""


def system_resolver(host: str, port: int) -> list[str]:
    """The system's answer for ``host`` (every address, scope ids dropped)."""
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise UnsafeURL(f"host {host!r} does not resolve: {exc}") from None
    return [str(info[4][0]).split("%")[0] for info in infos]


def _embedded_ipv4(addr: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """IPv4 addresses an IPv6 address carries and may be routed to: mapped, 6to4, Teredo, NAT64, IPv4-compatible."""
    found = [a for a in (addr.ipv4_mapped, addr.sixtofour) if a is not None]
    if addr.teredo is not None:
        found.extend(addr.teredo)
    if any(addr in net for net in _NAT64) or (addr in _IPV4_COMPATIBLE and int(addr) > 1):
        found.append(ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF))
    return found


def is_internal(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """True for every address that is not globally reachable, or that embeds one (``2002:7f00:1::`` is 127.0.0.1 by 6to4)."""
    if isinstance(addr, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(addr)
        if embedded:
            return any(is_internal(a) for a in embedded) or not addr.is_global
    return (
        addr.is_loopback
        or addr.is_link_local
        or addr.is_private
        or addr.is_reserved
        or addr.is_multicast
        or addr.is_unspecified
        # Not globally reachable, though none of the above: e.g. 100.64.0.0/10 (carrier-grade NAT, where one
        # cloud keeps its metadata service, 100.100.100.200).
        or not addr.is_global
    )


def checked_addresses(host: str, port: int, *, allow_private: bool = False, resolver: Resolver | None = None) -> list[str]:
    """The addresses to connect to for ``host``: resolved once, every one checked; raise ``UnsafeURL`` otherwise.

    Connecting to exactly these (not resolving again) is what stops DNS rebinding (see ``pinned_transport``).
    """
    host = host.strip("[]")
    try:
        literal = ipaddress.ip_address(host.split("%")[0])
    except ValueError:
        literal = None
    if literal is not None:
        addrs = [str(literal)]
    else:
        if not allow_private and (host.casefold() in ("localhost", "localhost.localdomain") or host.casefold().endswith(".localhost")):
            raise UnsafeURL(f"host {host!r} is loopback")
        addrs = (resolver or system_resolver)(host, port)
        if not addrs:
            raise UnsafeURL(f"host {host!r} does not resolve")
    if not allow_private:
        for addr in addrs:
            if is_internal(ipaddress.ip_address(addr)):
                raise UnsafeURL(f"host {host!r} resolves to internal address {addr}")
    return addrs


def check_url(
    url: str,
    *,
    allow_private: bool = False,
    schemes: tuple[str, ...] = ("http", "https"),
    resolve: bool = True,
    resolver: Resolver | None = None,
) -> str:
    """Return ``url`` if it is safe to fetch or post to; raise ``UnsafeURL`` otherwise.

    Every address the host name resolves to must be public unless ``allow_private`` is set
    (a setting, off by default; tests and the embedded demo turn it on for loopback receivers).
    """
    parsed = urlparse(url)
    if parsed.scheme not in schemes:
        raise UnsafeURL(f"scheme {parsed.scheme!r} not allowed (allowed: {', '.join(schemes)})")
    host = parsed.hostname
    if not host:
        raise UnsafeURL("URL has no host")
    if allow_private:
        return url
    if not resolve:
        try:
            ipaddress.ip_address(host.split("%")[0])
        except ValueError:
            checked_addresses(host, 0, resolver=lambda _h, _p: ["93.184.215.14"])  # names: the localhost rule only
            return url
    checked_addresses(host, parsed.port or 443, resolver=resolver)
    return url
