"""The alert service's settings: one class for every role (ledger, notifier, API), built once at start-up."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator

from townwatch_runtime.settings import ServiceSettings

__all__ = ["AlertSettings", "Role"]

Role = Literal["all", "ledger", "notifier", "api"]


class AlertSettings(ServiceSettings):
    """Settings for the alert service (env ``TOWNWATCH_<FIELD>``, e.g. ``TOWNWATCH_REDIS_URL``)."""

    role: Role = "all"
    """Which parts run in this process: ``all`` (ledger agent + notifier agent + API), or one of them."""
    app_id: str = "townwatch-alert"
    """faust app id: the consumer-group prefix. Every process of one deployment uses the same id."""

    redis_url: SecretStr = SecretStr("redis://127.0.0.1:6379/0")
    """Town ledger, alert records, subscriptions, desk tokens, delivery log. May carry a password."""
    subscriptions_file: Path | None = None
    """YAML file of desks and subscriptions, upserted into Redis at start-up (see the README)."""

    @field_validator("subscriptions_file", mode="before")
    @classmethod
    def _not_empty(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            raise ValueError("TOWNWATCH_SUBSCRIPTIONS_FILE is empty: unset it, or name a YAML file")
        return value

    dedup_window_days: int = Field(default=14, ge=1, le=365)
    """Reports of the same change whose event dates lie within this many days are one change."""
    wire_copy_max_distance: int = Field(default=3, ge=0, le=64)
    """Two articles whose 64-bit SimHash fingerprints differ in at most this many bits are copies of one story."""
    future_date_skew_s: int = Field(default=86_400, ge=0, le=7 * 86_400)
    """How far past its article's ``received`` time a report's date may lie; a later one never sets a town's state."""
    history_max_entries: int = Field(default=500, ge=10)
    """History entries kept per town (oldest trimmed)."""
    alert_stream_max_len: int = Field(default=10_000, ge=100)
    """Approximate length cap of the Redis stream ``townwatch:{ledger}:alerts`` (API / SSE feed)."""
    event_record_ttl_s: int = Field(default=90 * 24 * 3600, ge=3600)
    """How long the per-event idempotency record is kept: longer than any replay or redelivery you expect."""
    town_reports_max: int = Field(default=50, ge=0, le=10_000)
    """Reports kept per town so that one arriving out of canonical order re-decides the town from all of them
    (``redecision``); a town with more is decided in arrival order from then on."""

    api_host: str = "127.0.0.1"
    api_port: int = 8000
    stream_recheck_s: float = Field(default=5.0, gt=0, le=60)
    """How often an open ``/alerts/stream`` re-reads the desk's subscriptions and checks its token is still current
    (a rotated token ends the stream with ``event: revoked``)."""
    api_docs: bool = False
    """Serve Swagger UI (``/docs``) and ReDoc (``/redoc``): they load scripts from a public CDN, so off by default."""
    public_base_url: str = "http://127.0.0.1:8000"
    """Base URL of the newsroom page, used for links in notifications."""
    allow_private_urls: bool = False
    """Allow webhook / Slack / Apprise URLs on loopback, private or link-local addresses (tests, local demos)."""
    apprise_allowed_schemes: list[Annotated[str, Field(pattern=r"^[a-z][a-z0-9]{1,31}$")]] = Field(default_factory=list)
    """Apprise schemes whose target the SSRF guard cannot check, allowed anyway by name (JSON list, e.g. ``["mqtt"]``).
    Schemes the guard checks (json, ntfy, gotify, mmost, mailto, tgram, discord, slack, ...) need no entry."""

    notify_max_attempts: int = Field(default=12, ge=1)
    """Attempts per notification before it is dead-lettered. With the back-off below, 12 attempts span at
    least ~9 minutes of a receiver being down (and up to ~18), so an outage of a few minutes loses nothing."""
    notify_backoff_base_s: float = Field(default=1.0, gt=0)
    notify_backoff_max_s: float = Field(default=300.0, gt=0)
    notify_timeout_s: float = Field(default=10.0, gt=0)
    notify_lease_s: float = Field(default=60.0, gt=0)
    """How long a pending delivery record is leased before another worker may retry it (crash recovery)."""

    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_from: str = "townwatch@localhost"
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_starttls: bool = False

    def redis_url_value(self) -> str:
        """The Redis URL in clear (to connect; never log it)."""
        return self.redis_url.get_secret_value()
