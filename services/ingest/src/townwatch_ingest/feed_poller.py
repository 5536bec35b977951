"""The feed poller: each feed on its own schedule, conditional GET, per-feed back-off, entries into the intake."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

from townwatch_ingest.draft import ArticleDraft
from townwatch_ingest.feed_config import FeedSpec
from townwatch_ingest.feed_document import FeedEntry, MalformedFeed, parse_feed
from townwatch_ingest.fetch import Fetcher, FetchError
from townwatch_ingest.identity import canonical_url
from townwatch_ingest.intake import Intake
from townwatch_ingest.page_text import main_text
from townwatch_ingest.rejection import Rejection
from townwatch_ingest.settings import IngestSettings

__all__ = ["FeedPoller", "FeedState", "PollReport", "backoff_delay"]

log = logging.getLogger(__name__)

FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5"
_REJECTING_FETCH_ERRORS = frozenset({"unsafe_url", "too_large", "content_type"})


def backoff_delay(interval: float, failures: int, cap: float) -> float:
    """Seconds until the next poll: the interval when healthy, doubling with each consecutive failure, capped."""
    if failures <= 0:
        return interval
    return min(cap, interval * 2 ** min(failures, 32))


@dataclass
class FeedState:
    spec: FeedSpec
    interval: float
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    last_error: str | None = None

    def delay(self, cap: float) -> float:
        return backoff_delay(self.interval, self.failures, cap)


@dataclass
class PollReport:
    result: str  # ok, not_modified, error
    published: int = 0
    duplicates: int = 0
    rejected: int = 0
    error: str | None = None
    outcomes: list[str] = field(default_factory=list)


class FeedPoller:
    """Polls feeds into an intake. ``poll`` never raises for anything a feed or page can do."""

    def __init__(self, settings: IngestSettings, intake: Intake, fetcher: Fetcher, specs: list[FeedSpec]) -> None:
        self.settings, self.intake, self.fetcher = settings, intake, fetcher
        self.states = [FeedState(s, s.interval or settings.feed_default_interval_s) for s in specs]

    def _update_backoff_gauge(self) -> None:
        cap = self.settings.feed_max_backoff_s
        self.intake.metrics.backoff(max((s.delay(cap) for s in self.states if s.failures), default=0.0))

    def _failed(self, state: FeedState, report: PollReport, message: str) -> PollReport:
        state.failures += 1
        state.last_error = message
        report.result, report.error = "error", message
        log.warning("feed %s: %s (failure %d, next poll in %.0fs)", state.spec.url, message, state.failures,
                    state.delay(self.settings.feed_max_backoff_s))
        return report

    async def poll(self, state: FeedState) -> PollReport:
        """Poll one feed once, publish its new entries, and update its conditional-GET and back-off state."""
        report = PollReport("ok")
        try:
            report = await self._poll(state, report)
        except Exception as exc:  # a bug or an unforeseen library error must not stop the poller
            log.exception("feed %s: unexpected error", state.spec.url)
            report = self._failed(state, report, f"unexpected {type(exc).__name__}: {exc}")
        self.intake.metrics.poll(report.result)
        self._update_backoff_gauge()
        return report

    async def _poll(self, state: FeedState, report: PollReport) -> PollReport:
        url = state.spec.url
        try:
            fetched = await self.fetcher.get(url, max_bytes=self.settings.max_feed_bytes, accept=FEED_ACCEPT,
                                             etag=state.etag, last_modified=state.last_modified)
        except FetchError as exc:
            if exc.reason in _REJECTING_FETCH_ERRORS:
                self.intake.metrics.rejected(exc.reason)
            return self._failed(state, report, exc.message)
        if fetched.status == 304:
            state.failures, state.last_error = 0, None
            report.result = "not_modified"
            return report
        try:
            document = await asyncio.to_thread(parse_feed, fetched.body, fetched.headers, fetched.url)
        except MalformedFeed as exc:
            self.intake.metrics.rejected("malformed")
            return self._failed(state, report, f"{url}: {exc}")
        if document.warning:
            log.info("feed %s: read despite %s", url, document.warning)
        for entry in document.entries:
            outcome = await self._entry(state.spec, document.title, entry)
            report.outcomes.append(outcome)
            if outcome == "published":
                report.published += 1
            elif outcome == "duplicate":
                report.duplicates += 1
            elif outcome != "in_progress":
                report.rejected += 1
        # Only now: were the broker down mid-feed, or an entry being published by another ingest (it may die before
        # the publish), the next poll must get the whole feed again, not a 304.
        if "in_progress" not in report.outcomes:
            state.etag, state.last_modified = fetched.etag, fetched.last_modified
        state.failures, state.last_error = 0, None
        return report

    async def _entry(self, spec: FeedSpec, feed_title: str | None, entry: FeedEntry) -> str:
        # An entry that carries its text is always compared (an updated text is a new revision); one whose page
        # would have to be fetched again is skipped once seen.
        if entry.url and not entry.content and await self.intake.already_seen(entry.url, "feed"):
            return "duplicate"  # before fetching its page again
        text = entry.content
        fetch_pages = self.settings.fetch_pages if spec.fetch_pages is None else spec.fetch_pages
        if not text and entry.url and fetch_pages:
            text = await self._page_text(entry.url)
        text = text or entry.summary
        if not text:
            rejection = Rejection("schema", "feed entry has no content, no summary and no readable page", 422)
            self.intake.count_rejection(rejection)
            await self.intake.dead_letter(entry.raw, rejection, key=entry.url or spec.url)
            return "rejected:schema"
        source = spec.source or entry.source or self.intake.catalogue.recognise(text).source or feed_title
        try:
            url = entry.url if entry.url and canonical_url(entry.url) else None  # e.g. a "urn:" link: id from text
            draft = ArticleDraft(text=text, url=url, title=entry.title, source=source,
                                 published_at=entry.published_at,
                                 published=entry.published_at.date() if entry.published_at else None)
        except ValueError as exc:
            rejection = Rejection("schema", f"feed entry: {exc}", 422)
            self.intake.count_rejection(rejection)
            await self.intake.dead_letter(entry.raw, rejection, key=entry.url or spec.url)
            return "rejected:schema"
        try:
            admission = await self.intake.admit(draft, "feed")
        except Rejection as rejection:
            await self.intake.dead_letter(entry.raw, rejection, key=entry.url or spec.url)
            return f"rejected:{rejection.reason}"
        return admission.outcome.value  # in_progress: another ingest is publishing it; the next poll sees it again

    async def _page_text(self, url: str) -> str | None:
        """The main text of the entry's page, or None (the entry's summary is used instead)."""
        try:
            page = await self.fetcher.get(url, max_bytes=self.settings.max_article_bytes, accept=PAGE_ACCEPT)
        except FetchError as exc:
            if exc.reason in _REJECTING_FETCH_ERRORS:
                self.intake.metrics.rejected(exc.reason)
            log.warning("page %s not fetched (%s); using the entry's summary", url, exc.message)
            return None
        charset = _charset(page.headers.get("content-type"))
        html = page.body.decode(charset, errors="replace") if charset else page.body
        return await asyncio.to_thread(main_text, html, page.url)

    async def run(self, stop: asyncio.Event) -> None:
        """Poll every feed on its schedule until ``stop`` is set."""
        if not self.states:
            await stop.wait()
            return
        async with asyncio.TaskGroup() as group:
            for state in self.states:
                group.create_task(self._loop(state, stop))

    async def _loop(self, state: FeedState, stop: asyncio.Event) -> None:
        while not stop.is_set():
            report = await self.poll(state)
            log.debug("feed %s: %s, %d published", state.spec.url, report.result, report.published)
            try:
                await asyncio.wait_for(stop.wait(), timeout=state.delay(self.settings.feed_max_backoff_s))
            except TimeoutError:
                pass


def _charset(content_type: str | None) -> str | None:
    """The charset the Content-Type header names, if it is one Python knows (else let trafilatura detect)."""
    if content_type and "charset=" in content_type.lower():
        charset = content_type.lower().split("charset=", 1)[1].split(";")[0].strip(" \"'")
        try:
            "".encode(charset)
            return charset
        except LookupError:
            pass
    return None
