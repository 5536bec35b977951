"""Chronology items: a dated line of a timeline whose day lies well before the page is the story's background."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from townwatch_extract.date_head import DateHead, date_heads, date_lines

__all__ = ["CHRONOLOGY_HORIZON_DAYS", "ChronologyItem", "chronology_items", "told_long_before"]

CHRONOLOGY_HORIZON_DAYS = 31
"""A chronology inside a story ("Here are the key dates: ... June 10, 2014 - IS seizes Mosul") retells what led to
the news; an item a month or more before the page is that background. (A monitor's sitrep lists the days of its own
week or month, within the horizon: those stay news; a lone coder note dated at its event is no chronology.)"""

_ITEM_LINES = 3  # the lines a date alone on its line heads ("October 14\nThe rebels seize the port of X ...")


@dataclass(frozen=True)
class ChronologyItem:
    """The text a chronology's date heads: ``[start, end)`` of the cleaned text, and the last day the date can mean."""

    start: int
    end: int
    until: dt.date


def chronology_items(text: str, heads: list[DateHead], published: dt.date | None) -> list[ChronologyItem]:
    """The dated items of ``text`` when it holds a chronology (two dated items or more), else none. A head
    ("March 30 - Rebels enter X") dates the rest of its line; a date alone on its line dates the lines under it."""
    if published is None:
        return []
    lines = date_lines(text, published)
    heads = heads or date_heads(text, published)  # a chronology after the story's lead: its heads were not blanked
    dated = sorted([*((h, False) for h in heads if h.until is not None), *((h, True) for h in lines)], key=lambda d: d[0].start)
    if len(dated) < 2:
        return []
    items = []
    for k, (head, alone) in enumerate(dated):
        assert head.until is not None
        nxt = dated[k + 1][0].start if k + 1 < len(dated) else len(text)
        end = head.end
        for _ in range(_ITEM_LINES if alone else 1):  # a head: the rest of its line; a date alone: the lines under it
            nl = text.find("\n", end + 1)
            end = len(text) if nl < 0 else nl
        items.append(ChronologyItem(head.start, min(end, nxt), head.until))
    return items


def told_long_before(items: list[ChronologyItem], start: int, published: dt.date | None) -> bool:
    """Whether the sentence at ``start`` lies in a chronology item dated a month or more before ``published``."""
    if published is None:
        return False
    return any(i.start <= start < i.end and (published - i.until).days > CHRONOLOGY_HORIZON_DAYS for i in items)
