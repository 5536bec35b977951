"""The load generator: sends article drafts into ingest's push endpoint (or straight onto articles.v1) at a set rate,
or as fast as the door takes them."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx
from aiokafka import AIOKafkaProducer

from townwatch_schemas import ARTICLES

__all__ = ["LoadGenerator", "article_bytes"]


def article_bytes(draft: dict[str, Any], received: dt.datetime) -> tuple[bytes, bytes]:
    """(key, value) of the Article ingest would publish for ``draft`` (id from the URL, received stamped)."""
    article_id = "u-" + hashlib.sha256(draft["url"].encode()).hexdigest()[:32]
    value = json.dumps({**draft, "id": article_id, "received": received.isoformat()}).encode()
    return article_id.encode(), value


@dataclass
class LoadGenerator:
    """``via="push"``: POST /articles with the bearer token (one article per request at a set rate; NDJSON
    batches at full speed). ``via="topic"``: produce Articles directly, ``received`` stamped at send time."""

    via: str
    ingest_url: str = ""
    token: str = ""
    bootstrap_servers: str = ""
    concurrency: int = 16
    idempotent: bool = False
    """``via="topic"``: an idempotent producer (real Kafka; Tansu refuses InitProducerId)."""
    sent_times: list[float] = field(default_factory=list)  # time.time() of each accepted article
    errors: list[str] = field(default_factory=list)
    _client: httpx.AsyncClient | None = None
    _producer: AIOKafkaProducer | None = None

    async def start(self) -> LoadGenerator:
        if self.via == "push":
            limits = httpx.Limits(max_connections=self.concurrency, max_keepalive_connections=self.concurrency)
            self._client = httpx.AsyncClient(base_url=self.ingest_url, timeout=60.0, limits=limits,
                                             headers={"Authorization": f"Bearer {self.token}"})
        else:
            self._producer = AIOKafkaProducer(bootstrap_servers=self.bootstrap_servers, acks="all", linger_ms=0,
                                              max_request_size=8_000_000, enable_idempotence=self.idempotent)
            await self._producer.start()
        return self

    async def stop(self) -> None:
        if self._client:
            await self._client.aclose()
        if self._producer:
            await self._producer.stop()

    async def _send(self, drafts: Sequence[dict[str, Any]]) -> None:
        if self._client is not None:
            if len(drafts) == 1:
                response = await self._client.post("/articles", json=drafts[0])
            else:
                body = "\n".join(json.dumps(d) for d in drafts).encode()
                response = await self._client.post("/articles", content=body, headers={"Content-Type": "application/x-ndjson"})
            if response.status_code != 202:
                self.errors.append(f"{response.status_code}: {response.text[:200]}")
                return
            answer = response.json()
            taken = len(answer.get("accepted", [])) + len(answer.get("duplicates", []))
        else:
            assert self._producer is not None
            now = dt.datetime.now(dt.UTC)
            futures = [await self._producer.send(ARTICLES.name, value=v, key=k)
                       for k, v in (article_bytes(d, now) for d in drafts)]
            await asyncio.gather(*futures)
            taken = len(drafts)
        stamp = time.time()
        self.sent_times.extend([stamp] * taken)

    async def at_rate(self, drafts: Sequence[dict[str, Any]], rate: float) -> float:
        """Send ``drafts`` one at a time, article ``i`` due at ``start + i / rate``; returns the seconds taken.
        Up to ``concurrency`` requests are in flight; a request that cannot start on time starts late
        (and the lateness shows as a lower achieved rate, never as a burst)."""
        queue: asyncio.Queue[dict[str, Any] | None] = asyncio.Queue(maxsize=self.concurrency)

        async def worker() -> None:
            while (draft := await queue.get()) is not None:
                try:
                    await self._send([draft])
                except (httpx.HTTPError, OSError) as exc:
                    self.errors.append(f"{type(exc).__name__}: {exc}")

        workers = [asyncio.create_task(worker()) for _ in range(self.concurrency)]
        loop = asyncio.get_running_loop()
        start = loop.time()
        for i, draft in enumerate(drafts):
            delay = start + i / rate - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            await queue.put(draft)
        for _ in workers:
            await queue.put(None)
        await asyncio.gather(*workers)
        return loop.time() - start

    async def flat_out(self, drafts: Sequence[dict[str, Any]], batch: int = 50, in_flight: int = 4) -> float:
        """Send ``drafts`` in batches as fast as they are taken; returns the seconds taken."""
        batches = [drafts[i:i + batch] for i in range(0, len(drafts), batch)]
        gate = asyncio.Semaphore(in_flight)

        async def one(chunk: Sequence[dict[str, Any]]) -> None:
            async with gate:
                try:
                    await self._send(chunk)
                except (httpx.HTTPError, OSError) as exc:
                    self.errors.append(f"{type(exc).__name__}: {exc}")

        start = time.perf_counter()
        await asyncio.gather(*(one(chunk) for chunk in batches))
        return time.perf_counter() - start
