"""Outbound HTTP for feeds and article pages: SSRF-guarded at every redirect, size-capped, text only, timed out."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from urllib.parse import urljoin

import httpx

from townwatch_ingest.settings import IngestSettings
from townwatch_runtime.pinned_transport import pinned_transport
from townwatch_runtime.url_guard import UnsafeURL, check_url

__all__ = ["FetchError", "FetchResult", "Fetcher", "is_text_type"]

_REDIRECTS = frozenset({301, 302, 303, 307, 308})


class FetchError(Exception):
    """A fetch that failed. ``reason``: unsafe_url, too_large, content_type (rejections), or
    http, timeout, network, redirects (transient or remote faults)."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


@dataclass(frozen=True)
class FetchResult:
    status: int  # 200 or 304
    url: str  # after redirects
    body: bytes
    headers: httpx.Headers

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")


def is_text_type(content_type: str | None) -> bool:
    """True for text/*, XML types (application/xml, application/rss+xml, ...) and a missing type."""
    if not content_type:
        return True
    mime = content_type.split(";", 1)[0].strip().lower()
    return mime.startswith("text/") or mime in ("application/xml", "application/xhtml+xml") or mime.endswith("+xml")


class Fetcher:
    """GETs a URL the way ingest may: every hop checked by the URL guard, redirects followed by hand."""

    def __init__(self, settings: IngestSettings, client: httpx.AsyncClient | None = None) -> None:
        self.settings = settings
        timeout = httpx.Timeout(settings.http_read_timeout_s, connect=settings.http_connect_timeout_s)
        self._client = client or httpx.AsyncClient(
            timeout=timeout, follow_redirects=False, trust_env=False,
            transport=pinned_transport(allow_private=settings.allow_private_urls),
            headers={"User-Agent": settings.user_agent},
        )

    async def aclose(self) -> None:
        await self._client.aclose()

    async def _guard(self, url: str) -> None:
        try:
            await asyncio.to_thread(check_url, url, allow_private=self.settings.allow_private_urls)
        except UnsafeURL as exc:
            raise FetchError("unsafe_url", f"refused {url}: {exc}") from None

    async def get(
        self,
        url: str,
        *,
        max_bytes: int,
        accept: str = "*/*",
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> FetchResult:
        """The body of ``url`` (status 200), or status 304 when the conditional headers say unchanged.
        Raises ``FetchError``; never reads more than ``max_bytes`` of a body."""
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            async with asyncio.timeout(self.settings.http_total_timeout_s):
                for _ in range(self.settings.http_max_redirects + 1):
                    await self._guard(url)
                    result = await self._get_once(url, headers, max_bytes)
                    if isinstance(result, FetchResult):
                        return result
                    url = result
                raise FetchError("redirects", f"more than {self.settings.http_max_redirects} redirects")
        except UnsafeURL as exc:  # the pinned transport's check at connect time
            raise FetchError("unsafe_url", f"refused {url}: {exc}") from None
        except TimeoutError:
            raise FetchError("timeout", f"{url}: no complete answer within {self.settings.http_total_timeout_s:g}s") from None
        except httpx.TimeoutException as exc:
            raise FetchError("timeout", f"{url}: {type(exc).__name__}") from None
        except httpx.HTTPError as exc:
            raise FetchError("network", f"{url}: {type(exc).__name__}: {exc}") from None

    async def _get_once(self, url: str, headers: dict[str, str], max_bytes: int) -> FetchResult | str:
        async with self._client.stream("GET", url, headers=headers) as response:
            if response.status_code in _REDIRECTS and "location" in response.headers:
                return urljoin(url, response.headers["location"])
            if response.status_code == 304:
                return FetchResult(304, url, b"", response.headers)
            if response.status_code >= 400 or response.status_code != 200:
                raise FetchError("http", f"{url}: HTTP {response.status_code}")
            content_type = response.headers.get("content-type")
            if not is_text_type(content_type):
                raise FetchError("content_type", f"{url}: content type {content_type!r} is not text")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise FetchError("too_large", f"{url}: {declared} bytes declared; the limit is {max_bytes}")
            body = bytearray()
            async for chunk in response.aiter_bytes():
                body += chunk
                if len(body) > max_bytes:
                    raise FetchError("too_large", f"{url}: body passed the limit of {max_bytes} bytes")
            return FetchResult(200, str(response.url), bytes(body), response.headers)
