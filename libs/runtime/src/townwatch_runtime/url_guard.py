"""Refuses outbound URLs (webhooks, feeds, article pages) that point at loopback, link-local or private addresses."""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlparse

__all__ = ["UnsafeURL", "check_url"]


class UnsafeURL(ValueError):
    """The URL's scheme or address is not allowed."""


def _is_internal(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
        addr = addr.ipv4_mapped
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


def check_url(url: str, *, allow_private: bool = False, schemes: tuple[str, ...] = ("http", "https"), resolve: bool = True) -> str:
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
    try:
        addrs = [ipaddress.ip_address(host)]
    except ValueError:
        if host.casefold() in ("localhost", "localhost.localdomain") or host.casefold().endswith(".localhost"):
            raise UnsafeURL(f"host {host!r} is loopback") from None
        if not resolve:
            return url
        try:
            infos = socket.getaddrinfo(host, parsed.port or 443, proto=socket.IPPROTO_TCP)
        except socket.gaierror as exc:
            raise UnsafeURL(f"host {host!r} does not resolve: {exc}") from None
        addrs = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]
    for addr in addrs:
        if _is_internal(addr):
            raise UnsafeURL(f"host {host!r} resolves to internal address {addr}")
    return url
