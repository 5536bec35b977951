"""Posting to a desk's URL: the SSRF guard at send time, no redirects, and the transient/permanent split."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

import httpx

from townwatch_alert.retry import PermanentFailure, TransientFailure, check_http_status
from townwatch_runtime.url_guard import UnsafeURL, check_url

__all__ = ["HttpSender", "guard_url", "post"]


async def guard_url(url: str | None, *, allow_private: bool) -> str:
    """``url`` if it may be posted to now (resolved again at send time); else a permanent failure."""
    if not url:
        raise PermanentFailure("channel has no URL")
    try:
        return await asyncio.to_thread(check_url, url, allow_private=allow_private)
    except UnsafeURL as exc:
        raise PermanentFailure(f"refused URL: {exc}") from None


async def post(
    client: httpx.AsyncClient,
    url: str | None,
    body: bytes,
    headers: Mapping[str, str],
    *,
    allow_private: bool,
    timeout_s: float,
    what: str,
) -> httpx.Response:
    """POST ``body``; return the 2xx response or raise Transient/PermanentFailure."""
    target = await guard_url(url, allow_private=allow_private)
    try:
        response = await client.post(target, content=body, headers=dict(headers), timeout=timeout_s, follow_redirects=False)
    except UnsafeURL as exc:  # the pinned transport's check at connect time (a name that now resolves inside)
        raise PermanentFailure(f"refused URL: {exc}") from None
    except httpx.TimeoutException as exc:
        raise TransientFailure(f"{what} timed out ({type(exc).__name__})") from None
    except httpx.TransportError as exc:
        raise TransientFailure(f"{what} unreachable ({type(exc).__name__}: {exc})") from None
    check_http_status(response.status_code, response.headers.get("retry-after"), what=what)
    return response


class HttpSender:
    """Base of the channels that POST to a desk's URL (webhook, Slack): shared client, guard and timeout."""

    what = "receiver"

    def __init__(self, client: httpx.AsyncClient, *, allow_private: bool, timeout_s: float, page_url: str | None) -> None:
        self.client = client
        self.allow_private = allow_private
        self.timeout_s = timeout_s
        self.page_url = page_url

    async def _post(self, url: str | None, body: bytes, headers: Mapping[str, str]) -> httpx.Response:
        return await post(self.client, url, body, headers, allow_private=self.allow_private,
                          timeout_s=self.timeout_s, what=self.what)
