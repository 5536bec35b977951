"""An httpx transport that connects only to the addresses the SSRF guard checked: one lookup, no rebinding.

``check_url`` resolving a name and httpx resolving it again to connect leaves a gap: a name that answers a public
address first and an internal one second (DNS rebinding) gets through. This transport's network backend resolves
each host once, checks every address with the guard, and opens the socket to a checked address; TLS still
verifies the certificate against the host name (httpcore passes the name, not the address, as SNI).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from townwatch_runtime.url_guard import Resolver, checked_addresses

__all__ = ["GuardedBackend", "pinned_transport"]


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """Wraps httpcore's backend: ``connect_tcp`` goes to a guard-checked address of the host, never a fresh lookup."""

    def __init__(self, inner: httpcore.AsyncNetworkBackend, *, allow_private: bool, resolver: Resolver | None = None) -> None:
        self.inner = inner
        self.allow_private = allow_private
        self.resolver = resolver

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        # Raises UnsafeURL (not an httpcore error, so httpx passes it through unchanged) for an internal address.
        addrs = await asyncio.to_thread(checked_addresses, host, port, allow_private=self.allow_private, resolver=self.resolver)
        error: Exception | None = None
        for addr in addrs:
            try:
                return await self.inner.connect_tcp(addr, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
        assert error is not None
        raise error

    async def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("unix sockets are not allowed for outbound requests")

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)


def pinned_transport(*, allow_private: bool, resolver: Resolver | None = None, **kwargs: Any) -> httpx.AsyncHTTPTransport:
    """An ``httpx.AsyncHTTPTransport`` (``kwargs`` as its own) whose connections go through ``GuardedBackend``."""
    transport = httpx.AsyncHTTPTransport(**kwargs)
    pool = transport._pool  # httpx has no public hook for a network backend; httpcore's pool has one
    pool._network_backend = GuardedBackend(pool._network_backend, allow_private=allow_private, resolver=resolver)
    return transport
