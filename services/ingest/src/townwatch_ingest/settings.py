"""The ingest service's settings: one class, built once at start-up and passed down."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr

from townwatch_runtime.settings import ServiceSettings
from townwatch_schemas import ARTICLE_MAX_BYTES

__all__ = ["IngestSettings"]


class IngestSettings(ServiceSettings):
    """Settings for ingest (env ``TOWNWATCH_<FIELD>``, e.g. ``TOWNWATCH_PUSH_TOKENS``)."""

    http_host: str = "127.0.0.1"
    http_port: int = 8010
    push_tokens: SecretStr | None = None
    """Bearer token(s) for ``POST /articles``; several comma-separated for rotation. None: push refuses all."""

    max_article_bytes: int = Field(default=ARTICLE_MAX_BYTES, ge=1, le=ARTICLE_MAX_BYTES)
    """Largest article (pushed item, replayed file or line, fetched page, article text), in bytes."""
    max_feed_bytes: int = 8_000_000
    """Largest feed document fetched; a bigger body is abandoned mid-download."""
    max_push_body_bytes: int = 32_000_000
    """Largest NDJSON bulk body (each line is still capped at ``max_article_bytes``)."""
    max_push_lines: int = Field(default=10_000, ge=1, le=1_000_000)
    """Most NDJSON lines in one push request; more is a 413 (``too_many_lines``) and nothing is published."""
    future_date_skew_s: int = Field(default=86_400, ge=0, le=7 * 86_400)
    """How far past its arrival an article's published date may lie; a later one is dropped (``Article.date_note``)."""

    feeds_file: Path | None = None
    """YAML list of feeds (see the README); absent or empty: no polling."""
    feed_default_interval_s: float = 300.0
    feed_max_backoff_s: float = 3600.0
    fetch_pages: bool = True
    """Fetch the article page (trafilatura) when a feed entry has only a summary."""
    allow_private_urls: bool = False
    """Allow feed and page URLs on loopback / private / link-local addresses (tests, local demos)."""
    user_agent: str = "townwatch-ingest/0.1 (+https://github.com/townwatch)"
    http_connect_timeout_s: float = 5.0
    http_read_timeout_s: float = 15.0
    http_total_timeout_s: float = 60.0
    """Whole fetch (redirects included): a server dripping bytes slowly is cut off here."""
    http_max_redirects: int = 5

    redis_url: str | None = None
    """Where the seen-article record lives (shared by every ingest process). None: in-process LRU."""
    seen_ttl_s: int = 30 * 24 * 3600
    seen_lease_s: int = Field(default=30, ge=1, le=3600)
    """How long a claim waits for its publish to be confirmed: an article whose publisher was killed between the two
    is taken again after this (the push API answers 503 with this Retry-After meanwhile)."""
    seen_memory_size: int = 100_000

    def push_token_values(self) -> list[str]:
        """The configured push tokens, in clear (for comparison only)."""
        if self.push_tokens is None:
            return []
        return [t.strip() for t in self.push_tokens.get_secret_value().split(",") if t.strip()]
