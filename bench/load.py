"""The load generator: sends article drafts into ingest's push endpoint (or straight onto articles.v1) at a set rate,
or as fast as the door takes them.

It shares the machine's cores with the pipeline, so it is kept cheap: every request body is encoded before the
phase's clock starts, and requests go through aiohttp's keep-alive pool: measured here, 0.6 ms of CPU per single-article
POST against httpx's 4.0 ms (at load ~20), which at 100/s was most of the
bench process's 45% of a core. What the bench measures is then the pipeline, not the sender."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError

from townwatch_schemas import ARTICLES

__all__ = ["LoadGenerator", "article_bytes"]

_RESEND_BACK_OFF_S = 0.2
"""A refused record's next attempt waits this long (the client's back-off, as aiokafka's ``retry_backoff_ms``)."""


def article_bytes(draft: dict[str, Any], received: dt.datetime) -> tuple[bytes, bytes]:
    """(key, value) of the Article ingest would publish for ``draft`` (id from the URL, received stamped)."""
    article_id = "u-" + hashlib.sha256(draft["url"].encode()).hexdigest()[:32]
    value = json.dumps({**draft, "id": article_id, "received": received.isoformat()}).encode()
    return article_id.encode(), value


@dataclass(frozen=True)
class _Request:
    drafts: Sequence[dict[str, Any]]
    body: bytes
    content_type: str


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
    send_timeout_s: float = 40.0
    """``via="topic"``: how long a send may wait for the broker (aiokafka's ``request_timeout_ms``, a batch's life):
    a fault test that restarts the broker sets it beyond the outage, as a producer that retries until it is back."""
    sent_times: list[float] = field(default_factory=list)  # time.time() of each accepted article
    errors: list[str] = field(default_factory=list)
    resent: int = 0
    """``via="topic"``: records sent again after the broker refused them."""
    _client: aiohttp.ClientSession | None = None
    _producer: AIOKafkaProducer | None = None

    async def start(self) -> LoadGenerator:
        if self.via == "push":
            self._client = aiohttp.ClientSession(
                base_url=self.ingest_url, timeout=aiohttp.ClientTimeout(total=60.0),
                connector=aiohttp.TCPConnector(limit=self.concurrency, force_close=False),
                headers={"Authorization": f"Bearer {self.token}"})
        else:
            self._producer = AIOKafkaProducer(bootstrap_servers=self.bootstrap_servers, acks="all", linger_ms=0,
                                              max_request_size=8_000_000, enable_idempotence=self.idempotent,
                                              request_timeout_ms=int(self.send_timeout_s * 1000))
            await self._producer.start()
        return self

    async def stop(self) -> None:
        if self._client:
            await self._client.close()
        if self._producer:
            await self._producer.stop()

    def _encode(self, drafts: Sequence[dict[str, Any]]) -> _Request:
        """One request's body, encoded ahead of the clock: a JSON object for one draft, NDJSON for several."""
        if self._client is None:
            return _Request(drafts, b"", "")
        if len(drafts) == 1:
            return _Request(drafts, json.dumps(drafts[0]).encode(), "application/json")
        return _Request(drafts, "\n".join(json.dumps(d) for d in drafts).encode(), "application/x-ndjson")

    async def _send(self, request: _Request) -> None:
        if self._client is not None:
            async with self._client.post("/articles", data=request.body,
                                         headers={"Content-Type": request.content_type}) as response:
                if response.status != 202:
                    self.errors.append(f"{response.status}: {(await response.text())[:200]}")
                    return
                answer = await response.json(content_type=None)
            taken = len(answer.get("accepted", [])) + len(answer.get("duplicates", []))
        else:
            now = dt.datetime.now(dt.UTC)
            await self._produce([article_bytes(d, now) for d in request.drafts])
            taken = len(request.drafts)
        stamp = time.time()
        self.sent_times.extend([stamp] * taken)

    async def _produce(self, records: list[tuple[bytes, bytes]]) -> None:
        """Produce ``records`` and wait for each acknowledgement; a record the broker refused (an error aiokafka does
        not retry itself, such as the durable Tansu's UnknownError while its object store restarts) is sent again
        until ``send_timeout_s`` has passed, as a producer that must not lose it would. Its first copy was never
        acknowledged, so nothing acknowledged is sent twice."""
        assert self._producer is not None
        deadline = time.monotonic() + self.send_timeout_s
        while True:
            outcomes = await asyncio.gather(*[self._send_one(key, value) for key, value in records],
                                            return_exceptions=True)
            failed = [(record, outcome) for record, outcome in zip(records, outcomes, strict=True)
                      if isinstance(outcome, BaseException)]
            if not failed:
                return
            error = failed[0][1]
            if not isinstance(error, KafkaError) or time.monotonic() > deadline:
                raise error
            self.resent += len(failed)
            records = [record for record, _ in failed]
            await asyncio.sleep(_RESEND_BACK_OFF_S)

    async def _send_one(self, key: bytes, value: bytes) -> None:
        assert self._producer is not None
        await (await self._producer.send(ARTICLES.name, value=value, key=key))

    async def at_rate(self, drafts: Sequence[dict[str, Any]], rate: float) -> float:
        """Send ``drafts`` one at a time, article ``i`` due at ``start + i / rate``; returns the seconds taken.
        Up to ``concurrency`` requests are in flight; a request that cannot start on time starts late
        (and the lateness shows as a lower achieved rate, never as a burst)."""
        queue: asyncio.Queue[_Request | None] = asyncio.Queue(maxsize=self.concurrency)
        requests = [self._encode([draft]) for draft in drafts]

        async def worker() -> None:
            while (request := await queue.get()) is not None:
                try:
                    await self._send(request)
                except (TimeoutError, aiohttp.ClientError, OSError) as exc:
                    self.errors.append(f"{type(exc).__name__}: {exc}")

        workers = [asyncio.create_task(worker()) for _ in range(self.concurrency)]
        loop = asyncio.get_running_loop()
        start = loop.time()
        for i, request in enumerate(requests):
            delay = start + i / rate - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            await queue.put(request)
        for _ in workers:
            await queue.put(None)
        await asyncio.gather(*workers)
        return loop.time() - start

    async def flat_out(self, drafts: Sequence[dict[str, Any]], batch: int = 50, in_flight: int = 4) -> float:
        """Send ``drafts`` in batches as fast as they are taken; returns the seconds taken."""
        requests = [self._encode(drafts[i:i + batch]) for i in range(0, len(drafts), batch)]
        gate = asyncio.Semaphore(in_flight)

        async def one(request: _Request) -> None:
            async with gate:
                try:
                    await self._send(request)
                except (TimeoutError, aiohttp.ClientError, OSError) as exc:
                    self.errors.append(f"{type(exc).__name__}: {exc}")

        start = time.perf_counter()
        await asyncio.gather(*(one(request) for request in requests))
        return time.perf_counter() - start
