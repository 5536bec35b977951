"""The feed poller against a local HTTP server: every feed case ends as specified, and none stops the poller."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import httpx
import pytest

from townwatch_ingest.feed_config import FeedSpec
from townwatch_ingest.feed_poller import FeedPoller, backoff_delay
from townwatch_ingest.fetch import Fetcher, FetchError
from townwatch_ingest.intake import Intake
from townwatch_ingest.metrics import IngestMetrics
from townwatch_ingest.seen import MemorySeenStore
from townwatch_ingest.settings import IngestSettings
from townwatch_runtime.metrics import REGISTRY
from townwatch_schemas import ARTICLES, DeadLetter, dead_letter_topic


def _value(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def _settings(**overrides: Any) -> IngestSettings:
    # Loopback answers in milliseconds, but a loaded CI machine once took over 0.5 s to accept a connection
    # (ConnectTimeout in test_latin1_feed_is_decoded, session 9): generous timeouts, and a short read timeout only
    # where a test wants one to fire (the slow feed).
    base: dict[str, Any] = {"allow_private_urls": True, "http_read_timeout_s": 10.0, "http_connect_timeout_s": 10.0,
                            "http_total_timeout_s": 30.0, "feed_default_interval_s": 60.0, "feed_max_backoff_s": 600.0}
    return IngestSettings(**{**base, **overrides})


def _poller(publisher: Any, server: Any, *paths: str, **overrides: Any) -> FeedPoller:
    settings = _settings(**overrides)
    intake = Intake(publisher, MemorySeenStore(), IngestMetrics(), max_article_bytes=settings.max_article_bytes)
    specs = [FeedSpec(url=server.url(p)) for p in paths]
    return FeedPoller(settings, intake, Fetcher(settings), specs)


async def test_rss_then_304_with_etag(publisher: Any, feed_server: Any) -> None:
    poller = _poller(publisher, feed_server, "/rss.xml")
    (state,) = poller.states
    not_modified = _value("townwatch_ingest_feed_polls_total", result="not_modified")
    first = await poller.poll(state)
    second = await poller.poll(state)
    assert (first.result, first.published) == ("ok", 2)
    assert (second.result, second.published) == ("not_modified", 0)
    assert feed_server.conditional == [("/rss.xml", None, None), ("/rss.xml", '"v1"', None)]
    assert _value("townwatch_ingest_feed_polls_total", result="not_modified") == not_modified + 1
    hawija, baaj = publisher.articles()
    assert hawija.url == feed_server.url("/news/hawija")  # tracking parameter stripped
    assert hawija.published_at == dt.datetime(2017, 10, 5, 9, 30, tzinfo=dt.UTC)
    assert hawija.published == dt.date(2017, 10, 5) and hawija.title == "Iraqi forces take Hawija"
    assert hawija.text == "BAGHDAD (Reuters) - Iraqi forces have captured the town of Hawija.\n\nIt was the last stronghold."
    assert (hawija.source, hawija.credits) == ("Reuters", ["Reuters"])  # recognised from the dateline
    assert baaj.published_at == dt.datetime(2017, 6, 4, 9, 0, tzinfo=dt.UTC)
    assert baaj.source == "Example Wire"  # nothing better than the feed's title
    await poller.fetcher.aclose()


async def test_atom_then_304_with_last_modified_and_redirect(publisher: Any, feed_server: Any) -> None:
    poller = _poller(publisher, feed_server, "/moved.xml")
    (state,) = poller.states
    first = await poller.poll(state)
    second = await poller.poll(state)
    assert (first.result, first.published, second.result) == ("ok", 1, "not_modified")
    assert feed_server.conditional[-1] == ("/atom.xml", None, "Mon, 10 Jul 2017 09:00:00 GMT")
    assert feed_server.hits["/moved.xml"] == 2
    (article,) = publisher.articles()
    assert article.published_at == dt.datetime(2017, 7, 10, 8, 0, tzinfo=dt.UTC)  # <published>, not <updated>
    assert article.source == "AFP"  # the entry's own <source>
    assert article.text == "Iraq declared victory over the militants in Mosul."
    await poller.fetcher.aclose()


async def test_repolled_entries_are_duplicates_not_republished(publisher: Any, feed_server: Any) -> None:
    poller = _poller(publisher, feed_server, "/rss.xml", "/summary.xml")
    rss, summary = poller.states
    before = _value("townwatch_ingest_duplicates_total", source_kind="feed")
    await poller.poll(rss)
    rss.etag = None  # the server would answer 304; force a full re-poll
    again = await poller.poll(rss)
    await poller.poll(summary)
    summary_again = await poller.poll(summary)
    assert (again.published, again.duplicates) == (0, 2)
    assert (summary_again.published, summary_again.duplicates) == (0, 1)
    assert feed_server.hits["/page/hatra.html"] == 1  # a seen entry's page is not fetched again
    assert len(publisher.articles()) == 3
    assert _value("townwatch_ingest_duplicates_total", source_kind="feed") == before + 3
    await poller.fetcher.aclose()


async def test_summary_only_entry_gets_its_page_text(publisher: Any, feed_server: Any) -> None:
    poller = _poller(publisher, feed_server, "/summary.xml")
    report = await poller.poll(poller.states[0])
    assert report.published == 1
    (article,) = publisher.articles()
    assert "Read more" not in article.text
    for paragraph in feed_server.page_paragraphs[:3]:
        assert paragraph in article.text
    assert "All rights reserved" not in article.text and "Sport" not in article.text
    assert article.published == dt.date(2017, 4, 27)
    await poller.fetcher.aclose()


async def test_summary_is_kept_when_page_fetching_is_off(publisher: Any, feed_server: Any) -> None:
    poller = _poller(publisher, feed_server, "/summary.xml", fetch_pages=False)
    await poller.poll(poller.states[0])
    (article,) = publisher.articles()
    assert article.text == "Militias captured Hatra. Read more..."
    assert "/page/hatra.html" not in feed_server.hits
    await poller.fetcher.aclose()


async def test_latin1_feed_is_decoded(publisher: Any, feed_server: Any) -> None:
    poller = _poller(publisher, feed_server, "/latin1.xml", fetch_pages=False)
    report = await poller.poll(poller.states[0])
    assert report.published == 1
    (article,) = publisher.articles()
    assert "a annoncé le Premier ministre. Café, région." in article.text
    assert article.source == "Le Journal"
    await poller.fetcher.aclose()


@pytest.mark.parametrize(
    ("path", "reason", "message"),
    [
        ("/error.xml", None, "HTTP 500"),
        ("/slow.xml", None, "Timeout"),
        ("/loop.xml", None, "redirects"),
        ("/malformed.xml", "malformed", "not a readable feed"),
        ("/huge.xml", "too_large", "limit of 8000000 bytes"),
        ("/image.xml", "content_type", "image/png"),
        ("/missing.xml", None, "HTTP 404"),
    ],
)
async def test_failing_feeds_back_off_and_count(publisher: Any, feed_server: Any, path: str, reason: str | None,
                                                message: str) -> None:
    # the slow feed answers after 2 s: a read timeout of 0.5 s must fire
    poller = _poller(publisher, feed_server, path, **({"http_read_timeout_s": 0.5} if path == "/slow.xml" else {}))
    (state,) = poller.states
    errors = _value("townwatch_ingest_feed_polls_total", result="error")
    rejected = _value("townwatch_ingest_rejected_total", reason=reason) if reason else 0.0
    first = await poller.poll(state)
    assert first.result == "error" and message in (first.error or "")
    assert state.failures == 1 and state.delay(600.0) == 120.0
    assert _value("townwatch_ingest_feed_backoff_seconds") == 120.0
    second = await poller.poll(state)
    assert second.result == "error" and state.delay(600.0) == 240.0
    assert _value("townwatch_ingest_feed_polls_total", result="error") == errors + 2
    if reason:
        assert _value("townwatch_ingest_rejected_total", reason=reason) == rejected + 2
    assert publisher.messages == []
    await poller.fetcher.aclose()


async def test_recoverable_broken_feed_still_yields_its_entries(publisher: Any, feed_server: Any) -> None:
    poller = _poller(publisher, feed_server, "/recoverable.xml", fetch_pages=False)
    report = await poller.poll(poller.states[0])
    assert (report.result, report.published) == ("ok", 1)
    assert publisher.articles()[0].text == "Fighting near Tikrit went on overnight, officials said."
    await poller.fetcher.aclose()


async def test_an_entry_that_cannot_be_an_article_is_dead_lettered(publisher: Any, feed_server: Any) -> None:
    poller = _poller(publisher, feed_server, "/empty-entry.xml")
    report = await poller.poll(poller.states[0])
    assert (report.result, report.published, report.rejected) == ("ok", 1, 1)
    assert report.outcomes == ["rejected:schema", "published"]
    ((topic, _, value),) = [m for m in publisher.messages if m[0] != ARTICLES.name]
    letter = DeadLetter.from_json_bytes(value)
    assert topic == dead_letter_topic("ingest") and letter.reason == "schema"
    assert "A headline with nothing behind it" in letter.payload and "no content" in letter.error
    await poller.fetcher.aclose()


async def test_a_broker_failure_mid_feed_loses_nothing(publisher: Any, feed_server: Any) -> None:
    poller = _poller(publisher, feed_server, "/rss.xml")
    (state,) = poller.states
    publisher.fail = True
    failed = await poller.poll(state)
    publisher.fail = False
    retried = await poller.poll(state)
    assert failed.result == "error" and "broker unavailable" in (failed.error or "")
    assert state.failures == 0 and (retried.result, retried.published) == ("ok", 2)
    assert feed_server.conditional[1] == ("/rss.xml", None, None)  # no ETag kept from the failed poll
    assert len(publisher.articles()) == 2
    await poller.fetcher.aclose()


async def test_recovery_resets_the_backoff(publisher: Any, feed_server: Any) -> None:
    poller = _poller(publisher, feed_server, "/error.xml")
    (state,) = poller.states
    await poller.poll(state)
    assert state.failures == 1
    state.spec = FeedSpec(url=feed_server.url("/rss.xml"))  # the feed comes back
    report = await poller.poll(state)
    assert report.result == "ok" and state.failures == 0 and state.delay(600.0) == 60.0
    assert _value("townwatch_ingest_feed_backoff_seconds") == 0.0
    await poller.fetcher.aclose()


async def test_private_addresses_are_refused_by_default(publisher: Any, feed_server: Any) -> None:
    poller = _poller(publisher, feed_server, "/rss.xml", allow_private_urls=False)
    before = _value("townwatch_ingest_rejected_total", reason="unsafe_url")
    report = await poller.poll(poller.states[0])
    assert report.result == "error" and "internal address 127.0.0.1" in (report.error or "")
    assert feed_server.hits == {}  # never contacted
    assert _value("townwatch_ingest_rejected_total", reason="unsafe_url") == before + 1
    await poller.fetcher.aclose()


async def test_redirect_targets_are_checked_too() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})

    settings = IngestSettings(allow_private_urls=False)
    fetcher = Fetcher(settings, httpx.AsyncClient(transport=httpx.MockTransport(handler)))
    with pytest.raises(FetchError) as exc:
        await fetcher.get("http://93.184.216.34/feed.xml", max_bytes=1000)
    assert exc.value.reason == "unsafe_url" and "169.254.169.254" in exc.value.message
    assert seen == ["http://93.184.216.34/feed.xml"]  # the internal target was never requested
    await fetcher.aclose()


async def test_run_polls_every_feed_and_survives_all_cases(publisher: Any, feed_server: Any) -> None:
    paths = ["/rss.xml", "/atom.xml", "/error.xml", "/malformed.xml", "/huge.xml", "/latin1.xml", "/image.xml",
             "/summary.xml", "/loop.xml", "/slow.xml"]
    poller = _poller(publisher, feed_server, *paths, feed_default_interval_s=0.2, feed_max_backoff_s=0.8)
    stop = asyncio.Event()
    task = asyncio.create_task(poller.run(stop))

    def polled_enough() -> bool:  # every feed tried, and the good feed polled more often than the failing one
        hits = feed_server.hits
        return all(hits.get(p, 0) >= 1 for p in paths) and hits.get("/rss.xml", 0) > hits.get("/error.xml", 0) + 1
    async with asyncio.timeout(60):
        while not polled_enough():
            assert not task.done(), task
            await asyncio.sleep(0.1)
    stop.set()
    await asyncio.wait_for(task, timeout=10)
    assert task.exception() is None
    assert all(feed_server.hits.get(p, 0) >= 1 for p in paths)
    assert feed_server.hits["/rss.xml"] > feed_server.hits["/error.xml"]  # the failing feed backed off
    assert len(publisher.articles()) == 5  # rss 2, atom 1, latin-1 1, summary 1 — each once
    await poller.fetcher.aclose()


def test_backoff_doubles_and_is_capped() -> None:
    assert [backoff_delay(60, n, 600) for n in range(6)] == [60, 120, 240, 480, 600, 600]
    assert backoff_delay(60, 10_000, 600) == 600


class _ClaimedElsewhere(MemorySeenStore):
    """A seen record in which another ingest holds an unconfirmed claim on every article until ``release_all``."""

    def __init__(self) -> None:
        super().__init__()
        self.held = True

    async def claim_text(self, article_id: str, digest: str) -> tuple[int, Any]:
        return (1, "busy") if self.held else await super().claim_text(article_id, digest)


async def test_entries_another_ingest_is_publishing_are_polled_again_in_full(publisher: Any, feed_server: Any) -> None:
    settings = _settings()
    seen = _ClaimedElsewhere()
    intake = Intake(publisher, seen, IngestMetrics(), max_article_bytes=settings.max_article_bytes)
    poller = FeedPoller(settings, intake, Fetcher(settings), [FeedSpec(url=feed_server.url("/rss.xml"))])
    (state,) = poller.states
    busy = await poller.poll(state)
    assert (busy.result, busy.published, busy.duplicates, busy.rejected) == ("ok", 0, 0, 0)
    assert busy.outcomes == ["in_progress", "in_progress"] and state.etag is None  # no 304 next time
    seen.held = False  # that ingest was killed before publishing: its claims' leases ran out
    taken = await poller.poll(state)
    assert feed_server.conditional[-1] == ("/rss.xml", None, None) and (taken.result, taken.published) == ("ok", 2)
    await poller.fetcher.aclose()
