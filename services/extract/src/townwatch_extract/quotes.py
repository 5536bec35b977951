"""Quotes: the side that speaks a quote whose attribution comes only after its last sentence."""

from __future__ import annotations

import re

from townwatch_extract.actors import ActorCatalogue, ActorEntry

__all__ = ["quote_side"]

# '... peacefully today. The town is now under our control," said Sheikh X, al Shabaab's military spokesman.'
_ATTRIBUTION = re.compile(r"[,.!?]?[\"”]\s+(?:said|says|told\s+\w+|added)\s+([^.\"“”]{3,160})")
_CLOSE = re.compile(r"[\"”]")


def quote_side(text: str, start: int, end: int, catalogue: ActorCatalogue) -> ActorEntry | None:
    """The armed side named in the attribution that closes the quote the sentence ``start:end`` opens ("We have taken
    X town," said the group's spokesman), within the next 400 characters; None when the sentence is no quote's start
    or the attribution names no side."""
    if not text[start:end].lstrip().startswith(("\"", "“")) or _CLOSE.search(text, start + 1, end):
        return None  # not an opening quote, or a quote closed in its own sentence (its own attribution is parsed)
    close = _ATTRIBUTION.search(text, end, end + 400)
    if close is None or _CLOSE.search(text, end, close.start()):
        return None
    found = catalogue.find(close.group(1))
    return found[0].actor if found else None
