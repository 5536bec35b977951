"""A fetched RSS/Atom document, parsed with feedparser into entries ingest can turn into article drafts."""

from __future__ import annotations

import calendar
import datetime as dt
import io
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import feedparser

from townwatch_ingest.page_text import fragment_text

__all__ = ["FeedDocument", "FeedEntry", "MalformedFeed", "parse_feed"]


class MalformedFeed(ValueError):
    """The body is not a feed feedparser can read any entry from."""


@dataclass(frozen=True)
class FeedEntry:
    url: str | None
    title: str | None
    content: str | None  # full text from <content:encoded> / <content>, tags stripped
    summary: str | None  # from <description> / <summary>, tags stripped
    published_at: dt.datetime | None
    source: str | None  # the entry's own <source> title, when it names one
    raw: str  # the entry as JSON, for a dead letter

    @property
    def summary_only(self) -> bool:
        return not self.content


@dataclass(frozen=True)
class FeedDocument:
    title: str | None
    entries: list[FeedEntry]
    warning: str | None  # what feedparser complained about, when it still found entries


def _moment(entry: Mapping[str, Any]) -> dt.datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                return dt.datetime.fromtimestamp(calendar.timegm(parsed), dt.UTC)
            except (OverflowError, ValueError, TypeError):
                continue
    return None


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = fragment_text(value)
    return text or None


def _entry(entry: Mapping[str, Any]) -> FeedEntry:
    contents = [c.get("value", "") for c in entry.get("content", []) or [] if isinstance(c, Mapping)]
    content = _clean("\n\n".join(contents)) if contents else None
    summary = _clean(entry.get("summary"))
    source = entry.get("source")
    source_title = _clean(source.get("title")) if isinstance(source, Mapping) else None
    link = entry.get("link")
    return FeedEntry(
        url=link.strip() if isinstance(link, str) and link.strip() else None,
        title=_clean(entry.get("title")),
        content=content,
        summary=summary,
        published_at=_moment(entry),
        source=source_title,
        raw=json.dumps(entry, default=str, ensure_ascii=False)[:100_000],
    )


def parse_feed(body: bytes, headers: Mapping[str, str], url: str) -> FeedDocument:
    """Parse a feed body (bytes: feedparser honours the XML declaration and the HTTP charset).
    Raises ``MalformedFeed`` when the body is broken and yields no entries."""
    response_headers = {k.lower(): v for k, v in headers.items() if k.lower() in ("content-type", "content-language")}
    response_headers["content-location"] = url
    # A file object, never bytes or str: feedparser would treat those as a path or URL to open itself.
    parsed = feedparser.parse(io.BytesIO(body), response_headers=response_headers, resolve_relative_uris=True,
                              sanitize_html=True)
    problem = parsed.get("bozo_exception")
    if parsed.get("bozo") and not parsed.entries:
        raise MalformedFeed(f"not a readable feed: {type(problem).__name__}: {problem}")
    if not parsed.get("version") and not parsed.entries:
        raise MalformedFeed("not an RSS or Atom feed")
    title = _clean(parsed.feed.get("title")) if parsed.get("feed") else None
    warning = f"{type(problem).__name__}: {problem}" if parsed.get("bozo") else None
    return FeedDocument(title=title, entries=[_entry(e) for e in parsed.entries], warning=warning)
