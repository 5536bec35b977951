"""Security-test fixtures: a loopback receiver that records what reaches it, and a fake DNS whose answers change."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import web


@dataclass
class Receiver:
    """A real HTTP server on 127.0.0.1; ``hits`` is every request that reached it."""

    port: int = 0
    hits: list[str] = field(default_factory=list)


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    rec = Receiver()

    async def handle(request: web.Request) -> web.Response:
        rec.hits.append(f"{request.method} {request.path_qs} {await request.text()}")
        return web.json_response({"ok": True})

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handle)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    rec.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    yield rec
    await runner.cleanup()


FakeDNS = Callable[[dict[str, list[list[str]]]], list[str]]


@pytest.fixture
def fake_dns(monkeypatch: pytest.MonkeyPatch) -> FakeDNS:
    """``fake_dns({"name.test": [[first answer], [second answer], ...]})``: the system resolver (``socket.getaddrinfo``,
    which every library uses) answers each lookup of a name with the next answer (the last one repeats); numeric
    hosts and other names go to the real resolver. Returns the log of names looked up."""
    real = socket.getaddrinfo
    log: list[str] = []

    def install(answers: dict[str, list[list[str]]]) -> list[str]:
        calls: dict[str, int] = {}

        def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> list[Any]:
            name = host.decode() if isinstance(host, bytes) else host
            if name in answers:
                log.append(name)
                n = calls[name] = calls.get(name, -1) + 1
                addrs = answers[name][min(n, len(answers[name]) - 1)]
                return [info for addr in addrs for info in real(addr, port, *args, **kwargs)]
            return real(host, port, *args, **kwargs)

        monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
        return log

    return install
