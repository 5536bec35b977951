"""The article: one news report as it enters the pipeline on ``articles.v1``."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from townwatch_schemas.base import WireModel

__all__ = ["ARTICLE_MAX_BYTES", "Article"]

ARTICLE_MAX_BYTES = 2_000_000
"""The largest article text, in UTF-8 bytes, any stage accepts: ingest refuses more, and the extractor accepts
every article ingest accepts (its character limit is this, and a character is at least one byte)."""


class Article(WireModel):
    """A news report, as published by ingest."""

    id: str = Field(min_length=1, max_length=128, description="Stable id: hash of the canonical URL, or of the normalised text when there is no URL.")
    source: str | None = Field(default=None, max_length=200, description="The outlet, canonical display name (e.g. 'Reuters', 'TRT World').")
    url: str | None = Field(default=None, max_length=4096)
    title: str | None = Field(default=None, max_length=2000)
    text: str = Field(description="Plain text body (no HTML).")
    published: dt.date | None = Field(default=None, description="Publication date; None when unknown (never guessed).")
    published_at: dt.datetime | None = Field(default=None, description="Publication time when the source gives one.")
    received: dt.datetime = Field(description="When ingest received it (UTC); start of the end-to-end latency clock.")
    date_note: str | None = Field(default=None, max_length=500, description="Why a date the source gave was dropped "
                                  "(a published date later than received plus the allowed skew).")
    credits: list[str] = Field(default_factory=list, description="Agencies credited in the text ('Reuters', 'AFP'...), canonical names.")
    language: str | None = Field(default=None, max_length=16)
    revision: int = Field(default=1, ge=1, description="1 for the first text seen at this id; n+1 when the outlet changed the text (same canonical URL).")
