"""The SSRF guard for libraries that open their own sockets (Apprise: requests, smtplib): name lookups pinned per thread.

Apprise's plugins connect through ``requests`` or ``smtplib``, which take no transport we could pin. Both look
names up through ``socket.getaddrinfo``; inside ``guarded_lookups()`` (one thread's scope, e.g. the worker thread
that runs one Apprise send) every lookup answers only guard-checked addresses: the pinned host gets the
addresses checked before the send, any other host (a redirect, a second server) is resolved once and checked.
Other threads see the unchanged function. Wrapping a stdlib function is unusual; no library offers a resolver
hook that reaches requests and smtplib alike, which is why it is written here.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from townwatch_runtime import url_guard
from townwatch_runtime.url_guard import UnsafeURL, checked_addresses

__all__ = ["guarded_lookups"]

_local = threading.local()
_lock = threading.Lock()
_real_getaddrinfo = socket.getaddrinfo  # what the wrapper wraps: re-read at every install


def _text(host: Any) -> str:
    return host.decode("idna") if isinstance(host, bytes) else str(host)


def _getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> list[Any]:
    pins: Mapping[str, list[str]] | None = getattr(_local, "pins", None)
    if pins is None or host is None:
        return _real_getaddrinfo(host, port, *args, **kwargs)
    name = _text(host).strip("[]").casefold()
    _local.pins = None  # the guard's own lookup goes to the real resolver
    try:
        addrs = pins.get(name) or checked_addresses(name, int(port or 0), resolver=url_guard.system_resolver)
    except UnsafeURL as exc:
        raise socket.gaierror(socket.EAI_NONAME, f"refused by the SSRF guard: {exc}") from None
    finally:
        _local.pins = pins
    out: list[Any] = []
    for addr in addrs:  # numeric lookups: no DNS, just the tuples the caller expects
        out.extend(_real_getaddrinfo(addr, port, *args, **kwargs))
    return out


def _install() -> None:
    global _real_getaddrinfo
    with _lock:
        if socket.getaddrinfo is not _getaddrinfo:
            _real_getaddrinfo = socket.getaddrinfo
            socket.getaddrinfo = _getaddrinfo


@contextmanager
def guarded_lookups(pins: Mapping[str, list[str]]) -> Iterator[None]:
    """In this thread, ``socket.getaddrinfo`` answers ``pins`` (host -> checked addresses) and guards every other name."""
    _install()
    previous = getattr(_local, "pins", None)
    _local.pins = {k.casefold(): v for k, v in pins.items()}
    try:
        yield
    finally:
        _local.pins = previous
