"""The article draft: what a source hands in, before ingest gives it an id, attribution and receive time."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from townwatch_ingest.identity import article_id, canonical_url
from townwatch_ingest.outlets import OutletCatalogue, default_catalogue
from townwatch_ingest.rejection import Rejection
from townwatch_schemas import Article

__all__ = ["ArticleDraft", "build_article", "parse_draft"]


class ArticleDraft(BaseModel):
    """An incoming article (push body item, replayed JSON line, feed entry). ``id`` and ``received``,
    if present, are ignored: ingest always derives the id and stamps the receive time itself."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    text: str = Field(min_length=1)
    url: str | None = Field(default=None, max_length=4096)
    title: str | None = Field(default=None, max_length=2000)
    source: str | None = Field(default=None, max_length=200)
    published: dt.date | None = None
    published_at: dt.datetime | None = None
    credits: list[str] = Field(default_factory=list, max_length=50)
    language: str | None = Field(default=None, max_length=16)

    @field_validator("text")
    @classmethod
    def _has_text(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is blank")
        return value

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and canonical_url(value) is None:
            raise ValueError("url must be an absolute http(s) URL")
        return value

    @field_validator("published_at")
    @classmethod
    def _utc(cls, value: dt.datetime | None) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def _first_error(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors()[:3]:
        loc = ".".join(str(p) for p in err["loc"]) or "body"
        parts.append(f"{loc}: {err['msg']}")
    return "; ".join(parts)


def parse_draft(raw: bytes | str, max_bytes: int) -> ArticleDraft:
    """Parse one JSON article; raise ``Rejection`` (too_large, malformed, schema) with the reason."""
    size = len(raw.encode("utf-8") if isinstance(raw, str) else raw)
    if size > max_bytes:
        raise Rejection("too_large", f"article is {size} bytes; the limit is {max_bytes}", 413)
    try:
        return ArticleDraft.model_validate_json(raw)
    except ValidationError as exc:
        invalid = [e for e in exc.errors() if e["type"] in ("json_invalid", "json_type")]
        if invalid:
            detail = str(invalid[0]["msg"]).removeprefix("Invalid JSON: ")
            raise Rejection("malformed", f"not valid JSON: {detail}", 400) from None
        if any(e["type"] == "model_type" for e in exc.errors()):
            raise Rejection("schema", "expected one JSON object per article", 422) from None
        raise Rejection("schema", _first_error(exc), 422) from None


FUTURE_SKEW = dt.timedelta(days=1)
"""How far past its arrival an article's published date may lie (time zones ahead of UTC, a dateline)."""


def build_article(
    draft: ArticleDraft,
    *,
    received: dt.datetime,
    max_bytes: int,
    catalogue: OutletCatalogue | None = None,
    future_skew: dt.timedelta = FUTURE_SKEW,
) -> Article:
    """The Article for ``draft``: id from canonical URL or text, outlet and credits recognised from the
    text when the draft does not name them, ``published`` from ``published_at`` when only that is known."""
    catalogue = catalogue or default_catalogue()
    text = draft.text.strip()
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        raise Rejection("too_large", f"article text is {size} bytes; the limit is {max_bytes}", 413)
    attribution = catalogue.recognise(text)
    credits = [c for c in (catalogue.canonical(c) for c in draft.credits) if c]
    published = draft.published or (draft.published_at.date() if draft.published_at else None)
    published_at, date_note = draft.published_at, None
    limit = received + future_skew
    shown: dt.date | None = published_at or published  # None only when neither date is known
    if shown is not None and (
        (published_at is not None and published_at > limit) or (published is not None and published > limit.date())
    ):
        # A misdated report (9999-12-31, a wrong year): the date is dropped, so nothing downstream dates from it.
        date_note = f"published {shown.isoformat()} is later than received + {future_skew}: dropped"
        published = published_at = None
    try:
        return Article(
            id=article_id(draft.url, text),
            source=catalogue.canonical(draft.source) or _url_outlet(catalogue, draft.url) or attribution.source,
            url=canonical_url(draft.url) if draft.url else None,
            title=draft.title.strip() if draft.title and draft.title.strip() else None,
            text=text,
            published=published,
            published_at=published_at,
            received=received,
            date_note=date_note,
            credits=list(dict.fromkeys([*credits, *attribution.credits])),
            language=draft.language,
        )
    except ValidationError as exc:
        raise Rejection("schema", _first_error(exc), 422) from None


def _url_outlet(catalogue: OutletCatalogue, url: str | None) -> str | None:
    """The publisher named by the URL's registered domain, when the catalogue knows it (a dateline only credits)."""
    outlet = catalogue.for_url(url)
    return outlet.name if outlet else None
