"""An article's revision as the extractor read it, on ``article-revisions.v1``: the events it still reports."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from townwatch_schemas.base import WireModel

__all__ = ["ArticleRevision"]


class ArticleRevision(WireModel):
    """Revision n (> 1) of an article: the alert service withdraws the events of earlier revisions missing from ``event_ids``."""

    article_id: str = Field(min_length=1, max_length=128)
    revision: int = Field(ge=2)
    event_ids: list[str] = Field(default_factory=list, description="Every event (change or denial) the extractor finds in this revision.")
    place_keys: list[str] = Field(default_factory=list, description="Place keys of those events: a place still reported keeps its source.")
    corrections: list[str] = Field(default_factory=list, description="Correction lines of this revision ('An earlier version of this story said ...').")
    source: str | None = None
    url: str | None = None
    received: dt.datetime | None = None
    extractor_version: str
