"""Fixtures for the ingest tests: settings, reading a topic back, and a local server for the feed cases."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition

from townwatch_ingest.settings import IngestSettings
from townwatch_schemas import ARTICLES, Article


class MemoryPublisher:
    """Keeps what would go to Kafka; ``fail`` makes the next publishes raise like a lost broker."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, bytes | None, bytes]] = []
        self.fail = False
        self.fail_after: int | None = None
        """Refuse every message once this many were taken (a broker lost in the middle of a bulk request)."""

    async def send(self, topic: str, key: bytes | None, value: bytes) -> None:
        if self.fail or (self.fail_after is not None and len(self.messages) >= self.fail_after):
            raise ConnectionError("broker unavailable")
        self.messages.append((topic, key, value))

    async def publish(self, article: Article) -> None:
        await self.send(ARTICLES.name, article.id.encode(), article.to_json_bytes())

    async def publish_many(self, articles: list[Article]) -> list[BaseException | None]:
        results: list[BaseException | None] = []
        for article in articles:
            try:
                await self.publish(article)
                results.append(None)
            except ConnectionError as exc:
                results.append(exc)
        return results

    def articles(self) -> list[Article]:
        return [Article.from_json_bytes(v) for t, _, v in self.messages if t == ARTICLES.name]


@pytest.fixture
def publisher() -> MemoryPublisher:
    """An in-memory stand-in for the Kafka producer (unit tests need no broker)."""
    return MemoryPublisher()


ReadTopic = Callable[..., Awaitable[list[tuple[bytes | None, bytes]]]]


@pytest.fixture
def read_topic() -> ReadTopic:
    """``await read_topic(bootstrap, topic, count)``: the first ``count`` messages of every partition,
    as (key, value), read without a consumer group (no 5 s group join). Fails after ``timeout`` s."""

    async def read(bootstrap: str, topic: str, count: int, timeout: float = 20.0) -> list[tuple[bytes | None, bytes]]:
        consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False,
                                    auto_offset_reset="earliest")
        await consumer.start()
        try:
            partitions = None
            while not partitions:
                partitions = consumer.partitions_for_topic(topic)
                if not partitions:
                    await consumer._client.force_metadata_update()  # type: ignore[attr-defined]
            consumer.assign([TopicPartition(topic, p) for p in sorted(partitions)])
            await consumer.seek_to_beginning()
            out: list[tuple[bytes | None, bytes]] = []
            async with asyncio.timeout(timeout):
                while len(out) < count:
                    batch = await consumer.getmany(timeout_ms=200)
                    for records in batch.values():
                        out += [(r.key, r.value) for r in records]
            return out
        finally:
            await consumer.stop()

    return read


@pytest.fixture
def make_settings() -> Callable[..., IngestSettings]:
    """IngestSettings from keyword overrides only (the test's environment is not read for them)."""

    def make(**overrides: object) -> IngestSettings:
        return IngestSettings(**overrides)  # type: ignore[arg-type]

    return make


# --- a local HTTP server serving the feed cases -------------------------------------------------


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example Wire</title><link>{base}/</link><description>d</description>
<item><title>Iraqi forces take Hawija</title><link>{base}/news/hawija?utm_source=rss</link>
<pubDate>Thu, 05 Oct 2017 09:30:00 GMT</pubDate><guid>hawija</guid>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>BAGHDAD (Reuters) - Iraqi forces have captured the town of Hawija.</p><p>It was the last stronghold.</p>]]></content:encoded>
</item>
<item><title>Baaj captured</title><link>{base}/news/baaj</link>
<pubDate>Sun, 04 Jun 2017 12:00:00 +0300</pubDate>
<content:encoded><![CDATA[<p>Shia paramilitaries captured Baaj.</p>]]></content:encoded>
</item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><id>urn:x</id><updated>2017-07-10T08:00:00Z</updated>
<entry><title>Mosul declared liberated</title><id>urn:mosul</id><link href="{base}/atom/mosul"/>
<published>2017-07-10T08:00:00Z</published><updated>2017-07-10T09:00:00Z</updated>
<source><title>AFP</title></source>
<content type="html">&lt;p&gt;Iraq declared victory over the militants in Mosul.&lt;/p&gt;</content></entry>
</feed>"""

LATIN1 = """<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0"><channel><title>Le Journal</title><link>{base}/</link><description>d</description>
<item><title>Prise de Tal Afar</title><link>{base}/fr/tal-afar</link><pubDate>Thu, 31 Aug 2017 10:00:00 GMT</pubDate>
<description>Les forces irakiennes ont repris la ville de Tal Afar, a annoncé le Premier ministre. Café, région.</description>
</item></channel></rss>"""

SUMMARY_ONLY = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Summaries</title><link>{base}/</link><description>d</description>
<item><title>Hatra captured</title><link>{base}/page/hatra.html</link><pubDate>Thu, 27 Apr 2017 10:00:00 GMT</pubDate>
<description>Militias captured Hatra. Read more...</description></item>
</channel></rss>"""

PAGE = """<html><head><title>Hatra captured</title></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article><h1>Hatra captured</h1>
{paragraphs}
</article><footer>Copyright 2017 Example. All rights reserved.</footer></body></html>"""

PAGE_PARAGRAPHS = [
    "Iraq's paramilitary Shiite militias captured the northern district of Hatra on Thursday, cutting off desert tracks.",
    "The Popular Mobilisation forces said the operation aimed at cutting off Islamic State's routes between Hawija and Syria.",
    "Hatra, a UNESCO world heritage site, had been held by the militants since 2014, when they swept through the region.",
    "Commanders said engineering teams were clearing explosives left behind in the ancient city and its surroundings.",
]

EMPTY_ENTRY = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Sparse</title><link>{base}/</link><description>d</description>
<item><title>A headline with nothing behind it</title></item>
<item><title>Kirkuk</title><link>{base}/news/kirkuk</link><description>Kurdish forces left Kirkuk.</description></item>
</channel></rss>"""

MALFORMED = b"<?xml version='1.0'?>\n<rss version='2.0'><channel><<< this is not >>> xml & {}"
RECOVERABLE = """<rss version="2.0"><channel><title>Sloppy</title><item><title>Tikrit &bogus; news</title>
<link>{base}/sloppy/1</link><description>Fighting near Tikrit went on overnight, officials said.</description></item>
<<<>></channel>"""


@dataclass
class FeedServer:
    """A loopback HTTP server with one route per feed case; ``hits`` counts requests per path."""

    server: ThreadingHTTPServer
    hits: dict[str, int] = field(default_factory=dict)
    conditional: list[tuple[str, str | None, str | None]] = field(default_factory=list)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    @property
    def page_paragraphs(self) -> list[str]:
        return list(PAGE_PARAGRAPHS)


def _handler(state: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def _send(self, status: int, body: bytes = b"", content_type: str | None = "application/rss+xml",
                  headers: dict[str, str] | None = None, length: bool = True) -> None:
            self.send_response(status)
            if content_type:
                self.send_header("Content-Type", content_type)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            if length:
                self.send_header("Content-Length", str(len(body)))
            else:
                self.send_header("Connection", "close")
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def do_GET(self) -> None:
            path = self.path.split("?")[0]
            state.hits[path] = state.hits.get(path, 0) + 1
            base = state.base
            etag, since = self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")
            if path == "/rss.xml":
                state.conditional.append((path, etag, since))
                if etag == '"v1"':
                    return self._send(304, content_type=None, headers={"ETag": '"v1"'})
                return self._send(200, RSS.format(base=base).encode(), headers={"ETag": '"v1"'})
            if path == "/atom.xml":
                state.conditional.append((path, etag, since))
                modified = "Mon, 10 Jul 2017 09:00:00 GMT"
                if since == modified:
                    return self._send(304, content_type=None)
                return self._send(200, ATOM.format(base=base).encode(), "application/atom+xml",
                                  {"Last-Modified": modified})
            if path == "/moved.xml":
                return self._send(301, content_type=None, headers={"Location": "/atom.xml"})
            if path == "/loop.xml":
                return self._send(302, content_type=None, headers={"Location": "/loop.xml"})
            if path == "/slow.xml":
                time.sleep(2.0)
                return self._send(200, RSS.format(base=base).encode())
            if path == "/hang.xml":
                time.sleep(30.0)
                return self._send(200, RSS.format(base=base).encode())
            if path == "/error.xml":
                return self._send(500, b"Internal Server Error", "text/plain")
            if path == "/malformed.xml":
                return self._send(200, MALFORMED, "application/xml")
            if path == "/recoverable.xml":
                return self._send(200, RECOVERABLE.format(base=base).encode(), "application/xml")
            if path == "/latin1.xml":
                return self._send(200, LATIN1.format(base=base).encode("latin-1"), "application/rss+xml")
            if path == "/huge.xml":
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("Connection", "close")
                self.end_headers()
                chunk = b"<!-- " + b"x" * 65_000 + b" -->\n"
                try:
                    for _ in range(20_000_000 // len(chunk) + 1):
                        self.wfile.write(chunk)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                self.close_connection = True
                return None
            if path == "/image.xml":
                return self._send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png")
            if path == "/empty-entry.xml":
                return self._send(200, EMPTY_ENTRY.format(base=base).encode())
            if path == "/summary.xml":
                return self._send(200, SUMMARY_ONLY.format(base=base).encode())
            if path == "/page/hatra.html":
                paragraphs = "\n".join(f"<p>{p}</p>" for p in PAGE_PARAGRAPHS)
                return self._send(200, PAGE.format(paragraphs=paragraphs).encode(), "text/html; charset=utf-8")
            return self._send(404, b"not found", "text/plain")

    return Handler


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        """A client hanging up mid-answer (the size cap, a timeout) is expected, not an error."""


@pytest.fixture
def feed_server():  # type: ignore[no-untyped-def]
    """The feed cases: RSS 2.0 (ETag/304), Atom (Last-Modified/304), a redirect, a redirect loop, a slow
    answer, a 500, malformed and recoverable XML, Latin-1, a 20 MB body, an image, a summary-only entry
    whose page must be fetched."""
    state = FeedServer(server=None)  # type: ignore[arg-type]
    server = _QuietServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    state.server = server
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="feed-server", daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
