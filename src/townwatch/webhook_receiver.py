"""A small loopback webhook receiver that checks townwatch's HMAC signature: the demo's desk, and the tests'."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from townwatch_alert.channels.webhook import verify

__all__ = ["Delivery", "WebhookReceiver"]


@dataclass(frozen=True)
class Delivery:
    path: str
    body: dict[str, Any]
    idempotency_key: str | None
    signature_ok: bool

    @property
    def alert(self) -> dict[str, Any]:
        return self.body.get("alert", {})


@dataclass
class WebhookReceiver:
    """Serves POST /<anything>; records each delivery; answers with ``status_for(path)`` (default 200)."""

    secret: str
    host: str = "127.0.0.1"
    port: int = 0
    deliveries: list[Delivery] = field(default_factory=list)
    status_for: Callable[[str], int] = lambda _path: 200
    on_delivery: Callable[[Delivery], None] | None = None
    _runner: web.AppRunner | None = None

    def url(self, path: str = "hook") -> str:
        return f"http://{self.host}:{self.port}/{path.lstrip('/')}"

    async def _handle(self, request: web.Request) -> web.Response:
        status = self.status_for(request.path)
        if status >= 300:
            return web.Response(status=status, text="unavailable")
        raw = await request.read()
        try:
            body = json.loads(raw)
        except ValueError:
            return web.Response(status=400, text="not JSON")
        delivery = Delivery(
            path=request.path,
            body=body,
            idempotency_key=request.headers.get("Idempotency-Key"),
            signature_ok=verify(
                self.secret,
                request.headers.get("X-Townwatch-Timestamp", ""),
                raw,
                request.headers.get("X-Townwatch-Signature", ""),
            ),
        )
        self.deliveries.append(delivery)
        if self.on_delivery:
            self.on_delivery(delivery)
        return web.json_response({"ok": True})

    async def start(self) -> WebhookReceiver:
        app = web.Application()
        app.router.add_post("/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = self._runner.addresses[0][1]  # the port the OS chose when asked for 0
        return self

    async def stop(self) -> None:
        if self._runner:
            await self._runner.cleanup()

    async def __aenter__(self) -> WebhookReceiver:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()
