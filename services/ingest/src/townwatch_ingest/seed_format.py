"""The seed file format: plain text, optionally opening with `` date YYYY-MM-DD`` (the publication date)."""

from __future__ import annotations

import datetime as dt
import re

from townwatch_ingest.draft import ArticleDraft

__all__ = ["parse_seed"]

# " date 2017-10-05 The capture of Hawija..." : the marker may be followed by the text on the same line.
_DATE_MARKER = re.compile(r"\A\ufeff?[ \t]*date[ \t]+(?P<date>\d{4}-\d{2}-\d{2})(?:[ \t]+|[ \t]*\r?\n|\Z)")


def parse_seed(text: str) -> ArticleDraft:
    """The draft for one seed file. Without a date marker the publication date stays None (never guessed).
    Raises ``ValueError`` for a marker with an impossible date, or for an empty body."""
    published = None
    match = _DATE_MARKER.match(text)
    if match:
        try:
            published = dt.date.fromisoformat(match["date"])
        except ValueError:
            raise ValueError(f"seed date marker {match['date']!r} is not a real date") from None
        text = text[match.end():]
    return ArticleDraft(text=text, published=published)
